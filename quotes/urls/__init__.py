from django.urls import include, path

urlpatterns = [
    path("", include("quotes.urls.reader")),
]
