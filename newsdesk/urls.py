from django.conf import settings
from django.contrib import admin
from django.contrib.auth import urls as auth_urls
from django.contrib.auth.views import LoginView
from django.urls import include, path

from quotes.login_throttle import ThrottledAdminAuthenticationForm, ThrottledAuthenticationForm

# Failed logins are throttled per account and per address, here and in the admin.
admin.site.login_form = ThrottledAdminAuthenticationForm

# Password reset mails a link: without a mail server (EMAIL_HOST) its pages are not routed at all.
account_urls = [
    pattern for pattern in auth_urls.urlpatterns
    if pattern.name != "login"
    and (settings.NEWSDESK_PASSWORD_RESET or not (pattern.name or "").startswith("password_reset"))
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", LoginView.as_view(authentication_form=ThrottledAuthenticationForm), name="login"),
    path("accounts/", include(account_urls)),
    path("", include("quotes.urls")),
]
