"""Per-document entity registry: people and organisations, their aliases, gender and descriptors.

Two passes: `collect` registers every full name in the body (also names first seen inside a
reported clause, or after a pronoun); the attribution pass then resolves mentions against it.
A bare surname matches the person introduced with it whatever its NER label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .entity_hints import company_of_role, first_name_before, person_by_relative, personal_role
from .lexicon import HYPHENS, INSTITUTION_NOUNS, LEADING_ORG_NOUNS, ORG_NOUNS, ORG_SUFFIXES, tnorm
from .nicknames import nicknamed_people, without_nickname
from .orgnames import DETS, org_connector, the_before_name, typing_noun
from .roles import (
    ADJ_TITLES,
    BLOCKABLE_ROLES,
    FEMALE_NAMES,
    HONORIFIC_GENDER,
    MALE_NAMES,
    NAME_PARTICLES,
    PERSON_DESCRIPTORS,
    PORTFOLIOS,
    POSTNOMINALS,
    ROLE_BLOCKERS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    TITLES,
    known_first_name,
    role_prefix,
)
from .structure import DocIndex
from .surnames import people_by_lone_surname

_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


@dataclass
class Entity:
    eid: int
    kind: str  # person | organisation
    words: tuple[str, ...]  # canonical name words as written
    gender: str | None = None
    descriptors: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # role words seen with a person ("minister", "striker")
    first_seen: int = 0
    last_seen: int = 0
    _lower: tuple[str, ...] = field(default=(), repr=False, compare=False)
    _lower_of: tuple[str, ...] | None = field(default=None, repr=False, compare=False)

    @property
    def canonical(self) -> str:
        return " ".join(self.words).replace(" 's", "'s").replace(" ’s", "’s").replace(" ’ ", "’ ").replace(" ' ", "' ")

    @property
    def lower(self) -> tuple[str, ...]:
        # looked up for every entity at every name found: made again only when the words change
        if self._lower_of is not self.words:
            self._lower, self._lower_of = tuple(w.lower() for w in self.words), self.words
        return self._lower


PERSONAL_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "sir", "dame"})


def is_title(tok: Token) -> bool:
    form = tnorm(tok)
    return form in TITLES or form.rstrip(".") in TITLES or form in ROLE_WORDS or role_prefix(tok)


def holds_role(ent: Entity, role: str) -> bool:
    """'the judge' fits 'Justice Helen Okonkwo'; 'the minister' fits 'Health Secretary Mark Oduya'."""
    roles = {r.rstrip(".") for r in ent.roles}
    if role in BLOCKABLE_ROLES and roles & ROLE_BLOCKERS:
        return False
    if role in roles:
        return True
    if roles & ROLE_SYNONYMS.get(role, frozenset()):
        return True
    return role == "minister" and "secretary" in roles and bool(roles & PORTFOLIOS)


def other_role(ent: Entity, role: str) -> bool:
    """The person is known by another occupation than this one ('the striker' is not 'manager Ana Ruiz')."""
    roles = {r.rstrip(".") for r in ent.roles} & ((ROLE_WORDS | TITLES) - ADJ_TITLES)
    return bool(roles) and role in ROLE_WORDS and role not in PERSON_DESCRIPTORS and not holds_role(ent, role)


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
    words = without_nickname([t for t in tokens if not t.is_space]) if person else [t for t in tokens if not t.is_space]
    while words and (words[-1].tag_ == "POS" or words[-1].is_punct):
        words = words[:-1]
    if words and (words[-1].ent_type_ in ("ORG", "GPE", "FAC") or tnorm(words[-1]) in ORG_SUFFIXES) \
            and not titled_person(words) and tnorm(words[0]) not in PERSONAL_HONORIFICS:
        person = False  # ...but "Mr Hughes" is a person whatever label the NER gave "Hughes"
    last_title = -1
    acronym = bool(words) and words[-1].text.isupper() and len(words[-1].text) <= 3  # "the county FA"
    for k, t in enumerate(words[:-1]):
        lower_word = t.text[:1].islower() and t.pos_ != "PROPN" and not (acronym and k == len(words) - 2) \
            and not _particle(words, k) and not org_connector(words, k)
        first_name = k == len(words) - 2 and k > 0 and is_title(words[k - 1]) and known_first_name(t.text)
        if (person and is_title(t) and not first_name) or (tnorm(t) in DETS and not (k and org_connector(words, k))) \
                or lower_word:
            last_title = k
            gender = gender or HONORIFIC_GENDER.get(tnorm(t))
    words = words[last_title + 1:]
    while words and words[0].is_punct:
        words = words[1:]
    while person and len(words) >= 3 and tnorm(words[-1]) in POSTNOMINALS and words[-1].text[:1].isupper():
        words = words[:-1]  # "Simon Hale QC"
        while words and words[-1].is_punct:
            words = words[:-1]
    while len(words) >= 2 and tnorm(words[0]) in LEADING_ORG_NOUNS and words[1].text[:1].isupper() \
            and tnorm(words[1]) not in ORG_SUFFIXES:
        words = words[1:]  # "Carmaker Voltra", "Supermarket group Brightmoor"
    out = _glue_hyphens(words)
    if out and out[-1].endswith(("'s", "’s")):
        out[-1] = out[-1][:-2]
    return [w for w in out if w], gender


def _particle(words: list[Token], k: int) -> bool:
    """words[k] is 'von'/'der' inside a name: a capitalised word before the run and after it."""
    if tnorm(words[k]) not in NAME_PARTICLES:
        return False
    s, e = k, k
    while s > 0 and tnorm(words[s - 1]) in NAME_PARTICLES:
        s -= 1
    while e + 1 < len(words) and tnorm(words[e + 1]) in NAME_PARTICLES:
        e += 1
    return s > 0 and words[s - 1].text[:1].isupper() and e + 1 < len(words) and words[e + 1].text[:1].isupper()


def personal_name(words: list[Token]) -> bool:
    """An entity the NER took for an organisation that reads as a person: 'Ludwig van Beethoven', 'Agnes Thornbury'."""
    words = [t for t in words if not t.is_space and not t.is_punct]
    if not 2 <= len(words) <= 4 or tnorm(words[-1]) in ORG_SUFFIXES or not words[-1].text[:1].isupper():
        return False
    if len(words) <= 3 and known_first_name(words[0].text) and all(t.is_alpha and t.text[:1].isupper() for t in words) \
            and not any(tnorm(t) in ORG_NOUNS for t in words):
        return True  # 'Agnes Thornbury unties a boat': a given name and a surname
    return any(t.text[:1].islower() and _particle(words, k) for k, t in enumerate(words))


def _glue_hyphens(tokens: list[Token]) -> list[str]:
    """Token texts, with hyphenated words kept whole: "Smith - Jones" → "Smith-Jones"."""
    out: list[str] = []
    glue = False
    for k, t in enumerate(tokens):
        hyphen = t.text in HYPHENS and k > 0 and not tokens[k - 1].whitespace_ and not t.whitespace_
        if out and (glue or hyphen):
            out[-1] += t.text
        else:
            out.append(t.text)
        glue = hyphen
    return out


class Registry:
    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.tied = False  # the last single-word lookup chose between several people

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
        self.tied = False
        if not low:
            return None
        if len(low) >= 2:
            for ent in self.entities:
                el = ent.lower
                if el == low or (len(el) > len(low) and el[-len(low):] == low) or \
                        (len(low) > len(el) and low[-len(el):] == el and ent.kind == "person" and len(el) == 1):
                    if create and len(low) > len(el) and all(w[:1].isupper() for w in words):
                        ent.words = tuple(words)  # "Boateng" registered alone, then "Ama Boateng" said
                        ent.gender = ent.gender or gender_of_first_name(words[0])
                    return ent
        else:
            w = low[0]
            people = [e for e in self.entities if e.kind == "person" and len(e.words) >= 1 and e.lower[-1] == w]
            if gender:  # "Mrs Vance" beside Peter and Carol Vance: the honorific decides
                people = [e for e in people if e.gender == gender] or \
                    [e for e in people if e.gender is None] or people
            if not people:
                people = [e for e in self.entities if e.kind == "person" and len(e.lower) >= 2 and e.lower[0] == w]
            if people:
                before = [e for e in people if e.first_seen <= pos] or people
                self.tied = len(before) > 1  # two Vances and a bare "Vance said": the salient one, less sure
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


def and_name_start(doc, s: int) -> int:
    """'the Dockers and Ferry Workers Union', 'Skelby and District Fishermen's Association': an organisation's name
    goes on left over 'and' or '&' between capitalised words (not over a person's name: 'Ana Ruiz and …')."""
    while s - 2 >= 0 and tnorm(doc[s - 1]) in ("and", "&") and doc[s - 2].text[:1].isupper() and \
            doc[s - 2].is_alpha and doc[s].text[:1].isupper() and not is_title(doc[s - 2]) and \
            doc[s - 2].ent_type_ != "PERSON":
        s -= 2
        while s - 1 >= 0 and doc[s - 1].text[:1].isupper() and doc[s - 1].is_alpha and not is_title(doc[s - 1]) \
                and doc[s - 1].dep_ in ("compound", "nmod", "amod") and doc[s - 1].ent_type_ != "PERSON":
            s -= 1
    return s


def collect(idx: DocIndex) -> Registry:
    """Register every full name in the body outside direct quotes."""
    reg = Registry()
    doc = idx.doc
    b0, b1 = idx.body
    for pos, words in nicknamed_people(doc, b0, b1) + people_by_lone_surname(idx):  # before the NER's labels are read
        reg.add(words, "person", pos, gender_of_first_name(words[0]))
    singles: list[Span] = []
    for ent in doc.ents:
        if ent.start < b0 or ent.end > b1 or idx.in_quote[ent.start] >= 0:
            continue
        label = ent.label_
        end = ent.end
        while end < b1 and tnorm(doc[end - 1]) in NAME_PARTICLES and (doc[end].text[:1].isupper()
                                                                     or tnorm(doc[end]) in NAME_PARTICLES):
            end += 1  # "Ursula von der | Leyen": the NER stopped at the particle
        if end > ent.end:
            ent = doc[ent.start:end]
        typed_by = typing_noun(ent)
        if typed_by is not None and label in ("PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT"):
            label = "ORG"  # "a report by the housing charity Homebase": the charity's name
        elif label == "PERSON" and org_nouns_of(ent.root) and not known_first_name(ent[0].text) \
                and not (ent.root.dep_ == "appos" and personal_role(ent.root.head)):
            # "The firm behind it, Dalton Homes" (not "Her publisher, Anneke Voss": a publisher may be a person)
            label = "ORG"
        elif label in ("ORG", "FAC") and first_name_before(ent):  # 'Nadia' and an ORG 'Olsberg-Frey'
            ent, label = doc[ent.start - 1:ent.end], "PERSON"
        elif label in ("ORG", "FAC") and (titled_person(list(ent)) or _after_role(ent) or personal_name(list(ent))
                                 or person_by_relative(ent)):  # "Pensioner Edna Cole"
            label = "PERSON"
        elif label in ("FAC", "GPE", "LOC") and len(ent) >= 2 and tnorm(ent[-1]) in INSTITUTION_NOUNS \
                and ent[-1].text[:1].isupper():
            label = "ORG"  # "born at Marsden Zoo", "staff at Kelby Hospital": the zoo, the hospital
        if label == "PERSON":
            words, gender = clean_name(list(ent))
            if len(words) >= 2 and words[-1].lower() not in ORG_SUFFIXES:
                person = reg.add(words, "person", ent.start, gender)
                if person is not None:
                    person.roles |= roles_of(ent)
            elif words and words[-1].lower() in ORG_SUFFIXES:  # "Kingsford Rovers" taken for a person
                label = "ORG"
            elif words:
                singles.append(ent)
        if label == "ORG" and tnorm(ent[-1]) in ORG_SUFFIXES and and_name_start(doc, ent.start) < ent.start:
            ent = doc[and_name_start(doc, ent.start):ent.end]  # the NER's "Ferry Workers Union" of "Dockers and …"
        if label == "ORG" and any(t.text[:1].isupper() for t in ent if tnorm(t) not in DETS):
            words, _ = clean_name(list(ent), person=False)
            org = reg.add(words, "organisation", ent.start)
            if org is not None:
                _learn_descriptors(org, ent)
                if company_of_role(ent):
                    org.descriptors.add("company")
                if typed_by is not None:
                    org.kind = "organisation"
                    org.descriptors |= {tnorm(typed_by)} | {tnorm(c) for c in typed_by.lefts if c.dep_ == "compound"}
    # proper-noun chains the NER missed, in subject, object, appositive or possessor position ('Jaden Okoro's
    # penalty': the scorer named in a possessive, who speaks later by his surname)
    for tok in doc[b0:b1]:
        if tok.pos_ != "PROPN" or idx.in_quote[tok.i] >= 0:
            continue
        if tok.ent_type_ and not _mislabelled_surname(tok):
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass", "appos", "dobj", "pobj", "poss"):
            continue
        s = tok.i
        while s - 1 >= b0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].dep_ in ("compound", "flat"):
            s -= 1
        words, gender = clean_name(list(doc[s:tok.i + 1]))
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            kind = "organisation" if words[-1].lower() in ORG_SUFFIXES or the_before_name(tok, s) else "person"
            ent = reg.add(words, kind, s, gender)
            if ent is not None and kind == "person":  # 'Capt. Ruben Sallow', the NER's PERSON only 'Sallow'
                ent.roles |= {tnorm(t).rstrip(".") for t in doc[s:tok.i] if is_title(t)}
    for ent in singles:
        words, gender = clean_name(list(ent))
        if reg.find_name(words, ent.start, create=False) is None and ent.root.dep_ in ("nsubj", "appos"):
            kind = "organisation" if org_nouns_of(ent.root) or collective_subject(ent.root) else "person"
            reg.add(words, kind, ent.start, gender)
    return reg


