"""Content-first reported speech: '…, the company said.', '…, said Ana Ruiz.', 'The museum, Ms Ruiz said, would
open in May.' The content runs from the unit start to the comma before the speaker; fronted adverbials, questions
put to the speaker and a verb with its own object are no content."""

from __future__ import annotations

from spacy.tokens import Token

from .content_spans import Content, clause_end, is_connective, trim
from .cues import comma_between, evidence_ok, has_subject, is_cue, subjects_before
from .glosses import gloss_start
from .lexicon import PARTICIPLE_CHAIN, QUESTION_PARTICIPLES, tnorm
from .structure import TERMINAL, DocIndex

OPENER_PARTICIPLES = QUESTION_PARTICIPLES | {"speaking", "responding", "writing", "reacting", "commenting"}


def content_before(idx: DocIndex, cue: Token) -> Content | None:
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
    if j - 1 >= us and tnorm(doc[j - 1]) in ("and", "but", "or") and not idx.quoted(doc[j - 1]):
        return None  # '… handed her the keys and, she says, “a drawer of bills”': the aside is the words after it
    closing = quoted_predicate_end(idx, us, j)
    if closing is None and (j < us or doc[j].text not in (",", "—", "–", "-") or idx.quoted(doc[j])):
        return None
    s, e = trim(idx, _after_earlier_attribution(idx, us, j), j)
    if closing is not None:
        e = closing
    if _quote_after_colon(idx, s, e):
        return None  # 'X turned to the cost: “There is no money,” he said.': the quote alone is the speech
    tail = _parenthetical_tail(idx, cue, (s, e))
    # one word before a parenthetical cue is the clause's subject ('Survival, he says, depends on …')
    if e - s < (1 if tail is not None else 2) or idx.quoted(doc[s]) and not quote_opens_clause(idx, s) or \
            closing is None and idx.quoted(doc[e - 1]) and idx.quoted(doc[s]):
        return None  # ('The plan was “a disaster”, she said.': the writer's words open it, the marks close it)
    if tail is None and (_fronted_adverbial_clause(cue, doc[s]) or _adjunct_of_cue(idx, cue, s, e)) \
            and not _clause_after_occasion(idx, s, e):
        return None  # 'When the host pressed him, the candidate said …': the occasion, not what was said
    if tnorm(doc[s]) in OPENER_PARTICIPLES and doc[s].tag_ in ("VBN", "VBG", "VBD") or adverbial(idx, s, e) and not (
            tail is not None and not speaking_time(idx, s, e) and not is_connective(idx, s, e)):
        # "Asked whether she would resign, Hughes said…": the question, not the content;
        # "On Monday, Lind said, the island …": the cue's time, not the content (but "In his county, Lind said,
        # offenders go to treatment": with the cue fenced by commas, the reported sentence's own adverbial);
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


def _clause_after_occasion(idx: DocIndex, s: int, e: int) -> bool:
    """'As the rally began, a man was hurt in the crowd, police said.': after the fronted occasion and its comma a
    clause of its own opens with its subject; the parser hung it all on the cue, but that clause is what was said."""
    doc = idx.doc
    for k in range(s + 2, e - 2):
        if doc[k].text != "," or idx.quoted(doc[k]):
            continue
        subject = next((t for t in doc[k + 1:e] if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == k + 1
                        and t.tag_ not in ("WDT", "WP") and s < t.head.i < e and t.head.i > t.i), None)
        if subject is not None:
            return True
    return False


_ADJUNCT_DEPS = frozenset({"npadvmod", "advmod", "prep", "advcl", "cc", "mark", "agent"})


def _adjunct_of_cue(idx: DocIndex, cue: Token, s: int, e: int) -> bool:
    """Everything before the comma hangs on the cue as its own time, place, manner or occasion ('Last month, 26
    percent said.', 'Following a town hall, Kasich boasted of his record.', 'Growing sharper as he spoke, Lee
    continued.'): the writer's framing, not what was said. A clause with its own subject counts only under a
    subordinator ('even as shares fell, …'); reported content is a clause the parser hangs as the cue's complement."""
    doc = idx.doc
    roots = [t for t in doc[s:e] if not t.is_punct and not (s <= t.head.i < e and t.head.i != t.i)]
    if not roots:
        return False
    for t in roots:
        if t.head.i != cue.i or t.dep_ not in _ADJUNCT_DEPS:
            return False
        if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and \
                not any(c.dep_ == "mark" and c.i >= s for c in t.children):
            return False  # ('A, KING-TV reported, while B, the Sun reported': 'while' is no part of B)
    return True


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
    if j <= us + 1 or not idx.quoted(doc[j]) or doc[j - 1].text != "," or \
            idx.quoted(doc[us]) and not quote_opens_clause(idx, us):
        return None
    k = idx.in_quote[j]
    if idx.seg_outer[k][1] != j + 1 or idx.in_quote[j - 1] != k or not idx.segments[k].closed:
        return None
    return j + 1


def quote_opens_clause(idx: DocIndex, s: int) -> bool:
    """'“Boots on the ground” would be needed, she said.': the quote that opens the sentence is a piece of the
    clause (the writer's words follow its closing mark at once), not a sentence of its own ('“We won,” she said')."""
    doc = idx.doc
    k = idx.in_quote[s]
    if k < 0 or not idx.segments[k].closed:
        return False
    os_, oe = idx.seg_outer[k]
    return os_ == s and oe - 2 > os_ and not doc[oe - 2].is_punct and oe < len(doc) and not idx.quoted(doc[oe]) \
        and doc[oe].is_alpha and doc[oe - 1].whitespace_ != ""


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


