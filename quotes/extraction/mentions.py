"""Speaker mentions: from the head of a subject noun phrase to the name it carries.

"defence chief Ash Carter" → name "Ash Carter"; "Its operations director, Fiona Marsh" → "Fiona
Marsh" (appositive); "Detective Sergeant Owen Price of Ormsby Police" → "Owen Price"; "Senior US
officials" stays a group nominal; "figures from the health department" → the department.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .appositive_names import adjacent_name, appos_name, entity_run_on, is_name_tok, stray_appos_name
from .copies import copied_document
from .designates import elect_office
from .given_names import given_name_of
from .lexicon import (
    DOCUMENT_NOUNS,
    FINDINGS_NOUNS,
    FIRST_PERSON,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PERSON_PRONOUNS,
    SPOKES_NOUNS,
    THING_PRONOUNS,
    tnorm,
)
from .names_before_roles import name_before_role
from .offices import office_holder
from .orgnames import glued_hyphen, org_name_end, plural_possessive_inside
from .purpose_names import cause_name_end
from .record_authors import record_author
from .registry import and_name_end, and_name_start, is_title
from .roles import (
    DESCRIPTOR_GENDER,
    HONORIFIC_GENDER,
    PERSON_DESCRIPTORS,
    capital_word,
    known_first_name,
)
from .roles import ROLE_WORDS as ROLE_NOUNS
from .split_names import twin_subject

_LEFT_KEEP = frozenset({"det", "compound", "amod", "nummod", "poss", "nmod", "case", "quantmod", "punct"})
_NAME_LINK = frozenset({"compound", "flat", "nmod", "amod", "appos"})


@dataclass(frozen=True)
class Mention:
    start: int  # token range of the mention as written
    end: int
    head: int
    kind: str  # name | pronoun | group | org | artifact | descriptor | spokes | other
    name: tuple[int, int] | None = None  # token range of the proper name, titles stripped
    honorific: str | None = None  # "m" / "f" from Mr, Mrs, spokeswoman …
    org: Mention | None = None  # the organisation a spokesperson speaks for
    nominal: str | None = None  # the common-noun head ("firm" in "The firm behind it, Dalton Homes")
    via: str | None = None  # how a spokesperson's organisation was found: "modifier" for "a council spokesman"


def hyphen_end(tok: Token) -> Token:
    """The last piece of a hyphenated word the tokenizer split ("co" in "co-author" → "author")."""
    doc = tok.doc
    i = tok.i
    while i + 2 < len(doc) and glued_hyphen(doc, i + 1):
        i += 2
    return doc[i]


def word_form(head: Token) -> str:
    """The whole hyphenated word ending at head, normalised ("co-author", "31-year-old")."""
    doc = head.doc
    s = head.i
    while s - 2 >= 0 and glued_hyphen(doc, s - 1):
        s -= 2
    return "".join(tnorm(t) for t in doc[s:head.i + 1])


def name_chain(head: Token, keep_titles: bool = False) -> tuple[int, int, str | None]:
    """(start, end) of the proper-name chain ending at head, titles stripped; and an honorific gender."""
    doc = head.doc
    s = head.i
    while True:
        prev = doc[s - 1] if s > 0 else None
        if prev is not None and prev.dep_ in _NAME_LINK and prev.head.i in range(s, head.i + 1) and is_name_tok(prev) \
                or prev is not None and twin_subject(prev, doc[s]):
            s -= 1
        elif plural_possessive_inside(doc, s, head) or s >= 2 and glued_hyphen(doc, s - 1) and (
                is_name_tok(doc[s - 2]) or capital_word(doc[s - 2])):  # '**Okonkwo-Brandt:**', 'Okonkwo' a noun
            s -= 2
        else:
            break
    # an honorific left of the chain ("Mrs Pellow") may be tagged PROPN or not
    gender = None
    j = s - 1
    while j >= 0 and is_title(doc[j]) and doc[j].head.i in range(s, head.i + 1):
        gender = gender or HONORIFIC_GENDER.get(tnorm(doc[j]))
        j -= 1
    # strip title words inside the chain, up to the last one (people only: "Environment Agency" stays)
    last_title = None
    is_org = (head.ent_type_ in ("ORG", "GPE", "FAC") or tnorm(head) in ORG_SUFFIXES) \
        and not any(doc[k].ent_type_ == "PERSON" for k in range(s, head.i))  # "… Ursula von der | Leyen(GPE)"
    for k in range(s, head.i if not (is_org or keep_titles) else s):
        if is_title(doc[k]) and not (k == head.i - 1 and k > s and known_first_name(doc[k].text)):
            last_title = k  # ...but "Plasterer Dean Hollis" keeps the first name "Dean"
            gender = gender or HONORIFIC_GENDER.get(tnorm(doc[k]))
    if last_title is not None:
        s = last_title + 1
    if is_org and (tnorm(head) in ORG_SUFFIXES or s > 0 and doc[s - 1].text == "&"):  # 'Greave & Hollis' whole
        s = and_name_start(doc, s)
    e = head.i + 1
    # a possessive clitic glued into the entity ("Sarac's")
    while e - 1 > s and doc[e - 1].tag_ == "POS":
        e -= 1
    # short acronyms keep their lowercase compound ("the county FA")
    if e - s == 1 and doc[s].text.isupper() and len(doc[s].text) <= 3 and s > 0 and doc[s - 1].dep_ == "compound" \
            and doc[s - 1].pos_ == "NOUN":
        s -= 1
    return s, e, gender


def _person_of_org(head: Token) -> Token | None:
    """The person in 'Title First Last of Organisation' when the parser made the organisation the head: the last
    token of a capitalised chain before 'of' that holds a title or a known first name."""
    doc = head.doc
    start = head.i
    while start > 0 and is_name_tok(doc[start - 1]) and doc[start - 1].text[:1].isupper():
        start -= 1
    if start < 2 or tnorm(doc[start - 1]) != "of" or not is_name_tok(doc[start - 2]) or \
            doc[start - 2].head.i != head.i:
        return None
    last = doc[start - 2]
    k = last.i
    while k > 0 and (is_name_tok(doc[k - 1]) or is_title(doc[k - 1])) and doc[k - 1].text[:1].isupper():
        k -= 1
    chain = doc[k:last.i + 1]
    if len(chain) < 2 or not any(is_title(t) or known_first_name(t.text) for t in chain[:-1]):
        return None
    return last


def _left_start(head: Token) -> int:
    s = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_KEEP:
            s = min(s, child.left_edge.i)
    doc = head.doc
    for j in range(head.i - 1, s - 1, -1):  # never across a comma ("In an interview with X, Y said")
        if doc[j].text in (",", ";", "(", ")"):
            s = j + 1
            break
    while s < head.i and (doc[s].is_punct or doc[s].is_space):
        s += 1
    if s - 2 >= 0 and glued_hyphen(doc, s - 1) and doc[s].dep_ in ("poss", "compound", "amod"):
        # "The vice-chancellor's office", with 'vice' and '-' hung elsewhere: the word is whole, with its article
        while s - 2 >= 0 and glued_hyphen(doc, s - 1):
            s -= 2
        if s > 0 and doc[s - 1].dep_ == "det" and s <= doc[s - 1].head.i <= head.i:
            s -= 1
    return s


def select_mention(head: Token) -> Mention:
    """The mention headed by `head` (a subject, a relay object, an 'according to' object)."""
    form = tnorm(head)
    if head.pos_ == "PRON" or form in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | FIRST_PERSON:
        return Mention(head.i, head.i + 1, head.i, "pronoun")
    start = _left_start(head)
    if form == "old" and head.pos_ == "ADJ":  # "the 31-year-old": the det hangs off the verb
        s = head.i
        while s - 2 >= 0 and glued_hyphen(head.doc, s - 1):
            s -= 2
        if s > 0 and head.doc[s - 1].pos_ == "DET":
            s -= 1
        start = min(start, s)
    if hyphen_end(head).i != head.i:  # "Her co-author, Dr. Tomas Berg": the parser split the word
        head = hyphen_end(head)
        start = min(start, _left_start(head))
        form = word_form(head)
        if head.dep_ == "compound" and head.head.i > head.i and is_name_tok(head.head):
            head = head.head  # "Co-founder Nadia Vance said"
    office = elect_office(head)
    if office is not None:  # "the governor-elect said": the office, not a name 'elect' the tagger saw
        return Mention(start, head.i + 1, office.i, "descriptor")
    of_name = _pp_object(head, ("of",)) if is_title(head) or form in PERSON_DESCRIPTORS else None
    if of_name is not None and (of_name.ent_type_ == "PERSON" or of_name.pos_ == "PROPN" and any(
            c.pos_ == "PROPN" and c.dep_ == "compound" for c in of_name.lefts)) and any(
            c.like_num or (c.pos_ == "NOUN" and c.text.islower()) for c in of_name.lefts):
        ns, ne, gender = name_chain(of_name)  # "Mother of two Kelly Dunne", "director of rugby Simone Haldane"
        return Mention(start, of_name.i + 1, head.i, "name", (max(ns, of_name.left_edge.i + 1), ne),
                       DESCRIPTOR_GENDER.get(form), nominal=form)
    holder = office_holder(of_name) if of_name is not None and is_title(head) else None
    if holder is not None:  # "Leader of the Opposition Johan Venter", "Secretary of State Anna Kell"
        return Mention(start, of_name.i + 1, head.i, "name", holder, None, nominal=form)
    officer = _person_of_org(head)
    if officer is not None:  # "Detective Constable Ann Roe of Kelby Police said", parsed with Police the subject
        ns, ne, gender = name_chain(officer)
        return Mention(officer.left_edge.i, officer.i + 1, officer.i, "name", (ns, ne), gender)
    # "The Minister of Fuel, Mr. Henry Coldwell,": a capitalised title with a person's name in apposition
    titled = is_title(head) and any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and any(
        known_first_name(t.text) for t in c.subtree)) for c in head.rights)
    # "the Commissioner said", "the Governor told": an office capitalised as a role, no name of its own
    titled = titled or (is_title(head) and any(c.dep_ == "det" and tnorm(c) == "the" for c in head.lefts)
                        and not any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in head.lefts))
    if is_name_tok(head) and not ((head.text[:1].islower() or titled) and (is_title(head) or form in PERSON_DESCRIPTORS)):
        org_type = next((tnorm(c) for c in head.lefts if c.dep_ in ("compound", "nmod") and c.text[:1].islower()
                         and tnorm(c) in ORG_NOUNS), None)  # "the think tank Health First": no titles to strip
        org_typed = org_type is not None
        ns, ne, gender = name_chain(head, keep_titles=org_typed)
        if ns >= ne:
            ns, ne = head.i, head.i + 1
        end = max(org_name_end(head), and_name_end(head), cause_name_end(head))
        if end > ne:  # "The Royal College of Nursing said"
            return Mention(start, end, head.i, "name", (ns, end), None, nominal=org_type)
        return Mention(start, head.i + 1, head.i, "name", (ns, ne), gender, nominal=org_type)
    role_conj = _coordinated_role_name(head)
    if role_conj is not None:  # "Chairman and founder Li Wei said": the parser hung the name as a conjunct
        ns, ne, gender = name_chain(role_conj)
        return Mention(start, role_conj.i + 1, role_conj.i, "name", (ns, ne), gender)
    appos = appos_name(head)
    if appos is None and head.pos_ == "NOUN" and head.text[:1].islower() and \
            (form in ORG_NOUNS or is_title(head) or form in GROUP_NOUNS or form in ROLE_NOUNS):
        appos = adjacent_name(head)
    if appos is None:
        appos = stray_appos_name(head) or given_name_of(head) or name_before_role(head)
    if appos is not None:
        appos = entity_run_on(appos)
        ns, ne, gender = name_chain(appos, keep_titles=form in ORG_NOUNS)
        if appos.i > head.i and all(not t.is_punct for t in head.doc[head.i + 1:appos.i]):
            ns = min(ns, head.i + 1)  # a name written right after the nominal is whole from there
        gender = gender or HONORIFIC_GENDER.get(form)
        return Mention(min(start, ns), appos.i + 1, head.i, "name", (ns, ne), gender, nominal=form)
    if form in SPOKES_NOUNS:
        org = _pp_object(head, ("for", "of", "at", "from"))
        if org is None:  # "Greenfield Energy's spokesman", "the ministry's spokeswoman"
            org = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        via = None
        if org is None:  # "A council spokesman", "a Westshire Police spokeswoman"
            org = _modifier(head)
            via = "modifier" if org is not None else None
        return Mention(start, head.i + 1, head.i, "spokes", None, HONORIFIC_GENDER.get(form),
                       select_mention(org) if org is not None else None, via=via)
    author = record_author(head)
    if author is not None:  # 'a tally by the wire service', 'audio provided by the station'
        return select_mention(author)
    copied = copied_document(head)
    if copied is not None:  # 'a copy of the contract obtained by …': the copy and what it copies
        return Mention(start, copied.i + 1, head.i, "artifact")
    if form in DOCUMENT_NOUNS:
        # 'figures from the ministry' speak for the ministry; 'a survey of 1,200 tenants' does not speak for them
        src = _pp_object(head, ("from", "by") if form in FINDINGS_NOUNS else ("from", "by", "of"))
        if src is not None and (form not in ("report", "study", "statement") or _named_author(head, src)):
            return select_mention(src)
        owner = _document_owner(head)
        if owner is not None:  # 'the institute's report', 'Kelby Council's figures'
            return select_mention(owner)
        return Mention(start, head.i + 1, head.i, "artifact")
    if form == "guard" and head.i > 0 and tnorm(head.doc[head.i - 1]) == "coast":  # 'the Qiaolan coast guard'
        first = start + (tnorm(head.doc[start]) in ("the", "a", "its", "their"))
        return Mention(start, head.i + 1, head.i, "org", (first, head.i + 1))
    # "The opposition National Renewal party": an organisation noun after a proper-name chain
    if form in ORG_NOUNS and head.i > 0 and is_name_tok(head.doc[head.i - 1]):
        ns, _, _ = name_chain(head.doc[head.i - 1])
        return Mention(start, head.i + 1, head.i, "org", (ns, head.i + 1))
    if form in ORG_NOUNS:
        return Mention(start, head.i + 1, head.i, "org")
    if form in GROUP_NOUNS or head.tag_ in ("NNS", "NNPS"):
        return Mention(start, head.i + 1, head.i, "group")
    if form in ORG_SUFFIXES and not is_title(head):
        return Mention(start, head.i + 1, head.i, "org")
    return Mention(start, head.i + 1, head.i, "descriptor")


def _coordinated_role_name(head: Token) -> Token | None:
    """'Writer and director Ola Ade': a bare singular role noun whose conjunct is a person's name written right
    after a second role noun (nothing but nouns, adjectives and hyphens between 'and' and the name)."""
    if head.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    doc = head.doc
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i <= head.i or not is_name_tok(conj) or conj.ent_type_ not in ("PERSON", ""):
            continue
        ns, _, _ = name_chain(conj)
        between = doc[head.i + 1:ns]
        if len(between) >= 2 and between[0].dep_ == "cc" and between[-1].pos_ == "NOUN" and \
                all(t.pos_ in ("NOUN", "ADJ") or t.tag_ == "HYPH" or t.text == "-" for t in between[1:]):
            return conj
    return None


def _modifier(head: Token) -> Token | None:
    """The noun a spokesperson's noun is compounded with: 'council' in 'a council spokesman'."""
    mods = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")
            and (c.pos_ == "PROPN" or not is_title(c))]
    return mods[-1] if mods else None


def _named_author(head: Token, src: Token) -> bool:
    """'the report by referee Ana Ruiz', 'the latest report from the Kelby Housing Institute': a document whose
    author is named speaks for that author ('a study of 1,200 tenants' does not speak for them)."""
    return src.head.text.lower() in ("by", "from") and src.head.head.i == head.i and \
        (is_name_tok(src) or is_title(src) and adjacent_name(src) is not None)  # 'by umpire Dana Whitlock'


def _document_owner(head: Token) -> Token | None:
    """The organisation or named person whose document it is ('the institute's report'); not a pronoun, a date
    ('last year's report') or anyone else ('the tenants' survey')."""
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in ("DATE", "TIME") and \
                (is_name_tok(c) or tnorm(c) in ORG_NOUNS or tnorm(c) in ORG_SUFFIXES):
            return c
    return None


def _pp_object(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.rights:
        if child.dep_ == "prep" and tnorm(child) in preps:
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None
