"""'his campaign said', 'her campaign said': a candidate's campaign, named as the copy names campaigns, by the
candidate's surname ('the Pelletier campaign'), not left as 'the campaign', which names no one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import PRONOUN_GENDER, tnorm
from .mentions import Mention
from .organisations import Resolved

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

_CAMPAIGN_NOUNS = frozenset({"campaign", "camp"})


def candidate_campaign(self: SpeakerResolver, m: Mention, unit: int, pos: int) -> Resolved | None:
    """'his campaign' → 'the McAllister campaign' when 'his' resolves to a named person."""
    doc = self.idx.doc
    head = doc[m.head]
    if tnorm(head) not in _CAMPAIGN_NOUNS or head.tag_ != "NN":
        return None
    poss = next((c for c in head.lefts if c.dep_ == "poss" and tnorm(c) in ("his", "her")), None)
    if poss is None:
        return None
    form = "he" if tnorm(poss) == "his" else "she"
    res = self._pronoun(form, unit, poss.i)
    ent = res.entity
    if res.kind != "person" or ent is None or len(ent.words) < 2 or \
            ent.gender not in (None, PRONOUN_GENDER[form]):
        return None
    return Resolved(f"the {ent.words[-1]} {tnorm(head)}", "organisation", None, "nominal_resolved")
