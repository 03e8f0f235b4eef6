from django.urls import path

from quotes.views import reader

urlpatterns = [
    path("", reader.home, name="home"),
]
