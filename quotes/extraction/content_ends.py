"""Where reported content stops: the writer's own words after it ("…, adding that", ", but she did not say when",
", which passed on Tuesday", ", a promise he has made before", ", though she noted …", ", with X doing …")."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import has_subject, is_cue
from .events import AFTER_EVENT, event_after_quote
from .lexicon import CLAUSE_STOPPERS, FINITE_TAGS, PARTICIPLE_CHAIN, tnorm
from .roles import person_noun
from .structure import DocIndex


def cut_after(idx: DocIndex, cue: Token, s: int, e: int) -> tuple[int, int | None]:
    """Where cue-first content must stop early; and the coordinated cue there, if any."""
    doc = idx.doc
    counted = _counted_subject(cue)
    # 'said that, with the race narrowing, few had asked': a comma right after the complementiser opens a fronted
    # phrase of the clause, never the end of it
    first = s + 1 if tnorm(doc[s]) == "that" else s
    for j in range(s + 1, e):
        t = doc[j]
        if idx.quoted(t) or j - 1 <= first:
            continue
        form = tnorm(t)
        prev = doc[j - 1]
        # '…was “corrupt,” noting that …': a comma inside the closing mark ends the clause as one outside it would
        # (not before ', and …': 'called it “fair,” and said …' is cut below only when a new clause follows)
        comma = prev.text == "," or _comma_inside_marks(idx, j)
        cut = j if comma and prev.text != "," else j - 1  # the closing mark stays with its words
        if form in PARTICIPLE_CHAIN and t.tag_ == "VBG" and (comma or prev.text in ("—", "–")):
            return cut, None
        if form == "according" and prev.text in (",", "—", "–") and j + 1 < e and tnorm(doc[j + 1]) == "to":
            return j - 1, None
        if tnorm(prev) in ("and", "but") and is_cue(t) and not has_subject(t) and not _verb_of_content(t, cue):
            return j - 1, j
        if comma and form in ("which", "who") and t.head.dep_ == "relcl" and t.head.head.i < j \
                and not ((_inside_subject(t.head) or _predicate_resumes(t.head, e)) and not is_cue(t.head)) \
                and not _cleft(doc, s, j):
            return cut, None  # the writer's aside on the last thing named: '…the final bill, which includes …'
        if comma and form in ("a", "an") and t.head.dep_ in ("appos", "npadvmod") and \
                t.head.head.i < j and t.head.right_edge.i + 2 >= e:
            return cut, None  # the writer's gloss: '…would ban Muslims from entering, a plan he has since changed'
        if form in _OCCASION_PREPS and idx.quoted(prev) and _occasion_after_quote(idx, t, e):
            return j, None  # 'said his team wanted “none of that,” in an interview on Sunday': the occasion
        if form in AFTER_EVENT and idx.quoted(prev) and event_after_quote(idx, t, e):
            return j, None  # 'said the referee had ‘lost control’ after his side drew 2-2 on Saturday': the news
        if prev.text in _DASHES and form in ("a", "an", "all") and _dash_gloss(idx, t, e):
            return j - 1, None  # the writer's gloss: '…said the union had backed him — a rare show of support'
        if prev.text == "," and form in _NEXT_CLAUSE and _clause_of_cue(t, cue) and not _second_that(doc, j, e):
            return j - 1, None  # 'said X, but lamented that Y', 'said X, and three-quarters said Y': not X
        if tnorm(prev) in ("and", "but") and (form in CLAUSE_STOPPERS or _refusal_follows(doc, j, e)):
            return j - 1, None  # '… were in place but would not say whether …': what the speaker held back
        if prev.text == "," and tnorm(t) in ("but", "and") and j + 1 < e and tnorm(doc[j + 1]) in CLAUSE_STOPPERS:
            return j - 1, None
        if prev.text == "," and _writers_aside(idx, j, e) or comma and second_statement(idx, j, e):
            return cut, None
        if prev.text == "," and form in ("and", "but") and j + 1 < e and tnorm(doc[j + 1]) in _OCCASION_OPENERS \
                and _cue_with_subject(idx, j + 2, e):
            return j - 1, None  # '…, and when pressed on why, she replied, …': the next exchange, not this one
        if counted and (prev.text == "," and form == "while" or form == "compared" and j + 1 < e
                        and tnorm(doc[j + 1]) in ("with", "to") or form == "with" and _writers_aside(idx, j, e)
                        and any(w.like_num or tnorm(w) in _QUANTITIES for w in doc[j + 1:min(e, j + 5)])):
            # '61 percent say X, compared with 30 percent …', '… with three in 10 saying …': the writer sets figures
            # side by side (with a comma or without)
            return (j - 1 if prev.text == "," else j), None
        if form in ("and", "but", "while") and _count_then_cue(idx, j, e):
            return (j - 1 if prev.text == "," else j), None  # '… and one in four said …': another share's answer
        if (form in ("and", "but", "while") and not _joins_names(prev) or t.text in (":", ";")) and \
                _next_speaker(idx, j, e):
            return j, None  # '… said the inquiry was mishandled and Democrats accused the GOP of …'
        # ('… and she accused …', '… and 60 percent said …': a new statement even without a comma)
        if (prev.text == "," and form in _NEXT_CLAUSE | _CONCESSIVE or form in _SUBORDINATE
                or form in ("and", "but") and j + 1 < e and tnorm(doc[j + 1]) != "that") and _speaker_opens(idx, j, e):
            return (j - 1 if prev.text == "," else j), None  # '…, though Mrs Ferro said …': another's statement
    return e, None


def _comma_inside_marks(idx: DocIndex, j: int) -> bool:
    """'…was “corrupt,” noting that …': the quote before j closes on a comma of its own, which ends the clause
    as a comma outside the marks would."""
    doc = idx.doc
    k = idx.in_quote[j - 1]
    return k >= 0 and j >= 2 and idx.seg_outer[k][1] == j and doc[j - 2].text == "," and idx.in_quote[j - 2] == k


_OCCASION_PREPS = frozenset({"in", "during", "via", "on"})
# Where words are said, not what is said of: a phrase of one of these after the closing quote mark is the occasion.
_OCCASION_NOUNS = frozenset({"interview", "statement", "speech", "tweet", "post", "broadcast", "appearance",
                             "twitter", "facebook", "instagram", "podcast", "op-ed", "press", "news", "briefing"})


def _occasion_after_quote(idx: DocIndex, prep: Token, e: int) -> bool:
    """A phrase of the occasion ('in an interview with the Post', 'during a speech in Leeds on Friday') right
    after the quoted words close and running to the end of the content: the cue's, not the speaker's."""
    k = idx.in_quote[prep.i - 1]
    if k < 0 or idx.seg_outer[k][1] != prep.i or prep.right_edge.i + 2 < e:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and any(tnorm(w) in _OCCASION_NOUNS for o in objects for w in o.subtree
                                 if w.i <= o.i + 1)


_DASHES = frozenset({"—", "–", "--", "-"})


def _dash_gloss(idx: DocIndex, det: Token, e: int) -> bool:
    """After a dash, a noun phrase that runs to the end of the content and is no verb's subject ('— a milepost
    few expected', '— all firms he has attacked'): the writer's comment on what was said, not more of it."""
    noun, dash = det.head, det.doc[det.i - 1]
    if idx.quoted(det) or idx.quoted(dash) or noun.i < det.i or noun.right_edge.i + 2 < e:
        return False
    if not dash.whitespace_ or dash.i == 0 or not dash.doc[dash.i - 1].whitespace_:
        return False  # a hyphen inside a name ('Mar-a-Lago')
    if noun.dep_ == "appos" and (person_noun(tnorm(noun.head)) or noun.head.ent_type_ == "PERSON"):
        return False  # '…searching for another man - a suspect with a warrant': who the person named is
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT") and noun.pos_ != "ADJ" or noun.pos_ in ("VERB", "AUX"):
        return False
    return not any(t.tag_ in FINITE_TAGS and not idx.quoted(t) for t in det.doc[det.i:noun.i + 1])


def _second_that(doc, j: int, e: int) -> bool:
    """', and that Y' / ', but that Y': a second that-clause of the same cue ('said X, and that Y'), so the
    speaker's words go on ('and that was it' has 'that' as a subject, and the writer's clause ends them)."""
    nxt = doc[j + 1] if j + 1 < e else None
    return nxt is not None and tnorm(nxt) == "that" and nxt.dep_ == "mark"


_BE_FORMS = frozenset({"is", "was", "'s", "’s", "were", "are"})


def _cleft(doc, s: int, j: int) -> bool:
    """'said it was the mayor, not the council, who had the last word': in a cleft sentence ('it is X who …') the
    relative clause is the point of the sentence, not the writer's aside ('it's proof the gap can close, which
    …' is no cleft: the relative clause hangs on no complement of 'is')."""
    if not (j - s <= 14 and s + 1 < j and tnorm(doc[s]) == "it" and tnorm(doc[s + 1]) in _BE_FORMS):
        return False
    noun = doc[j].head.head
    while noun.dep_ in ("conj", "appos") and noun.head.i < noun.i:
        noun = noun.head
    return noun.dep_ == "attr" and noun.head.i == s + 1


