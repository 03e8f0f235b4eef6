"""Per-document entity registry: people and organisations, their aliases, gender and descriptors.

Two passes: `collect` registers every full name in the body (also names first seen inside a
reported clause, or after a pronoun); the attribution pass then resolves mentions against it.
A bare surname matches the person introduced with it whatever its NER label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .lexicon import FEMALE_NAMES, HONORIFIC_GENDER, MALE_NAMES, ORG_NOUNS, ORG_SUFFIXES, ROLE_WORDS, TITLES, tnorm
from .structure import DocIndex

_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


@dataclass
class Entity:
    eid: int
    kind: str  # person | organisation
    words: tuple[str, ...]  # canonical name words as written
    gender: str | None = None
    descriptors: set[str] = field(default_factory=set)
    first_seen: int = 0
    last_seen: int = 0

    @property
    def canonical(self) -> str:
        return " ".join(self.words)

    @property
    def lower(self) -> tuple[str, ...]:
        return tuple(w.lower() for w in self.words)


def is_title(tok: Token) -> bool:
    form = tnorm(tok)
    return form in TITLES or form.rstrip(".") in TITLES or form in ROLE_WORDS


def gender_of_first_name(word: str) -> str | None:
    w = word.lower()
    if w in MALE_NAMES and w not in FEMALE_NAMES:
        return "m"
    if w in FEMALE_NAMES and w not in MALE_NAMES:
        return "f"
    return None


def clean_name(tokens: list[Token], person: bool = True) -> tuple[list[str], str | None]:
    """Words of a name with titles (people only), determiners and possessives stripped; honorific gender."""
    gender = None
    words = [t for t in tokens if not t.is_space]
    while words and (words[-1].tag_ == "POS" or words[-1].is_punct):
        words = words[:-1]
    if words and (words[-1].ent_type_ in ("ORG", "GPE", "FAC") or tnorm(words[-1]) in ORG_SUFFIXES):
        person = False
    last_title = -1
    acronym = bool(words) and words[-1].text.isupper() and len(words[-1].text) <= 3  # "the county FA"
    for k, t in enumerate(words[:-1]):
        lower_word = t.text[:1].islower() and t.pos_ != "PROPN" and not (acronym and k == len(words) - 2)
        if (person and is_title(t)) or tnorm(t) in _DETS or lower_word:
            last_title = k
            gender = gender or HONORIFIC_GENDER.get(tnorm(t))
    words = words[last_title + 1:]
    out = [t.text for t in words]
    if out and out[-1].endswith(("'s", "’s")):
        out[-1] = out[-1][:-2]
    return [w for w in out if w], gender


class Registry:
    def __init__(self) -> None:
        self.entities: list[Entity] = []

    # ---- building -------------------------------------------------------------------------
    def add(self, words: list[str], kind: str, pos: int, gender: str | None = None) -> Entity | None:
        if not words:
            return None
        ent = self.find_name(words, pos, kind_hint=kind, create=False)
        if ent is not None and (len(words) <= len(ent.words) or ent.kind != kind):
            ent.gender = ent.gender or gender
            return ent
        if ent is not None:  # a longer form of a known name: keep the longer one
            ent.words = tuple(words)
            ent.gender = ent.gender or gender
            return ent
        ent = Entity(len(self.entities), kind, tuple(words), gender, first_seen=pos, last_seen=pos)
        if kind == "person" and ent.gender is None and len(words) >= 2:
            ent.gender = gender_of_first_name(words[0])
        self.entities.append(ent)
        return ent

    def find_name(self, words: list[str], pos: int, kind_hint: str | None = None, create: bool = True,
                  gender: str | None = None) -> Entity | None:
        low = tuple(w.lower() for w in words)
        if not low:
            return None
        if len(low) >= 2:
            for ent in self.entities:
                el = ent.lower
                if el == low or (len(el) > len(low) and el[-len(low):] == low) or \
                        (len(low) > len(el) and low[-len(el):] == el and ent.kind == "person" and len(el) == 1):
                    return ent
        else:
            w = low[0]
            people = [e for e in self.entities if e.kind == "person" and len(e.words) >= 1 and e.lower[-1] == w]
            if gender:
                agree = [e for e in people if e.gender in (None, gender)]
                people = agree or people
            if not people:
                people = [e for e in self.entities if e.kind == "person" and len(e.lower) >= 2 and e.lower[0] == w]
            if people:
                before = [e for e in people if e.first_seen <= pos] or people
                return max(before, key=lambda e: (e.last_seen if e.last_seen <= pos else -1, len(e.words)))
            orgs = [e for e in self.entities if e.kind == "organisation" and w in e.lower]
            if orgs:
                return min(orgs, key=lambda e: (e.lower.index(w), -e.last_seen))
        if not create:
            return None
        kind = kind_hint or "person"
        return self.add(list(words), kind, pos, gender)

    def find_org(self, noun: str, pos: int) -> Entity | None:
        """The most recent organisation a nominal ('the company', 'the union') can refer to."""
        types = set(ORG_NOUNS.get(noun, frozenset())) | {noun}
        best = None
        for ent in self.entities:
            if ent.kind != "organisation" or ent.first_seen > pos:
                continue
            words = set(ent.lower) | ent.descriptors
            if words & types and (best is None or ent.last_seen > best.last_seen):
                best = ent
        return best


def collect(idx: DocIndex) -> Registry:
    """Register every full name in the body outside direct quotes."""
    reg = Registry()
    doc = idx.doc
    b0, b1 = idx.body
    singles: list[Span] = []
    for ent in doc.ents:
        if ent.start < b0 or ent.end > b1 or idx.in_quote[ent.start] >= 0:
            continue
        if ent.label_ == "PERSON":
            words, gender = clean_name(list(ent))
            if len(words) >= 2 and words[-1].lower() not in ORG_SUFFIXES:
                reg.add(words, "person", ent.start, gender)
            elif words:
                singles.append(ent)
        elif ent.label_ == "ORG" and any(t.text[:1].isupper() for t in ent if tnorm(t) not in _DETS):
            words, _ = clean_name(list(ent), person=False)
            org = reg.add(words, "organisation", ent.start)
            if org is not None:
                _learn_descriptors(org, ent)
    # proper-noun chains the NER missed, in subject or appositive position
    for tok in doc[b0:b1]:
        if tok.pos_ != "PROPN" or tok.ent_type_ or idx.in_quote[tok.i] >= 0:
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass", "appos", "dobj", "pobj"):
            continue
        s = tok.i
        while s - 1 >= b0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].dep_ in ("compound", "flat"):
            s -= 1
        words, gender = clean_name(list(doc[s:tok.i + 1]))
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            kind = "organisation" if words[-1].lower() in ORG_SUFFIXES else "person"
            reg.add(words, kind, s, gender)
    for ent in singles:
        words, gender = clean_name(list(ent))
        if reg.find_name(words, ent.start, create=False) is None and ent.root.dep_ in ("nsubj", "appos"):
            reg.add(words, "person", ent.start, gender)
    return reg


def _learn_descriptors(org: Entity, ent: Span) -> None:
    """'Supermarket chain Brightwell Foods' → chain; 'the Red Lantern Society, a humanitarian group' → group."""
    doc = ent.doc
    j = ent.start - 1
    while j >= 0 and doc[j].pos_ == "NOUN" and doc[j].dep_ in ("compound", "nmod"):
        org.descriptors.add(tnorm(doc[j]))
        j -= 1
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            org.descriptors.add(tnorm(child))
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        org.descriptors.add(tnorm(root.head))
