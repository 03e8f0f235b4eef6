"""The read-only JSON API (public quotes, speakers, articles) and streamed CSV/JSON exports of any search."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import batched, chain
from typing import Any

from django.core.paginator import EmptyPage, InvalidPage, Page, Paginator
from django.db.models import Count, F, QuerySet, Window
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe

from quotes import params
from quotes.forms import QuoteSearchForm
from quotes.models import Article, Quote, Speaker, pieces_in_text
from quotes.services import counting, statements
from quotes.services import search as quote_search

PER_PAGE, MAX_PER_PAGE = 50, 200
EXPORT_CHUNK = 2000
# Output name: what it is read from.
QUOTE_COLUMNS = {
    "id": "id",
    "text": "text",
    "parts": "parts",
    "kind": "kind",
    "speaker": "speaker__name",
    "speaker_slug": "speaker__slug",
    "speaker_mention": "speaker_mention",
    "status": "status",
    "confidence": "confidence",
    "article_id": "article_id",
    "article_title": "article__title",
    "source": "article__source__name",
    "published_at": "article__published_at",
    "article_url": "article__url",
}
QUOTE_FIELDS = [
    "id",
    "text",
    "parts",
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
# A spreadsheet row has no offsets: `text` holds a quote in pieces' words, joined by " … ".
CSV_FIELDS = [name for name in QUOTE_FIELDS if name != "parts"]


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
    found, count_of = quote_search.search_and_count(form.filters())
    return paged(request, quote_rows(found), _quote_serializer(request), capped_count=count_of)


@require_safe
def quote_detail(request: HttpRequest, pk: int) -> JsonResponse:
    row = quote_rows(Quote.objects.public().filter(pk=pk)).first()
    if row is None:
        raise Http404("No public quote has this id.")
    record = _quote_serializer(request)(row)
    quote = Quote.objects.select_related("statement").only("statement__reference").get(pk=pk)
    record["versions"] = [version_record(request, v) for v in statements.versions(quote) if v.quote.pk != pk]
    return JsonResponse(record)


def version_record(request: HttpRequest, version: statements.Version) -> dict[str, Any]:
    """Another outlet's version of the statement: its words, how they compare, and the words that differ."""
    quote, article = version.quote, version.quote.article
    record = {
        "id": quote.pk,
        "article": article.pk,
        "source": article.source.name if article.source else None,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "article_url": version.article_link,
        "permalink": request.build_absolute_uri(reverse("reader-quote", args=[quote.pk])),
        "text": quote.text,
        "wording": version.wording,
    }
    if version.wording == "differs":
        record["diff"] = [change.as_dict() for change in version.changes]
    return record


# The one kept page: readers type the same few first letters ("car", "smi") again and again, so the type-ahead is
# asked for far fewer addresses than any other endpoint, and its answer (~5-10 ms to make: every speaker whose
# name has such a word) served kept tripled its throughput under 16 clients (bench/README.md, round 8). A new or
# renamed speaker, or a changed count, reaches it within this many seconds (browsers may keep it as long).
SPEAKER_LIST_KEPT_S = 60


@require_safe
@cache_page(SPEAKER_LIST_KEPT_S, key_prefix="speakers")
def speakers(request: HttpRequest) -> JsonResponse:
    """Speakers, most quoted first; `?who=Carter` is the search page's type-ahead (names and aliases)."""
    try:
        who = params.text(request.GET.get("who"), "who")
    except params.BadParameter as bad:
        return JsonResponse({"errors": {"who": str(bad)}}, status=400)
    found = quote_search.matching_speakers(who) if who else Speaker.objects.all()
    found = found.for_readers().prefetch_related("aliases")
    # every speaker: the page is an index walk that stops after it, and the count reads the index alone
    paginator_class = CountedWithPagePaginator if who else Paginator
    return paged(request, found, _speaker_serializer(request), paginator_class=paginator_class)


@require_safe
def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), slug=slug)
    if speaker.merged_into_id:
        return redirect("api-speaker", slug=quote_search.resolve_speaker(slug).slug)
    if not speaker.public_quote_count:
        raise Http404("No speaker with public quotes has this address.")
    return JsonResponse(speaker_record(request, speaker))


@require_safe
def articles(request: HttpRequest) -> JsonResponse:
    found = Article.objects.select_related("source").order_by(F("published_at").desc(nulls_last=True), "-id")
    try:
        source = params.optional_id(request.GET.get("source"), "source")
    except params.BadParameter:
        return JsonResponse({"errors": {"source": "not a source id"}}, status=400)
    if source is not None:
        found = found.filter(source_id=source)
    return paged(request, found.defer("body"), lambda article: article_record(request, article))


@require_safe
def article_detail(request: HttpRequest, pk: int) -> JsonResponse:
    article = get_object_or_404(Article.objects.select_related("source"), pk=pk)
    public = quote_rows(Quote.objects.public().filter(article=article).order_by("start"))
    quotes = map(_quote_serializer(request), public)
    return JsonResponse({**article_record(request, article), "body": article.body, "quotes": list(quotes)})


