"""The desk's quote card (review queue, article view, one quote, every edit's answer), written in Python.

An editor opens any article and any speaker's queue, so nearly every card is made afresh. Through the template
engine a card was ~100 nodes (six addresses, five forms, the kind and reason choices, the history): ~400 µs,
most of a cold desk page, which a cache of rendered cards only hid for the cards it had seen. Written here with
`markup.html` (`format_html`, which escapes every value, without its lazy-string wrapper) a card costs ~60 µs,
with its page's CSRF token masked once and its addresses and kind options made once per route and kind.
"""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from django.db.models import QuerySet
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.urls import get_script_prefix, get_urlconf
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from quotes.markup import day_month_year, html
from quotes.models import Quote, QuoteRevision
from quotes.templatetags.cards import pk_url, pk_urls, plain_url

# What a card shows of a quote (`card_rows`), and the attribute each is read as.
CARD_FIELDS = (
    "id", "text", "start", "end", "parts", "kind", "status", "reject_reason", "confidence", "version", "article_id",
    "speaker_id", "article__title", "speaker__name",
)
CARD_ATTRIBUTES = tuple(name.split("__")[-1] for name in CARD_FIELDS)
ACTIONS = ("desk-confirm", "desk-undo", "desk-reject", "desk-kind", "desk-speaker", "desk-span")
KINDS = dict(Quote.Kind.choices)
STATUSES = dict(Quote.Status.choices)
REASONS = dict(Quote.RejectReason.choices)
ACTION_NAMES = dict(QuoteRevision.Action.choices)
PIECES_TITLE = "One statement split by its attribution: confirmed, corrected and shown to readers as one quote"
REJECT_BUTTONS = format_html_join(
    "",
    '<button type="submit" name="reason" value="{}" data-reason="{}"><kbd>{}</kbd> {}</button>',
    ((value, n, n, label) for n, (value, label) in enumerate(Quote.RejectReason.choices) if value),
)


def card_rows(quotes: QuerySet[Quote]) -> list[SimpleNamespace]:
    """The quotes as a card reads them (`card`), built from plain rows: a queue page's 25 quotes, articles and
    speakers as model instances cost more than writing their cards."""
    rows = []
    for values in quotes.values_list(*CARD_FIELDS):
        row = SimpleNamespace(**dict(zip(CARD_ATTRIBUTES, values)))
        row.pk, row.article, row.speaker = row.id, SimpleNamespace(title=row.title), SimpleNamespace(name=row.name)
        rows.append(row)
    return rows


# What a card's history shows of each revision: read as plain rows, not revisions and users as model instances.
HISTORY_COLUMNS = ("quote_id", "created_at", "action", "before", "after", "undone", "user__username")


def with_histories(quotes: list[Quote]) -> list[Quote]:
    """Give each quote its revisions, newest first, as rows of HISTORY_COLUMNS (`quote.history`): one query for
    them all, none when there are no quotes."""
    by_quote: dict[int, list[tuple]] = {quote.pk: [] for quote in quotes}
    if by_quote:
        revisions = QuoteRevision.objects.filter(quote_id__in=by_quote).order_by("-created_at", "-pk")
        for row in revisions.values_list(*HISTORY_COLUMNS):
            by_quote[row[0]].append(row)
    for quote in quotes:
        quote.history = by_quote[quote.pk]
    return quotes


def cards(request: HttpRequest, quotes: list[Quote], in_article: bool = False) -> list[SafeString]:
    """Cards for quotes with their speaker, article (unless `in_article`) and histories (`with_histories`) loaded."""
    return [card(request, quote, in_article) for quote in quotes]


