"""The reader's quote card (search results, a speaker's latest quotes), written from plain rows.

A results page is mostly its cards, and in real traffic nearly every page is one the site has not made before
(any of 50,000 speakers, any words): each card is made afresh. Through the template engine a card cost
~150 µs (model instances for the quote, article, source and speaker, then ~40 nodes, each filter and lookup
resolved); written here from one row of plain values it costs ~15 µs, so there is nothing worth keeping in a
cache either. Every value goes through `markup.html` (Django's `format_html` without its lazy-string
wrapper), which escapes it; the highlighted text is escaped piece by piece (`search_marks.highlighter`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from quotes.markup import day_month_year, html
from quotes.models import Quote

# What a card shows, in this order (the id first: `search.RankedRows` finds each row by it). The date and
# source are the quote's own copies of its article's, so only the title needs the article.
COLUMNS = (
    "id", "text", "kind", "status", "confidence", "published_at", "article__title", "source__name", "speaker__name",
    "speaker__slug", "statement__outlets",
)
KINDS = {value: label.lower() for value, label in Quote.Kind.choices}
REVIEWED = frozenset(Quote.REVIEWED_STATUSES)
_MARK = "0"  # stands for the id or slug in an address reversed once per page


def cards(rows: Iterable[tuple], highlight: Callable[[str], SafeString], heading: str = "h2") -> list[SafeString]:
    """One card per row of COLUMNS; `highlight` marks the searched words in a quote's text (and escapes it)."""
    quote_url = reverse("reader-quote", args=[int(_MARK)]).removesuffix(f"{_MARK}/")
    speaker_url = reverse("reader-speaker", args=[_MARK]).removesuffix(f"{_MARK}/")
    return [_card(row, highlight, heading, quote_url, speaker_url) for row in rows]


def _card(row: tuple, highlight: Callable[[str], SafeString], tag: str, quote_url: str, speaker_url: str) -> SafeString:
    pk, text, kind, status, confidence, published, title, source, speaker, slug, outlets = row
    url = f"{quote_url}{pk}/"
    return html(
        '<article class="quote result kind-{kind}" id="quote-{pk}">\n'
        '  <{tag} class="result-title"><a href="{url}">{title}</a></{tag}>\n'
        '  <p class="meta">{source}{date}</p>\n'
        "  <q>{text}</q>\n"
        '  <p class="attribution">— {speaker}\n'
        '    <span class="kind">{kind_label} quote</span>\n'
        "    {badge}\n"
        '    <a class="context-link" href="{url}">in context</a></p>\n'
        "{carried}"
        "</article>\n",
        kind=kind,
        pk=pk,
        tag=tag,
        url=url,
        title=title or "(untitled article)",
        source=source or "",
        date=_date(published),
        text=highlight(text),
        speaker=html('<a class="speaker" href="{}{}/">{}</a>', speaker_url, slug, speaker)
        if speaker is not None
        else SafeString('<span class="speaker">unknown speaker</span>'),
        kind_label=KINDS.get(kind, kind),
        badge=trust_badge(status, confidence),
        # a statement carried by several outlets, listed once (`QuoteFilters.one_per_statement`)
        carried=html('  <p class="carried"><a href="{}#versions">Carried by {} outlets</a></p>\n', url, outlets)
        if outlets and outlets > 1
        else "",
    )


def _date(published: datetime | None) -> SafeString:
    if published is None:
        return SafeString("")
    local = timezone.localtime(published)
    return html(' · <time datetime="{}">{}</time>', local.isoformat(), day_month_year(local))


def trust_badge(status: str, confidence: float) -> SafeString:
    """What the reader is told of a quote's review (the same words as `reader/search.html#trust-badge`)."""
    if status in REVIEWED:
        return SafeString(
            '<span class="badge reviewed" title="An editor checked this quote and who said it">reviewed by an editor</span>'
        )
    return html(
        '<span class="badge auto" title="Found and attributed automatically, not yet checked by an editor">'
        "automatic · confidence {}</span>",
        f"{confidence:.2f}",
    )
