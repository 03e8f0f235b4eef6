"""'A spokesman for the Transport Secretary said …': a spokesperson for an office written as a capitalised title.
The office names no organisation; the spokesperson is an unnamed source, credited by the description (as 'A
spokeswoman for the Premier' is when the Premier is named). A plain function over the parse."""

from __future__ import annotations

from spacy.tokens import Token

from .registry import Entity, is_title


def spoken_for_office(office: Token, ent: Entity | None) -> bool:
    """The head of what a spokesperson speaks for is a capitalised title naming no entity but the title word."""
    return office.text[:1].isupper() and is_title(office) and (ent is None or ent.lower == (office.lower_,))