_ODD_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP"})


def _mislabelled_surname(tok: Token) -> bool:
    """'Luca Brannigan came off the bench', the NER calling only 'Brannigan' a date or a place: a subject whose
    given name before it the NER left unlabelled."""
    if tok.ent_type_ not in _ODD_LABELS or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i == 0 \
            or tok.ent_iob_ != "B" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"):
        return False
    first = tok.doc[tok.i - 1]
    return first.pos_ == "PROPN" and not first.ent_type_ and first.dep_ in ("compound", "flat") and \
        first.head.i == tok.i and first.is_alpha and first.text[:1].isupper() and not is_title(first)


def org_nouns_of(root: Token) -> set[str]:
    """Organisation nouns a name is described by: 'the firm behind it, Dalton Homes', 'club Kingsford'."""
    doc = root.doc
    found = set()
    if root.dep_ == "appos" and tnorm(root.head) in ORG_NOUNS and root.head.text[:1].islower():
        found.add(tnorm(root.head))  # "the firm, Dalton Homes" — not "the Fenwick Gallery, Clara Bosch"
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and tnorm(child) in ORG_NOUNS:
            found.add(tnorm(child))
    for t in doc[root.left_edge.i:root.i]:
        if t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod") and tnorm(t) in ORG_NOUNS and t.text[:1].islower():
            found.add(tnorm(t))
    return found


