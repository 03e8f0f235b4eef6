"""A known surname the small parser misreads when it opens a clause whose verb it does not know as one ('Ferrante
shrugs.', 'Told about it, Ferrante looks pleased.'): tagged as an adjective modifying the verb, or as the first word
of a compound noun ('Ferrante shrugs' as one noun). The sentence then has no subject in the parse, so the person it
is about never enters the speaker history."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from .registry import Entity, Registry


def adjective_name_subject(tokens: list[Token], in_quote: list[int], is_person: Callable[[str], bool]) -> Token | None:
    """The first capitalised word outside quotes, read as a modifier of the next word, that opens the sentence or
    follows a comma and stands before a word ending in -s (the present-tense verb misread), when the article knows it
    as a person."""
    for k, tok in enumerate(tokens[:-1]):
        if in_quote[tok.i] >= 0 or tok.dep_ not in ("amod", "compound") or tok.head.i != tok.i + 1 or \
                not tok.text[:1].isupper() or tok.text.isupper():
            continue
        if k > 0 and tokens[k - 1].text != ",":
            continue
        verb = tokens[k + 1]
        if verb.is_lower and verb.text.endswith("s") and verb.pos_ in ("NOUN", "AUX", "VERB") and is_person(tok.text):
            return tok
    return None


def adjective_named_person(reg: Registry, doc: Doc, in_quote: list[int], us: int, ue: int) -> Entity | None:
    """The person a sentence (doc[us:ue]) the parser gave no subject opens with ('Ferrante shrugs.')."""
    def person(word: str) -> bool:
        ent = reg.find_name([word], us, create=False)
        return ent is not None and ent.kind == "person"
    tok = adjective_name_subject(list(doc[us:ue]), in_quote, person)
    return reg.find_name([tok.text], tok.i, create=False) if tok is not None else None
