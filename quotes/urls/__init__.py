from django.urls import include, path

from quotes.views import accuracy

urlpatterns = [
    path("desk/accuracy/", accuracy.accuracy_report, name="desk-accuracy"),
    path("desk/", include("quotes.urls.desk")),
    path("api/", include("quotes.urls.api")),
    path("imports/", include("quotes.urls.imports")),
    path("", include("quotes.urls.reader")),
]
