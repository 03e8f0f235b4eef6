"""Objects of speech: demands, accusations, promises and reported questions, reported without a that-clause.

    The mayor urged voters to reject the plan.       -> "voters to reject the plan"
    Union leaders called for an end to the strike.   -> "an end to the strike"
    Democrats called on him to quit the race.        -> "him to quit the race"
    She accused the council of hiding the figures.   -> "the council of hiding the figures"
    Reporters asked whether the ferry would run.     -> "whether the ferry would run"
    The mayor asked residents to save water.         -> "residents to save water" (a request, as 'urged')
    The mayor told her aides to stop.                -> "her aides to stop" (a directive; also warned, ordered)
    The mayor vowed to repeal the toll.              -> "to repeal the toll"
    Lee called the fine a warning to others.         -> "the fine a warning to others"
    Lee dismissed the report as a smear.             -> "the report as a smear"

Each is someone's statement in the writer's words, so an indirect quote: 'called the fine a warning' says the
fine is one. A plain noun object is not ('announced a plan', 'called the meeting for Monday'), nor a verdict in
quote marks ('called the plan “a disgrace”': the quoted words are a partial quote).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ACCUSE_FORMS, tnorm
from .structure import DocIndex

_ASK = frozenset({"ask", "asks", "asked", "asking"})
_URGE = frozenset({"urge", "urges", "urged", "urging", "press", "pressed", "implore", "implored"})
# Directives: 'told his staff to stop', 'warned the rebels to withdraw' (whom, and what they were told to do).
_DIRECT = frozenset({"tell", "tells", "told", "telling", "warn", "warns", "warned", "warning", "order", "orders",
                     "ordered", "ordering", "instruct", "instructs", "instructed", "instructing"})
_CALL = frozenset({"call", "calls", "called", "calling"})
_DESCRIBE = frozenset({"describe", "describes", "described", "describing", "dismiss", "dismisses", "dismissed",
                       "dismissing"})
_PLEDGE = frozenset({"promise", "promises", "promised", "promising", "vow", "vows", "vowed", "vowing",
                     "pledge", "pledges", "pledged", "pledging"})
# Common nouns for people a directive is given to ('told his advisers to …').
_LISTENERS = frozenset({"advisers", "advisors", "aides", "staff", "subordinates", "officials", "officers", "supporters",
                        "voters", "people", "reporters", "members", "workers", "employees", "troops", "police",
                        "residents", "followers", "crowd", "audience", "students", "parents", "agents", "lawmakers",
                        "colleagues", "senators", "delegates", "donors", "children"})
_QUESTION_MARKS = frozenset({"whether", "if"})


def speech_object(idx: DocIndex, cue: Token) -> tuple[int, int] | None:
    """Token range of the demand, accusation or question a cue reports, if it has one."""
    form = tnorm(cue)
    kids = [c for c in cue.children if c.i > cue.i]
    span = None
    if form in _ASK:
        clause = next((c for c in kids if c.dep_ in ("ccomp", "advcl") and _question(c)), None)
        span = (_question_start(clause), clause.right_edge.i + 1) if clause is not None else _request(cue, kids)
    elif form in _URGE:
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        verb = next((c for c in kids if c.dep_ == "xcomp"), None)
        span = (obj.left_edge.i, verb.right_edge.i + 1) if obj is not None and verb is not None else None
    elif form in _DIRECT:
        span = _directive(cue, kids)
    elif form in _PLEDGE:  # 'vowed to repeal the toll': the promise, in the writer's words
        verb = next((c for c in kids if c.dep_ == "xcomp" and tnorm(c.left_edge) == "to"), None)
        span = (verb.left_edge.i, verb.right_edge.i + 1) if verb is not None else None
    elif form in _CALL:
        prep = next((c for c in kids if c.dep_ == "prep" and tnorm(c) in ("for", "on") and c.i == cue.i + 1), None)
        verb = next((c for c in kids if c.dep_ == "xcomp"), None)
        if prep is not None and tnorm(prep) == "for":
            span = (prep.i + 1, prep.right_edge.i + 1)
        elif prep is not None and verb is not None:
            span = (prep.i + 1, verb.right_edge.i + 1)
        else:
            span = _verdict(idx, cue, kids)
    elif form in _DESCRIBE:
        span = _described_as(idx, cue, kids)
    elif form in ACCUSE_FORMS:
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        prep = next((c for c in kids + (list(obj.rights) if obj is not None else [])
                     if c.dep_ == "prep" and tnorm(c) == "of"), None)
        if obj is not None and prep is not None:  # "accused the council on Monday of hiding …": not the date
            between = cue.doc[obj.i + 1:prep.i]
            dated = any(t.ent_type_ in ("DATE", "TIME") for t in between)
            span = (prep.i + 1 if dated else obj.left_edge.i, prep.right_edge.i + 1)
            if any(idx.quoted(t) for t in cue.doc[span[0]:span[1]]):
                return None  # 'accused them of trying to “pressure the judges”': the quoted words, a partial quote
    if span is None:
        return None
    s, e = span
    unit_end = idx.unit(cue.i)[1]
    e = min(e, unit_end)
    doc = idx.doc
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space) and not idx.quoted(doc[e - 1]):
        e -= 1
    return (s, e) if e - s >= 2 else None


# Subjects that make 'call X Y' a name people give rather than one speaker's verdict ('people call it the Rock').
_LABELLERS = frozenset({"people", "you", "one", "everyone", "many", "some", "locals", "friends", "fans"})


def _verdict(idx: DocIndex, cue: Token, kids: list[Token]) -> tuple[int, int] | None:
    """'The union called the offer an insult': the object and what it was called, a claim about it in the
    writer's words. Not a name ('friends call him Ted'), a maybe ('critics would call it a stunt'), a label
    people give, or a verdict in quote marks (its quoted words are the partial quote)."""
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    pred = next((c for c in kids if c.dep_ == "oprd"), None)
    if obj is None or pred is None or pred.i < obj.i or pred.pos_ == "PROPN" or obj.pos_ == "PROPN" and \
            pred.i == obj.i + 1 and pred.pos_ != "ADJ":
        return None
    if _modal_or_negated(cue):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is not None and tnorm(subject) in _LABELLERS:
        return None
    if cue.dep_ == "relcl" and cue.left_edge.i > 0 and cue.doc[cue.left_edge.i - 1].text != ",":
        return None  # 'the first critic who calls her brave': anyone who might, not a verdict given
    end = pred.right_edge.i + 1
    for c in kids:  # 'called it a common ailment during long campaigns': the verdict's own qualifier
        if c.i == end and c.dep_ in ("prep", "npadvmod"):
            end = c.right_edge.i + 1
    span = (obj.left_edge.i, end)
    if any(idx.quoted(t) for t in cue.doc[span[0]:span[1]]):
        return None
    return span


def _modal_or_negated(cue: Token) -> bool:
    """'would call it a stunt', 'did not describe it as a failure': a verdict maybe given, or denied."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children)