@require_safe
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    """Every quote of a search, streamed row by row from a database cursor: memory stays flat at any size."""
    form = QuoteSearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    rows = quote_rows(form.search()).iterator(chunk_size=EXPORT_CHUNK)
    records = map(_quote_serializer(request), rows)
    if fmt == "csv":
        response = StreamingHttpResponse(csv_lines(records), content_type="text/csv; charset=utf-8")
    else:
        response = StreamingHttpResponse(json_array(records), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="quotes.{fmt}"'
    return response


class CountedWithPagePaginator(Paginator):
    """Counts the rows in the query that reads the page (COUNT(*) OVER ()), for lists whose order already
    makes the database find every matching row, such as speakers by how often they are quoted: one query
    instead of two (a type-ahead's prefix matches hundreds of speakers; each query checks all of them)."""

    def page(self, number: Any) -> Page:
        # Django's checks, but for the last page: not known yet (bounded: OFFSET must fit the database's integer)
        number = self._validate_number(number, params.MOST_PAGES)
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list.annotate(total=Window(Count("*")))[bottom : bottom + self.per_page])
        if not rows and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        self.__dict__["count"] = rows[0].total if rows else 0  # Paginator.count is a cached_property: given here
        return self._get_page(rows, number, self)


def paged(
    request: HttpRequest,
    items: QuerySet,
    serialize: Callable[[Any], dict],
    capped_count: QuerySet | int | None = None,
    paginator_class: type[Paginator] = Paginator,
) -> JsonResponse:
    """One page of `items` with its count and the addresses of the pages beside it.

    With `capped_count` (the same rows, unjoined), the count stops at COUNT_CAP ("count_capped": true): counting every row of a broad search
    takes seconds at a million quotes; the exports stream all of them.
    """
    try:
        per_page = min(max(int(request.GET.get("per_page", PER_PAGE)), 1), MAX_PER_PAGE)
        paginator = (
            paginator_class(items, per_page)
            if capped_count is None
            else counting.CappedPaginator(items, per_page, count_of=capped_count)
        )
        page = paginator.page(request.GET.get("page", 1))
    except ValueError:
        return JsonResponse({"errors": {"per_page": "not a number"}}, status=400)
    except InvalidPage as exc:
        return JsonResponse({"errors": {"page": str(exc)}}, status=404)
    return JsonResponse(
        {
            "count": page.paginator.count,
            **({"count_capped": page.paginator.capped} if capped_count is not None else {}),
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


def quote_rows(quotes: QuerySet[Quote]) -> QuerySet:
    """The quotes as plain rows of QUOTE_COLUMNS: several times faster than model instances for big exports."""
    return quotes.values_list(*QUOTE_COLUMNS.values())


def _quote_serializer(request: HttpRequest) -> Callable[[tuple], dict[str, Any]]:
    # Reversed once: exports call this for every row of a possibly huge result.
    permalink = request.build_absolute_uri(reverse("reader-quote", args=[0])).removesuffix("0/")
    reviewed = set(Quote.REVIEWED_STATUSES)

    def serialize(row: tuple) -> dict[str, Any]:
        record = dict(zip(QUOTE_COLUMNS, row))
        published = record["published_at"]
        parts = record["parts"]
        record.update(
            parts=[{"start": s, "end": e, "text": t} for s, e, t in pieces_in_text(record["text"], parts)] if parts else [],
            reviewed=record["status"] in reviewed,
            published_at=published.isoformat() if published else None,
            article_url=quote_search.web_link(record["article_url"]),  # never a javascript: or data: address
            permalink=f"{permalink}{record['id']}/",
        )
        return {field: record[field] for field in QUOTE_FIELDS}

    return serialize


def speaker_record(request: HttpRequest, speaker: Speaker) -> dict[str, Any]:
    return _speaker_serializer(request)(speaker)


def _speaker_serializer(request: HttpRequest) -> Callable[[Speaker], dict[str, Any]]:
    # Addresses built once per request (a slug needs no escaping): two reverses per speaker were a fifth of a
    # speaker list's time.
    pages = request.build_absolute_uri(reverse("reader-speaker", args=["x"])).removesuffix("x/")
    quotes = request.build_absolute_uri(reverse("api-quotes"))

    def serialize(speaker: Speaker) -> dict[str, Any]:
        return {
            "slug": speaker.slug,
            "name": speaker.name,
            "kind": speaker.kind,
            "description": speaker.description,
            "aliases": [alias.name for alias in speaker.aliases.all()],
            "quote_count": speaker.public_quote_count,  # readers' count: never the hidden or rejected quotes
            "page": f"{pages}{speaker.slug}/",
            "quotes": f"{quotes}?speaker={speaker.slug}",
        }

    return serialize


def article_record(request: HttpRequest, article: Article) -> dict[str, Any]:
    return {
        "id": article.pk,
        "title": article.title,
        "source": article.source.name if article.source else None,
        "source_id": article.source_id,
        "url": quote_search.web_link(article.url),
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
    rows = (writer.writerow([csv_cell(record[field]) for field in CSV_FIELDS]) for record in records)
    return batched_text(chain([writer.writerow(CSV_FIELDS)], rows))


def json_array(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    items = (("\n" if n == 0 else ",\n") + json.dumps(record, ensure_ascii=False) for n, record in enumerate(records))
    return batched_text(chain(["["], items, ["\n]\n"]))


def batched_text(pieces: Iterable[str], size: int = 500) -> Iterator[str]:
    """The pieces joined in runs of `size`, so a response is written in fewer, larger chunks."""
    for run in batched(pieces, size):
        yield "".join(run)
