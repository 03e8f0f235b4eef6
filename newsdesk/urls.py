from django.conf import settings
from django.contrib import admin
from django.contrib.auth import urls as auth_urls
from django.urls import include, path

# Password reset mails a link: without a mail server (EMAIL_HOST) its pages are not routed at all.
account_urls = [
    pattern for pattern in auth_urls.urlpatterns
    if settings.NEWSDESK_PASSWORD_RESET or not (pattern.name or "").startswith("password_reset")
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include(account_urls)),
    path("", include("quotes.urls")),
]
