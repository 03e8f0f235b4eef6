"""Organisations named for their cause: 'the Freedom to Read Coalition of Carrow', 'the Parents for Safe Streets
Alliance'. The parser reads the 'to' as an infinitive (or the 'for' as a preposition) and cuts the name at its
first word; the name goes on over it to capitalised words that end in an organisation's type word."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ORG_SUFFIXES, tnorm
from .orgnames import org_name_end

_CAUSE_LINKS = frozenset({"to", "for"})
_INNER = frozenset({"of", "and", "the", "for", "on"})


def cause_name_end(head: Token) -> int:
    """End of a name that goes on from `head` over 'to'/'for' to capitalised words ending in an organisation
    word ('Coalition'), and on past that word's own 'of' ('Coalition of Carrow'); else head.i + 1."""
    doc = head.doc
    k = head.i + 1
    if not head.text[:1].isupper() or head.ent_type_ == "PERSON" or k + 1 >= len(doc) \
            or doc[k].text not in _CAUSE_LINKS or head.whitespace_ == "":
        return head.i + 1
    last = None
    j = k + 1
    while j < len(doc):
        tok = doc[j]
        if tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ != "PERSON":
            if tnorm(tok) in ORG_SUFFIXES:
                last = j
        elif not (tok.text in _INNER and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
            break
        j += 1
    if last is None or not doc[k + 1].text[:1].isupper():
        return head.i + 1
    return max(last + 1, org_name_end(doc[last]))


def cause_link(words: list[Token], k: int) -> bool:
    """words[k] is the 'to' or 'for' inside such a name: capitalised words either side, and an organisation's
    type word, capitalised, later in it."""
    if not 0 < k < len(words) - 1 or words[k].text not in _CAUSE_LINKS:
        return False
    return words[k - 1].text[:1].isupper() and words[k + 1].text[:1].isupper() and \
        any(t.text[:1].isupper() and tnorm(t) in ORG_SUFFIXES for t in words[k + 1:])
