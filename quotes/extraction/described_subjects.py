"""'His interpreter then paused and corrected herself. “Forgive me …,” she told the room.': a 'he' or 'she' that
finds no named person of its gender points back to the subject of the sentence before, when that subject is a person
described but never named ('his interpreter', 'the driver'): the description is the speaker."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import _own_subject
from .lexicon import PRONOUN_GENDER, tnorm
from .roles import DESCRIPTOR_GENDER, KIN_GENDER, person_noun
from .structure import DocIndex

_DETS = frozenset({"his", "her", "their", "the"})


def described_subject(idx: DocIndex, pronoun: Token) -> str | None:
    """The description ('His interpreter') heading the previous sentence of the pronoun's paragraph (or the last one
    of the paragraph before), gender agreeing; None when that subject is named or is no person."""
    form = tnorm(pronoun)
    if form not in PRONOUN_GENDER:
        return None
    u = idx.unit_of[pronoun.i]
    if u < 1:
        return None
    doc = idx.doc
    ps, pe = idx.units[u - 1]
    root = doc[ps].sent.root
    subj = _own_subject(root) if ps <= root.i < pe and idx.in_quote[root.i] < 0 else None
    if subj is None or subj.pos_ != "NOUN" or not person_noun(tnorm(subj)) or idx.in_quote[subj.i] >= 0:
        return None
    if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in subj.children):
        return None  # 'the driver, Ana Ruiz': named, and the rules for names find her
    words = list(doc[subj.left_edge.i:subj.i + 1])
    if not words or tnorm(words[0]) not in _DETS:
        return None
    gender = KIN_GENDER.get(tnorm(subj)) or DESCRIPTOR_GENDER.get(tnorm(subj))
    if gender not in (None, PRONOUN_GENDER[form]):
        return None
    return " ".join(t.text for t in words)
