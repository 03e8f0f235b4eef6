"""'according to a tally by the Associated Press', 'according to audio provided by the station', 'according to an
interview his brother gave', 'according to interviews with party officials': a record of what someone said or
counted speaks for whoever made it, gave it or was interviewed for it, not for the record itself."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import tnorm

# Records that carry someone's words or figures (the reports, studies and statements of DOCUMENT_NOUNS aside).
RECORD_NOUNS = frozenset({
    "tally", "count", "calculation", "calculations", "estimate", "estimates", "projection", "projections",
    "post", "blog", "interview", "interviews", "audio", "video", "recording", "recordings", "transcript",
    "document", "memo", "email", "emails", "message", "messages", "tweet", "tweets", "notes", "testimony",
    "remarks", "comments", "account", "accounts", "book", "memoir", "op-ed", "column", "editorial", "speech",
})
_INTERVIEWS = frozenset({"interview", "interviews"})
# 'provided by', 'filed by': the one who made or gave the record ('obtained by' names no author)
_MAKING_VERBS = frozenset({"provided", "filed", "released", "published", "issued", "posted", "written", "compiled",
                           "prepared", "submitted", "produced", "conducted", "given", "made", "kept", "shared"})
_AUTHOR_PREPS = ("by", "from")


def record_author(head: Token) -> Token | None:
    """The maker of the record headed by `head`, when the sentence names one: the object of 'by'/'from' (of 'with'
    for interviews), of 'by' after a participle of making ('provided by'), or the subject of a relative clause of
    giving ('an interview his brother gave')."""
    if tnorm(head) not in RECORD_NOUNS:
        return None
    preps = _AUTHOR_PREPS + (("with",) if tnorm(head) in _INTERVIEWS else ())
    for child in head.rights:
        if child.dep_ == "prep" and tnorm(child) in preps:
            obj = _pobj(child)
            if obj is not None:
                return obj
        if child.dep_ == "acl" and child.tag_ == "VBN" and tnorm(child) in _MAKING_VERBS:
            agent = next((c for c in child.children if c.dep_ == "agent" or c.dep_ == "prep" and tnorm(c) == "by"),
                         None)
            obj = _pobj(agent) if agent is not None else None
            if obj is not None:
                return obj
        if child.dep_ == "prep" and tnorm(child) in ("on", "in"):
            owner = _venue_owner(_pobj(child))
            if owner is not None:  # 'a post on Tessa's own blog', 'a statement on the council's website'
                return owner
        if child.dep_ == "relcl" and tnorm(child) in ("gave", "give", "gives", "granted", "wrote", "posted", "sent"):
            subject = next((c for c in child.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
            if subject is not None:
                return subject
    return None


# Where an organisation or a person publishes its own words: a record on one of these is its owner's.
_VENUES = frozenset({"blog", "website", "site", "page", "account", "channel", "feed", "newsletter"})


def _venue_owner(venue: Token | None) -> Token | None:
    """The named owner of a blog, website or account ('Tessarine's own blog'); never a pronoun ('its website')."""
    if venue is None or tnorm(venue) not in _VENUES:
        return None
    return next((c for c in venue.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
