"""A person named inside the 'of' phrase of an office: 'Leader of the Opposition Johan Venter', 'Secretary of State
Anna Kell'. The parser hangs the name in the PP and the NER often labels office and name one organisation."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ORG_SUFFIXES, tnorm
from .roles import known_first_name


def office_holder(of_name: Token) -> tuple[int, int] | None:
    """The name ending the object of a title's 'of' when the office's own words come first: 'Leader of the
    Opposition Johan Venter' (the parser hangs the name in the PP). A chain of three or more capitalised words
    whose last is no organisation's; the name is its last two words, or from a known first name on."""
    doc = of_name.doc
    if of_name.pos_ != "PROPN" or tnorm(of_name) in ORG_SUFFIXES or of_name.ent_type_ in ("GPE", "LOC"):
        return None
    k = of_name.i
    while k > 0 and doc[k - 1].head.i == of_name.i and doc[k - 1].dep_ in ("compound", "nmod") \
            and doc[k - 1].text[:1].isupper():
        k -= 1
    if of_name.i - k < 2:
        return None
    first = next((j for j in range(k + 1, of_name.i) if known_first_name(doc[j].text)), of_name.i - 1)
    return first, of_name.i + 1
