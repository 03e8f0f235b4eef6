from django.urls import path

from quotes.views import reader

urlpatterns = [
    path("", reader.search, name="home"),
    path("quotes/", reader.search, name="reader-search"),
    path("quotes/<int:pk>/", reader.quote_page, name="reader-quote"),
    path("speakers/<slug:slug>/", reader.speaker_page, name="reader-speaker"),
]
