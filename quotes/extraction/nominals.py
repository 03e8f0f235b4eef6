"""Unnamed and described speakers ('a senior Western diplomat', 'the minister', 'the 31-year-old'): the mention's own
words, or the person a description points back to (`NominalResolver`, a mixin of the speaker resolver, reading its
registry, index, salience and the nominals it has seen)."""

from __future__ import annotations

from spacy.tokens import Token

from .descriptions import described_end
from .kin_roles import kin_holder, owned_by_another, possessed_role_holder
from .lexicon import tnorm
from .mentions import Mention, word_form
from .organisations import Resolved
from .person_words import DEMONYM_GENDER, is_age, is_demonym
from .registry import Registry, holds_role, is_title
from .roles import DESCRIPTOR_GENDER, PERSON_DESCRIPTORS, ROLE_SYNONYMS, ROLE_WORDS, person_noun
from .salience import seen_by
from .structure import DocIndex

_INDEFINITE = frozenset({"a", "an", "one", "another"})


class NominalResolver:
    idx: DocIndex
    reg: Registry
    nominals: dict[int, tuple[int, str, str]]
    named_spokes: dict[int, tuple[int, str, Resolved]]
    # and SalienceResolver's _role_holder and _salient

    def _indefinite(self, m: Mention) -> bool:
        """'A senior Western diplomat', 'one official', 'another resident', 'a source close to the talks'."""
        doc = self.idx.doc
        first = doc[m.start]
        if tnorm(doc[m.head]) == "other" and m.head == m.start + 1 and tnorm(first) == "the":
            return True  # 'One diplomat said … The other said': the second of two unnamed sources, no one named
        return tnorm(first) in _INDEFINITE and doc[m.head].tag_ in ("NN", "NNP") and \
            (tnorm(first) not in ("one", "another") or first.head.i == m.head)

    def _indefinite_text(self, m: Mention) -> str:
        """The mention as written, with an adjective phrase right after its head ('a source close to the talks')."""
        doc = self.idx.doc
        head = doc[m.head]
        end = described_end(head, m.end)
        for child in head.rights:
            if child.dep_ == "amod" and child.i == end and child.pos_ == "ADJ":
                end = child.right_edge.i + 1
        toks = [t.text_with_ws for t in doc[m.start:end]]
        return "".join(toks).strip()

    def _nominal_before(self, role: str, pos: int, unit: int) -> tuple[int, Resolved] | None:
        """'the diplomat' after 'A senior Western diplomat said': the latest nominal with that head noun."""
        found = [(i, Resolved(v[2], "person", None, "nominal_resolved")) for i, v in self.nominals.items()
                 if i < pos and v[1] == role and unit - v[0] <= 6]
        found += [(i, v[2]) for i, v in self.named_spokes.items() if i < pos and v[1] == role and unit - v[0] <= 6]
        return max(found, key=lambda f: f[0]) if found else None

    def _descriptor(self, head: Token, unit: int, pos: int) -> Resolved | None:
        """'the minister' / 'the 31-year-old' / 'the veteran' → a person, by role, then by salience."""
        role = word_form(head)
        if (kin := kin_holder(self.reg, head, role) or possessed_role_holder(self.reg, head, role)) is not None:
            return Resolved(kin.canonical, "person", kin, "descriptor")
        earlier = self._nominal_before(role, head.i, unit)
        official = is_title(head) and role not in ROLE_WORDS and role not in PERSON_DESCRIPTORS
        if not is_age(head) and not is_demonym(head) and role not in PERSON_DESCRIPTORS:
            ent = self._role_holder(role, pos)
            if ent is not None and owned_by_another(head, ent):
                return None  # 'the Post's critic' is not the critic the article named at another paper
            # the most recent holder wins: "A judge halted the trial. Judge Ana Ruiz said… the judge said"
            if ent is not None and (earlier is None or seen_by(ent, pos) > earlier[0]):
                return Resolved(ent.canonical, "person", ent, "descriptor")
            if earlier is not None:
                return earlier[1]
            after = [e for e in self.reg.entities if e.kind == "person" and holds_role(e, role) and e.first_seen > pos
                     and 0 <= self.idx.unit_of[e.first_seen] - unit <= 2]
            if after:  # cataphora: "The finance minister warned… Minister Rachel Osei told…"
                ent = min(after, key=lambda e: e.first_seen)
                return Resolved(ent.canonical, "person", ent, "descriptor")
        if earlier is not None:
            return earlier[1]
        if not (official or is_age(head) or is_demonym(head) or person_noun(role)):
            return None  # "The funeral will be held in York": a thing or an event is nobody
        if any(c.dep_ == "poss" and tnorm(c) in ("his", "her", "their") for c in head.children):
            return None  # 'her race engineer': someone of the person talked about, never that person
        gender = DESCRIPTOR_GENDER.get(role) or DEMONYM_GENDER.get(role[-5:] if role.endswith("woman") else
                                                                    role[-3:])
        seen = self._salient(unit, {"person"}, gender, window=2, role=role)
        if seen is None or (official and seen.entity is not None and seen.entity.roles - {role}
                            and not holds_role(seen.entity, role)) or \
                (official or role in ROLE_WORDS) and seen.name.startswith("@"):
            return None  # ('the captain' after a passenger's post: an account holds no office)
        if official and seen.entity is None and seen.name.split()[-1].lower() not in ROLE_SYNONYMS.get(role, {role}):
            return None  # "A minister said… 'No,' the judge said": another nominal is not the judge
        return Resolved(seen.name, "person", seen.entity, "descriptor")
