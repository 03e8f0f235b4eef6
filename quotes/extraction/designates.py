"""An office-holder not yet in office: 'the governor-elect', 'the chair-designate'. The tokenizer splits the word at
its hyphen and the tagger often takes the last piece for a proper name ('elect' as a surname); the mention is the
office, resolved like 'the governor'."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm
from .registry import is_title

_PENDING = frozenset({"elect", "designate"})


def elect_office(head: Token) -> Token | None:
    """The office word of 'governor-elect' when `head` is its 'elect' (or 'designate') piece."""
    doc = head.doc
    if tnorm(head) not in _PENDING or head.i < 2 or doc[head.i - 1].text not in ("-", "‑") \
            or doc[head.i - 1].whitespace_ or doc[head.i - 2].whitespace_:
        return None
    office = doc[head.i - 2]
    return office if is_title(office) else None