def speaking_time(idx: DocIndex, s: int, e: int) -> bool:
    """A fronted phrase that only says when someone spoke ('On Monday', 'Later', 'Last week', 'Now'): its words
    past a first preposition are dates or times, or it is one adverb of time."""
    doc = idx.doc
    words = [doc[k] for k in range(s, e) if not doc[k].is_punct and not doc[k].is_space]
    rest = [t for t in words[1:] if t.pos_ not in ("DET", "ADP")]
    if rest:
        return all(t.ent_type_ in ("DATE", "TIME") for t in rest)
    return bool(words) and (words[0].ent_type_ in ("DATE", "TIME") or tnorm(words[0]) in _TIME_ADVERBS)


# Adverbs that date the speaking when they stand alone before a fenced cue ('Now, Lind said, …').
_TIME_ADVERBS = frozenset({"now", "later", "then", "today", "yesterday", "earlier", "afterwards", "afterward",
                           "recently", "previously", "once", "again", "meanwhile"})


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


def _parenthetical_tail(idx: DocIndex, cue: Token, before: tuple[int, int]) -> tuple[int, int] | None:
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
    if te - ts < 2 or idx.quoted(doc[ts]) and not _quoted_predicate(idx, ts, before) or tnorm(doc[ts]) in _TAIL_OPENERS:
        return None
    if idx.quoted(doc[ts]):
        return ts, te
    # '…, said Ana Ruiz, a lawyer who has written two books': the rest describes the speaker after the cue
    if any(c.i > cue.i and c.right_edge.i >= ts for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")):
        return None
    own = [k for k in range(ts, te) if not idx.quoted(doc[k])]
    gloss = min((g for k in own if (g := gloss_start(doc[k])) is not None), default=None)
    if gloss is not None:  # '…, had formed over the valleys, a pattern forecasters call training': not hers
        own = [k for k in own if k < gloss]
        ts, te = trim(idx, ts, gloss)
    if not any(doc[k].pos_ in ("VERB", "AUX") for k in own) and not _verb_left_open(idx, cue):
        return None
    # a new attribution, not 'a number of voters are finding themselves alienated'; but a speech verb whose
    # subject opened the clause before the cue is that clause's own ('His mother, he said, rarely explained …')
    # ('…, and its newest model, which it calls the “Burrow,” runs …': a relative clause on a noun of the content
    # describes that noun, it opens no new attribution)
    # ('…, he said, had helped his daughter tell him …': a bare infinitive under another verb is no new one)
    later = next((doc[k] for k in own if is_cue(doc[k]) and has_subject(doc[k]) and doc[k].dep_ != "relcl"
                  and not (doc[k].tag_ == "VB" and doc[k].dep_ in ("ccomp", "xcomp") and ts <= doc[k].head.i < k)
                  and evidence_ok(doc[k], _subject_of(doc[k])) and _subject_of(doc[k]).i > cue.i), None)
    if later is not None:
        # '…, he now says, are "the only way," though he joked that …': the rest up to the new attribution's
        # clause is still this clause's, when it holds a verb of its own
        inside = cue.dep_ == "parataxis" and later.dep_ == "advcl" and later.head.i == cue.head.i
        ts, te = trim(idx, ts, later.left_edge.i) if inside else (ts, ts)
        if te - ts < 2 or not any(doc[k].pos_ in ("VERB", "AUX") for k in range(ts, te) if not idx.quoted(doc[k])):
            return None
    return ts, te


def _quoted_predicate(idx: DocIndex, ts: int, before: tuple[int, int]) -> bool:
    """'The department, Greer said, “welcomes scrutiny of every deal.”': the quote after the attribution opens on
    the verb of the subject before it (no verb of its own there), so the writer's subject and the quoted predicate
    are one clause, as in 'The ferry “has lost money,” the minister said.'"""
    doc = idx.doc
    k = ts + 1 if doc[ts].is_quote else ts
    if k >= len(doc) or not doc[k].is_lower or doc[k].tag_ not in ("VBZ", "VBD", "VBP", "MD"):
        return False
    return before[1] > before[0] and not any(doc[i].tag_ in ("VBZ", "VBD", "VBP", "MD") and not idx.quoted(doc[i])
                                             for i in range(*before))


def _verb_left_open(idx: DocIndex, cue: Token) -> bool:
    """'It was, he said, one of his worst days': the words before the attribution stop on their copula, so what
    follows it completes them."""
    doc = idx.doc
    subjects = subjects_before(cue)
    k = subjects[-1].left_edge.i - 1 if subjects else -1
    return k > idx.unit(cue.i)[0] and doc[k].text == "," and doc[k - 1].pos_ == "AUX" and \
        not idx.quoted(doc[k - 1])


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def content_first_parataxis(idx: DocIndex, cue: Token) -> Content | None:
    if cue.dep_ in ("parataxis", "ccomp", "conj", "advcl") and cue.head.i < cue.i:
        return content_before(idx, cue)
    if cue.dep_ == "parataxis" and cue.head.pos_ not in ("VERB", "AUX") and any(a.i < cue.i for a in cue.head.ancestors):
        # 'Turnout was 58 percent, the commission said, the highest in two decades': the cue hangs on a gloss after
        # it, which hangs on the clause before: that clause is what was said
        return content_before(idx, cue)
    if cue.dep_ == "parataxis":  # "The museum, Ms Ruiz said, would open": the cue inside the clause it reports
        content = content_before(idx, cue)
        return content if content is not None and (content.pieces or content.start > cue.i) else None
    if cue.dep_ == "ROOT":
        return content_before(idx, cue)
    return None
