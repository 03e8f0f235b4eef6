"""Per-document entity registry: people and organisations, their aliases, gender and descriptors.

Two passes: `collect` registers every full name in the body (also names first seen inside a
reported clause, or after a pronoun); the attribution pass then resolves mentions against it.
A bare surname matches the person introduced with it whatever its NER label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .lexicon import HYPHENS, LEADING_ORG_NOUNS, ORG_NOUNS, ORG_SUFFIXES, tnorm
from .nicknames import without_nickname
from .orgnames import DETS, org_connector
from .purpose_names import cause_link
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
    capital_word,
    known_first_name,
    role_prefix,
)

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


_TITLE_BY_ORTH: dict[int, bool | None] = {}  # a title by its form (True), never one (False), or up to the context
_UNSEEN = object()


def is_title(tok: Token) -> bool:
    known = _TITLE_BY_ORTH.get(tok.orth, _UNSEEN)
    if known is _UNSEEN:  # first time this word is seen: what its text alone settles
        form = tnorm(tok)
        if form in TITLES or form.rstrip(".") in TITLES or form in ROLE_WORDS:
            known = True
        else:  # role_prefix is False for a word of fewer than four letters or not written like a name
            known = None if capital_word(tok) and len(tok.text) >= 4 else False
        if len(_TITLE_BY_ORTH) < 200_000:
            _TITLE_BY_ORTH[tok.orth] = known
    return role_prefix(tok) if known is None else known


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
    if words and _typed_as_org(words):
        person = False  # 'consumer group Passenger Watch': a role word opening an organisation's name stays
    last_title = -1
    acronym = bool(words) and words[-1].text.isupper() and len(words[-1].text) <= 3  # "the county FA"
    for k, t in enumerate(words[:-1]):
        lower_word = t.text[:1].islower() and t.pos_ != "PROPN" and not (acronym and k == len(words) - 2) \
            and not _particle(words, k) and not org_connector(words, k) and not cause_link(words, k)
        first_name = k == len(words) - 2 and k > 0 and is_title(words[k - 1]) and known_first_name(t.text)
        if (person and is_title(t) and not first_name) or (tnorm(t) in DETS and not (k and org_connector(words, k))) \
                or lower_word:
            last_title = k
            gender = gender or HONORIFIC_GENDER.get(tnorm(t))
    words = words[last_title + 1:]
    while words and words[0].is_punct:
        words = words[1:]
    if office_then_name(words):
        words = words[1:]  # "Leader of the Opposition Johan Venter": the office's last word is not his name
    while person and len(words) >= 3 and tnorm(words[-1]) in POSTNOMINALS and words[-1].text[:1].isupper():
        words = words[:-1]  # "Simon Hale QC"
        while words and words[-1].is_punct:
            words = words[:-1]
    while len(words) >= 2 and tnorm(words[0]) in LEADING_ORG_NOUNS and words[1].text[:1].isupper() \
            and tnorm(words[1]) not in ORG_SUFFIXES:
        words = words[1:]  # "Carmaker Voltra", "Supermarket group Brightmoor"
    out = glue_hyphens(words)
    if out and out[-1].endswith(("'s", "’s")):
        out[-1] = out[-1][:-2]
    return [w for w in out if w], gender


def _typed_as_org(words: list[Token]) -> bool:
    """The name follows a lowercase organisation noun that modifies it ('campaign group Safe Harbour'), and does not
    open with a known first name nor is all a person's by the NER (which may label a last word 'Focus' alone)."""
    first = words[0]
    if first.i == 0 or known_first_name(first.text) or all(t.ent_type_ == "PERSON" for t in words):
        return False
    before = first.doc[first.i - 1]
    return before.dep_ == "compound" and before.text.islower() and tnorm(before) in ORG_NOUNS and \
        before.head.i == words[-1].i


def office_then_name(words: list[Token]) -> bool:
    """'(the) Opposition Johan Venter' after 'Leader of': an office's word, then a name of two or more words."""
    words = [t for t in words if tnorm(t) not in DETS]
    return len(words) >= 3 and tnorm(words[0]) in ADJ_TITLES and all(t.text[:1].isupper() for t in words) \
        and _after_office(words[0])


def _after_office(tok: Token) -> bool:
    """tok follows 'of (the)' hanging on a title: 'Leader of the Opposition …', 'Secretary of State …'."""
    j = tok.i - 1
    if j >= 0 and tnorm(tok.doc[j]) == "the":
        j -= 1
    return j >= 1 and tnorm(tok.doc[j]) == "of" and is_title(tok.doc[j].head)


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


