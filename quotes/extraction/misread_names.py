"""A known surname the small parser reads as an adjective when it opens a clause whose verb it does not know as one
('Ferrante shrugs.', 'Told about it, Ferrante looks pleased.'): tagged ADJ/amod, its verb a noun or an auxiliary.
or as the first word of a compound noun ('Ferrante shrugs' as one noun). The sentence has no subject in the parse, so the person it is about never enters the history."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token


def adjective_name_subject(tokens: list[Token], in_quote: list[int], is_person: Callable[[str], bool]) -> Token | None:
    """The first capitalised word outside quotes, read as a modifier of the next word, that opens the sentence or follows a comma
    and stands before a word ending in -s (the present-tense verb misread), when the article knows it as a person."""
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
