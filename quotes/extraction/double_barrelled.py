"""Names with a double-barrelled surname ('Anouk Sarkissian-Velde', 'Fenella Orchard-Maas'): the small model
often labels them ORG, and its tokenizer cuts them at the hyphen. Plain functions over spaCy tokens."""

from __future__ import annotations

from spacy.tokens import Span

from .lexicon import HYPHENS, ORG_NOUNS, ORG_SUFFIXES, tnorm


def double_barrelled_person(ent: Span) -> bool:
    """A given name and a hyphenated surname of two capitalised parts ('Anouk Sarkissian-Velde'), labelled ORG or not
    at all: organisations rarely join two capitalised words with a hyphen after a single word, and never without an
    organisation word ('Royal Dutch-Shell Group' keeps its 'Group')."""
    words = [t for t in ent if not t.is_space]
    if len(words) != 4 or words[2].text not in HYPHENS or words[1].whitespace_ or words[2].whitespace_:
        return False
    given, left, right = words[0], words[1], words[3]
    if any(tnorm(t) in ORG_SUFFIXES or tnorm(t) in ORG_NOUNS for t in (given, left, right)):
        return False
    return all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and len(t.text) >= 2
               for t in (given, left, right))
