"""Speakers the small parser hangs somewhere else than on their cue.

'“…,” Ana Ruiz, a senior adviser, said' and 'In a letter to the board, its chair, Ana Ruiz, said: “…”': a name
fenced off by an appositive right before a cue that has no subject of its own is made an appositive of the
quote's last noun, or of the fronted phrase's object. '“…,” said Ana Ruiz, half joking' and '“…,” said the nurse, who
…': after an inverted cue the name or noun is made the subject of the clause that follows it, or the cue a
modifier of the name ('“…,” tweeted party spokesman Ali Kaya'), or hangs the name on the quoted words or on a
word of the role before it ('“…,” said Ana Ruiz, a planner who …, “is …”', '“…,” said Finance ranking member Ana
Ruiz (D-Ore.).').
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import SUBJECT_DEPS
from .structure import DocIndex

_REACH = 30  # tokens left of the cue an appositive-fenced name may start at
_NOUNS = frozenset({"NOUN", "PROPN"})


def fenced_subject(cue: Token, idx: DocIndex) -> Token | None:
    """The noun fenced by commas right before a subjectless cue: 'X, <appositive>, said' (X, not the appositive),
    or the appositive itself when X is the object of a fronted phrase ('In a letter to the board, its chair, …')."""
    doc = idx.doc
    us = idx.unit(cue.i)[0]
    j = cue.i - 1
    while j > us and doc[j].is_space:
        j -= 1
    if j <= us or doc[j].text != "," or idx.quoted(doc[j]):
        return None
    for k in range(j - 1, max(us, cue.i - _REACH) - 1, -1):
        t = doc[k]
        if idx.quoted(t) or t.text in (";", ":"):
            return None
        appos = [c for c in t.children if c.dep_ == "appos" and c.i > t.i and c.right_edge.i == j - 1]
        if t.pos_ not in _NOUNS or not appos:
            continue
        if t.dep_ == "pobj":  # the fronted phrase's object: the speaker is the one in apposition to it
            t = appos[0]
        before = t.left_edge.i - 1
        while before > us and doc[before].is_space:
            before -= 1
        # the phrase opens the clause: after a closing quote, a comma, or at the start of the unit
        if before < us or idx.quoted(doc[before]) or doc[before].text == ",":
            return t
        return None
    return None


def inverted_clause_subject(cue: Token, idx: DocIndex) -> Token | None:
    """'“…,” said Ana Ruiz, half joking': the name right after the inverted cue, parsed as the subject of the
    clause that follows it."""
    doc = idx.doc
    if cue.dep_ in ("amod", "compound") and cue.head.i > cue.i:  # '“…,” tweeted party spokesman Ali Kaya'
        head = cue.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head if head.pos_ in _NOUNS and not idx.quoted(head) else None
    for c in cue.children:
        if c.i <= cue.i or c.dep_ not in ("ccomp", "advcl", "xcomp", "conj"):
            continue
        for g in c.children:
            if g.dep_ not in SUBJECT_DEPS or g.left_edge.i != cue.i + 1 or g.pos_ not in _NOUNS or idx.quoted(g):
                continue
            # the name or noun ends at a comma ('said the woman, who …'; its subtree may run on into a clause)
            end = g.right_edge.i if doc[g.right_edge.i].text == "," else g.right_edge.i + 1
            if (end < len(doc) and doc[end].text == ",") or (g.i + 1 < len(doc) and doc[g.i + 1].text == ","):
                return g
    return None


_ROLE_WORDS = frozenset({"NOUN", "ADJ"})
_RUN = 8  # role words and names a speaker after an inverted cue may run to


def name_after_cue(cue: Token, idx: DocIndex) -> Token | None:
    """'“…,” said Finance ranking member Ana Ruiz (D-Ore.).': after an inverted cue the parser left without a subject,
    the last name of the run of role words and names right after it (up to a comma, bracket or full stop)."""
    doc = idx.doc
    name = None
    # the paragraph bounds the run, not the sentence: the parser may end one after a rank ('Navy Capt.')
    for k in range(cue.i + 1, min(len(doc), cue.i + 1 + _RUN)):
        t = doc[k]
        if idx.quoted(t) or idx.para_of[k] != idx.para_of[cue.i]:
            break
        if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME"):
            name = t
        elif not (t.pos_ in _ROLE_WORDS or (t.tag_ == "VBG" and t.dep_ in ("amod", "compound", "ccomp"))):
            break
    return name if name is not None and name.ent_type_ in ("PERSON", "ORG", "") else None
