"""A paragraph that ends 'In a 1963 speech, he declared:' and a quote that opens the next one: the cue before the
writer's colon names the quote's speaker, as it would in one sentence."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import has_subject, is_cue
from .lexicon import tnorm
from .structure import DocIndex


def colon_lead_cue(idx: DocIndex, k: int, has_content: set[int]) -> Token | None:
    """'In a 1963 speech, he declared:' closing a paragraph, the quote opening the next: the cue before the colon
    (its last verb, not a question put to someone) is the quote's."""
    doc = idx.doc
    os_ = idx.seg_outer[k][0]
    us = idx.unit(os_)[0]
    if any(not t.is_space for t in doc[us:os_]):
        return None  # the quote must open its sentence
    j = us - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 1 or doc[j].text != ":" or idx.quoted(doc[j]) or idx.para_of[j] not in (idx.para_of[os_], idx.para_of[os_] - 1):
        return None
    floor = max(idx.unit(j)[0], j - 12)
    verb = next((doc[m] for m in range(j - 1, floor - 1, -1) if doc[m].pos_ in ("VERB", "AUX")), None)
    if verb is None or idx.quoted(verb) or not is_cue(verb) or tnorm(verb) in ("asked", "asks") or \
            verb.i in has_content or not has_subject(verb):
        return None
    return verb
