"""Titles of works set beside a noun: 'The centrepiece, “The Ledger of the Drowned,” lists …' (in quote marks), 'her
novel, The Quiet Shore, sold …' (without them, when the NER calls it a WORK_OF_ART). The parser makes the title an
appositive, like a name, but a work's title names no speaker: a pronoun later must not find 'Ledger' as the
sentence's subject."""

from __future__ import annotations

from spacy.tokens import Token

_OPENERS = frozenset({'"', "“", "‘", "'", "``", "«"})
_CLOSERS = frozenset({'"', "”", "’", "'", "''", "»"})
_SMALL = frozenset({"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "with", "from", "by", "or"})


def is_work_title(tok: Token) -> bool:
    """tok heads a title of a work: the NER's WORK_OF_ART, or words in quote marks that are all Title Case."""
    if tok.ent_type_ == "WORK_OF_ART":
        return True
    doc = tok.doc
    first, last = tok.left_edge.i, tok.right_edge.i
    while last > first and doc[last].is_punct and doc[last].text not in _CLOSERS:
        last -= 1  # a comma or full stop written inside the closing mark
    if doc[first].text in _OPENERS:
        first += 1
    elif first == 0 or doc[first - 1].text not in _OPENERS:
        return False
    if doc[last].text in _CLOSERS:
        last -= 1
    else:
        nxt = last + 1
        while nxt < len(doc) and doc[nxt].is_punct and doc[nxt].text not in _CLOSERS:
            nxt += 1  # 'Title,”': the comma inside the marks
        if nxt >= len(doc) or doc[nxt].text not in _CLOSERS:
            return False
    words = [t for t in doc[first:last + 1] if t.is_alpha]
    return 0 < len(words) <= 8 and words[0].text[:1].isupper() and \
        all(t.text[:1].isupper() or t.lower_ in _SMALL for t in words)