def glue_hyphens(tokens: list[Token]) -> list[str]:
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
        self.things: set[str] = set()  # single words the copy quotes as a thing's name ('called "Atlas"')

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
            last = low[-1]
            for ent in self.entities:
                # ent.lower, read without the property call (every entity at every lookup)
                el = ent._lower if ent._lower_of is ent.words else ent.lower
                if not el or el[-1] != last:  # each match below ends with the same word
                    continue
                if el == low or (len(el) > len(low) and el[-len(low):] == low) or \
                        (len(low) > len(el) and low[-len(el):] == el and ent.kind == "person" and len(el) == 1):
                    if create and len(low) > len(el) and all(w[:1].isupper() for w in words):
                        ent.words = tuple(words)  # "Boateng" registered alone, then "Ama Boateng" said
                        ent.gender = ent.gender or gender_of_first_name(words[0])
                    return ent
        else:
            w = low[0]
            # each entity's ent.lower, read once and without the property call
            lowered = [(e, e._lower if e._lower_of is e.words else e.lower) for e in self.entities]
            people = [e for e, el in lowered if e.kind == "person" and el and el[-1] == w]
            if gender:  # "Mrs Vance" beside Peter and Carol Vance: the honorific decides
                people = [e for e in people if e.gender == gender] or \
                    [e for e in people if e.gender is None] or people
            if not people:
                people = [e for e, el in lowered if e.kind == "person" and len(el) >= 2 and el[0] == w]
            if people:
                before = [e for e in people if e.first_seen <= pos] or people
                self.tied = len(before) > 1  # two Vances and a bare "Vance said": the salient one, less sure
                return max(before, key=lambda e: (e.last_seen if e.last_seen <= pos else -1, len(e.words)))
            orgs = [e for e, el in lowered if e.kind == "organisation" and w in el]
            if orgs:
                return min(orgs, key=lambda e: (e.lower.index(w), -e.last_seen))
        if not create:
            return None
        kind = kind_hint or "person"
        return self.add(list(words), kind, pos, gender)

    def find_org(self, noun: str, pos: int) -> Entity | None:
        """The most recent organisation a nominal ('the company', 'the union') can refer to: one called by the noun
        itself ('the department' → the Education Department) before one of a kindred type (the Budget Office)."""
        types = set(ORG_NOUNS.get(noun, frozenset())) | {noun}
        best, best_key = None, None
        for ent in self.entities:
            if ent.kind != "organisation" or ent.first_seen > pos:
                continue
            words = set(ent.lower) | ent.descriptors
            key = (noun in words, ent.last_seen)
            if words & types and (best_key is None or key > best_key):
                best, best_key = ent, key
        return best


def and_name_start(doc, s: int) -> int:
    """'the Dockers and Ferry Workers Union', 'Skelby and District Fishermen's Association': an organisation's name
    goes on left over 'and' or '&' between capitalised words (not over a person's name: 'Ana Ruiz and …')."""
    while s - 2 >= 0 and tnorm(doc[s - 1]) in ("and", "&") and doc[s - 2].text[:1].isupper() and \
            doc[s - 2].is_alpha and doc[s].text[:1].isupper() and not is_title(doc[s - 2]) and \
            (doc[s - 2].ent_type_ != "PERSON" or _lone_person_word(doc[s - 2]) or _hung_on_name(doc[s - 2], s)):
        s -= 2
        while s - 1 >= 0 and doc[s - 1].text[:1].isupper() and doc[s - 1].is_alpha and not is_title(doc[s - 1]) \
                and doc[s - 1].dep_ in ("compound", "nmod", "amod") and \
                (doc[s - 1].ent_type_ != "PERSON" or _hung_on_name(doc[s - 1], s)):
            s -= 1
    return s


def _hung_on_name(tok: Token, s: int) -> bool:  # `s`: where the name's words after `tok` start
    """'Kessmoor Fire and Rescue Service', its first two words labelled a person by the NER: the parser still hangs
    them on the organisation's words after them (a person joined by 'and' is a conjunct, never a modifier)."""
    return tok.dep_ in ("compound", "nmod") and tok.head.i >= s


def and_name_end(head: Token) -> int:
    """'Kessmoor Fire and Rescue Service', 'Roads and Bridges Authority': a name the parser cut at 'and' goes on
    over 'and' to capitalised words that end in an organisation word; else head.i + 1."""
    doc = head.doc
    k = head.i + 1
    if not head.text[:1].isupper() or head.ent_type_ == "PERSON" and not _lone_person_word(head) \
            and not _hung_on_name(head, k + 1) \
            or k + 1 >= len(doc) or tnorm(doc[k]) not in ("and", "&"):
        return head.i + 1
    end = k + 1
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].ent_type_ != "PERSON":
        end += 1
    # '&' joins one name whatever its last word ('Telluric Power & Light', 'Greave & Hollis'); 'and' needs an
    # organisation word at the end ('Roads and Bridges Authority'), else it may join two names
    ok = end > k + 1 and (doc[k].text == "&" or tnorm(doc[end - 1]) in ORG_SUFFIXES) \
        and (doc[end - 1].head.i in (head.i, end - 1) or head.head.i == end - 1)
    return end if ok else head.i + 1


def _lone_person_word(tok: Token) -> bool:
    """'Harwick' in 'Harwick and Vale NHS Trust', which the NER labelled a person of one word: a place or a name
    that may start an organisation's name joined by 'and' (a person named in full has two words or more)."""
    doc = tok.doc
    return tok.ent_iob_ == "B" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")


def collective_subject(tok: Token) -> bool:
    """A singular proper noun with a plural verb: 'Pellham have signed…' (a club or company, not a person)."""
    if tok.tag_ != "NNP" or tok.dep_ != "nsubj" or any(c.dep_ in ("conj", "cc") for c in tok.children):
        return False
    verb = tok.head
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ == "VBP" or tnorm(t) == "were" for t in forms)


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
