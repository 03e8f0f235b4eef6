"""Family roles as speakers: 'the cyclist's widow told the court', 'his mother said', 'the couple's son'.

Copy about a death or a trial names relatives by their role before or after their name, and they often share a
surname (a widow and her late husband's mother are both 'Brandt'). A family noun means the person the article
introduced with that role ('Mr. Brandt's mother, Ruth Brandt'); failing that, for a spouse ('widow', 'wife'), the
one person of the role's gender who shares a surname with someone else in the article and holds no other family
role. Named later in the copy is fine: a lead often says 'the cyclist's widow' paragraphs before it names her.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import HYPHENS, tnorm
from .registry import Entity, Registry
from .roles import KIN_GENDER

# Only a spouse is found by a shared surname alone: a child or a parent shares it with the couple too.
_SPOUSES = frozenset({"widow", "widower", "wife", "husband"})


def kin_holder(reg: Registry, head: Token, role: str) -> Entity | None:
    """The person a family noun ('widow', 'mother', 'son') stands for, or None when the article does not tell."""
    if role not in KIN_GENDER:
        return None
    pos = head.i
    people = [e for e in reg.entities if e.kind == "person" and len(e.words) >= 2]
    holders = [e for e in people if role in e.roles]
    if holders:
        before = [e for e in holders if e.first_seen < pos]
        return max(before, key=lambda e: e.first_seen) if before else min(holders, key=lambda e: e.first_seen)
    if role not in _SPOUSES:
        return None  # 'the couple's daughter' is not the wife named beside her husband
    gender = KIN_GENDER[role]
    owner = _named_owner(reg, head)
    surnames = {owner.lower[-1]} if owner is not None else \
        {e.lower[-1] for e in people if sum(o.lower[-1] == e.lower[-1] for o in people) >= 2}
    found = [e for e in people if e.lower[-1] in surnames and e is not owner and not e.roles & KIN_GENDER.keys()
             and (e.gender or relative_clause_gender(head.doc, e)) in (gender, None)]
    if len(found) != 1:
        return None
    if found[0].gender is None:
        found[0].gender = gender
    return found[0]


def possessed_role_holder(reg: Registry, head: Token, role: str) -> Entity | None:
    """'the forward's agent accused the club …' in a lead, and 'Castellane's agent, Rafael Mendieta,' paragraphs
    later: a role noun with a possessor means one particular person; when nobody before holds the role and exactly
    one person named later does, it is that person (however far on)."""
    if role in KIN_GENDER or not any(c.dep_ == "poss" for c in head.children):
        return None
    holders = [e for e in reg.entities if e.kind == "person" and len(e.words) >= 2 and role in e.roles]
    if len(holders) != 1 or holders[0].first_seen < head.i:
        return None
    return holders[0]


def owned_by_another(head: Token, holder: Entity) -> bool:
    """'The Evening Post's critic' after 'writing in the Courier, the critic Ana Ruiz': a role owned by a named
    paper, firm or team is that owner's, and is not the person the article named with the role unless the owner
    is written in the sentence that first named her (possessor not a person)."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PROPN" or poss.ent_type_ == "PERSON":
        return False
    doc = head.doc
    first = doc[min(holder.first_seen, len(doc) - 1)].sent
    return not any(t.lower_ == poss.lower_ for t in first)


def _named_owner(reg: Registry, head: Token) -> Entity | None:
    """'Brandt's widow', 'Joel Brandt's mother': the person named as the possessor, when a name is written."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PROPN":
        return None
    words = [t.text for t in poss.subtree if t.pos_ == "PROPN" and tnorm(t) not in ("'s", "’s")]
    ent = reg.find_name(words, poss.i, create=False) if words else None
    return ent if ent is not None and ent.kind == "person" else None


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def relative_clause_gender(doc: Doc, ent: Entity) -> str | None:
    """'Joel Brandt, 41, a teacher who was riding home when he was struck': a 'he' or 'she' inside the relative
    clause on a person's first mention (or on its appositive) is that person, whatever the first name."""
    end = ent.first_seen
    while end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].text in HYPHENS):
        end += 1
    name = doc[end]
    for x in [name] + [c for c in name.children if c.dep_ == "appos"]:
        for clause in (c for c in x.children if c.dep_ == "relcl"):
            for t in clause.subtree:
                if t.ent_type_ == "PERSON":
                    return None  # another person named first: the pronoun may be theirs
                if tnorm(t) in _PRONOUN_GENDER:
                    return _PRONOUN_GENDER[tnorm(t)]
    return None
