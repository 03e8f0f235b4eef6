"""The editor desk: the review queue, the article view, and each edit as a POST answering with its fragment.

Every view is for editors only: anonymous users are sent to log in, everyone else gets 403. Edits carry the
version the editor saw; a stale edit changes nothing and answers with the quote as it is now and a note.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.views.decorators.http import require_POST
from django_htmx.http import reswap, retarget, trigger_client_event

from quotes import desk_cards as quote_cards
from quotes import forms, params
from quotes.highlight import highlight_body, speaker_colours
from quotes.models import Article, Quote, Speaker
from quotes.permissions import editor_required
from quotes.services import editing, speaker_edits

PER_PAGE = 25  # a screenful; the next page loads as the editor scrolls or moves down with j


def desk_quote(pk: int) -> Quote:
    """One quote as the desk shows it: speaker, article and history loaded up front (404 if it is gone)."""
    quote = get_object_or_404(Quote.objects.select_related("article", "speaker"), pk=pk)
    return quote_cards.with_histories([quote])[0]


def desk_cards(request: HttpRequest, quotes: list[Quote], in_article: bool = False) -> list[SafeString]:
    """The desk's cards for `quotes` (with article and speaker loaded): their histories in one query."""
    return quote_cards.cards(request, quote_cards.with_histories(quotes), in_article)


# ---- pages --------------------------------------------------------------------------------------


@editor_required
def queue(request: HttpRequest) -> HttpResponse:
    form = forms.QueueFilterForm(request.GET)
    rows, next_cursor = form.page(PER_PAGE)
    context = {"form": form, "quotes": rows, "cards": desk_cards(request, rows), "next_cursor": next_cursor}
    context |= {"filters": _filters(request), "status": form.chosen_status()}
    template = "desk/queue.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#queue-rows" if form.cursor() else "#queue"
    if not form.cursor():
        context["counts"] = form.counts()
    return render(request, template, context)


def _filters(request: HttpRequest) -> str:
    """The query string of the current filters without status and cursor, for the status tabs."""
    params = request.GET.copy()
    for name in ("status", "after"):
        params.pop(name, None)
    return params.urlencode()


@editor_required
def article_view(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("source"), pk=pk)
    return render(request, "desk/article.html", _article_context(request, article, selected=request.GET.get("quote")))


# What the article view shows of its quotes: a card's fields, the article being the page's own.
ARTICLE_QUOTE_FIELDS = [name for name in quote_cards.CARD_FIELDS if not name.startswith("article__")]


def _article_context(request: HttpRequest, article: Article, **extra: Any) -> dict[str, Any]:
    quotes = list(article.quotes.select_related("speaker").only(*ARTICLE_QUOTE_FIELDS).order_by("start", "end"))
    colours = speaker_colours(quotes)
    for quote in quotes:
        quote.article = article
        quote.colour = colours.get(quote.speaker_id)
    body = highlight_body(article.body, quotes)
    return {
        "article": article,
        "quotes": quotes,
        "cards": desk_cards(request, quotes, in_article=True),
        "body": body,
        "in_article": True,
        "kinds": Quote.Kind.choices,
        **extra,
    }


@editor_required
def quote_view(request: HttpRequest, pk: int) -> HttpResponse:
    """One quote with its full history; the same card the queue and the article show."""
    quote = desk_quote(pk)
    return render(request, "desk/quote.html", {"quote": quote, "card": quote_cards.card(request, quote)})


# ---- single-quote edits -------------------------------------------------------------------------


def _edit(request: HttpRequest, pk: int, form_class: type, apply: Callable[[Quote, dict], Quote]) -> HttpResponse:
    """Validate, apply, and answer with the changed card (and the article body when editing in the article)."""
    quote = get_object_or_404(Quote.objects.for_desk(), pk=pk)
    _in_article(request)  # read before anything is written: an unreadable one is refused (400)
    form = form_class(request.POST)
    if not form.is_valid():
        return _answer(request, quote, error=forms.first_error(form))
    try:
        quote = apply(quote, form.cleaned_data)
    except editing.StaleVersion as stale:
        return _answer(request, stale.current, conflict=str(stale))
    except editing.EditError as refused:
        return _answer(request, editing.current(quote.pk), error=str(refused))
    return _answer(request, quote)


def _in_article(request: HttpRequest) -> int | None:
    """The article an edit was made in (`in_article`), None from the queue; BadParameter (400) if unreadable."""
    return params.optional_id(request.POST.get("in_article"), "in_article")


