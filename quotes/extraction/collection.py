"""Collecting a document's entities: every full name in the body outside direct quotes, with the roles and
descriptors written around it (the registry's first pass; registry.py resolves mentions against it)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .double_barrelled import double_barrelled_person
from .entity_hints import company_of_role, first_name_before, listed_company, person_by_relative, personal_role
from .lexicon import HYPHENS, INSTITUTION_NOUNS, ORG_NOUNS, ORG_SUFFIXES, tnorm
from .nicknames import nicknamed_people
from .orgnames import DETS, the_before_name, typing_noun
from .own_sentence_gender import learn_from_own_sentence
from .person_words import is_age
from .registry import (
    Entity,
    Registry,
    and_name_start,
    collective_subject,
    gender_of_first_name,
    glue_hyphens,
    is_title,
    office_then_name,
    personal_name,
    titled_person,
)
from .roles import ADJ_TITLES, DESCRIPTOR_GENDER, KIN_GENDER, NAME_PARTICLES, known_first_name, person_noun
from .self_named import self_named_people
from .structure import DocIndex
from .surnames import people_by_lone_surname, with_given_name

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "LOC"})


def collect(idx: DocIndex) -> Registry:
    """Register every full name in the body outside direct quotes."""
    reg = Registry()
    doc = idx.doc
    b0, b1 = idx.body
    for pos, words in nicknamed_people(doc, b0, b1, idx.norms) + people_by_lone_surname(idx):  # before the NER's labels are read
        reg.add(words, "person", pos, gender_of_first_name(words[0]))
    singles: list[Span] = []
    for ent in doc.ents:
        if ent.start < b0 or ent.end > b1 or idx.in_quote[ent.start] >= 0:
            continue
        label = ent.label_
        if label not in _NAME_LABELS:  # a date, a number, an event …: nothing below makes it a name
            continue
        end = ent.end
        while end < b1 and tnorm(doc[end - 1]) in NAME_PARTICLES and (doc[end].text[:1].isupper()
                                                                     or tnorm(doc[end]) in NAME_PARTICLES):
            end += 1  # "Ursula von der | Leyen": the NER stopped at the particle
        if end > ent.end:
            ent = doc[ent.start:end]
        typed_by = typing_noun(ent)
        listed = label in ("PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT") and listed_company(ent)
        if (typed_by is not None or listed) and label in ("PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT"):
            label = "ORG"  # "a report by the housing charity Homebase": the charity's name; "Shares of Norbank"
        elif label == "PERSON" and org_nouns_of(ent.root) and not known_first_name(ent[0].text) \
                and not (ent.root.dep_ == "appos" and personal_role(ent.root.head)) \
                and not titled_person(list(ent)):  # 'police spokeswoman Sgt. Nia Okafor' is a person
            # "The firm behind it, Dalton Homes" (not "Her publisher, Anneke Voss": a publisher may be a person)
            label = "ORG"
        elif label in ("ORG", "FAC") and first_name_before(ent):  # 'Nadia' and an ORG 'Olsberg-Frey'
            ent, label = doc[ent.start - 1:ent.end], "PERSON"
        elif label in ("ORG", "FAC") and (titled_person(list(ent)) or _after_role(ent) or personal_name(list(ent))
                                          or double_barrelled_person(ent)
                                          or office_then_name(list(ent))
                                 or person_by_relative(ent) or _aged_appositive(ent)
                                 or _gendered_appositive(ent)):  # "Pensioner Edna Cole"
            label = "PERSON"
        elif label in ("FAC", "GPE", "LOC") and len(ent) >= 2 and tnorm(ent[-1]) in INSTITUTION_NOUNS \
                and ent[-1].text[:1].isupper():
            label = "ORG"  # "born at Marsden Zoo", "staff at Kelby Hospital": the zoo, the hospital
        if label == "PERSON":
            words, gender = idx.clean_name(ent.start, ent.end)
            if len(words) == 1 and len(fuller := with_given_name(ent, b0)) > len(ent):
                # 'Chief Justice Renata Szymanski-Lowe' with only the surname labelled: the given name (and any
                # title) the parser compounded onto it belong to the name
                fuller_words, fuller_gender = idx.clean_name(fuller.start, fuller.end)
                if len(fuller_words) == 2:
                    ent, words, gender = fuller, fuller_words, fuller_gender
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
            words, _ = idx.clean_name(ent.start, ent.end, person=False)
            org = reg.add(words, "organisation", ent.start)
            if org is not None:
                _learn_descriptors(org, ent)
                if company_of_role(ent) or listed:
                    org.descriptors.add("company")
                if typed_by is not None:
                    org.kind = "organisation"
                    org.descriptors |= {tnorm(typed_by)} | {tnorm(c) for c in typed_by.lefts if c.dep_ == "compound"}
    # proper-noun chains the NER missed, in subject, object, appositive or possessor position ('Jaden Okoro's
    # penalty': the scorer named in a possessive, who speaks later by his surname)
    pos_of, in_quote = idx.pos, idx.in_quote
    for i in range(b0, b1):
        if pos_of[i] != "PROPN" or in_quote[i] >= 0:
            continue
        tok = doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.n_rights and tok.i + 1 < b1 and doc[tok.i + 1].text == ",":
            _learn_later_role(reg, tok)
        if tok.ent_type_ and not _mislabelled_surname(tok):
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass", "appos", "dobj", "pobj", "poss"):
            continue
        s = tok.i
        while s - 1 >= b0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].dep_ in ("compound", "flat"):
            s -= 1
        words, gender = idx.clean_name(s, tok.i + 1)
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            kind = "organisation" if words[-1].lower() in ORG_SUFFIXES or the_before_name(tok, s) else "person"
            ent = reg.add(words, kind, s, gender)
            if ent is not None and kind == "person":  # 'Capt. Ruben Sallow', the NER's PERSON only 'Sallow'
                ent.roles |= {tnorm(t).rstrip(".") for t in doc[s:tok.i] if is_title(t)}
                # ...and the role nouns written before the chain ('police spokeswoman Sgt. Ana Ruiz'), never
                # the chain's own words ('Christian Speaker' in a headline holds no role 'speaker')
                chain = {tnorm(t) for t in doc[s:tok.i + 1]}
                ent.roles |= {r.rstrip(".") for r in roles_of(doc[s:tok.i + 1]) - chain if person_noun(r)}
    reg.things = things = _quoted_names(idx)
    for ent in singles:
        words, gender = idx.clean_name(ent.start, ent.end)
        if len(words) == 1 and words[0] in things:
            continue  # 'the product, called "Atlas,"' … 'Atlas misread a date': a thing's name, not a person's
        if reg.find_name(words, ent.start, create=False) is None and ent.root.dep_ in ("nsubj", "appos"):
            kind = "organisation" if org_nouns_of(ent.root) or collective_subject(ent.root) else "person"
            reg.add(words, kind, ent.start, gender)
    for pos, words in self_named_people(idx):  # '“I, Ana Ruiz, do solemnly swear …”': the name a quote gives itself
        reg.add(words, "person", pos, gender_of_first_name(words[0]))
    learn_from_own_sentence(idx, reg)
    return reg


def _quoted_names(idx: DocIndex) -> set[str]:
    """Single capitalised words the copy writes alone in quote marks: the name of a product, a ship or a title
    ('an assistant called "Atlas"'), which people's names are not."""
    text = idx.layout.text
    found = set()
    for seg in idx.segments:
        word = text[seg.start:seg.end].strip(" .,!?;:")
        if word.isalpha() and word[:1].isupper() and seg.end - seg.start <= len(word) + 2:
            found.add(word)
    return found


