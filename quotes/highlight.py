"""The article body with every quote marked in place, built with escaping (never `|safe` on article text).

The marked-up body has exactly the article's text as its text content (speaker names are attributes, drawn by
CSS), so a selection's character offsets in the browser are offsets into `Article.body`.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from quotes.models import Quote

PALETTE_SIZE = 8


def speaker_colours(quotes: Sequence[Quote]) -> dict[int | None, int]:
    """A colour number per speaker, in order of first appearance, so speakers in one article differ."""
    colours: dict[int | None, int] = {}
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.speaker_id is not None and quote.speaker_id not in colours:
            colours[quote.speaker_id] = len(colours) % PALETTE_SIZE
    return colours


def highlight_body(body: str, quotes: Sequence[Quote]) -> SafeString:
    """Escape `body`, wrapping each stretch covered by quotes in a <mark> naming those quotes.

    A quote in pieces is marked piece by piece: the attribution between its pieces is not. Overlapping quotes split
    into segments; each segment belongs to its innermost (latest-starting) quote, and the segment where a quote
    starts carries its speaker label.
    """
    colours = speaker_colours(quotes)
    pieces = [(q, start, end) for q in quotes for start, end in q.pieces() if 0 <= start < end <= len(body)]
    cuts = sorted({0, len(body), *(start for _, start, _ in pieces), *(end for _, _, end in pieces)})
    parts: list[str] = []
    for left, right in zip(cuts, cuts[1:]):
        # a quote's pieces never overlap: it covers a segment by one piece at most
        covering = sorted((q for q, start, end in pieces if start <= left and right <= end), key=lambda q: (q.start, -q.end))
        text = body[left:right]
        if not covering:
            parts.append(escape(text))
            continue
        parts.append(_mark(covering, left, text, colours))
    return mark_safe("".join(parts))  # every piece above is escaped or built by format_html


def _mark(covering: list[Quote], left: int, text: str, colours: dict[int | None, int]) -> str:
    inner = covering[-1]
    starts = inner.start == left
    speaker = inner.speaker.name if inner.speaker_id else "no speaker"
    colour = colours.get(inner.speaker_id, "none")
    return format_html(
        '<mark class="quote-mark speaker-c{} status-{} kind-{}{}" data-quote-id="{}" data-quote-ids="{}"{}>{}</mark>',
        colour,
        inner.status,
        inner.kind,
        " quote-start" if starts else "",
        inner.pk,
        " ".join(str(q.pk) for q in covering),
        format_html(' data-speaker="{}" title="{}"', speaker, speaker) if starts else "",
        text,
    )
