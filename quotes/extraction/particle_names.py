"""Irish surnames written with an apostrophe ('O’Neill', 'O'Dwyer'): the tagger often takes the word for a common
noun, so no rule sees a name ('Rory O’Neill said … he said' finds no Rory). The word's shape settles it: an 'O', an
apostrophe and a capitalised word is a proper noun. Runs after the tagger; the parser and the NER do not read the
tags, so only the rules see the change."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_O_NAME = re.compile(r"O['’][A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def o_name(text: str) -> bool:
    """'O’Neill', 'O'Hare-Byrne'."""
    return _O_NAME.fullmatch(text) is not None


@Language.component("newsdesk_particle_names", assigns=["token.pos", "token.tag"])
def particle_names(doc: Doc) -> Doc:
    for tok in doc:  # every token of every article: the cheapest test first
        text = tok.text
        if text[:1] == "O" and o_name(text) and tok.pos_ != "PROPN":
            tok.pos_, tok.tag_ = "PROPN", "NNP"
    return doc
