"""Content spans of reported speech: linear spans inside repaired sentence units.

The ccomp subtree's right edge is cut short by the small model at hyphens and coordinations, so
content runs to the end of the unit and is cut at known boundaries instead: ", adding that…", a
coordinated cue ("and warned that…"), a coordinated speaker predicate ("but declined to comment").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .content_ends import cut_after
from .cues import comma_between, has_subject, is_cue, relay, subjects_before
from .glosses import gloss_start
from .lexicon import PARTICIPLE_CHAIN, QUESTION_PARTICIPLES, QUOTE_ONLY_CUES, SAY_FORMS, THAT_ONLY_CUES, tnorm
from .objects import speech_object, unanswered_question
from .structure import TERMINAL, DocIndex
from .told_clauses import occasion_clause, that_soon_after, told_clause

_LEAD_SKIP = frozenset({"that", ":", ",", "—", "–", "-"})
_OPENER_PARTICIPLES = QUESTION_PARTICIPLES | {"speaking", "responding", "writing", "reacting", "commenting"}
_TRAIL_SKIP = frozenset({".", ",", ";", ":", "—", "–", "-", "!", "?"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True)
class Content:
    start: int  # token range [start, end)
    end: int
    mode: str  # "after" (cue first) | "before" (content first) | "according"
    cut_cue: int | None = None  # a coordinated cue that ended this content ("and warned that")
    # every piece, in order, when the cue sits inside the clause it reports ("X, she said, Y"); else empty
    pieces: tuple[tuple[int, int], ...] = ()


def clause_end(idx: DocIndex, start: int) -> int:
    """End of the unit, or earlier at a sentence-final mark outside quotes."""
    end = idx.unit(start)[1]
    doc = idx.doc
    for j in range(start, end):
        if doc[j].text in TERMINAL and not idx.quoted(doc[j]) and j + 1 < end:
            return j
    return end


def trim(idx: DocIndex, s: int, e: int) -> tuple[int, int]:
    doc = idx.doc
    # a leading 'that' is the complementiser, unless it is the clause's subject ('That, they say, will …')
    while s < e and (doc[s].is_space or tnorm(doc[s]) in _LEAD_SKIP) and \
            not (tnorm(doc[s]) == "that" and doc[s].dep_ in ("nsubj", "nsubjpass") and not _subject_follows(doc, s)):
        s += 1
    while e > s and (doc[e - 1].is_space or doc[e - 1].text in _TRAIL_SKIP):
        e -= 1
    return s, e


def _subject_follows(doc, i: int) -> bool:
    """'that crews had been outrun', where the parser made 'that' the subject: a subject of its own comes next."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and any(t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == nxt.i
                                   for t in (nxt, *nxt.ancestors))


def _content_head(cue: Token) -> Token | None:
    anchor = relay(cue)[2] or cue
    heads = [c for c in anchor.children if c.dep_ == "ccomp"]
    after = [c for c in heads if c.i > anchor.i]
    if after and any(t.text in (";", ":") for t in cue.doc[heads[0].i:cue.i]):
        return after[0]  # 'He won; he says he fears going home': the clause after the cue, not the one before ';'
    if after and len(after) < len(heads) and not any(t.text in (",", "—", "–") for t in
                                                     cue.doc[anchor.i + 1:after[0].left_edge.i]):
        # 'After the vote was held, Lee said he would appeal': a clause before the speaker is the occasion, the
        # one that follows the cue without a comma is what was said
        return after[0]
    if heads:
        return heads[0]
    return _raised_complement(anchor) or told_clause(anchor) or occasion_clause(anchor)