def _answer(request: HttpRequest, quote: Quote | None, **notes: str) -> HttpResponse:
    """htmx: the card (always 200, so htmx swaps in the note), plus the body out of band in the article.
    Without JavaScript: a message and back to where the editor was."""
    if not request.htmx:
        for text in notes.values():
            messages.error(request, text)
        return _back(request, _in_article(request))
    in_article = _in_article(request) is not None
    html = ""
    if quote is not None:
        quote = desk_quote(quote.pk)
        if in_article:
            quote.colour = speaker_colours(_article_speakers(quote.article_id)).get(quote.speaker_id)
        html = quote_cards.card(request, quote, in_article, conflict=notes.get("conflict"), error=notes.get("error"))
    if in_article:
        article_id = quote.article_id if quote else _in_article(request)
        html += _body_oob(request, get_object_or_404(Article, pk=article_id))
    response = HttpResponse(html)
    return trigger_client_event(response, "quoteChanged", {"pk": quote.pk if quote else None, "ok": not notes})


def _article_speakers(article_id: int) -> list[Quote]:
    return list(Quote.objects.filter(article_id=article_id).only("pk", "start", "speaker_id"))


def _body_oob(request: HttpRequest, article: Article) -> str:
    quotes = list(article.quotes.select_related("speaker").order_by("start", "end"))
    context = {"article": article, "body": highlight_body(article.body, quotes), "oob": True}
    return render_to_string("desk/article.html#article-body", context, request)


def _back(request: HttpRequest, article_id: int | None) -> HttpResponse:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("desk-article", args=[article_id]) if article_id else reverse("desk-queue")
    return HttpResponseRedirect(target)


