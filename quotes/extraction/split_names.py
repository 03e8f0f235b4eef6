"""'Rory O’Neill said …': the parser sometimes reads a first name and a surname (an Irish 'O’' name, a rare one) as
two subjects of the verb, side by side, instead of a compound. They are one name: its last word is the head."""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def twin_subject(first: Token, second: Token) -> bool:
    """`first` is the word right before `second`, both capitalised proper nouns and both subjects of one verb."""
    return second.i == first.i + 1 and first.whitespace_ == " " and first.dep_ in _SUBJECTS and \
        second.dep_ in _SUBJECTS and first.head.i == second.head.i != second.i and \
        first.pos_ == second.pos_ == "PROPN" and first.text[:1].isupper() and second.text[:1].isupper() and \
        first.text.isalpha()


def split_name(subjects: list[Token]) -> bool:
    """The verb's subjects before it are one name read as two or three words side by side."""
    return len(subjects) > 1 and all(twin_subject(a, b) for a, b in zip(subjects, subjects[1:]))
