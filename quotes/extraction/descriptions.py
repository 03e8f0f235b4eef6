"""Unnamed sources by their whole description: 'two people familiar with the talks', 'an engineer at the firm',
'a woman who works in a bakery opposite the shop' (the README: an unnamed source's whole description is its name)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm

_DESCRIBING_PREPS = frozenset({"at", "of", "in", "from", "with", "on", "for", "to", "inside", "within", "near", "close"})
_DESCRIBING_WORDS = frozenset({"familiar", "close", "briefed", "involved", "knowledgeable", "aware", "speaking",
                               "granted", "authorized", "authorised", "allowed", "working", "based"})


def described_end(head: Token, end: int) -> int:
    """End of an unnamed source's whole description: 'two people familiar with the talks', 'an engineer at the
    firm', 'people close to the board', 'a man who was parking nearby' (not a date, an appositive or a relative
    clause set off by a comma, at most 8 words more; a restrictive relative clause at most 10)."""
    doc = head.doc
    for child in head.rights:
        stop = _before_aside(child)
        if stop - child.i > 3 and doc[stop - 1].text == ")" and doc[stop - 3].text == "(" and doc[stop - 2].text.isupper():
            stop -= 3  # 'the state chapter of the People's Unity Party (PUP)': the initials repeat the name
        if _restrictive_relative(child, end, stop):  # without it 'A woman' is anyone: the clause says which one
            end = stop
            continue
        if child.i != end or child.is_punct or any(t.is_punct and t.text not in ("-", "'s", "’s")
                                                   for t in doc[child.i:stop]):
            break
        form = tnorm(child)
        describing = (child.dep_ == "prep" and form in _DESCRIBING_PREPS) or \
            (child.dep_ in ("amod", "acl", "advmod") and form in _DESCRIBING_WORDS)
        if not describing or stop - end > 8 or any(t.ent_type_ in ("DATE", "TIME") for t in doc[child.i:stop]):
            break
        end = stop
    return end


def _before_aside(child: Token) -> int:
    """End of a modifier's words before an aside set off by a comma that the parser hung inside it: a relative
    clause ('at the station, who asked not to be named,' → 'at the station'; 'who runs the kiosk, and who asked
    …') or an appositive ('at the Halden Trust, a charity,' → 'at the Halden Trust')."""
    doc = child.doc
    stop = child.right_edge.i + 1
    for k in range(child.i + 1, stop - 1):
        if doc[k].text != ",":
            continue
        nxt = doc[k + 1] if tnorm(doc[k + 1]) != "and" or k + 2 >= stop else doc[k + 2]
        if tnorm(nxt) in ("who", "whom", "whose", "which") or (nxt.dep_ == "det" and nxt.head.dep_ == "appos"):
            return k
    return stop


def _restrictive_relative(child: Token, end: int, stop: int) -> bool:
    """'who works in a bakery' right after the noun, with no comma before it or inside: it picks the person out,
    where ', who asked not to be named,' only adds to someone already described."""
    doc = child.doc
    return child.dep_ == "relcl" and child.left_edge.i == end and tnorm(doc[end]) in ("who", "that") and \
        doc[end].dep_ in ("nsubj", "nsubjpass") and stop - end <= 10 and not any(t.is_punct for t in doc[end:stop])