def _learn_later_role(reg: Registry, tok: Token) -> None:
    """'Vantreese, the former governor of Wescott, spoke …': a role given in apposition to a surname the article
    named in full before is that person's too ('the former governor said' later is him)."""
    roles = {tnorm(c) for c in tok.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and person_noun(tnorm(c))}
    if roles:
        named = reg.find_name([tok.text], tok.i, create=False)
        if named is not None and named.kind == "person" and len(named.words) >= 2:
            named.roles |= roles


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
        if t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod") and tnorm(t) in ORG_NOUNS and t.text[:1].islower() \
                and not any(person_noun(tnorm(w)) and tnorm(w) not in ORG_NOUNS for w in doc[t.i + 1:root.i]):
            found.add(tnorm(t))  # ...but 'union spokeswoman Ana Ruiz' is the union's spokeswoman, a person
    return found


def _aged_appositive(ent: Span) -> bool:
    """'Thabo Radebe, the 22-year-old wing' labelled ORG: an organisation has no age."""
    return any(c.dep_ == "appos" and c.i > ent.end and any(map(is_age, c.subtree)) for c in ent.root.children)


def _gendered_appositive(ent: Span) -> bool:
    """'Una Petrakis, chairwoman of the heritage society' or 'Maeve, his sister' labelled ORG: a noun in apposition
    that only a man or a woman can be (a relative, a '-woman' or '-man' office) makes the name a person's."""
    for c in ent.root.children:
        form = tnorm(c)
        if c.dep_ == "appos" and c.i >= ent.end and c.pos_ == "NOUN" and c.text.islower() and form not in ORG_NOUNS \
                and (form in KIN_GENDER or form in DESCRIPTOR_GENDER or form.endswith(("woman", "man"))):
            return True
    return False


def _after_role(ent: Span) -> bool:
    """'co-founder Nadia Vance' labelled ORG: two or three capitalised words right after a role noun."""
    doc = ent.doc
    words = [t for t in ent if not t.is_space and t.text not in HYPHENS]  # 'Petra Sandoval-Reyes': two words
    if not 2 <= len(words) <= 4 or tnorm(words[-1]) in ORG_SUFFIXES or \
            len(glue_hyphens([t for t in ent if not t.is_space])) > 3:
        return False
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if ent.root.dep_ == "appos" and is_title(ent.root.head) and tnorm(ent.root.head) not in ORG_NOUNS:
        prev = ent.root.head  # "The firm's chief executive, Nadia Osei," labelled ORG
    return prev is not None and is_title(prev) and tnorm(prev) not in ADJ_TITLES and all(t.text[:1].isupper() for t in words)


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
    if root.dep_ == "appos" and (root.head.pos_ == "NOUN" or is_title(root.head)):  # 'the Commissioner for Health,
        roles.add(tnorm(root.head))  # Dr. Ada Eze': capitalised, the office is still her role
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
