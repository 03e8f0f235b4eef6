"""Subjects the small parser loses around a speech verb: an unfamiliar surname tagged as an adverb right after an
inverted cue, a name it hung on a participle aside before the cue instead of on the cue, the noun of a "with"
clause whose participle is the cue, the object a participle cue follows ('left residents saying'), and the sender
of a message whose participle the parser hung on those it went to ('emailed supporters saying')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import DOCUMENT_NOUNS, tnorm
from .structure import DocIndex


def participle_aside_subject(cue: Token, idx: DocIndex) -> Token | None:
    """'Sen. Ana Ortiz, noting the size of the crowd, said …', parsed with the name the subject of 'noting': the
    subject of a participle aside in commas right before the cue is the cue's."""
    for c in cue.lefts:
        if c.dep_ in ("advcl", "ccomp") and c.tag_ == "VBG" and c.i > 0 and cue.doc[c.i - 1].text == "," and \
                cue.doc[cue.i - 1].text == "," and c.right_edge.i in (cue.i - 1, cue.i - 2):
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i and not idx.quoted(s)), None)
            if subj is not None:
                return subj
    return None


def with_clause_subject(cue: Token, idx: DocIndex) -> Token | None:
    """'…, with the health commissioner warning that …': a participle cue after 'with' and a noun is that noun's
    saying (the parser hangs it on the sentence's verb, or on the noun), not the sentence subject's."""
    if cue.tag_ != "VBG" or cue.i < 2:
        return None
    doc = cue.doc
    if cue.dep_ == "acl" and cue.head.dep_ == "pobj" and tnorm(cue.head.head) == "with" and cue.head.i < cue.i:
        noun = cue.head
    elif cue.dep_ in ("advcl", "conj", "pcomp"):
        # the clause opens the sentence or follows a comma ('filed a complaint with the board, arguing …' is not
        # one), and the participle follows its noun (or the comma closing the noun's appositive)
        noun = next((p for c in cue.head.children if c.dep_ == "prep" and tnorm(c) == "with" and c.i < cue.i
                     and (c.i == c.sent.start or doc[c.i - 1].text == ",")
                     for p in c.children if p.dep_ == "pobj"), None)
        if noun is None or not all(t.is_punct for t in doc[noun.right_edge.i + 1:cue.i]):
            return None
        if doc[cue.i - 1].text == "," and not any(c.dep_ == "appos" for c in noun.children):
            return None
    else:
        return None
    # 'answered with a statement saying …': a document's saying is its issuer's, found the usual way
    return None if idx.quoted(noun) or noun.pos_ not in ("NOUN", "PROPN") or tnorm(noun) in DOCUMENT_NOUNS else noun


def surname_as_adverb(cue: Token, idx: DocIndex) -> Token | None:
    """'“…,” said Skelly, explaining …': an unfamiliar surname tagged as an adverb; a capitalised word right after
    the cue, mid-sentence, is no adverb."""
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if nxt is None or nxt.head.i != cue.i or nxt.dep_ != "advmod" or nxt.pos_ != "ADV" or not nxt.text[:1].isupper() \
            or not nxt.is_alpha or nxt.ent_type_ in ("DATE", "TIME") or idx.quoted(nxt):
        return None
    return nxt


# Verbs that leave their object doing something: 'left most residents saying', 'had aides arguing'
# ('sent an email saying' is the sender's: the email carries the words)
_OBJECT_DOING = frozenset({"left", "leave", "leaves", "leaving", "had", "has", "have", "having", "found", "finds",
                           "find", "heard", "hear", "hears", "saw", "see", "sees"})


def doer_before(cue: Token, idx: DocIndex) -> Token | None:
    """'The closures have left most residents saying …', 'The interview ended with Ola Berg asking …': a participle
    cue right after the object of 'left', 'had', 'found' (or of 'with', no comma between, which with_clause_subject
    leaves when the 'with' phrase sits mid-clause) is that object's doing, so the object is the speaker, not the
    subject of the clause the parser hung the participle on."""
    if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    prev = cue.doc[cue.i - 1]
    head = prev
    while head.head.i > head.i and head.head.i < cue.i and head.dep_ in ("compound", "amod", "det", "nummod", "poss"):
        head = head.head
    if head.right_edge.i != cue.i - 1 or head.pos_ not in ("NOUN", "PROPN") or idx.quoted(head):
        return None
    if head.dep_ == "pobj" and head.head.lower_ in ("with", "without"):
        return head
    if head.dep_ == "dobj" and head.head.lower_ in _OBJECT_DOING:
        return head
    return None


# Verbs of sending a message to people: the participle after those they reached is the message's, so the sender's
_SENDING = frozenset(f"{stem}{end}" for stem in ("email", "e-mail", "text", "mail", "messag", "blast", "tweet")
                     for end in ("", "e", "s", "es", "ed", "ing")) | {"send", "sends", "sent", "sending"}


def sender_of(cue: Token, idx: DocIndex) -> Token | None:
    """'The senator emailed supporters saying: “…”', 'the campaign sent out a text to donors saying …': a participle
    cue the parser hung on the people a message went to speaks for whoever sent it, the sending verb's subject."""
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or cue.head.i > cue.i:
        return None
    reached = cue.head
    verb = reached.head
    if reached.dep_ == "pobj" and tnorm(verb) == "to":  # 'sent a text to donors', 'sent a text message to donors'
        verb = verb.head
        while verb.dep_ == "dobj" and verb.head.i < verb.i:
            verb = verb.head
    elif reached.dep_ not in ("dobj", "dative"):
        return None
    if tnorm(verb) not in _SENDING or idx.quoted(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and not idx.quoted(c)
                 and tnorm(c) not in ("that", "which", "who")), None)
