"""'“I, Fenella Orchard-Maas, being the returning officer …, hereby give notice …,” she began': a formal
declaration or oath opens by naming its speaker. That name is who speaks, whatever a pronoun cue would point at,
and the article may call her by her surname later. Plain functions over the text and the quote segments."""

from __future__ import annotations

import re

from .structure import DocIndex

# 'I, Ana Ruiz,' — two to four capitalised words (hyphenated parts kept whole) between commas
_SELF_NAMED = re.compile(r"I,[ \u00a0]+((?:[A-Z][\w'’-]+[ \u00a0]+){1,3}[A-Z][\w'’-]+),")


def self_named(text: str, start: int) -> tuple[int, int] | None:
    """Character offsets of the name a quote starting at `start` gives itself ('I, Ana Ruiz, do swear'), else None."""
    m = _SELF_NAMED.match(text, start)
    return (m.start(1), m.end(1)) if m else None


def self_named_people(idx: DocIndex) -> list[tuple[int, list[str]]]:
    """(token position, name words) of every quote that opens by naming its speaker."""
    text = idx.layout.text
    out = []
    for seg in idx.segments:
        found = self_named(text, seg.start)
        if found is not None:
            out.append((idx.tok_at(found[0]), text[found[0]:found[1]].split()))
    return out
