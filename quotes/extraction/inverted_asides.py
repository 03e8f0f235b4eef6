"""A cue turned round inside the clause it reports: 'The museum, said Ana Ruiz, would open in May.',
'The real problem, said Tom Hale, the harbour master, is the silt.' The name after the cue spoke; the clause
around the aside is the content, in two pieces (the parser makes the clause's subject the cue's)."""

from __future__ import annotations

from spacy.tokens import Token

from .content_spans import Content, clause_end, trim
from .structure import DocIndex

_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "CCONJ", "PART", "NUM"})
_REACH = 10  # tokens of the name and its appositive between the commas
_RESUMING = frozenset({"VERB", "AUX"})


def inverted_aside(cue: Token, idx: DocIndex) -> tuple[Token, tuple[int, int], tuple[int, int]] | None:
    """(the speaker's head word, the content before the aside, the content after it), or None."""
    doc = idx.doc
    us = idx.unit(cue.i)[0]
    before = cue.i - 1
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or before - 1 <= us or doc[before].text != "," or idx.quoted(doc[before]):
        return None
    comma = _name_end(idx, cue.i + 1)
    if comma is None:
        return None
    name = next((t for t in reversed(doc[cue.i + 1:comma]) if t.pos_ == "PROPN"), None) or \
        next((t for t in reversed(doc[cue.i + 1:comma]) if t.pos_ == "NOUN"), None)
    if name is None:
        return None
    rest = comma + 1
    if rest < len(doc) and doc[rest].pos_ == "DET":  # '…, said Tom Hale, the harbour master, is …'
        second = _name_end(idx, rest)
        rest = second + 1 if second is not None else rest
    k = rest
    while k < len(doc) and doc[k].pos_ == "ADV" and k < rest + 2:
        k += 1
    if k >= len(doc) or doc[k].pos_ not in _RESUMING or idx.quoted(doc[k]) or \
            doc[k].tag_ not in ("MD", "VBZ", "VBD", "VBP"):
        return None  # the clause must go on with its verb: '…, said Ruiz, while …' is no aside
    head = trim(idx, us, before)
    tail = trim(idx, rest, clause_end(idx, rest))
    if head[1] - head[0] < 1 or tail[1] - tail[0] < 2 or any(idx.quoted(t) for t in doc[head[0]:tail[1]]):
        return None
    if any(t.pos_ in _RESUMING and t.tag_ in ("MD", "VBZ", "VBD", "VBP") for t in doc[head[0]:head[1]]):
        return None  # the words before the aside hold a verb of their own: a whole clause, not a subject
    return name, head, tail


def _name_end(idx: DocIndex, start: int) -> int | None:
    """The comma ending a name or role phrase that starts at `start` (no verb, no quote), or None."""
    doc = idx.doc
    for k in range(start, min(len(doc), start + _REACH)):
        t = doc[k]
        if t.text == "," and k > start and not idx.quoted(t):
            return k
        if idx.quoted(t) or not (t.pos_ in _NAME_POS or t.tag_ == "POS" or t.text in ("-", "(", ")")):
            return None
    return None


def aside_content(cue: Token, idx: DocIndex) -> Content | None:
    found = inverted_aside(cue, idx)
    if found is None:
        return None
    _, head, tail = found
    return Content(head[0], tail[1], "before", pieces=(head, tail))
