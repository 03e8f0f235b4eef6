"""Who wrote a document the copy quotes through 'it': 'A second statement, from the victim's mother, Ruth Brandt,
was read to the court by a prosecutor. “Joel phoned me every Sunday,” it said.' The statement speaks for its
author, the one it is 'from', never for the clerk, prosecutor or dispatcher who read it out or relayed it."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm

# Documents that carry someone's own words ('a statement from', 'a letter from', 'a message from').
AUTHORED = frozenset({"statement", "letter", "message", "note", "email", "e-mail", "text", "tribute", "post",
                      "memo", "release", "appeal", "plea"})


def document_author(noun: Token) -> Token | None:
    """The head of the author's mention in 'a statement from X' / 'a letter written by X', or None."""
    if tnorm(noun) not in AUTHORED:
        return None
    for child in noun.rights:
        if child.dep_ == "prep" and tnorm(child) == "from":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "acl" and tnorm(child) in ("written", "signed", "sent"):
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None
