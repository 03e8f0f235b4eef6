"""A second participle cue the small parser hangs inside the first one's content: in 'Lund pushed back, saying
that the plan had support - and arguing that …' or 'emailed supporters saying: “…” and vowing to …', 'arguing'
and 'vowing' come out coordinated with the last verb of what was said. A participle cannot pair with that finite
verb; it pairs with the participle cue whose content holds it, and has that cue's speaker."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CUE_FORMS, tnorm
from .structure import DocIndex

_STEPS = 4  # conj and ccomp links between the two participles; deeper nests are not this shape


def parallel_participle(cue: Token, idx: DocIndex) -> Token | None:
    """The earlier participle cue whose content the parser hung this participle cue in, or None."""
    if cue.tag_ != "VBG" or cue.dep_ != "conj" or cue.head.i > cue.i or idx.quoted(cue):
        return None
    cur = cue.head
    for _ in range(_STEPS):
        head = cur.head
        if cur.dep_ == "ccomp" and head.i < cur.i and head.tag_ == "VBG" and tnorm(head) in CUE_FORMS and \
                not idx.quoted(head):
            return head
        if cur.dep_ not in ("conj", "ccomp") or head.i == cur.i:
            return None
        cur = head
    return None
