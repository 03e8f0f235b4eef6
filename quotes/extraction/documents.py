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


_PUT_OUT = frozenset({"issued", "released", "posted", "published", "sent", "put", "emailed", "shared", "read"})


def issuer_of(noun: Token) -> Token | None:
    """Who put out the document a noun names, from its own sentence: the author 'from'/'by' ('a statement from the
    governor'), the subject of the verb it is the manner of ('Ruiz repeated his threat in a statement', 'said in a
    statement that') or the object of ('the campaign issued a statement')."""
    author = document_author(noun)
    if author is not None:
        return author
    verb = document_verb(noun)
    for _ in range(3):  # 'Ruiz spoke to reporters and said in a statement …': the subject of the first verb
        if verb is None:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                     or c.dep_ == "nsubj" and tnorm(c) in ("he", "she", "they", "it")), None)
        if subj is not None:
            return subj
        verb = verb.head if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i else None
    return None


def document_verb(noun: Token | None) -> Token | None:
    """The verb a document is the manner of ('said in a statement') or the object of ('issued a statement')."""
    if noun is None:
        return None
    if noun.dep_ == "pobj" and tnorm(noun.head) in ("in", "with", "through", "via") and noun.head.head.pos_ in (
            "VERB", "AUX"):
        return noun.head.head
    if noun.dep_ == "dobj" and tnorm(noun.head) in _PUT_OUT:
        return noun.head
    return None


def earlier_document(doc_tokens, form: str, in_quote) -> Token | None:
    """The last document of that name ('statement') outside quotes among the tokens."""
    return next((t for t in reversed(doc_tokens) if tnorm(t) == form and t.pos_ == "NOUN" and in_quote[t.i] < 0), None)


def earlier_issuer(doc_tokens, form: str, in_quote) -> Token | None:
    """Who put out the last document of that name ('statement') outside quotes among the tokens, read backwards
    past mentions that name no one ('the statement said' before it speaks for the same issuer)."""
    for tok in reversed(doc_tokens):
        if tnorm(tok) == form and tok.pos_ == "NOUN" and in_quote[tok.i] < 0:
            author = issuer_of(tok)
            if author is not None and in_quote[author.i] < 0:
                return author
    return None
