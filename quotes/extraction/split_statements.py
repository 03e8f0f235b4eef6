"""'“I don't think he'd mind.” The cuts, she added, had been approved by the estate.': a sentence after a quote
that carries a cue is usually the quote's attribution ('“Why?” Ana asked.'), but one whose cue is an aside
inside a statement of its own (subject, ', she added,', the rest) reports new speech and stands alone."""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import CUE_FORMS, tnorm


def statement_with_aside(doc: Doc, s: int, e: int) -> bool:
    """doc[s:e] holds a cue set off as an aside (parataxis) after the subject of the clause it interrupts."""
    for t in doc[s:e]:
        if tnorm(t) not in CUE_FORMS or t.dep_ != "parataxis" or not s <= t.head.i < e or t.head.i < t.i:
            continue
        left = t.left_edge.i  # the aside's opening comma, which the parser may or may not hang on the cue
        if left > s and "," in (doc[left].text, doc[left - 1].text) and any(
                c.dep_ in ("nsubj", "nsubjpass") and s <= c.i < t.i for c in t.head.children):
            return True
    return False
