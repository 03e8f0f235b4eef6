"""'according to a copy of the contract obtained by the paper': a copy (a draft, an excerpt) speaks as the document
it copies; the mention runs on to that document ('a copy of the contract'), not 'a copy' alone, which names
nothing."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm

_COPY_NOUNS = frozenset({"copy", "copies", "draft", "drafts", "excerpt", "excerpts", "version", "transcript"})


def copied_document(head: Token) -> Token | None:
    """The common noun `head` is a copy of ('contract' in 'a copy of the contract'); else None."""
    if tnorm(head) not in _COPY_NOUNS or head.pos_ != "NOUN":
        return None
    for prep in head.rights:
        if prep.dep_ == "prep" and tnorm(prep) == "of":
            return next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return None
