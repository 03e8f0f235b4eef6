"""Figures of an anecdote: 'A reviewer in the Examiner once dismissed her work as “driftwood with a grant”.' A feature
told in the present tense ('she says') steps back to a past occasion for one line; the unnamed source met there
('A reviewer', 'a teacher') belongs to that occasion, and the present-tense 'She laughs at the memory' / 'she says'
that follow go back to the article's own subject, not to the anecdote's figure."""

from __future__ import annotations

from spacy.tokens import Token

from .person_words import past_occasion


def anecdote_figure(subject: Token | None, evidence: str) -> bool:
    """An unnamed source (resolved by its description: evidence 'nominal') as the subject of a verb that tells of
    a past occasion ('once dismissed', 'said in 1989', 'wrote years ago')."""
    return subject is not None and evidence == "nominal" and past_occasion(subject)


def present_tense(pronoun: Token) -> bool:
    """'she says', 'She laughs': the pronoun is the subject of a present-tense verb."""
    return pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.tag_ in ("VBZ", "VBP")
