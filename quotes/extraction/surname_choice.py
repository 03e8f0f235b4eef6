"""A bare surname ('Ward said'): the person introduced with it earlier, and, where two people share it, the one the
copy means (`SurnameResolver`, a mixin of the speaker resolver, reading its registry, index and history)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm
from .organisations import Resolved, Seen
from .person_words import past_occasion
from .registry import Entity, Registry
from .structure import DocIndex


class SurnameResolver:
    idx: DocIndex
    reg: Registry
    history: list[Seen]

    def _bare_surname(self, head: Token, unit: int, pos: int) -> Resolved | None:
        """'Rivers said': a capitalised bare noun that is the surname of a person named earlier."""
        ent = self.reg.find_name([head.text], pos, create=False)
        if ent is None or ent.kind != "person" or len(ent.words) < 2 or ent.first_seen >= head.i:
            return None
        if self.reg.tied:
            ent = self._main_bearer(ent, pos, unit, None)
        return Resolved(ent.canonical, "person", ent, "alias")

    def _main_bearer(self, recent: Entity, pos: int, unit: int, gender: str | None) -> Entity:
        """A bare surname two people share ('Ward' after Dame Helen Ward and her daughter Susan Ward): the
        article's main subject — most mentions, first introduced, named in the lead — unless the most recent
        one was the subject of the previous sentence and this one tells of no past occasion ('Ward once told')."""
        if not past_occasion(self.idx.doc[pos]) and self._named_subject_before(unit) and any(
                s.unit == unit - 1 and s.role in ("subject", "speaker") and s.entity is not None
                and s.entity.eid == recent.eid for s in self.history):
            return recent
        w = recent.lower[-1]
        rivals = [e for e in self.reg.entities if e.kind == "person" and e.lower[-1] == w and e.first_seen <= pos
                  and (not gender or e.gender in (gender, None))]
        if len(rivals) < 2:
            return recent
        first = min(e.first_seen for e in rivals)
        lead = self.idx.unit_of[self.idx.body[0]]

        def weight(e: Entity) -> tuple[int, int]:
            seen = len({s.unit for s in self.history if s.entity is not None and s.entity.eid == e.eid})
            early = 2 * (e.first_seen == first) + (self.idx.unit_of[e.first_seen] <= lead)
            return seen + early, e.eid == recent.eid
        return max(rivals, key=weight)

    def _named_subject_before(self, unit: int) -> bool:
        """The previous sentence's subject is a name or a person's pronoun (not 'The funeral', nor 'it')."""
        if unit < 1:
            return False
        us, ue = self.idx.units[unit - 1]
        root = self.idx.unit_sents[unit - 1].root
        subj = self.subject_of(root) if us <= root.i < ue else None
        return subj is not None and self.mention_of(subj).kind in ("name", "pronoun") and tnorm(subj) != "it"