def collective_subject(tok: Token) -> bool:
    """A singular proper noun with a plural verb: 'Pellham have signed…' (a club or company, not a person)."""
    if tok.tag_ != "NNP" or tok.dep_ != "nsubj" or any(c.dep_ in ("conj", "cc") for c in tok.children):
        return False
    verb = tok.head
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ == "VBP" or tnorm(t) == "were" for t in forms)


def _after_role(ent: Span) -> bool:
    """'co-founder Nadia Vance' labelled ORG: two or three capitalised words right after a role noun."""
    doc = ent.doc
    words = [t for t in ent if not t.is_space and t.text not in HYPHENS]  # 'Petra Sandoval-Reyes': two words
    if not 2 <= len(words) <= 4 or tnorm(words[-1]) in ORG_SUFFIXES or \
            len(_glue_hyphens([t for t in ent if not t.is_space])) > 3:
        return False
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if ent.root.dep_ == "appos" and is_title(ent.root.head) and tnorm(ent.root.head) not in ORG_NOUNS:
        prev = ent.root.head  # "The firm's chief executive, Nadia Osei," labelled ORG
    return prev is not None and is_title(prev) and tnorm(prev) not in ADJ_TITLES and all(t.text[:1].isupper() for t in words)


def titled_person(tokens: list[Token]) -> bool:
    """An entity the NER took for an organisation that reads as a titled person ('Pensioner Edna Cole')."""
    words = [t for t in tokens if not t.is_space and not t.is_punct]
    if len(words) < 3 or not is_title(words[0]) or tnorm(words[-1]) in ORG_SUFFIXES:
        return False
    k = 0
    while k < len(words) - 2 and is_title(words[k]):
        k += 1
    rest = words[k:]
    return len(rest) in (2, 3) and all(t.text[:1].isupper() for t in rest)


def roles_of(ent: Span) -> set[str]:
    """Role words around a person's name: titles inside it, compounds before it, appositive nouns."""
    doc = ent.doc
    roles = {tnorm(t) for t in ent if is_title(t) or (t.text[:1].islower() and t.pos_ == "NOUN")}
    j = ent.start - 1
    while j >= 0 and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ") or doc[j].text in HYPHENS) \
            and doc[j].head.i >= ent.start - 1 and not doc[j].ent_type_:
        roles.add(tnorm(doc[j]))
        j -= 1
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        roles.add(tnorm(root.head))
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            roles.add(tnorm(child))
    joined = set()
    for t in doc[max(0, ent.start - 4):ent.start]:  # hyphenated roles: "co-author", "vice-president"
        if t.i + 2 < ent.start and doc[t.i + 1].text in HYPHENS and not t.whitespace_:
            joined.add(tnorm(t) + "-" + tnorm(doc[t.i + 2]))
    return (roles | joined) - ORG_NOUNS.keys()  # "Zoo director Ian Pratt" holds 'director', never 'zoo'


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