def _verb_of_content(verb: Token, cue: Token) -> bool:
    """'said the council has time to step up and show that it cares': a speech verb in another form than the cue's
    (base form, -ing) joined to a verb of the reported clause belongs to that clause, not a second cue."""
    return verb.tag_ in ("VB", "VBG") and cue.tag_ in FINITE_TAGS and verb.dep_ == "conj" and verb.head.i > cue.i \
        and verb.head.tag_ == verb.tag_


def _inside_subject(relcl: Token) -> bool:
    """'argued that the rules, which require …, were “written for …”': the relative clause sits inside the
    subject of a verb that comes after it, so the speaker's clause goes on past it."""
    for a in relcl.head.ancestors if relcl.head.dep_ not in ("nsubj", "nsubjpass") else [relcl.head]:
        if a.dep_ in ("nsubj", "nsubjpass"):
            return a.head.i > relcl.right_edge.i
    if relcl.head.dep_ in ("nsubj", "nsubjpass"):
        return relcl.head.head.i > relcl.right_edge.i
    # the parser may lose that subject ('said the decision to start Ray, who had been injured, had been a gamble'):
    # a comma and a finite verb right after the clause go on with the sentence it interrupted
    verb = _finite_after_comma(relcl)
    return verb is not None and verb.head.i != relcl.i


