"""'what she called “architecture for photographs”': a phrase one speaker used, not a label people give
('what ministers call “…”', 'whom anglers call “…”'); and a programme named after 'said on', which nobody said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import ACCUSE_FORMS, CALL_FORMS, FINITE_TAGS, tnorm

if TYPE_CHECKING:
    from .structure import DocIndex

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


# Words that open a modifier of the quoted verdict rather than a new statement: 'called it “a step” in the fight
# against …', 'a “liar” who …', '“much better” than the old law'. 'and', 'but' and participles ('…”, adding') start
# something of the writer's or a second statement, and end the verdict at its closing mark.
_TAIL_OPENERS = frozenset({"who", "that", "which", "whose", "when", "than"})
# '… “the best 45 minutes all season” after a double swept his side past …': a time or cause of the verdict, not
# part of it.
_CIRCUMSTANCE_PREPS = frozenset({"after", "before", "during", "following", "since", "until", "amid", "despite"})
_TAIL_STOPS = frozenset({",", ";", ":", "—", "–", "-", "--", ".", "?", "!", "(", ")", "and", "but", "or"})
# When and where the verdict was given ('on Monday', 'over the weekend', 'in a tweet', 'on his radio show') is the
# occasion of the speaking, not part of what was said.
_OCCASION_WORDS = frozenset({"weekend", "week", "day", "night", "morning", "afternoon", "evening", "month", "year",
                             "tweet", "post", "interview", "statement", "speech", "show", "broadcast", "briefing",
                             "rally", "debate", "appearance", "twitter", "facebook", "podcast", "radio", "television"})


def verdict_end(idx: DocIndex, oe: int) -> int:
    """Token end of a verdict whose quoted words go on in the writer's: 'called the law “much better” than the old
    one' is the whole comparison, 'accused him of a “smear” over his fundraising' the whole charge. After the
    closing mark (`oe`, exclusive) a preposition or relative word runs the verdict on to the next comma, dash,
    conjunction, relative word or the sentence's end outside quotes; anything else (a comma inside the mark, 'and',
    a participle, quoted words that a verb governs, a phrase of time or occasion) leaves it at `oe`."""
    doc = idx.doc
    _, unit_end = idx.unit(oe - 1)
    if oe >= unit_end or oe < 2 or doc[oe - 2].text == ",":
        return oe
    nxt = doc[oe]
    if not (idx.pos[oe] == "ADP" or idx.norms[oe] in _TAIL_OPENERS) or nxt.text[:1].isupper() \
            or idx.in_quote[oe] >= 0 or idx.norms[oe] in _CIRCUMSTANCE_PREPS:
        return oe
    os_ = oe - 1
    while os_ > 0 and idx.in_quote[os_ - 1] == idx.in_quote[oe - 1]:
        os_ -= 1
    if os_ < 1 or idx.pos[os_ - 1] in ("VERB", "AUX", "PART"):  # 'accused them of trying to “…”': a deed, not a verdict
        return oe
    end = oe
    for k in range(oe, unit_end):
        tok = doc[k]
        if idx.in_quote[k] < 0 and (idx.norms[k] in _TAIL_STOPS or tok.is_punct and not tok.is_quote
                                    or k > oe and idx.norms[k] in _TAIL_OPENERS) \
                and not (tok.text == "-" and not doc[k - 1].whitespace_):  # 'good-paying' is one word
            break
        if tok.ent_type_ in ("DATE", "TIME") or idx.norms[k] in _OCCASION_WORDS:
            return oe
        if not tok.is_space:
            end = k + 1
    return end
