from django.urls import path

from quotes.views import api

urlpatterns = [
    path("", api.index, name="api-index"),
    path("quotes/", api.quotes, name="api-quotes"),
    path("quotes/export.csv", api.export, {"fmt": "csv"}, name="api-export-csv"),
    path("quotes/export.json", api.export, {"fmt": "json"}, name="api-export-json"),
    path("quotes/<int:pk>/", api.quote_detail, name="api-quote"),
    path("speakers/", api.speakers, name="api-speakers"),
    path("speakers/<slug:slug>/", api.speaker_detail, name="api-speaker"),
    path("articles/", api.articles, name="api-articles"),
    path("articles/<int:pk>/", api.article_detail, name="api-article"),
]