def _raised_complement(cue: Token) -> Token | None:
    """'… days after Trump told the Post he was “not there yet”': the parser made the reported clause the head of
    the cue; its subject comes right after the cue's object."""
    if cue.dep_ != "advcl" or cue.head.i <= cue.i or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    edge = max((c.right_edge.i for c in cue.children if c.i > cue.i and c.dep_ in ("dobj", "npadvmod")), default=cue.i)
    subject = next((c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != edge + 1:
        return None
    return cue.head


def reported_content(idx: DocIndex, cue: Token) -> Content | None:
    """The reported clause governed by a cue, if it has one."""
    form = tnorm(cue)
    if unanswered_question(cue):
        return None
    obj = speech_object(idx, cue)
    if obj is not None:
        return Content(obj[0], obj[1], "after")
    if form in QUOTE_ONLY_CUES:
        return None
    as_clause = _as_clause_content(idx, cue)
    if as_clause is not None:
        return as_clause
    ue = idx.unit(cue.i)[1]
    head = _content_head(cue)
    anchor = relay(cue)[2] or cue
    if head is None and cue.dep_ == "parataxis" and cue.head.i > cue.i:
        # 'The problem, Ruiz said, is that …': the cue sits inside the clause it reports; a 'that' after it is
        # that clause's, not the cue's
        return _content_first_parataxis(idx, cue)
    if head is None:
        # "said in a statement on Monday that …": a 'that' soon after the cue
        head = that_soon_after(idx, anchor, ue)
    if head is None:
        head = _gerund_complement(idx, anchor)  # "said charging for entry was wrong" parsed as xcomp
    if head is None:
        return _content_first_parataxis(idx, cue)
    if form in THAT_ONLY_CUES and not any(tnorm(c) == "that" and c.dep_ == "mark" for c in head.children):
        return None
    if head.i < cue.i:
        return _content_before(idx, cue)
    raised = head.i == cue.head.i and cue.head.i > cue.i
    s = cue.right_edge.i + 1 if raised else head.left_edge.i
    if not raised and form in SAY_FORMS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        # 'said the decision to start Ray …, had been a gamble': the parser made the clause's subject the object
        obj = next((c for c in anchor.children if c.dep_ == "dobj" and anchor.i < c.i < head.i), None)
        s = obj.left_edge.i if obj is not None else s
    if s <= anchor.i:
        s = anchor.i + 1
    end = clause_end(idx, s)
    if cue.head.i > cue.i and not raised:  # the cue's clause precedes its head: "While X said C, Y did D"
        end = min(end, cue.right_edge.i + 1)
    rel = _relative_clause(cue)
    if rel is not None:  # "Bosch, who has argued that X, said Y": X ends with the relative clause
        end = min(end, rel.right_edge.i + 1)
    end, cut_cue = cut_after(idx, cue, s, end)
    s = _skip_cue_date(idx, s, end)
    s, e = trim(idx, s, end)
    if e - s < 2:
        return None
    front = _fronted_piece(idx, cue, s)
    return Content(s, e, "after", cut_cue, pieces=(front, (s, e)) if front is not None else ())


_GENERIC_SAYERS = frozenset({"they", "you", "one", "people", "everyone"})
_AS_SUBJECT_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PRON", "PART", "AUX", "ADV", "NUM"})


def _as_clause_content(idx: DocIndex, cue: Token) -> Content | None:
    """'As the Post reported, the inspector issued subpoenas.' / '…, as her supporters point out.': the cue's
    'as' clause is the attribution; the clause it hangs on (before it, after it, or around it) is the content.
    Found on the surface (the parser hangs 'as' off the cue, the noun or the main verb)."""
    doc = idx.doc
    us, ue = idx.unit(cue.i)[0], clause_end(idx, cue.i)
    j = cue.i - 1
    while j > us and tnorm(doc[j]) != "as" and (doc[j].pos_ in _AS_SUBJECT_POS or doc[j].tag_ == "POS"):
        j -= 1
    a0 = j
    subject = [t for t in doc[a0 + 1:cue.i] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if tnorm(doc[a0]) != "as" or not subject or any(tnorm(t) in _GENERIC_SAYERS for t in subject):
        return None  # 'as they say', 'as you know': an idiom, not a source
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > cue.i for c in cue.children):
        return None
    a1 = cue.i + 1
    while a1 < ue and doc[a1].text not in (",", "—", "–") and doc[a1].text not in TERMINAL:
        if doc[a1].pos_ in ("VERB", "AUX") or idx.quoted(doc[a1]) or a1 - cue.i > 8:
            return None
        a1 += 1
    opener = a0 == us + 1 and doc[us].pos_ == "CCONJ"  # 'But as Lee noted, …'
    if a0 > us and doc[a0 - 1].text not in (",", "—", "–") and not opener:
        return None  # 'as' in commas only: 'such as …', 'as soon as …', 'left as she said goodbye'
    before = trim(idx, us, a0) if a0 > us and not opener else (a0, a0)
    after = trim(idx, a1, ue) if a1 < ue else (a1, a1)
    pieces = tuple(p for p in (before, after) if p[1] - p[0] >= 1)
    if not pieces or sum(e - s for s, e in pieces) < 3 or any(idx.quoted(doc[k]) for k in range(a0, a1)) or \
            idx.quoted(doc[pieces[0][0]]):
        return None
    if len(pieces) == 1:
        return Content(pieces[0][0], pieces[0][1], "before" if pieces[0] == before else "after")
    return Content(before[0], after[1], "before", pieces=pieces)


def _fronted_piece(idx: DocIndex, cue: Token, s: int) -> tuple[int, int] | None:
    """'If the ferry stops, Tomas Lind said, the island will empty.': a clause before the comma-fenced
    attribution begins the content (not an adverbial of the cue: 'On Monday, Lind said …' has no verb)."""
    doc = idx.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != "," or s != cue.i + 2:
        return None
    subjects = subjects_before(cue)
    if not subjects:
        return None
    j = subjects[-1].left_edge.i - 1
    us = idx.unit(cue.i)[0]
    if j <= us or doc[j].text != "," or idx.quoted(doc[j]):
        return None
    xs, xe = trim(idx, us, j)
    words = [doc[k] for k in range(xs, xe) if not idx.quoted(doc[k])]
    if xe - xs < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words) or idx.quoted(doc[xs]):
        return None
    if tnorm(doc[xs]) in _OPENER_PARTICIPLES or doc[xs].tag_ in ("VBN", "VBG"):
        return None  # "Asked whether …, she said, …": the question
    return xs, xe


def _gerund_complement(idx: DocIndex, anchor: Token) -> Token | None:
    """A gerund clause right after a say-verb: 'said losing the final hurt', 'said charging was wrong'."""
    doc = idx.doc
    j = anchor.i + 1
    if j < len(doc) and tnorm(doc[j]) == "that":
        j += 1
    if j >= idx.unit(anchor.i)[1] or tnorm(anchor) not in SAY_FORMS:
        return None
    t = doc[j]
    if t.tag_ != "VBG" or idx.quoted(t) or t.dep_ not in ("xcomp", "csubj", "dobj", "advcl", "ccomp", "nsubj"):
        return None
    top = t
    while top.head.i != anchor.i and top.head.i != top.i and top.head.i > anchor.i:
        top = top.head
    return top if top.right_edge.i - t.i >= 2 else None


def _relative_clause(cue: Token) -> Token | None:
    """The relative clause a cue sits in ('who has argued that …'), if it follows its noun."""
    cur = cue
    for _ in range(3):
        if cur.dep_ == "relcl":
            return cur if cur.head.i < cur.i else None
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _skip_cue_date(idx: DocIndex, s: int, e: int) -> int:
    """'said on Tuesday it would cut jobs': the date belongs to the cue, not to the content."""
    doc = idx.doc
    if s >= e or doc[s].pos_ != "ADP" or idx.quoted(doc[s]):
        return s
    j = s + 1
    while j < e and doc[j].ent_type_ in ("DATE", "TIME") and not idx.quoted(doc[j]):
        j += 1
    if j == s + 1 or j + 3 > e or doc[j].pos_ not in ("PRON", "DET", "NOUN", "PROPN", "NUM", "ADJ"):
        return s
    return j


def _content_before(idx: DocIndex, cue: Token) -> Content | None:
    """'…, the company said.' / '…, said Ana Ruiz.': content from the unit start to the comma."""
    doc = idx.doc
    us, _ = idx.unit(cue.i)
    left = cue.i
    subjects = subjects_before(cue)
    if subjects and _own_complement(idx, cue):
        return None  # 'Despite the slump, hiring continues to grow', 'Last week, the agency announced new rules'
    for child in subjects[-1:] if len(subjects) > 1 and comma_between(subjects[0], subjects[-1], idx) else subjects:
        left = min(left, child.left_edge.i)
    for child in cue.children:  # auxiliaries and adverbs before the cue ("has said", "also said")
        if child.i < left and child.dep_ in ("aux", "advmod", "neg") and child.i >= left - 2 and \
                doc[child.i + 1].text != ",":  # not the clause's own 'Instead, Lee told …'
            left = child.i
    j = left - 1
    while j >= us and doc[j].is_space:
        j -= 1
    closing = quoted_predicate_end(idx, us, j)
    if closing is None and (j < us or doc[j].text not in (",", "—", "–", "-") or idx.quoted(doc[j])):
        return None
    s, e = trim(idx, _after_earlier_attribution(idx, us, j), j)
    if closing is not None:
        e = closing
    if _quote_after_colon(idx, s, e):
        return None  # 'X turned to the cost: “There is no money,” he said.': the quote alone is the speech
    tail = _parenthetical_tail(idx, cue)
    # one word before a parenthetical cue is the clause's subject ('Survival, he says, depends on …')
    if e - s < (1 if tail is not None else 2) or idx.quoted(doc[s]) or closing is None and idx.quoted(doc[e - 1]):
        return None
    if tail is None and _fronted_adverbial_clause(cue, doc[s]):
        return None  # 'When the host pressed him, the candidate said …': the occasion, not what was said
    if tnorm(doc[s]) in _OPENER_PARTICIPLES and doc[s].tag_ in ("VBN", "VBG", "VBD") or adverbial(idx, s, e):
        # "Asked whether she would resign, Hughes said…": the question, not the content;
        # "On Monday, Lind said, the island …": the cue's time, not the content;
        # "In Corvallen, the capital, police estimated the crowd at …": a place, and no content at all
        return Content(*tail, "after") if tail is not None else None
    return Content(s, e, "before", pieces=((s, e), tail) if tail is not None else ())


_LISTENER_CUES = frozenset({"tell", "tells", "told", "telling", "assure", "assured", "assures", "remind", "reminded",
                            "reminds", "warn", "warned", "warns", "inform", "informed", "informs", "advise", "advised",
                            "advises", "brief", "briefed", "ask", "asked", "asks"})
_COMPLEMENTS = frozenset({"dobj", "dative", "xcomp", "ccomp", "attr", "oprd", "acomp"})


def _own_complement(idx: DocIndex, cue: Token) -> bool:
    """The verb after the speaker has an object or complement of its own ('…, hiring continues to grow', '…, she
    recalled her days in office'): the clause before it is no content (but 'told reporters' names a listener)."""
    doc = idx.doc
    return any(c.i > cue.i and c.dep_ in _COMPLEMENTS and not idx.quoted(c) and
               not (c.dep_ in ("dobj", "dative") and tnorm(cue) in _LISTENER_CUES) and
               not any(t.text == "," for t in doc[cue.i + 1:c.left_edge.i])  # 'X, Garin said, that Y'
               for c in cue.children)


_SUBORDINATORS = frozenset({"when", "after", "before", "while", "because", "since", "once", "until", "as"})


def _fronted_adverbial_clause(cue: Token, first: Token) -> bool:
    """The span opens with 'when'/'after'/… and its verb is an adverbial clause of the cue itself."""
    verb = first.head
    return tnorm(first) in _SUBORDINATORS and first.dep_ in ("mark", "advmod") and verb.dep_ == "advcl" \
        and verb.head.i == cue.i and first.i < verb.i


def _quote_after_colon(idx: DocIndex, s: int, e: int) -> bool:
    """The span ends in a quote that opens right after a colon of the writer's: 'In her speech, Ms Reyes stressed
    patience: “Build the bridge,” she said.' The writer's lead-in is no one's words."""
    doc = idx.doc
    k = e - 1
    while k > s and (idx.quoted(doc[k]) or doc[k].is_space):
        k -= 1
    return k > s and k < e - 1 and doc[k].text == ":" and not idx.quoted(doc[k])


def quoted_predicate_end(idx: DocIndex, us: int, j: int) -> int | None:
    """'The programme “is gaining traction,” the minister told reporters.': the writer's subject and the
    speaker's quoted words are one reported clause; it ends after the closing mark (quoted comma included)."""
    doc = idx.doc
    if j <= us + 1 or not idx.quoted(doc[j]) or doc[j - 1].text != "," or idx.quoted(doc[us]):
        return None
    k = idx.in_quote[j]
    if idx.seg_outer[k][1] != j + 1 or idx.in_quote[j - 1] != k or not idx.segments[k].closed:
        return None
    return j + 1


def _after_earlier_attribution(idx: DocIndex, us: int, j: int) -> int:
    """'A, KING-TV reported, while B, the Sun-Times reported.': the second content starts after the first
    attribution's comma (and a 'while', 'and', 'but' after it)."""
    doc = idx.doc
    start = us
    for k in range(us, j):
        t = doc[k]
        if idx.quoted(t) or not is_cue(t) or not has_subject(t):
            continue
        if t.dep_ not in ("parataxis", "ROOT", "ccomp") or k + 1 >= j or doc[k + 1].text != ",":
            continue
        start = k + 2
        while start < j and tnorm(doc[start]) in ("while", "and", "but", "whereas"):
            start += 1
    return start


def adverbial(idx: DocIndex, s: int, e: int) -> bool:
    """A fronted phrase without a verb that is not a noun phrase ('On Monday', 'In a statement', 'Later')."""
    doc = idx.doc
    return doc[s].pos_ in ("ADP", "ADV", "SCONJ") and not any(
        doc[k].pos_ in ("VERB", "AUX") and not _in_relative(doc[k], s) for k in range(s, e))


def _in_relative(tok: Token, floor: int) -> bool:
    """'Inside the mosque - which looks like a church - Nefzi said …': a verb of a relative clause on the
    phrase's noun does not make the phrase a clause."""
    cur = tok
    while cur.i >= floor and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl"):
            return True
        cur = cur.head
    return False


_TAIL_OPENERS = PARTICIPLE_CHAIN | {"according", "though", "although", "while", "whereas"}


def _parenthetical_tail(idx: DocIndex, cue: Token) -> tuple[int, int] | None:
    """'The museum, Ms Ruiz said, would open in May.': the clause goes on after the attribution. Its rest is
    part of the content when it holds a verb ('would open'), not when it is an adjunct of the cue ('…, officials
    said, after a week') or a new attribution (', adding that …')."""
    doc = idx.doc
    end = clause_end(idx, cue.i)
    j = cue.i + 1
    while j < min(end, cue.i + 16) and not (doc[j].text in (",", "—", "–") and not idx.quoted(doc[j])):
        if doc[j].text in TERMINAL or doc[j].text in (";", ":") or idx.quoted(doc[j]):
            return None
        j += 1
    if j >= min(end, cue.i + 16):
        return None
    ts, te = trim(idx, j + 1, clause_end(idx, j + 1))
    if te - ts < 2 or idx.quoted(doc[ts]) or tnorm(doc[ts]) in _TAIL_OPENERS:
        return None
    # '…, said Ana Ruiz, a lawyer who has written two books': the rest describes the speaker after the cue
    if any(c.i > cue.i and c.right_edge.i >= ts for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")):
        return None
    own = [k for k in range(ts, te) if not idx.quoted(doc[k])]
    gloss = min((g for k in own if (g := gloss_start(doc[k])) is not None), default=None)
    if gloss is not None:  # '…, had formed over the valleys, a pattern forecasters call training': not hers
        own = [k for k in own if k < gloss]
        ts, te = trim(idx, ts, gloss)
    if not any(doc[k].pos_ in ("VERB", "AUX") for k in own):
        return None
    if any(is_cue(doc[k]) and has_subject(doc[k]) for k in own):
        return None
    return ts, te


def _content_first_parataxis(idx: DocIndex, cue: Token) -> Content | None:
    if cue.dep_ in ("parataxis", "ccomp", "conj", "advcl") and cue.head.i < cue.i:
        return _content_before(idx, cue)
    if cue.dep_ == "parataxis" and cue.head.pos_ not in ("VERB", "AUX") and any(a.i < cue.i for a in cue.head.ancestors):
        # 'Turnout was 58 percent, the commission said, the highest in two decades': the cue hangs on a gloss after
        # it, which hangs on the clause before: that clause is what was said
        return _content_before(idx, cue)
    if cue.dep_ == "parataxis":  # "The museum, Ms Ruiz said, would open": the cue inside the clause it reports
        content = _content_before(idx, cue)
        return content if content is not None and (content.pieces or content.start > cue.i) else None
    if cue.dep_ == "ROOT":
        return _content_before(idx, cue)
    return None
