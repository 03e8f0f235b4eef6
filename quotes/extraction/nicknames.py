"""Nicknames inside a name: 'Kai "Zippy" Holloway', 'Lewis “Big Lew” Tranter'. Sports and crime copy put them
between the first name and the surname; the person is 'Kai Holloway', and the NER often splits the name there
(a PERSON 'Kai', an ORG 'Holloway'), so a later 'Holloway said' would be taken for an organisation."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import capitalised, norm_text
from .roles import NAME_PARTICLES, known_first_name

_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
_MARK_FORMS = frozenset(map(norm_text, _MARKS))  # what tnorm makes of them


def nicknamed_people(doc: Doc, start: int, end: int, norms: list[str] | None = None) -> list[tuple[int, list[str]]]:
    """(position, [first name, surname words]) of every 'First "Nick" Surname' between start and end (`norms`, every
    token's tnorm where the caller has them, passes over the words with no mark after them at once)."""
    found = []
    for i in range(start, end - 3):
        if norms is not None and norms[i + 1] not in _MARK_FORMS:
            continue
        first = doc[i]
        if not capitalised(first) or doc[i + 1].text not in _MARKS:
            continue
        k = i + 2
        while k < min(end, i + 6) and capitalised(doc[k]):
            k += 1
        if k == i + 2 or k >= end or doc[k].text not in _MARKS:
            continue
        surname = _surname(doc, k + 1, end)
        if surname and (first.ent_type_ == "PERSON" or known_first_name(first.text)
                        or doc.text.count(surname[-1]) > 1 or _aged_after(doc, k + len(surname) + 1, end)):
            # a first name the lexicon and the NER do not know ('Thabo'): the surname alone must recur, or an age
            # follow ('Thabo “Flash” Radebe, the 22-year-old wing')
            found.append((i, [first.text, *surname]))
    return found


def without_nickname(tokens: list[Token]) -> list[Token]:
    """A name's tokens without a quoted nickname between its words ('Lewis " Big Lew " Tranter' → Lewis Tranter)."""
    marks = [k for k, t in enumerate(tokens) if t.text in _MARKS]
    if len(marks) != 2 or marks[0] == 0 or marks[1] >= len(tokens) - 1 or marks[1] - marks[0] < 2:
        return tokens
    return tokens[:marks[0]] + tokens[marks[1] + 1:]


def _surname(doc: Doc, k: int, end: int) -> list[str]:
    """'Holloway', 'Price-Jarvis' (hyphen pieces glued), 'de Klerk': the capitalised word after the closing mark,
    with the particles before it."""
    particles = []
    while k + 1 < end and doc[k].lower_ in NAME_PARTICLES and doc[k].text.islower():
        particles.append(doc[k].text)
        k += 1
    if k >= end or not capitalised(doc[k]):
        return []
    words = doc[k].text
    while k + 2 < end and doc[k + 1].text in ("-", "‑") and not doc[k].whitespace_ and doc[k + 2].is_alpha:
        words += "-" + doc[k + 2].text
        k += 2
    return [*particles, words]


def _aged_after(doc: Doc, k: int, end: int) -> bool:
    """', the 22-year-old wing' or ', 22,' right after the name."""
    if k >= end or doc[k].text != ",":
        return False
    window = [t.lower_ for t in doc[k + 1:min(end, k + 8)]]
    return "year" in window and "old" in window or bool(window) and window[0].isdigit()
