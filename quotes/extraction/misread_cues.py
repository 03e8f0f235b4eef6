"""'“We are so sorry,” the post read.': the tagger takes 'read' after a noun for a noun ('a post read', as in 'a
good read') and hangs the noun on it as a compound. After a quote, a determiner, a noun and 'read' ending the
clause, 'read' is the verb and the noun what was written."""

from __future__ import annotations

from spacy.tokens import Token

_READ = frozenset({"read", "reads"})
_DETS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "one"})


def read_as_noun(tok: Token) -> bool:
    """`tok` is 'read' tagged a noun, right after a noun compound on it (with a determiner first), and ends its
    clause."""
    if tok.lower_ not in _READ or tok.pos_ != "NOUN" or tok.i < 2:
        return False
    doc = tok.doc
    noun, det = doc[tok.i - 1], doc[tok.i - 2]
    if noun.dep_ != "compound" or noun.head.i != tok.i or noun.pos_ != "NOUN" or det.lower_ not in _DETS:
        return False
    return tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct


def misread_subject(tok: Token) -> Token | None:
    """The noun before a 'read' read as a noun: what was written ('the post')."""
    return tok.doc[tok.i - 1] if read_as_noun(tok) else None
