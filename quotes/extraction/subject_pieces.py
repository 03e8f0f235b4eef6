"""One subject the parser split into several: 'Co-founder and chief executive Amina Yusuf said' or 'The
vice-chancellor's office confirmed', parsed with the pieces of the role words or of a hyphenated word as subjects of
the cue alongside the real one."""

from __future__ import annotations

from spacy.tokens import Token


def subject_among_pieces(subjects: list[Token]) -> Token | None:
    """The real subject among several the parser gave one cue, when the others are pieces of its own phrase."""
    return _name_after_roles(subjects) or _hyphen_pieces_head(subjects)


_ROLE_CHAIN_POS = frozenset({"NOUN", "ADJ", "CCONJ"})


def _name_after_roles(subjects: list[Token]) -> Token | None:
    """'Co-founder and chief executive Amina Yusuf said', parsed with 'Co', '-' and 'Yusuf' all subjects: the
    person's name at the end of a run of role words (nouns, adjectives, hyphens, 'and') is the subject."""
    doc = subjects[0].doc
    name = subjects[-1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    ns = name.i
    while ns > 0 and doc[ns - 1].pos_ == "PROPN" and doc[ns - 1].ent_type_ == "PERSON":
        ns -= 1
    between = doc[subjects[0].i:ns]
    if len(between) and all(t.pos_ in _ROLE_CHAIN_POS or t.text in ("-", "‑", "–") for t in between):
        return name
    return None


def _hyphen_pieces_head(subjects: list[Token]) -> Token | None:
    """'The vice-chancellor's office confirmed …', parsed with 'vice', '-' and 'office' all subjects: the pieces of a
    hyphenated word before the last subject, with nothing but that word's own phrase between, are no subjects."""
    doc = subjects[0].doc
    first, last = subjects[0], subjects[-1]
    if first.whitespace_ or first.i + 1 >= len(doc) or doc[first.i + 1].text not in ("-", "‑") or last.i <= first.i + 2:
        return None
    if any(t.is_punct and t.text not in ("-", "‑") for t in doc[first.i:last.i]):
        return None
    return last
