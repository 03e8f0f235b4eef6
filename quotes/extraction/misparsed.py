"""Subjects the small parser loses around a speech verb: an unfamiliar surname tagged as an adverb right after an
inverted cue, and a name it hung on a participle aside before the cue instead of on the cue."""

from __future__ import annotations

from spacy.tokens import Token

from .structure import DocIndex


def participle_aside_subject(cue: Token, idx: DocIndex) -> Token | None:
    """'Sen. Ana Ortiz, noting the size of the crowd, said …', parsed with the name the subject of 'noting': the
    subject of a participle aside in commas right before the cue is the cue's."""
    for c in cue.lefts:
        if c.dep_ in ("advcl", "ccomp") and c.tag_ == "VBG" and c.i > 0 and cue.doc[c.i - 1].text == "," and \
                cue.doc[cue.i - 1].text == "," and c.right_edge.i in (cue.i - 1, cue.i - 2):
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i and not idx.quoted(s)), None)
            if subj is not None:
                return subj
    return None


def surname_as_adverb(cue: Token, idx: DocIndex) -> Token | None:
    """'“…,” said Skelly, explaining …': an unfamiliar surname tagged as an adverb; a capitalised word right after
    the cue, mid-sentence, is no adverb."""
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if nxt is None or nxt.head.i != cue.i or nxt.dep_ != "advmod" or nxt.pos_ != "ADV" or not nxt.text[:1].isupper() \
            or not nxt.is_alpha or nxt.ent_type_ in ("DATE", "TIME") or idx.quoted(nxt):
        return None
    return nxt
