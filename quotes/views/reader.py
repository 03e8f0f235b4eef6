"""Public, read-only pages."""

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from quotes.models import Article, Quote


def home(request: HttpRequest) -> HttpResponse:
    public_quotes = Quote.objects.public().select_related("speaker").order_by("start")
    articles = (
        Article.objects.select_related("source")
        .prefetch_related(Prefetch("quotes", queryset=public_quotes, to_attr="public_quotes"))
        .order_by("-published_at", "-imported_at", "-pk")[:20]
    )
    return render(request, "reader/home.html", {"articles": articles})
