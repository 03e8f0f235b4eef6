"""'Priya Okoro-Lund, chair of the Rail Users Forum, said …': a name set off by a comma before the role that
describes it, which the parser hung on the role noun as a modifier (making the role the subject). The name is
the speaker. A plain function over the parse."""

from __future__ import annotations

from spacy.tokens import Token

from .registry import is_title
from .roles import PERSON_DESCRIPTORS


def name_before_role(head: Token) -> Token | None:
    """The last token of the name written right before ', <role>' when the parser made it the role's modifier."""
    doc = head.doc
    if head.pos_ != "NOUN" or not head.text[:1].islower() or head.i < 2 or doc[head.i - 1].text != ",":
        return None
    if not (is_title(head) or head.lower_ in PERSON_DESCRIPTORS):
        return None
    name = doc[head.i - 2]
    if name.head.i != head.i or name.dep_ not in ("nmod", "compound", "npadvmod", "dep") or name.pos_ != "PROPN" \
            or not name.text[:1].isupper() or name.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    # the role noun has nothing of its own on the left but the name ('the chair' is a different shape)
    if any(c.i < head.i and c.i != name.i and c.dep_ != "punct" for c in head.children):
        return None
    return name
