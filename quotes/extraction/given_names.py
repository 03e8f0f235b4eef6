"""'A witness, who gave her name only as Bex, said …': the name a person gave the reporter, in a relative clause
on the noun that describes them, is who speaks (the pipeline has no lemmatizer: word forms are listed)."""

from __future__ import annotations

from spacy.tokens import Token

_NAMING_VERBS = frozenset({"give", "gave", "given", "gives", "giving", "offer", "offered", "offers"})


def given_name_of(head: Token) -> Token | None:
    """The capitalised name in 'who gave her name (only) as Bex' or 'who would give only his first name, Ravi'
    on `head`, or on the noun in apposition to it ('Her neighbour, a farmer who gave his name only as Ravi'), else
    None."""
    found = _given_on(head)
    if found is None:
        found = next((n for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                      and (n := _given_on(c)) is not None), None)
    return found


def _given_on(head: Token) -> Token | None:
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.lower_ not in _NAMING_VERBS:
            continue
        name = next((c for c in clause.children if c.dep_ == "dobj" and c.lower_ == "name"), None)
        if name is None:
            continue
        found = [p for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"]
        found = [o for p in found for o in p.children if o.dep_ == "pobj"]
        found += [c for c in name.children if c.dep_ == "appos"]
        found = [t for t in found if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if found:
            return found[0]
    return None
