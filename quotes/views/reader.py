"""Public, read-only pages: quote search, speaker pages, quote permalinks."""

from dataclasses import replace

from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.middleware import HtmxDetails

from quotes import charts, reader_cards, speaker_stats
from quotes.forms import QuoteSearchForm
from quotes.models import Quote, Speaker
from quotes.services import counting, search_marks, statements
from quotes.services import search as quote_search
from quotes.services.search import QuoteFilters

PER_PAGE = 25
LATEST_ON_SPEAKER_PAGE = 10


class HtmxHttpRequest(HttpRequest):  # for type hints: django-htmx's middleware sets `.htmx`
    htmx: HtmxDetails


@require_safe
@vary_on_headers("HX-Request")
def search(request: HtmxHttpRequest) -> HttpResponse:
    form = QuoteSearchForm(request.GET)
    filters = quote_search.names_in_words(replace(form.filters(), one_per_statement=True)) if form.is_valid() else None
    found, count_of = quote_search.search_and_count(filters) if filters is not None else (form.search(),) * 2
    paginator = counting.CappedPaginator(found.values_list(*reader_cards.COLUMNS), per_page=PER_PAGE, count_of=count_of)
    page = paginator.get_page(request.GET.get("page"))
    rows = list(page.object_list)
    query = _filled(request.GET)
    cards = reader_cards.cards(rows, search_marks.highlighter(filters.words if filters else ""))
    context = {"form": form, "page": page, "cards": cards, "query": query}
    context |= _speakers_named(form, filters, query)
    template = "reader/search.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#results"
    return render(request, template, context)


def _filled(params: QueryDict) -> QueryDict:
    """The query string without its empty fields, for building links that keep the reader's search."""
    kept = QueryDict(mutable=True)
    for key, values in params.lists():
        kept.setlist(key, [value for value in values if value])
    return kept


def _speakers_named(form: QuoteSearchForm, filters: QuoteFilters | None, query: QueryDict) -> dict:
    """Speakers matching a typed name, to pick from. When the words were read as a name (`names_in_words`): the
    downloads ask for that name too, and a link searches the words as a phrase instead."""
    if filters is None or filters.who == form.cleaned_data["who"]:
        return {"suggestions": form.speaker_suggestions(), "who": filters.who if filters else "", "export_query": query}
    as_name = query.copy()
    as_name["who"] = as_name.pop("q")[0]
    return {
        "suggestions": QuoteSearchForm({"who": filters.who}).speaker_suggestions(),  # as the speaker box offers them
        "who": filters.who,
        "named": True,
        "as_words": f'"{filters.who}"',  # a quoted phrase is never read as a name
        "export_query": as_name,
    }


@require_safe
def speaker_page(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), slug=slug)
    if speaker.merged_into_id:
        return redirect("reader-speaker", slug=quote_search.resolve_speaker(slug).slug)
    months, sources = speaker_stats.months_and_sources(speaker.pk)
    if not months:  # every quote of theirs is hidden or rejected: readers are not told they exist
        raise Http404("No speaker with public quotes has this address.")
    one_each = QuoteFilters(speaker=speaker, one_per_statement=True)
    latest = quote_search.search_quotes(one_each).values_list(*reader_cards.COLUMNS)
    context = {
        "speaker": speaker,
        "total": sum(n for _, n in months),
        "chart": charts.quotes_over_time(months),
        "latest": reader_cards.cards(latest[:LATEST_ON_SPEAKER_PAGE], escape, heading="h3"),
        "sources": sources,
    }
    return render(request, "reader/speaker.html", context)


@require_safe
def quote_page(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    quotes = Quote.objects.public().select_related("article", "article__source", "speaker", "statement")
    quote = get_object_or_404(quotes, pk=pk)
    context = {
        "quote": quote,
        "context": quote_search.quote_in_context(quote),
        "article_link": quote_search.web_link(quote.article.url),
        "versions": statements.versions(quote),
        "badge": reader_cards.trust_badge(quote.status, quote.confidence),
    }
    return render(request, "reader/quote.html", context)
