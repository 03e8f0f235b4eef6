"""'what she called “architecture for photographs”': a phrase one speaker used, not a label people give
('what ministers call “…”', 'whom anglers call “…”'); and a programme named after 'said on', which nobody said."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ACCUSE_FORMS, CALL_FORMS, FINITE_TAGS, tnorm

_LINKS = frozenset({"as", "of"})  # 'described the vote as “…”', 'accused the mayor of a “…”'

_PROGRAMME_PREPS = frozenset({"on", "told", "tells", "with", "to", "of"})
_LABEL_OBJECTS = frozenset({"what", "which", "whom", "that", "who"})
# Subjects that make 'what … call' a common label ('what they call', 'what ministers call', 'what you might call').
_GENERIC_SUBJECTS = frozenset({"they", "you", "we", "people", "everyone", "many", "some", "others", "one"})


def speakers_own_words(cue: Token) -> bool:
    """A free relative 'what X called/described as' whose X is one speaker (a singular noun, a name, he, she, it):
    the quoted phrase is X's words ('what it called “market speculation”', 'what one attendee described as “a
    swamp with a stage”'). A relative clause on a noun ('a miner whom locals call “the Mole”') and plural or
    generic subjects ('what ministers call a “fairness dividend”') label rather than quote."""
    if not (_thing_called(cue) or cue.dep_ != "relcl" and any(
            tnorm(c) == "what" and c.dep_ in ("dobj", "nsubj", "oprd") for c in cue.children)):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or tnorm(subject) in _GENERIC_SUBJECTS or subject.tag_ in ("NNS", "NNPS"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and tnorm(c) in ("might", "could", "would", "may") for c in cue.children)


def _thing_called(cue: Token) -> bool:
    """', which he called “a joke”': a relative clause set off by a comma on a thing (the decision, the offer),
    whose object is 'which': one speaker's verdict on it, where 'whom locals call …' names a person."""
    doc = cue.doc
    rel = next((c for c in cue.children if c.dep_ == "dobj" and tnorm(c) == "which"), None)
    return cue.dep_ == "relcl" and rel is not None and rel.i > 0 and doc[rel.i - 1].text == "," \
        and cue.head.pos_ == "NOUN"


def labelling(cue: Token) -> bool:
    """'what ministers call “…”', 'whom anglers call “…”': naming, not quoting. A relative clause whose subject is
    the relative pronoun ('Ada Moss, who has called the plan “a vanity project”') is the person's own verdict."""
    if cue.dep_ == "relcl":
        return not any(c.dep_ == "nsubj" and tnorm(c) in ("who", "that") for c in cue.children)
    return any(tnorm(c) in _LABEL_OBJECTS and c.dep_ in ("dobj", "nsubj", "oprd") for c in cue.children)


def after_programme_prep(before: list[Token]) -> bool:
    """'on “…”', 'told “…”', or the same with the channel between ('on NBC's “…”', 'told Fox News' “…”')."""
    j = len(before) - 1
    while j >= 0 and len(before) - j <= 4 and (before[j].text[:1].isupper() or before[j].text in ("'s", "’s", "'")
                                                or _owner_word(before, j)):
        j -= 1
    return j >= 0 and tnorm(before[j]) in _PROGRAMME_PREPS


def call_before(prev: Token) -> Token | None:
    """'who has called the plan “a vanity project”', parsed with the quoted phrase hung elsewhere (an appositive
    of the subject): the word before the quote ends the object of a 'call' verb, which governs the phrase."""
    cur = prev
    for _ in range(3):
        if cur.dep_ in ("dobj", "nmod") and tnorm(cur.head) in CALL_FORMS and cur.head.tag_.startswith("VB"):
            return cur.head if cur.right_edge.i == prev.i else None
        if cur.head.i == cur.i or cur.head.i <= cur.i:
            return None
        cur = cur.head
    return None


def _owner_word(before: list[Token], j: int) -> bool:
    """'network' and 'the' in 'on the network's “…”'."""
    rest = [t.text for t in before[j + 1:j + 3]]
    if before[j].pos_ == "NOUN" and rest[:1] in (["'s"], ["’s"]):
        return True
    return tnorm(before[j]) == "the" and len(rest) == 2 and before[j + 1].pos_ == "NOUN" and rest[1] in ("'s", "’s")


def determined_gerund(tok: Token) -> bool:
    """'that finding', 'the reporting': an -ing word with a determiner of its own is a noun, whatever the tagger
    says ('She called that finding “…”' is a verdict on a finding, not a finding of anything)."""
    return tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "det" and tok.doc[tok.i - 1].head.i == tok.i


def verdict_start(cue: Token, outer_start: int) -> int | None:
    """'called the plan “a disgrace”', 'described the vote as “peaceful”', 'accused the mayor of a “flip-flop”':
    the quoted words are the speaker's verdict on the thing named between the cue and the quote, and the
    statement is both ('the plan [is] “a disgrace”'), so its content starts at that object. The token where the
    object starts, or None when the words between are not one plain object (a demand, 'called for “…”'; a clause;
    another quote; a passive, 'was described as', whose object is its subject)."""
    doc = cue.doc
    name = tnorm(cue)
    if name not in CALL_FORMS and name not in ACCUSE_FORMS or not cue.tag_.startswith("VB"):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return None
    between = doc[cue.i + 1:outer_start]
    if not 1 <= len(between) <= 12 or between[0].pos_ in ("ADP", "PART", "PUNCT") or tnorm(between[0]) in _LINKS:
        return None
    for tok in between:
        if tok.tag_ in FINITE_TAGS or tok.is_quote or tok.is_punct and tok.text not in ("-", "'s", "’s"):
            return None
    if not any(tok.pos_ in ("NOUN", "PROPN", "PRON") or determined_gerund(tok) for tok in between):
        return None
    return between[0].i