_SUBORDINATE = frozenset({"while", "whereas", "though", "although"})
_OCCASION_OPENERS = frozenset({"when", "after", "asked", "pressed", "later"})


def _cue_with_subject(idx: DocIndex, k0: int, e: int) -> bool:
    """A speech verb with a subject of its own between k0 and e, outside quotes: another statement."""
    doc = idx.doc
    return any(not idx.quoted(doc[k]) and is_cue(doc[k]) and any(
        c.dep_ in ("nsubj", "nsubjpass") and k0 <= c.i < k for c in doc[k].children) for k in range(k0, e))


def _speaker_opens(idx: DocIndex, j: int, e: int) -> bool:
    """Right after the conjunction at j opens the subject of a speech verb of its own ('…, and three-quarters
    said the same', '…, while Rep. Ana Ruiz and Sen. Tom Hale suggested …'): a new statement, not more content."""
    doc = idx.doc
    for k in range(j + 2, min(e, j + 14)):
        t = doc[k]
        if idx.quoted(t) or t.text in (";", ":"):
            return False
        if is_cue(t) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < k and c.left_edge.i == j + 1
                             for c in t.children):
            return True
    return False


def _predicate_resumes(relative: Token, e: int) -> bool:
    """'said the vote, which took place on Monday, was fair': the clause goes on after the relative clause with
    its own verb, so the relative clause sits inside the content."""
    verb = _finite_after_comma(relative)
    return verb is not None and verb.i < e


def _finite_after_comma(relative: Token) -> Token | None:
    """The finite verb right after the comma that closes a relative clause, if one comes next."""
    doc = relative.doc
    k = relative.right_edge.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    if k + 1 < len(doc) and doc[k].is_quote:  # '…, which is widely backed, "would not go far" without it'
        k += 1
    return doc[k] if k < len(doc) and doc[k].tag_ in FINITE_TAGS else None


def _joins_names(prev: Token) -> bool:
    """'Congress and President Obama agreed', 'both he and Rubio promised': 'and' after a name or a pronoun
    joins two subjects of one verb."""
    return prev.pos_ in ("PROPN", "PRON") or prev.text[:1].isupper()


def _next_speaker(idx: DocIndex, j: int, e: int) -> bool:
    """After 'and' (or a colon), one to three capitalised words and a speech verb: another speaker's statement,
    whatever the parser made of it ('and Democrats accused …', 'and Sen. Vale replied that …', ': She says …')."""
    doc = idx.doc
    k = j + 1
    while k < min(e, j + 4) and doc[k].text[:1].isupper() and doc[k].text.rstrip(".").isalpha() \
            and not idx.quoted(doc[k]):
        k += 1
    return j + 1 < k < e and is_cue(doc[k]) and doc[k].tag_ in ("VBD", "VBZ", "VBP")


_NEXT_CLAUSE = frozenset({"and", "but", "while", "whereas"})
_HOLD_BACK_VERBS = frozenset({"say", "comment", "elaborate", "confirm", "disclose", "specify", "discuss", "reveal",
                              "name", "identify", "detail", "speculate", "answer", "explain", "give", "provide"})


