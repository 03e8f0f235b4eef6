"""Content spans of reported speech: linear spans inside repaired sentence units.

The ccomp subtree's right edge is cut short by the small model at hyphens and coordinations, so
content runs to the end of the unit and is cut at known boundaries instead: ", adding that…", a
coordinated cue ("and warned that…"), a coordinated speaker predicate ("but declined to comment").
"""

from __future__ import annotations

from spacy.tokens import Token

from .content_ends import cut_after
from .content_first import OPENER_PARTICIPLES, adverbial, content_before, content_first_parataxis, speaking_time
from .content_spans import Content, clause_end, is_connective, opener_before, trim
from .cues import passive_agent, relay, subjects_before
from .inverted_asides import aside_content
from .lexicon import MANNER_THAT_CUES, QUOTE_ONLY_CUES, SAY_FORMS, THAT_ONLY_CUES, tnorm
from .objects import speech_object, unanswered_question
from .structure import TERMINAL, DocIndex
from .told_clauses import occasion_clause, that_soon_after, told_clause

__all__ = ["Content", "clause_end", "reported_content", "trim"]

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
    return _raised_complement(anchor) or told_clause(anchor) or occasion_clause(anchor) or _bare_clause(anchor) \
        or _object_participle(anchor) or _object_then_verb(anchor)


# finite verb forms: the verb of a clause, never a participle or an infinitive
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# 'said the words written on the wall': a form that is only ever a participle describes the object
_PARTICIPLE_ONLY_ENDINGS = ("en", "wn")
_PARTICIPLES_ONLY = frozenset({"begun", "done", "gone", "drunk", "rung", "sung", "sunk", "swum", "spun"})


def _object_participle(cue: Token) -> Token | None:
    """'Ana Ruiz says the record sold out': the parser makes 'the record' the cue's object and 'sold' a participle
    hung on it. A form that may be a past tense, ending the sentence with no agent, is the reported clause's verb."""
    if tnorm(cue) not in SAY_FORMS:
        return None
    for noun in cue.children:
        if noun.dep_ not in ("dobj", "nsubj") or noun.i < cue.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                     and not c.lower_.endswith(_PARTICIPLE_ONLY_ENDINGS) and c.lower_ not in _PARTICIPLES_ONLY), None)
        if verb is not None and not any(c.dep_ == "agent" for c in verb.children) and \
                all(t.is_punct or t.is_space for t in cue.doc[verb.right_edge.i + 1:cue.sent.end]):
            return verb
    return None


def _object_then_verb(cue: Token) -> Token | None:
    """'…, with aides insisting the 23-year-old is staying': the parser takes the reported clause's subject for the
    cue's object and hangs the clause's verb, right after that object, on a verb outside the cue. A finite verb with
    no subject of its own, touching the object, is the reported clause's verb."""
    if tnorm(cue) not in SAY_FORMS:
        return None
    doc = cue.doc
    for noun in cue.children:
        if noun.dep_ != "dobj" or noun.i < cue.i or noun.pos_ not in ("NOUN", "PROPN", "ADJ", "PRON"):
            continue
        after = noun.right_edge.i + 1
        if after >= cue.sent.end:
            continue
        verb = doc[after]
        if verb.tag_ not in _FINITE_TAGS or verb.head.i in range(cue.left_edge.i, cue.right_edge.i + 1) or \
                any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        return verb
    return None


def _bare_clause(cue: Token) -> Token | None:
    """'Lee said after the vote he would appeal': the parser hangs the clause said, with no 'that' and a phrase of
    time before it, as an adverbial clause of the cue. A clause with a subordinator ('said goodbye as he left',
    'said so because …') is an adverbial clause indeed."""
    if tnorm(cue) not in SAY_FORMS:
        return None
    for c in cue.children:
        if c.dep_ != "advcl" or c.i < cue.i or c.tag_ in ("VBG", "VBN") or any(k.dep_ == "mark" for k in c.children):
            continue
        if bare_subject(c) is not None:
            return c
    return None


