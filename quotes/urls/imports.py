from django.urls import path

from quotes.views import imports

urlpatterns = [
    path("", imports.batch_list, name="imports-list"),
    path("new/", imports.new_import, name="imports-new"),
    path("<int:pk>/", imports.batch_view, name="imports-batch"),
    path("<int:pk>/resume/", imports.resume_import, name="imports-resume"),
]
