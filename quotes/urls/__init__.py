from django.urls import include, path

from quotes.views import accuracy, wording

urlpatterns = [
    path("desk/accuracy/", accuracy.accuracy_report, name="desk-accuracy"),
    path("desk/wording/", wording.differing, name="desk-wording"),
    path("desk/wording/<int:pk>/judge/", wording.judge, name="desk-wording-judge"),
    path("desk/wording/<int:pk>/undo/", wording.undo, name="desk-wording-undo"),
    path("desk/", include("quotes.urls.desk")),
    path("api/", include("quotes.urls.api")),
    path("imports/", include("quotes.urls.imports")),
    path("", include("quotes.urls.reader")),
]
