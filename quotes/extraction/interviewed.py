"""The person the writer met: 'When I spoke to Ana Ruiz last week, she told me …', 'After we met Tom Hale, he said
…'. In a fronted clause whose subject is the writer (I, we), the named person spoken to or met is whom the main
clause's pronoun means. A plain function over the parse."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm

_WRITER = frozenset({"i", "we"})
_WITH = frozenset({"to", "with"})  # 'spoke to', 'talked with'; never 'about' (a subject of talk is no listener)


def person_met_by_writer(clause: Token, in_quote: list[int]) -> Token | None:
    """The name the writer's fronted clause met or spoke to: its direct object, or the object of its 'to'/'with'."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or tnorm(subj) not in _WRITER or in_quote[subj.i] >= 0:
        return None
    for child in clause.children:
        if child.dep_ == "dobj" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and tnorm(child) in _WITH:
            obj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if obj is not None:
                return obj
    return None
