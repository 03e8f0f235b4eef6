"""'Ward councillor Priya Okafor (Lab) called …', 'Harbour pilot Ines Kade said': a capitalised word modifying a
lower-case role written before a person's name. The small parser may read the role as a verb and leave the
capitalised word the subject; the speaker is the person the role introduces, not the word before it."""

from __future__ import annotations

from spacy.tokens import Token

from .registry import is_title


def person_after_role(subject: Token, in_quote: list[int]) -> Token | None:
    """The last token of the PERSON entity right after '<Subject> <role>', when `subject` is one capitalised word."""
    doc = subject.doc
    k = subject.i
    if k + 2 >= len(doc) or not subject.text[:1].isupper() or subject.ent_type_ == "PERSON" or in_quote[k] >= 0:
        return None
    if k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha:
        return None  # one word only: 'Port Ward councillor' is not this shape's guard to widen
    role, first = doc[k + 1], doc[k + 2]
    if not role.is_lower or not is_title(role) or first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    end = k + 2
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "PERSON":
        end += 1
    return doc[end]
