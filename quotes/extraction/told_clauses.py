"""'Morrow told supporters he had called Vance to concede': with no 'that', the parser often reads the reported
clause after the one told as a relative clause on them ('supporters [whom] he had called'). People told something
are not described by a clause with its own subject right after them, so that clause is what was told."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import GROUP_NOUNS, tnorm
from .roles import person_noun

_TELL = frozenset({"tell", "tells", "told", "telling"})
# Audiences the copy tells things to, beyond the speaking groups of GROUP_NOUNS.
_AUDIENCES = frozenset({"reporters", "journalists", "jurors", "jury", "crowd", "audience", "listeners", "viewers",
                        "volunteers", "colleagues", "friends", "delegates", "followers", "guests", "readers",
                        "shareholders", "customers", "pupils", "mps", "crew", "players", "team", "squad"})
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def told_clause(cue: Token) -> Token | None:
    """The head of the clause told, when the parser hung it as a relative clause on the audience right after
    'told' ('told reporters she would run' → 'would run'); None for a real relative ('told the jurors who …')."""
    if tnorm(cue) not in _TELL:
        return None
    audience = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    if audience is None or audience.left_edge.i != cue.i + 1 or not _people(audience):
        return None
    clause = next((c for c in audience.rights if c.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.i != audience.i + 1 or tnorm(clause.left_edge) in _RELATIVES:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    return clause if subject is not None and subject.left_edge.i == audience.i + 1 else None


def _people(noun: Token) -> bool:
    """An audience: 'supporters', 'reporters', 'the jury', 'Ms Ruiz' (not 'the story', 'jokes')."""
    return noun.ent_type_ in ("PERSON", "NORP") or tnorm(noun) in GROUP_NOUNS or person_noun(noun.lemma_.lower()) \
        or tnorm(noun) in _AUDIENCES
