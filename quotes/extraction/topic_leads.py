"""Press-conference write-ups run a manager's answers as quotes after a topic and a colon or a dash: 'On the
penalty: “…”', 'And on whether he would appeal – “…”'. The lead names what the question was about, not who
answered: the quote stands as its own paragraph's statement, and its speaker is the one the story is about there
(as for a quote standing alone)."""

from __future__ import annotations

from .cues import is_cue
from .lexicon import tnorm
from .structure import DocIndex

_LINKS = frozenset({"and", "but", "then"})
_TOPIC_WORDS = frozenset({"on", "regarding", "about"})
_LEAD_MARKS = frozenset({":", "—", "–", "-"})
_LONGEST_LEAD = 25  # tokens: a topic, or a question put in indirect form, not a sentence of its own


def topic_lead(idx: DocIndex, k: int) -> bool:
    """The quote k opens after 'On …:' (or 'And on whether …–', 'As for …:') at its paragraph's start and runs to the
    end of its sentence, with no speech verb in the lead."""
    doc = idx.doc
    os_, oe = idx.seg_outer[k]
    us, ue = idx.unit(os_)
    if os_ - us > _LONGEST_LEAD or os_ - us < 2 or idx.para_of[us] != idx.para_of[os_]:
        return False
    if us > 0 and idx.para_of[us - 1] == idx.para_of[us] and not doc[us - 1].is_space:
        return False  # the lead opens its paragraph
    j = us
    if tnorm(doc[j]) in _LINKS:
        j += 1
    if tnorm(doc[j]) == "as" and j + 1 < os_ and tnorm(doc[j + 1]) in ("for", "to"):
        j += 1
    elif tnorm(doc[j]) not in _TOPIC_WORDS:
        return False
    m = os_ - 1
    while m > j and doc[m].is_space:
        m -= 1
    if doc[m].text not in _LEAD_MARKS:
        return False
    if any(idx.in_quote[t] >= 0 or is_cue(doc[t]) for t in range(us, m)):
        return False  # 'On Monday she said: “…”' has its cue; a lead holding a quote is no bare topic
    return all(doc[t].is_punct or doc[t].is_space for t in range(oe, ue))
