"""Organisation names: connector words inside them ('Royal Society for the Protection of Birds'), where a name
goes on past its type word ('College of Nursing'), and the organisation noun that types a name written after it
('by the housing charity Homebase')."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import HYPHENS, ORG_CONNECTORS, ORG_NOUNS, ORG_SUFFIXES, capitalised, tnorm
from .roles import TITLES, known_first_name

DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def org_connector(words: list[Token], k: int) -> bool:
    """A lowercase word inside an organisation's name, after its capitalised type word and an 'of'/'for':
    'Royal College of Nursing', 'International Union for Conservation of Nature', 'Organisation for Economic
    Co-operation and Development' (connectors, 'and', and the lowercase half of a hyphenated word)."""
    if not 0 < k < len(words) - 1:
        return False
    w = words[k]
    glued = w.text in HYPHENS or (words[k - 1].text in HYPHENS and not words[k - 1].whitespace_)
    inner = ORG_CONNECTORS | {"and", "&"} | ({"the"} if tnorm(words[k - 1]) in ORG_CONNECTORS else set())
    nxt = words[k + 2] if tnorm(words[k + 1]) == "the" and k + 2 < len(words) else words[k + 1]
    if not glued and (tnorm(w) not in inner or not nxt.text[:1].isupper()):
        return False
    if tnorm(w) in ("and", "&") and words[k - 1].text[:1].isupper() and tnorm(words[-1]) in ORG_SUFFIXES:
        return True  # 'Dockers and Ferry Workers Union': capitalised words joined, ending in the type word
    for j in range(k, 0, -1):
        t = words[j]
        if tnorm(t) in ORG_CONNECTORS and (tnorm(words[j - 1]) in ORG_SUFFIXES or _org_entity_goes_on(words[j - 1])) \
                and words[j - 1].text[:1].isupper():
            return True
        if not (t.text[:1].isupper() or t.text in HYPHENS or tnorm(t) in ORG_CONNECTORS | {"and", "&", "the"}
                or words[j - 1].text in HYPHENS):
            return False
    return False


def typing_noun(ent: Span) -> Token | None:
    """'by the charity Homebase', 'from the watchdog Fairwater': a lowercase organisation noun with 'the' right
    before the name types it (not a person's name: 'the company Ana Ruiz founded')."""
    doc = ent.doc
    first = ent[0]
    if tnorm(first) in DETS:  # the first word that is no determiner
        first = next((t for t in ent if tnorm(t) not in DETS), None)
    if first is None or first.i == 0 or not first.text[:1].isupper():
        return None
    prev = doc[first.i - 1]
    if prev.pos_ != "NOUN" or not prev.text[:1].islower() or tnorm(prev) not in ORG_NOUNS \
            or not any(tnorm(c) == "the" for c in prev.lefts):
        return None
    words = [t for t in ent if not t.is_punct and tnorm(t) not in DETS]
    if len(words) >= 2 and known_first_name(words[0].text) and tnorm(words[-1]) not in ORG_SUFFIXES:
        return None
    return prev


def joined_org_head(tok: Token) -> Token:
    """'according to the Boilermakers and Shipwrights Union': the parser heads the phrase on 'Boilermakers' and
    makes 'Union' its conjunct; an organisation's name over 'and' is headed by its closing type word (capitalised
    words only between), so the whole name is read from there. Else `tok` itself."""
    if not tok.text[:1].isupper():
        return tok
    doc = tok.doc
    for conj in tok.children:
        if conj.dep_ != "conj" or tnorm(conj) not in ORG_SUFFIXES or not conj.text[:1].isupper():
            continue
        between = doc[tok.i + 1:conj.i]
        if between and tnorm(between[0]) in ("and", "&") and all(t.text[:1].isupper() for t in between[1:]):
            return conj
    return tok


