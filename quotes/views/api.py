"""The read-only JSON API (public quotes, speakers, articles) and streamed CSV/JSON exports of any search."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import batched, chain
from typing import Any

from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_safe

from quotes.forms import QuoteSearchForm
from quotes.models import Article, Quote, Speaker
from quotes.services import search as quote_search

PER_PAGE, MAX_PER_PAGE = 50, 200
EXPORT_CHUNK = 2000
QUOTE_FIELDS = [
    "id",
    "text",
    "kind",
    "speaker",
    "speaker_slug",
    "speaker_mention",
    "reviewed",
    "status",
    "confidence",
    "article_id",
    "article_title",
    "source",
    "published_at",
    "article_url",
    "permalink",
]


@require_safe
def index(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "quotes": request.build_absolute_uri(reverse("api-quotes")),
            "speakers": request.build_absolute_uri(reverse("api-speakers")),
            "articles": request.build_absolute_uri(reverse("api-articles")),
            "export_csv": request.build_absolute_uri(reverse("api-export-csv")),
            "export_json": request.build_absolute_uri(reverse("api-export-json")),
            "filters": ["q", "who", "speaker", "date_from", "date_to", "source", "kind", "reviewed"],
            "paging": ["page", f"per_page (at most {MAX_PER_PAGE})"],
        }
    )


@require_safe
def quotes(request: HttpRequest) -> JsonResponse:
    form = QuoteSearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    return paged(request, form.search(), _quote_serializer(request))


@require_safe
def quote_detail(request: HttpRequest, pk: int) -> JsonResponse:
    quote = get_object_or_404(Quote.objects.public().select_related("article", "article__source", "speaker"), pk=pk)
    return JsonResponse(_quote_serializer(request)(quote))


@require_safe
def speakers(request: HttpRequest) -> JsonResponse:
    """Speakers, most quoted first; `?who=Carter` is the search page's type-ahead (names and aliases)."""
    who = request.GET.get("who", "")
    found = quote_search.matching_speakers(who) if who.strip() else Speaker.objects.filter(merged_into__isnull=True)
    found = found.order_by("-quote_count", "name", "pk").prefetch_related("aliases")
    return paged(request, found, lambda speaker: speaker_record(request, speaker))


@require_safe
def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), slug=slug)
    if speaker.merged_into_id:
        return redirect("api-speaker", slug=quote_search.resolve_speaker(slug).slug)
    return JsonResponse(speaker_record(request, speaker))


@require_safe
def articles(request: HttpRequest) -> JsonResponse:
    found = Article.objects.select_related("source").order_by("-published_at", "-id")
    if source := request.GET.get("source"):
        if not source.isdigit():
            return JsonResponse({"errors": {"source": "not a source id"}}, status=400)
        found = found.filter(source_id=int(source))
    return paged(request, found.defer("body"), lambda article: article_record(request, article))


@require_safe
def article_detail(request: HttpRequest, pk: int) -> JsonResponse:
    public = Quote.objects.public().select_related("article", "article__source", "speaker").order_by("start")
    found = Article.objects.select_related("source").prefetch_related(Prefetch("quotes", queryset=public))
    article = get_object_or_404(found, pk=pk)
    quotes = map(_quote_serializer(request), article.quotes.all())
    return JsonResponse({**article_record(request, article), "body": article.body, "quotes": list(quotes)})


@require_safe
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    """Every quote of a search, streamed row by row from a database cursor: memory stays flat at any size."""
    form = QuoteSearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    records = map(_quote_serializer(request), form.search().iterator(chunk_size=EXPORT_CHUNK))
    if fmt == "csv":
        response = StreamingHttpResponse(csv_lines(records), content_type="text/csv; charset=utf-8")
    else:
        response = StreamingHttpResponse(json_array(records), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="quotes.{fmt}"'
    return response


def paged(request: HttpRequest, items: QuerySet, serialize: Callable[[Any], dict]) -> JsonResponse:
    """One page of `items` with its count and the addresses of the pages beside it."""
    try:
        per_page = min(max(int(request.GET.get("per_page", PER_PAGE)), 1), MAX_PER_PAGE)
        page = Paginator(items, per_page).page(request.GET.get("page", 1))
    except ValueError:
        return JsonResponse({"errors": {"per_page": "not a number"}}, status=400)
    except InvalidPage as exc:
        return JsonResponse({"errors": {"page": str(exc)}}, status=404)
    return JsonResponse(
        {
            "count": page.paginator.count,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
            "previous": _page_url(request, page.previous_page_number()) if page.has_previous() else None,
            "results": [serialize(item) for item in page],
        }
    )


def _page_url(request: HttpRequest, number: int) -> str:
    params = request.GET.copy()
    params["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def _quote_serializer(request: HttpRequest) -> Callable[[Quote], dict[str, Any]]:
    # Reversed once: exports call this for every row of a possibly huge result.
    permalink = request.build_absolute_uri(reverse("reader-quote", args=[0])).removesuffix("0/")

    def serialize(quote: Quote) -> dict[str, Any]:
        article, speaker = quote.article, quote.speaker
        return {
            "id": quote.pk,
            "text": quote.text,
            "kind": quote.kind,
            "speaker": speaker.name if speaker else None,
            "speaker_slug": speaker.slug if speaker else None,
            "speaker_mention": quote.speaker_mention,
            "reviewed": quote.is_reviewed,
            "status": quote.status,
            "confidence": quote.confidence,
            "article_id": article.pk,
            "article_title": article.title,
            "source": article.source.name if article.source else None,
            "published_at": article.published_at.isoformat() if article.published_at else None,
            "article_url": article.url or None,
            "permalink": f"{permalink}{quote.pk}/",
        }

    return serialize


def speaker_record(request: HttpRequest, speaker: Speaker) -> dict[str, Any]:
    return {
        "slug": speaker.slug,
        "name": speaker.name,
        "kind": speaker.kind,
        "description": speaker.description,
        "aliases": [alias.name for alias in speaker.aliases.all()],
        "quote_count": speaker.quote_count,
        "page": request.build_absolute_uri(reverse("reader-speaker", args=[speaker.slug])),
        "quotes": request.build_absolute_uri(reverse("api-quotes") + f"?speaker={speaker.slug}"),
    }


def article_record(request: HttpRequest, article: Article) -> dict[str, Any]:
    return {
        "id": article.pk,
        "title": article.title,
        "source": article.source.name if article.source else None,
        "source_id": article.source_id,
        "url": article.url or None,
        "author": article.author,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "dateline": article.dateline,
        "detail": request.build_absolute_uri(reverse("api-article", args=[article.pk])),
    }


class _Echo:
    """A file-like object whose write() hands back what it was given, so csv.writer can feed a generator."""

    def write(self, value: str) -> str:
        return value


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """Booleans as true/false; text a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    rows = (writer.writerow([csv_cell(record[field]) for field in QUOTE_FIELDS]) for record in records)
    return batched_text(chain([writer.writerow(QUOTE_FIELDS)], rows))


def json_array(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    items = (("\n" if n == 0 else ",\n") + json.dumps(record, ensure_ascii=False) for n, record in enumerate(records))
    return batched_text(chain(["["], items, ["\n]\n"]))


def batched_text(pieces: Iterable[str], size: int = 500) -> Iterator[str]:
    """The pieces joined in runs of `size`, so a response is written in fewer, larger chunks."""
    for run in batched(pieces, size):
        yield "".join(run)