def card(
    request: HttpRequest,
    quote: Quote,
    in_article: bool = False,
    conflict: str | None = None,
    error: str | None = None,
    oob: bool = False,
) -> SafeString:
    """One card; `quote.colour` (in an article) is its speaker's colour there."""
    confirm_url, undo_url, reject_url, kind_url, speaker_url, span_url = pk_urls(ACTIONS, quote.pk)
    hidden = html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}"><input type="hidden" name="version" value="{}">{}',
        _token(request),
        quote.version,
        html('<input type="hidden" name="in_article" value="{}">', quote.article_id) if in_article else "",
    )
    return html(
        '<li id="quote-{pk}" class="desk-quote status-{status}" data-quote-id="{pk}" hx-target="this" '
        'hx-swap="outerHTML"{oob}>\n'
        "{conflict}{error}"
        '<blockquote class="quote-text">{text}</blockquote>\n'
        '<p class="quote-meta">\n'
        '<span class="speaker-chip{chip}">{speaker}</span>\n'
        '<span class="kind">{kind}</span>\n'
        '<span class="status-badge">{status_label}{reason}</span>\n'
        '<span class="confidence" title="extractor confidence">{confidence}</span>\n'
        "{pieces}{article}"
        "</p>\n"
        '<div class="quote-actions">\n'
        '<form method="post" action="{confirm_url}" hx-post="{confirm_url}" class="inline" data-advance>\n'
        '{hidden}\n<button type="submit" data-key="c">Confirm <kbd>c</kbd></button>\n</form>\n'
        '<form method="post" action="{undo_url}" hx-post="{undo_url}" class="inline">\n'
        '{hidden}\n<button type="submit" data-undo-this title="Undo your last change to this quote">Undo</button>\n'
        "</form>\n"
        '<form method="post" action="{reject_url}" hx-post="{reject_url}" class="reject-form" data-advance>\n'
        '{hidden}\n<span class="label">Not a quote <kbd>x</kbd></span>\n{reject_buttons}\n</form>\n'
        '<form method="post" action="{kind_url}" hx-post="{kind_url}" class="inline">\n'
        '{hidden}\n<select name="kind" aria-label="Kind">{kind_options}</select>\n'
        '<button type="submit">Set kind</button>\n</form>\n'
        '<form method="post" action="{speaker_url}" hx-post="{speaker_url}" class="speaker-form">\n'
        '{hidden}\n<label>Speaker <kbd>s</kbd> <input type="search" name="q" autocomplete="off" '
        'placeholder="Type a name…" data-speaker-search hx-get="{speakers_url}?create=1" '
        'hx-trigger="input changed delay:150ms" hx-target="#speaker-options-{pk}" hx-swap="innerHTML"></label>\n'
        '<div id="speaker-options-{pk}" class="speaker-options" aria-live="polite"></div>\n'
        "</form>\n"
        "{span_form}"
        "</div>\n"
        "{history}"
        "</li>\n",
        pk=quote.pk,
        status=quote.status,
        oob=SafeString(' hx-swap-oob="true"') if oob else "",
        conflict=html('<p class="conflict" role="alert">{}</p>\n', conflict) if conflict else "",
        error=html('<p class="error" role="alert">{}</p>\n', error) if error else "",
        text=quote.text,
        chip=html(" speaker-c{}", "none" if getattr(quote, "colour", None) is None else quote.colour)
        if in_article
        else "",
        speaker=quote.speaker.name if quote.speaker_id else "no speaker",
        kind=KINDS.get(quote.kind, quote.kind),
        status_label=STATUSES.get(quote.status, quote.status),
        reason=html(": {}", REASONS.get(quote.reject_reason, quote.reject_reason)) if quote.reject_reason else "",
        confidence=f"{quote.confidence:.2f}",
        pieces=html('<span class="pieces" title="{}">in {} pieces</span>\n', PIECES_TITLE, len(quote.parts))
        if quote.parts
        else "",
        article=""
        if in_article
        else html(
            '<a href="{}?quote={}" data-key="o">{}</a>\n',
            pk_url("desk-article", quote.article_id),
            quote.pk,
            quote.article.title or "(untitled)",
        ),
        confirm_url=confirm_url,
        undo_url=undo_url,
        reject_url=reject_url,
        kind_url=kind_url,
        speaker_url=speaker_url,
        hidden=hidden,
        reject_buttons=REJECT_BUTTONS,
        kind_options=_kind_options(quote.kind),
        speakers_url=plain_url("desk-speakers", get_script_prefix(), get_urlconf()),
        span_form=_span_form(quote, span_url, hidden) if in_article else "",
        history=_history(quote),
    )


def _token(request: HttpRequest) -> str:
    """The CSRF token of the page's forms, one per request: `get_token` masks the secret afresh on every call (32
    random characters), a tenth of a card's cost when it was asked for each card."""
    token = getattr(request, "_cards_csrf_token", None)
    if token is None:
        token = request._cards_csrf_token = get_token(request)
    return token


@lru_cache(maxsize=8)
def _kind_options(chosen: str) -> SafeString:
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((value, SafeString(" selected") if value == chosen else "", label) for value, label in KINDS.items()),
    )


def _span_form(quote: Quote, url: str, hidden: SafeString) -> SafeString:
    return html(
        '<form method="post" action="{url}" hx-post="{url}" class="span-form">\n'
        "{hidden}\n"
        '<label>Start <input type="number" name="start" min="0" value="{start}"></label>\n'
        '<label>End <input type="number" name="end" min="1" value="{end}"></label>\n'
        '<button type="submit" data-set-span>Set as quote</button>\n'
        "{hint}"
        "</form>\n",
        url=url,
        hidden=hidden,
        start=quote.start,
        end=quote.end,
        hint=html('<span class="hint">The span set replaces the {} pieces.</span>\n', len(quote.parts))
        if quote.parts
        else "",
    )


def _history(quote: Quote) -> SafeString:
    revisions = quote.history
    items = SafeString("".join(map(_revision, revisions))) or SafeString("<li>No edits yet.</li>")  # each one HTML
    return html(
        '<details class="history">\n<summary>History ({})</summary>\n<ol>\n{}</ol>\n</details>\n', len(revisions), items
    )


def _revision(row: tuple) -> SafeString:
    _, created_at, action, before, after, undone, username = row
    when = timezone.localtime(created_at)
    changes = []
    for field, label, blank in (
        ("speaker_name", "speaker", "none"),
        ("status", "status", "—"),
        ("kind", "kind", "—"),
        ("reject_reason", "reason", "—"),
    ):
        if before.get(field) != after.get(field):
            changes.append(html("<span>{}: {} → {}</span>", label, before.get(field) or blank, after.get(field) or blank))
    if before.get("text") != after.get("text"):
        changes.append(html("<span>text: “{}” → “{}”</span>", before.get("text") or "", after.get("text") or ""))
    return html(
        '<li class="revision{undone_class}">\n<strong>{action}</strong> by {user},\n'
        '<time datetime="{iso}">{shown}</time>{undone}\n{changes}\n</li>\n',
        undone_class=" undone" if undone else "",
        action=ACTION_NAMES.get(action, action),
        user=username or "system",
        iso=when.isoformat(),
        shown=day_month_year(when, clock=True),
        undone=" (undone)" if undone else "",
        changes=SafeString("\n".join(changes)),  # each one HTML
    )
