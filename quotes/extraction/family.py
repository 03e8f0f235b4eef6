"""People sharing a surname: couples, parents and children, siblings (memo S7.2).

Runs after `registry.collect`. Family members named by a first name only take the family's
surname ("Robert Pike and his wife, Janet" → Janet Pike; "David and Helen Pike" → David Pike),
so that each stays a separate entity keyed by first name, with the gender its kinship noun or
first name gives. An honorific used with a surname that no known member of that gender carries
("Mr and Mrs Pike", or "Mrs Pike" beside Robert Pike only) becomes its own titled entity.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm
from .registry import Entity, Registry, gender_of_first_name
from .roles import FEMALE_NAMES, HONORIFIC_GENDER, KIN_GENDER, MALE_NAMES
from .structure import DocIndex

_HONORIFICS = {"mr": "Mr", "mr.": "Mr", "mrs": "Mrs", "mrs.": "Mrs", "ms": "Ms", "ms.": "Ms", "miss": "Miss"}


def add_families(idx: DocIndex, reg: Registry) -> None:
    doc = idx.doc
    b0, b1 = idx.body
    people = [e for e in reg.entities if e.kind == "person"]
    if not people:
        return
    in_quote, norms, pos = idx.in_quote, idx.norms, idx.pos
    for i in range(b0, b1):
        if in_quote[i] >= 0:
            continue
        if norms[i] in KIN_GENDER:
            _kin_appositive(doc[i], reg)
        elif pos[i] == "PROPN":
            tok = doc[i]
            if tok.dep_ in ("nsubj", "nsubjpass", "appos", "dobj", "pobj"):
                _shared_surname(tok, reg)
    _titled_members(idx, reg)


def _first_name_token(tok: Token) -> bool:
    """A lone capitalised word that reads as a first name ('Janet', not 'Pike Ltd')."""
    if not tok.text[:1].isupper() or any(c.dep_ in ("compound", "flat") for c in tok.children):
        return False
    low = tok.text.lower()
    return low in MALE_NAMES or low in FEMALE_NAMES or tok.ent_type_ == "PERSON"


def _name_member(reg: Registry, first: Token, surname: str, gender: str | None) -> None:
    """Give a first-name-only member the family surname (or register them with it)."""
    gender = gender or gender_of_first_name(first.text)
    key = first.text.lower()
    for ent in reg.entities:
        if ent.kind == "person" and ent.lower == (key,):
            ent.words = (first.text, surname)
            ent.gender = ent.gender or gender
            return
        if ent.kind == "person" and ent.lower == (key, surname.lower()):
            return
    reg.entities.append(Entity(len(reg.entities), "person", (first.text, surname), gender,
                               first_seen=first.i, last_seen=first.i))


def _kin_appositive(noun: Token, reg: Registry) -> None:
    """'his wife, Janet' / 'her husband David' / 'Pike's son, Jack' → the possessor's surname."""
    first = next((c for c in noun.children if c.dep_ == "appos" and _first_name_token(c)), None)
    if first is None and noun.i + 1 < len(noun.doc):
        nxt = noun.doc[noun.i + 1]  # "his wife Helen": the name may hang elsewhere
        if _first_name_token(nxt) and nxt.dep_ in ("appos", "nsubj", "compound", "npadvmod"):
            first = nxt
    if first is None:
        _kin_gender_of_full_name(noun, reg)
        return
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return
    owner = _possessor(poss, reg)
    if owner is None or owner.words[0].lower() == first.text.lower():
        return
    surname = owner.lower[-1]
    if len(owner.words) >= 2 or (surname not in MALE_NAMES and surname not in FEMALE_NAMES):
        _name_member(reg, first, owner.words[-1], KIN_GENDER[tnorm(noun)])


def _kin_gender_of_full_name(noun: Token, reg: Registry) -> None:
    """'His wife, Jean Pike': a full name in apposition to a kinship noun takes its gender ('Jean' alone can't tell)
    and holds the role."""
    full = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if full is None:
        return
    words = [t.text for t in noun.doc[full.left_edge.i : full.i + 1] if t.pos_ == "PROPN"]
    ent = reg.find_name(words, full.i, create=False) if len(words) >= 2 else None
    if ent is not None and ent.kind == "person":
        ent.roles.add(tnorm(noun))  # whatever label the NER gave the name: 'her mother' later means her
        ent.gender = ent.gender or KIN_GENDER[tnorm(noun)]


def _possessor(poss: Token, reg: Registry) -> Entity | None:
    form = tnorm(poss)
    if form in ("his", "her"):
        gender = "m" if form == "his" else "f"
        doc = poss.doc
        start = poss.sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        for j in range(poss.i - 1, start - 1, -1):  # the nearest person named before, of that gender
            t = doc[j]
            if t.pos_ != "PROPN" or not t.text[:1].isupper():
                continue
            ent = reg.find_name([t.text], j, create=False)
            if ent is not None and ent.kind == "person" and ent.gender in (None, gender):
                return ent
        return None
    if poss.pos_ == "PROPN":
        return reg.find_name([poss.text.removesuffix("'s").removesuffix("’s")], poss.i, create=False)
    return None


def _shared_surname(tok: Token, reg: Registry) -> None:
    """'David and Helen Pike' / 'Janet and Robert Pike': a lone first name coordinated with a full name."""
    if not _first_name_token(tok):
        return
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if conj is None or conj.i != tok.i + 3 or tnorm(tok.nbor(1)) != "and":
        return
    given = tok.nbor(2)
    if given.dep_ != "compound" or given.head.i != conj.i or not given.text[:1].isupper():
        return
    _name_member(reg, tok, conj.text, None)


def _titled_members(idx: DocIndex, reg: Registry) -> None:
    """'Mr and Mrs Pike' with no first names, or 'Mrs Pike' beside Robert Pike only: titled entities."""
    doc = idx.doc
    b0, b1 = idx.body
    used: dict[str, dict[str, tuple[str, int]]] = {}  # surname → gender → (title, first position)
    norms = idx.norms
    for i in range(b0, b1):
        title = _HONORIFICS.get(norms[i])
        if title is None or i + 1 >= b1:
            continue
        tok = doc[i]
        j = tok.i + 1
        if norms[j] == "and" and j + 2 < b1 and norms[j + 1] in _HONORIFICS:
            j += 2  # "Mr and Mrs Pike"
        nxt = doc[j]
        if not nxt.text[:1].isupper() or nxt.pos_ != "PROPN" or (j + 1 < b1 and doc[j + 1].pos_ == "PROPN"
                                                                    and doc[j + 1].text[:1].isupper()):
            continue  # "Mrs Janet Pike" is a full name
        used.setdefault(nxt.text, {}).setdefault(HONORIFIC_GENDER[tnorm(tok)], (title, tok.i))
    for surname, genders in used.items():
        members = [e for e in reg.entities if e.kind == "person" and e.lower[-1] == surname.lower()]
        for gender, (title, pos) in genders.items():
            alone = [e for e in members if e.gender == gender and len(e.words) == 1]
            if alone and (len(genders) > 1 or any(e.gender and e.gender != gender for e in members)):
                alone[0].words = (title, surname)  # "Mrs Pike" beside "Mr Pike": keep the title
            if any(e.gender == gender for e in members):
                continue
            if len(genders) > 1 or any(e.gender and e.gender != gender for e in members):
                reg.entities.append(Entity(len(reg.entities), "person", (title, surname), gender,
                                           first_seen=pos, last_seen=pos))
