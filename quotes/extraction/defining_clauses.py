"""A speech verb inside a clause that only picks out a group ('Those who said the economy mattered most backed
Lee', 'Voters who say taxes are too high were split'): the clause sorts poll respondents or a crowd for the
writer's own claim about them, and reports no one's statement."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm

_RELATIVES = frozenset({"who", "that"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def defines_a_group(cue: Token) -> bool:
    """The cue heads a restrictive relative clause ('who said …', no comma before 'who') on 'those', or on a bare
    plural common noun that is itself the subject of another verb ('Voters who say … were split')."""
    if cue.dep_ != "relcl" or not any(c.dep_ in _SUBJECTS and tnorm(c) in _RELATIVES for c in cue.children):
        return False
    group = cue.head
    doc = cue.doc
    rel = next(c for c in cue.children if c.dep_ in _SUBJECTS and tnorm(c) in _RELATIVES)
    if rel.i == 0 or doc[rel.i - 1].text in (",", "—", "–", "(") or rel.i != group.i + 1:
        return False  # 'Ms Lee, who said …': an aside about someone named, whose words these are
    if tnorm(group) == "those":  # but 'X is among those who say …' counts X in, and X said it
        return not (group.dep_ == "pobj" and tnorm(group.head) == "among")
    # a bare plural is generic ('Voters who say …'); 'the two senators who said …' are people the writer counts
    return group.tag_ == "NNS" and group.dep_ in _SUBJECTS and group.head.i > cue.i and \
        not any(c.dep_ in ("det", "nummod", "poss") for c in group.children)
