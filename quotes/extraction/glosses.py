"""The writer's gloss on a figure or a name, written as a relative clause without its pronoun: '…$38 billion over 10
years, a figure critics say is far too low', '…for six hours, a pattern forecasters call training'. The speech verb
there is about the noun it glosses, so the sentence before the comma is nobody's reported speech."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm


def glossing_subject(subj: Token | None) -> bool:
    """'a figure critics', 'a pattern forecasters': the parser's subject is a plural noun right after a singular
    noun and 'a'/'an', after a comma, which no noun phrase is; it is 'a figure [that] critics say …'."""
    if subj is None or subj.tag_ not in ("NNS", "NNPS") or subj.i < 3:
        return False
    doc = subj.doc
    noun, det, comma = doc[subj.i - 1], doc[subj.i - 2], doc[subj.i - 3]
    return noun.tag_ == "NN" and noun.dep_ == "compound" and tnorm(det) in ("a", "an") and \
        comma.text in (",", "—", "–")


def gloss_start(verb: Token) -> int | None:
    """Where the gloss a verb heads begins (its 'a'), when the verb's subject is a glossing one; else None."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj.left_edge.i if glossing_subject(subj) else None
