"""What the words around a name say about its kind, beyond the NER's label: a person's relative clause, a
company's executives."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import ORG_NOUNS, ORG_SUFFIXES, tnorm
from .roles import ROLE_WORDS, TITLES, known_first_name

# Roles only a company has; 'Tilly's chief executive' makes Tilly something 'the company' can refer to.
COMPANY_ROLES = frozenset({"executive", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "shareholders",
                           "shareholder", "investors", "board"})


def person_by_relative(ent: Span) -> bool:
    """'Owain Price-Jarvis, who made 19 tackles': two or three capitalised words the NER took for an
    organisation, followed by ', who …', name a person (an organisation takes 'which' in the copy we read)."""
    words = [t for t in ent if not t.is_space and not t.is_punct]
    if not 2 <= len(words) <= 4 or any(tnorm(t) in ORG_SUFFIXES or tnorm(t) in ORG_NOUNS for t in words) \
            or not all(t.text[:1].isupper() for t in words):
        return False
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and tnorm(doc[ent.end + 1]) == "who" and \
        doc[ent.end + 1].dep_ in ("nsubj", "nsubjpass")


def company_of_role(ent: Span) -> bool:
    """"Tilly's chief executive", "Harwick's founder": the organisation possesses a role only companies have."""
    root = ent.root
    return root.dep_ == "poss" and tnorm(root.head) in COMPANY_ROLES


_TRADED = frozenset({"shares", "stock", "share"})


def listed_company(ent: Span) -> bool:
    """'Shares of Harbin Tools fell', 'shares in Norbank', 'Harbin's shares': a name whose shares trade is a
    company, whatever the NER called it."""
    root = ent.root
    if root.dep_ == "pobj" and tnorm(root.head) in ("of", "in"):
        return tnorm(root.head.head) in _TRADED
    return root.dep_ == "poss" and tnorm(root.head) in _TRADED


def personal_role(noun: Token) -> bool:
    """'Her publisher, Fenella Gault,': a noun that can name a company or an occupation ('publisher',
    'developer') is a person's role when it is his or hers."""
    return tnorm(noun) in ROLE_WORDS and any(c.dep_ == "poss" and tnorm(c) in ("her", "his") for c in noun.children)


def first_name_before(ent: Span) -> bool:
    """'Nadia Olsberg-Frey', where the NER took only the double-barrelled surname, as an organisation or a place:
    a given name right before a short entity of capitalised words, with no organisation word in it, makes a
    person of both."""
    if ent.start == 0 or len(ent) > 4:
        return False
    first = ent.doc[ent.start - 1]
    # 'Trustee Harjit Sandhu': after a title, a capitalised word the tables do not know is a given name too
    titled = ent.start >= 2 and tnorm(ent.doc[ent.start - 2]).rstrip(".") in TITLES
    if not (first.is_alpha and first.text[:1].isupper() and not first.ent_type_ and first.whitespace_ == " "
            and (known_first_name(first.text) or titled)):
        return False
    words = [t for t in ent if not t.is_punct]
    return all(t.is_alpha and t.text[:1].isupper() for t in words) \
        and not any(tnorm(t) in ORG_NOUNS or tnorm(t) in ORG_SUFFIXES for t in words)