@require_POST
@editor_required
def confirm_quote(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit(request, pk, forms.VersionForm, lambda q, d: editing.confirm(q, request.user, d["version"]))


@require_POST
@editor_required
def reject_quote(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit(request, pk, forms.RejectForm, lambda q, d: editing.reject(q, d["reason"], request.user, d["version"]))


@require_POST
@editor_required
def change_kind(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit(
        request, pk, forms.KindForm, lambda q, d: editing.change_kind(q, d["kind"], request.user, d["version"])
    )


@require_POST
@editor_required
def fix_span(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(quote: Quote, data: dict) -> Quote:
        return editing.fix_span(quote, data["start"], data["end"], request.user, data["version"])

    return _edit(request, pk, forms.SpanForm, apply)


@require_POST
@editor_required
def change_speaker(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(quote: Quote, data: dict) -> Quote:
        speaker = _chosen_speaker(data)
        return editing.change_speaker(quote, speaker, request.user, data["version"])

    return _edit(request, pk, forms.ChangeSpeakerForm, apply)


def _chosen_speaker(data: dict) -> Speaker | None:
    if data.get("speaker"):
        return data["speaker"]
    if data.get("new_speaker"):
        return speaker_edits.create_speaker(data["new_speaker"], data.get("new_speaker_kind") or Speaker.Kind.UNKNOWN)
    return None


@require_POST
@editor_required
def undo_quote(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(quote: Quote, data: dict) -> Quote | None:
        undone = editing.undo(quote, request.user, data["version"])
        return undone.quote if undone.bulk is None else editing.current(quote.pk)

    quote = get_object_or_404(Quote.objects.for_desk(), pk=pk)
    _in_article(request)  # before the undo deletes an added quote
    revision = editing.latest_undoable(quote, request.user)
    if revision is not None and revision.group is not None:
        return _undo_group(request, revision.group)
    return _edit(request, pk, forms.VersionForm, apply)


@require_POST
@editor_required
def undo_last(request: HttpRequest) -> HttpResponse:
    """`u`: undo the editor's latest change wherever it was made; its card is swapped wherever it shows."""
    revision = editing.last_undoable(request.user)
    if revision is not None and revision.group is not None:
        return _undo_group(request, revision.group)
    try:
        if revision is None:
            raise editing.EditError("You have no change left to undo.")
        quote = editing.current(revision.quote_id)
        undone = editing.undo(quote, request.user).quote
    except editing.EditError as refused:
        return _undo_last_note(request, None, error=str(refused))
    note = f"Undone: {revision.get_action_display().lower()} of “{Truncator(quote.text).words(8)}”."
    return _undo_last_note(request, undone or quote, removed=undone is None, note=note)


def _undo_last_note(request: HttpRequest, quote: Quote | None, removed: bool = False, **notes: str) -> HttpResponse:
    """The note beside the undo button, with the undone quote's card (and its article's body) out of band."""
    page_article = request.POST.get("in_article", "")
    in_article = quote is not None and page_article == str(quote.article_id)
    if not request.htmx:
        for text in notes.values():
            messages.info(request, text)
        return _back(request, quote.article_id if in_article else None)
    html = format_html('<span class="{}">{}</span>', "error" if "error" in notes else "note", *notes.values())
    if removed:
        html += format_html('<li id="quote-{}" hx-swap-oob="delete"></li>', quote.pk)
    elif quote is not None:
        quote = desk_quote(quote.pk)
        if in_article:
            quote.colour = speaker_colours(_article_speakers(quote.article_id)).get(quote.speaker_id)
        html += quote_cards.card(request, quote, in_article, oob=True)
    if in_article:
        html += _body_oob(request, get_object_or_404(Article, pk=quote.article_id))
    changed = quote.pk if quote is not None and not removed else None
    return trigger_client_event(HttpResponse(html), "quoteChanged", {"pk": changed, "ok": "error" not in notes})


# ---- adding, bulk, undo of a bulk action ---------------------------------------------------------


@require_POST
@editor_required
def add_quote(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    form = forms.AddQuoteForm(request.POST)
    try:
        if not form.is_valid():
            raise editing.EditError(forms.first_error(form))
        data = form.cleaned_data
        quote = editing.add_quote(
            article, data["start"], data["end"], _chosen_speaker(data), data["kind"], request.user
        )
    except editing.EditError as refused:
        return _list_answer(request, article, error=str(refused))
    return _list_answer(request, article, selected=str(quote.pk), note="Quote added.")


def _list_answer(request: HttpRequest, article: Article, **extra: str) -> HttpResponse:
    """The article's quote list, and its body out of band: for changes that touch several quotes."""
    if not request.htmx:
        for key in ("error", "note"):
            if extra.get(key):
                (messages.error if key == "error" else messages.success)(request, extra[key])
        return _back(request, article.pk)
    context = _article_context(request, article, **extra)
    html = render_to_string("desk/article.html#quote-list", context, request)
    html += render_to_string("desk/article.html#article-body", {**context, "oob": True}, request)
    response = reswap(retarget(HttpResponse(html), "#quote-list"), "outerHTML")  # also when a card asked
    return trigger_client_event(response, "quoteChanged", {"pk": extra.get("selected")})


@require_POST
@editor_required
def confirm_article(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    result = editing.confirm_article(article, request.user)
    note = f"Confirmed {_quotes(result.changed)}."
    return _list_answer(request, article, note=note, undo_group=str(result.group or ""))


@require_POST
@editor_required
def bulk_confirm(request: HttpRequest) -> HttpResponse:
    form = forms.BulkConfirmForm(request.POST)
    if not form.is_valid() or form.chosen_status() != "auto":
        return _queue_note(request, error="Give a confidence between 0 and 1 to confirm quotes needing review.")
    quotes = form.filtered().filter(confidence__gte=form.cleaned_data["min_confidence"])
    result = editing.confirm_many(quotes, request.user)
    return _queue_note(request, note=f"Confirmed {_quotes(result.changed)}.", undo_group=str(result.group or ""))


def _quotes(n: int) -> str:
    return f"{n} quote{'' if n == 1 else 's'}"


def _queue_note(request: HttpRequest, **notes: str) -> HttpResponse:
    """The bulk-result note; the queue reloads itself on the `queueChanged` event."""
    if not request.htmx:
        messages.info(request, notes.get("error") or notes.get("note", ""))
        return _back(request, None)
    response = reswap(retarget(render(request, "desk/queue.html#bulk-result", notes), "#bulk-result"), "outerHTML")
    return trigger_client_event(response, "queueChanged")


@require_POST
@editor_required
def undo_group(request: HttpRequest, group: str) -> HttpResponse:
    return _undo_group(request, group)


def _undo_group(request: HttpRequest, group: Any) -> HttpResponse:
    article_id = _in_article(request)
    try:
        result = editing.undo_group(group, request.user)
    except editing.EditError as refused:
        notes = {"error": str(refused)}
    else:
        left = f"; {result.skipped} changed since and left as they are" if result.skipped else ""
        notes = {"note": f"Undone for {_quotes(result.changed)}{left}."}
    if article_id is not None:
        return _list_answer(request, get_object_or_404(Article, pk=article_id), **notes)
    return _queue_note(request, **notes)
