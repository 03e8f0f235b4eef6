"""'called the deal “a betrayal” and “a sellout”', 'pledged to fight the cuts “today, tomorrow, always”': a quoted
phrase that hangs from the same cue as the record just before it, with only a connective between, is more of the
same statement; it extends that record instead of standing as a second one with no words of its own."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from .lexicon import tnorm
from .structure import QUOTE_CHARS, DocIndex

_MAX_GAP = 4  # tokens between the record's end and the next opening mark
_STOPS = frozenset({".", "!", "?", ";"})


class _Record(Protocol):
    start: int
    end: int
    kind: str
    cue: Token | None
    parts: tuple[tuple[int, int], ...]


def record_before[R: _Record](found: list[R], reported: R | None, start: int) -> R | None:
    """The later of the last quote found and the cue's reported clause, of those ending before `start`."""
    last = [a for a in (found[-1] if found else None, reported) if a is not None and a.end <= start]
    return max(last, key=lambda a: a.end, default=None)


def same_statement(idx: DocIndex, before: _Record, cue: Token, quote_start: int) -> bool:
    """The quote opening at token `quote_start` carries on `before`: the parser hangs both from one cue, the quote
    follows that record in its sentence, and nothing but a comma, a conjunction or an article lies between ('and',
    ', but', 'and a'): no verb, which would start a clause of the writer's, and no sentence end."""
    if before.cue is None or before.cue.i != cue.i or before.parts or before.kind == "direct":
        return False
    doc = idx.doc
    last = idx.tok_at(before.end - 1)
    if last >= quote_start or idx.unit_of[last] != idx.unit_of[quote_start]:
        return False
    between = doc[last + 1:quote_start]
    if any(idx.quoted(t) and t.text not in QUOTE_CHARS for t in between):
        return False  # another quote between
    gap = [t for t in between if not t.is_space and not idx.quoted(t)]
    if len(gap) > _MAX_GAP:
        return False
    return all(t.text not in _STOPS and t.pos_ not in ("VERB", "AUX") and tnorm(t) != "that" for t in gap)