def bare_subject(clause: Token) -> Token | None:
    """The subject of a bare clause, with nothing before it but a phrase of time or place ('after the vote')."""
    subject = next((k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass") and k.i < clause.i), None)
    if subject is None:
        return None
    before = [k for k in clause.children if k.i < subject.i]
    if any(k.dep_ not in ("prep", "npadvmod") or k.right_edge.i >= subject.left_edge.i for k in before):
        return None
    return subject


def _that_clause(cue: Token) -> bool:
    """A clause opened by 'that' right after the cue is its complement ('joked that …')."""
    return any(c.dep_ == "ccomp" and c.i > cue.i and any(tnorm(m) == "that" and m.dep_ == "mark" and m.i == cue.i + 1
                                                         for m in c.children) for c in cue.children)


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
    if form in QUOTE_ONLY_CUES and not (form in MANNER_THAT_CUES and _that_clause(cue)):
        return None
    as_clause = _as_clause_content(idx, cue) or aside_content(cue, idx)
    if as_clause is not None:
        return as_clause
    ue = idx.unit(cue.i)[1]
    head = _content_head(cue)
    anchor = relay(cue)[2] or cue
    if head is None and cue.dep_ == "parataxis" and cue.head.i > cue.i:
        # 'The problem, Ruiz said, is that …': the cue sits inside the clause it reports; a 'that' after it is
        # that clause's, not the cue's
        return content_first_parataxis(idx, cue)
    if head is None:
        # "said in a statement on Monday that …": a 'that' soon after the cue
        head = that_soon_after(idx, anchor, ue)
    if head is None:
        head = _gerund_complement(idx, anchor)  # "said charging for entry was wrong" parsed as xcomp
    if head is None:
        return content_first_parataxis(idx, cue)
    if form in THAT_ONLY_CUES and not any(tnorm(c) == "that" and c.dep_ == "mark" for c in head.children) \
            and not _demonstrative_subject(head, anchor):
        return None
    if head.i < cue.i:
        return content_before(idx, cue)
    raised = head.i == cue.head.i and cue.head.i > cue.i
    s = cue.right_edge.i + 1 if raised else head.left_edge.i
    if raised and cue.dep_ == "csubj":
        # 'with aides insisting the 20-year-old is staying', parsed with the cue as the subject of 'is': the cue's
        # object is the reported clause's subject
        obj = next((c for c in anchor.children if c.dep_ == "dobj" and anchor.i < c.i < head.i), None)
        s = obj.left_edge.i if obj is not None else s
    if head.dep_ == "advcl" and head.head == anchor and bare_subject(head) is not None:
        s = bare_subject(head).left_edge.i  # 'said after the vote he would appeal': the time is the cue's
    if not raised and form in SAY_FORMS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        # 'said the decision to start Ray …, had been a gamble': the parser made the clause's subject the object
        obj = next((c for c in anchor.children if c.dep_ in ("dobj", "nsubj") and anchor.i < c.i < head.i), None)
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
    front = _fronted_piece(idx, cue, s) or _relative_front(idx, cue, s) if opener_before(idx, s) == s else None
    s = opener_before(idx, s)  # 'said, “We have a week” until the vote': from the opening mark
    return Content(s, e, "after", cut_cue, pieces=(front, (s, e)) if front is not None else ())


def _demonstrative_subject(head: Token, cue: Token) -> bool:
    """'It estimated that could take until Saturday': right after the cue, 'that' is the reported clause's own
    subject (the writer left out the complementiser), so the clause is as explicit as after 'estimated that'."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and tnorm(c) in ("that", "this") and c.i == cue.i + 1
               for c in head.children) and \
        any(t.tag_ in ("MD", "VBD", "VBZ", "VBP") for t in [head, *head.children] if t.i > cue.i + 1)


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
    passive = not subject and passive_agent(cue) is not None  # 'As first reported by the Ledger, …'
    if tnorm(doc[a0]) != "as" or not (subject or passive) or any(tnorm(t) in _GENERIC_SAYERS for t in subject):
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
    attribution begins the content, as does a fronted adverbial ('In his county, Lind said, …'), but not a date
    of the speaking ('On Monday, Lind said, …')."""
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
    if xe <= xs or idx.quoted(doc[xs]) or not (xe - xs >= 3 and any(t.pos_ in ("VERB", "AUX") for t in words)
                                                or adverbial(idx, xs, xe) and not speaking_time(idx, xs, xe)
                                                and not is_connective(idx, xs, xe)):
        return None
    if tnorm(doc[xs]) in OPENER_PARTICIPLES or doc[xs].tag_ in ("VBN", "VBG"):
        return None  # "Asked whether …, she said, …": the question
    return xs, xe


_RELATIVES = frozenset({"which", "that", "who", "whom", "what"})


def _relative_front(idx: DocIndex, cue: Token, s: int) -> tuple[int, int] | None:
    """'the levy, which Mayor Dunn said would pay for the pool': the relative word is the reported clause's
    subject or object, so the statement is 'which … would pay for the pool' in two pieces around the attribution
    (not a complementiser: 'argued that critics say …'; not the cue's own subject: 'who said …')."""
    doc = idx.doc
    subjects = subjects_before(cue)
    if s != cue.i + 1 or not subjects:
        return None
    j = subjects[0].left_edge.i - 1
    if j < idx.unit(cue.i)[0] or tnorm(doc[j]) not in _RELATIVES or doc[j].dep_ == "mark" or idx.quoted(doc[j]):
        return None
    if cue.dep_ != "relcl" and doc[j].tag_ not in ("WDT", "WP", "WP$") or j > 0 and doc[j - 1].pos_ == "ADP":
        return None  # 'the plan under which he says he will …': the relative word is the preposition's
    return j, j + 1


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
    if s >= e or idx.quoted(doc[s]):
        return s
    if doc[s].pos_ != "ADP":  # 'told supporters this weekend he would …': a bare date between cue and clause
        return _skip_bare_date(idx, s, e)
    j = s + 1
    while j < e and doc[j].ent_type_ in ("DATE", "TIME") and not idx.quoted(doc[j]):
        j += 1
    if j == s + 1 or j + 3 > e or doc[j].pos_ not in ("PRON", "DET", "NOUN", "PROPN", "NUM", "ADJ"):
        return s
    return j


def _skip_bare_date(idx: DocIndex, s: int, e: int) -> int:
    """A date the parser hangs on the clause said ('this weekend', 'on Friday' without 'on'), when a pronoun or a
    name follows as the clause's subject: the date is the cue's."""
    doc = idx.doc
    j = s
    while j < e and doc[j].ent_type_ in ("DATE", "TIME") and not idx.quoted(doc[j]):
        j += 1
    if j == s or j + 3 > e:
        return s
    subject = next((t for t in doc[j:e] if t.dep_ in ("nsubj", "nsubjpass")), None)
    return j if subject is not None and subject.left_edge.i == j and subject.head.i > subject.i else s