def the_before_name(head: Token, start: int) -> bool:
    """'a reviewer in the Gullhaven Examiner': a chain of proper nouns with 'the' right before it is the name of a
    paper, a body or a place, not a person's ('the actor Ana Ruiz' has its 'the' on the role noun)."""
    doc = head.doc
    return start > 0 and tnorm(doc[start - 1]) == "the" and doc[start - 1].head.i == head.i \
        and tnorm(doc[start]).rstrip(".") not in TITLES  # 'the Rev Jesse Marlow' is a person


_APOSTROPHES = frozenset({"'", "’"})


def plural_possessive_inside(doc: Doc, s: int, head: Token) -> bool:
    """'Dunmore Supporters’ Trust', 'the Dockers' Union': doc[s - 1] is the apostrophe of a capitalised plural glued
    to doc[s - 2], inside an organisation's name that ends in its type word (the parser makes 'Supporters' a
    possessor and the apostrophe its case marker, which would cut the name to 'Trust')."""
    if s < 2 or doc[s - 1].text not in _APOSTROPHES or doc[s - 2].whitespace_ or not doc[s].text[:1].isupper():
        return False
    owner = doc[s - 2]
    return owner.text[:1].isupper() and owner.text.endswith("s") and owner.is_alpha and \
        tnorm(head) in ORG_SUFFIXES and head.i >= s and s <= owner.head.i <= head.i


def glued_hyphen(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen written inside a word ("co-author", "Smith-Jones")."""
    return 0 < i < len(doc) - 1 and doc[i].text in HYPHENS and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i + 1].text[:1].isalpha()


def org_name_end(head: Token) -> int:
    """End of an organisation name that goes on past its type word with 'of'/'for' and capitalised words
    ('College' → 'College of Nursing', 'Department' → 'Department for Education'); else head.i + 1."""
    doc = head.doc
    i = head.i + 1
    if not (tnorm(head) in ORG_SUFFIXES or _org_entity_goes_on(head)) or not head.text[:1].isupper() \
            or i + 1 >= len(doc) or tnorm(doc[i]) not in ORG_CONNECTORS or doc[i].head.i != head.i:
        return head.i + 1
    k = i + 1
    while k < len(doc) and (capitalised(doc[k]) or (_inner_word(doc, k) and k + 1 < len(doc)
                                                 and capitalised(doc[k + 1])) or _hyphen_piece(doc, k)) \
            and doc[k].ent_type_ not in ("DATE", "TIME"):
        k += 1
    return k if k > i + 1 and capitalised(doc[k - 1]) else head.i + 1


def _org_entity_goes_on(head: Token) -> bool:
    """'The Northern Journal of Metabolic Medicine': a type word no table holds, inside an organisation the NER
    names on past its 'of', written with 'the' (not a person the NER ran on into his employer: 'Ana Ruiz of
    Harbour Watch')."""
    doc = head.doc
    if head.ent_type_ != "ORG" or head.i + 2 >= len(doc) or doc[head.i + 1].ent_iob_ != "I" \
            or doc[head.i + 2].ent_iob_ != "I":
        return False
    b = head.i
    while b > 0 and doc[b].ent_iob_ == "I":
        b -= 1
    return tnorm(doc[b]) == "the" or (b > 0 and tnorm(doc[b - 1]) == "the")


def _inner_word(doc: Doc, k: int) -> bool:
    """'of', 'for', 'and', or 'the' after one of them ('Society for the Protection of Birds')."""
    w = tnorm(doc[k])
    return w in ORG_CONNECTORS | {"and", "&"} or (w == "the" and tnorm(doc[k - 1]) in ORG_CONNECTORS)


def _hyphen_piece(doc: Doc, k: int) -> bool:
    """'Co-operation': a glued hyphen after a capitalised word, or the word glued after it."""
    if doc[k].text in ("-", "‑") and k + 1 < len(doc):
        return glued_hyphen(doc, k) and capitalised(doc[k - 1]) and doc[k + 1].is_alpha
    return k > 1 and doc[k].is_alpha and glued_hyphen(doc, k - 1) and capitalised(doc[k - 2])