def _refusal_follows(doc, j: int, e: int) -> bool:
    """'would not say', 'did not comment', "wouldn't elaborate": a negated verb of telling with no subject of its
    own, the speaker declining to say more (the parser hangs it on the content's verb)."""
    k = j
    if doc[k].tag_ == "MD" or tnorm(doc[k]) in ("did", "does", "do"):
        k += 1
    if k >= e or tnorm(doc[k]) not in ("not", "n't", "never"):
        return False
    return k + 1 < e and doc[k + 1].tag_ == "VB" and tnorm(doc[k + 1]) in _HOLD_BACK_VERBS


def _clause_of_cue(conj: Token, cue: Token) -> bool:
    """The clause after ', but' is coordinated with the speech verb (the parser makes its verb a conj of the cue)
    or is a speech verb with its own subject, so it is the writer's next statement, not more of what was said."""
    for t in conj.doc[conj.i + 1:conj.i + 8]:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and (t.head.i == cue.i or is_cue(t) and has_subject(t)):
            return True  # ('and half said the same' hung on the content's verb is still a new attribution)
    return False


_CONCESSIVE = frozenset({"though", "although", "whereas"})
_PERSONAL = frozenset({"he", "she", "they", "who"})


def _writers_aside(idx: DocIndex, j: int, e: int) -> bool:
    """After a comma, the writer's words, not the speaker's: ', though she noted …' (a second statement),
    ', with Lee taking to Twitter …' (an absolute clause)."""
    doc = idx.doc
    form = tnorm(doc[j])
    if form in _CONCESSIVE and j + 1 < e and tnorm(doc[j + 1]) in _PERSONAL:
        # ', though she noted …', ', though he declined to say …'; but ', though she has begun training a
        # successor' (no speech of its own) goes on with what she says
        verb = doc[j + 1].head
        return verb.i <= j + 1 or is_cue(verb) or tnorm(verb) in CLAUSE_STOPPERS or verb.i >= e
    if form == "with":
        return any(doc[k].tag_ == "VBG" and not idx.quoted(doc[k]) for k in range(j + 2, min(e, j + 7)))
    return False


_JOINERS = frozenset({"while", "though", "although", "whereas", "even", "as"})
# what the speech led to, in the writer's words: '…, prompting Okonjo to reply: “…”'
_CONSEQUENCES = frozenset({"prompting", "leading", "forcing", "drawing", "sparking", "provoking", "triggering",
                           "causing"})


def second_statement(idx: DocIndex, j: int, e: int) -> bool:
    """After a comma, a second statement: ', while cautioning that …', ', though the person cautioned that …',
    ', even as governors warned that …' (a speech verb of its own, a participle or one with its own subject), or
    what the speech prompted (', prompting Okonjo to reply: …')."""
    doc = idx.doc
    form = tnorm(doc[j])
    if form in _CONSEQUENCES and doc[j].tag_ == "VBG":
        return True
    if form not in _JOINERS:
        return False
    k = j + 1
    if form == "even" and k < e and tnorm(doc[k]) in ("as", "though"):
        k += 1
    elif form == "even":
        return False
    if k < e and doc[k].tag_ == "VBG" and form != "as":
        return is_cue(doc[k]) and not idx.quoted(doc[k])  # ', while acknowledging that …'
    for t in doc[k:min(e, k + 10)]:
        if idx.quoted(t) or t.text in (",", ";", ":"):
            return False
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return is_cue(t) and subj is not None and subj.left_edge.i == k and t.tag_ in ("VBD", "VBZ", "VBP")
    return False


_QUANTITIES = frozenset({"percent", "%", "majority", "half", "third", "thirds", "quarter", "plurality", "minority"})
_COUNT_WORDS = frozenset({"in", "of", "out", "a", "an", "about", "nearly", "almost", "roughly", "some", "just",
                          "over", "more", "than", "fewer", "less", "only", "another", "them", "those"})


def _count_then_cue(idx: DocIndex, j: int, e: int) -> bool:
    """'… and one in four said …', '… but 31 percent of them say …': after the conjunction, a share of people
    counted and a finite speech verb: another group's answer, whatever subject the parser gave the verb."""
    doc = idx.doc
    counted = False
    for k in range(j + 1, min(e, j + 8)):
        t = doc[k]
        if idx.quoted(t):
            return False
        if t.like_num or tnorm(t) in _QUANTITIES:
            counted = True
        elif is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBP"):
            return counted and k > j + 1
        elif tnorm(t) not in _COUNT_WORDS and not (counted and t.tag_ in ("NNS", "NN") and not t.ent_type_):
            return False
    return False


def _counted_subject(cue: Token) -> bool:
    """The sayer is a share of people counted by a poll ('61 percent of voters', 'a majority', 'four in 10')."""
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(t.like_num or tnorm(t) in _QUANTITIES for t in subject.subtree)