def _described_as(idx: DocIndex, cue: Token, kids: list[Token]) -> tuple[int, int] | None:
    """'She described the deal as a betrayal', 'He dismissed the report as beset by errors': the object and what
    it was described as (an 'as' phrase, or an 'as' clause the parser hangs off the cue)."""
    objs = [c for c in kids if c.dep_ == "dobj"]  # 'Wisconsin Gov. Scott Walker' may come as two objects
    if not objs:
        return None
    start, edge = min(o.left_edge.i for o in objs), max(o.right_edge.i for o in objs)
    as_part = next((c for c in kids if c.i > edge and (c.dep_ == "prep" and tnorm(c) == "as" or c.dep_ == "advcl"
                                                       and tnorm(c.left_edge) == "as")), None)
    if as_part is None or as_part.left_edge.i != edge + 1:
        return None  # 'as' further on is most often time or manner
    if as_part.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in as_part.children):
        return None  # 'described the scene as he arrived': when, not what
    if _modal_or_negated(cue):
        return None
    span = (start, as_part.right_edge.i + 1)
    if any(idx.quoted(t) for t in cue.doc[span[0]:span[1]]):
        return None  # 'described the mood as “tense”': the quoted words are the partial quote
    return span


def _directive(cue: Token, kids: list[Token]) -> tuple[int, int] | None:
    """'Mr. Lind told his staff to stop': whom, and the 'to' clause right after them (not 'told the story to
    make a point', whose object is a thing, nor 'would tell them to …', a plan)."""
    obj = next((c for c in kids if c.dep_ in ("dobj", "dative")), None)
    verb = next((c for c in kids if c.dep_ == "xcomp" and c.i > cue.i), None)
    if obj is None or verb is None or verb.left_edge.i != obj.right_edge.i + 1:
        return None
    if tnorm(verb.left_edge) not in ("to", "not", "never") or obj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") \
            and obj.pos_ != "PRON" and tnorm(obj) not in _LISTENERS:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children):
        return None
    wh = cue.left_edge
    if wh.tag_ in ("WP", "WDT") and wh.dep_ not in ("nsubj", "nsubjpass") or \
            any(c.i < cue.i and c.tag_ in ("WP", "WDT") for c in verb.children):
        return None  # 'what the partner told them to do with the money': the thing told is elsewhere
    return obj.left_edge.i, verb.right_edge.i + 1


def _request(cue: Token, kids: list[Token]) -> tuple[int, int] | None:
    """'asked the council to donate the profits': whom, and what they are asked to do."""
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    verb = next((c for c in kids if c.dep_ == "xcomp" and tnorm(c.left_edge) == "to"), None)
    if obj is None or verb is None or not obj.i < verb.i:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children):
        return None  # 'would ask the government to help': a plan, not a request made

    return obj.left_edge.i, verb.right_edge.i + 1


def _question(clause: Token) -> bool:
    first = clause.left_edge  # 'how high the wall would be': the wh-word may hang off a word of the clause
    return (first.tag_ in ("WRB", "WP", "WDT") or tnorm(first) in _QUESTION_MARKS) and first.i < clause.i


def _question_start(clause: Token) -> int:
    return clause.left_edge.i


_WITHHELD = frozenset({"say", "says", "said", "saying", "comment", "discuss", "specify", "elaborate", "disclose",
                       "reveal", "confirm", "detail", "explain", "answer", "predict", "speculate"})
_REFUSE = frozenset({"decline", "declines", "declined", "declining", "refuse", "refuses", "refused", "refusing"})
_OPEN_QUESTION = frozenset({"whether", "if", "how", "what", "who", "whom", "whose", "when", "why", "which", "where"})


def unanswered_question(cue: Token) -> bool:
    """'She declined to say whether he would sign', 'He would not say who made the call': a question left
    unanswered is nobody's statement, so the cue reports nothing."""
    if tnorm(cue) not in _WITHHELD:
        return False
    if not (any(c.dep_ == "neg" for c in cue.children) or cue.dep_ == "xcomp" and tnorm(cue.head) in _REFUSE):
        return False
    doc = cue.doc
    j = cue.i + 1
    while j < len(doc) and (doc[j].is_space or tnorm(doc[j]) in ("on", "about", "publicly", "exactly", "yet")):
        j += 1
    return j < len(doc) and tnorm(doc[j]) in _OPEN_QUESTION
