"""'A man … has been jailed for life and told he will serve at least 21 years': 'told' shares the passive of the
verb it is coordinated with, so the subject it borrows is the one told, not the one telling (as in 'was told')."""

from __future__ import annotations

from spacy.tokens import Token


def passive_conjunct(cue: Token) -> bool:
    """`cue` has no subject and no one told of its own, coordinated with a passive verb ('been jailed and told
    he will …'; the tagger may call it a past tense)."""
    if cue.dep_ != "conj" or cue.tag_ not in ("VBN", "VBD") or cue.head.i == cue.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative") for c in cue.children):
        return False  # 'was arrested and told officers he …' (he told them), 'and has told friends …'
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.head.children)
