"""Which cue a quote segment hangs on: a cue before or after a quote standing as its own clause ('“…,” she said',
'She said: “…”'), or the verb a partial quote depends on ('called the plan “a disgrace”')."""

from __future__ import annotations

from spacy.tokens import Token

from .called_words import call_before, determined_gerund, labelling, speakers_own_words
from .cues import is_cue
from .labels import title_name
from .lexicon import ACCUSE_FORMS, CALL_FORMS, tnorm
from .structure import TERMINAL, DocIndex

_OPENING_CONTEXT = frozenset({":", ",", "—", "–", "(", ";", "-"})
ASKED_FORMS = frozenset({"asked", "asks"})


def prev_tok(idx: DocIndex, i: int, floor: int) -> Token | None:
    doc = idx.doc
    j = i - 1
    while j >= floor and doc[j].is_space:
        j -= 1
    return doc[j] if j >= floor else None


def clause_initial(idx: DocIndex, k: int) -> bool:
    os_ = idx.seg_outer[k][0]
    us = idx.unit(os_)[0]
    prev = prev_tok(idx, os_, us)
    if prev is None:
        return True
    if prev.text in _OPENING_CONTEXT or idx.in_quote[prev.i] >= 0:
        return True
    return is_cue(prev) and tnorm(prev) not in CALL_FORMS


def tail_cue(idx: DocIndex, k: int, has_content: set[int]) -> Token | None:
    seg = idx.segments[k]
    if not seg.closed:
        return None
    doc = idx.doc
    os_, oe = idx.seg_outer[k]
    limit = idx.unit(os_)[1]
    if k + 1 < len(idx.segments) and idx.seg_outer[k + 1][0] < limit:
        limit = idx.seg_outer[k + 1][0]
    for j in range(oe, min(limit, oe + 48)):
        t = doc[j]
        if t.text in TERMINAL and idx.in_quote[j] < 0:
            break
        if idx.in_quote[j] < 0 and (is_cue(t) or asked(t)):
            if j in has_content and idx.layout.text[seg.end - 1:seg.end] in TERMINAL:
                return None  # “A.” Smith said the plan failed: a new sentence with its own content
            if j >= oe + 14 and not _subject_opens_at(t, oe):
                return None  # far from the quote, the cue must be that of the long subject right after it
            return t
    return None


def _subject_opens_at(cue: Token, i: int) -> bool:
    """'“…,” Tomas Lind, the skipper of the trawler that sank last winter, said': the cue's subject starts at i."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= i + 1 for c in cue.children)


def head_cue(idx: DocIndex, k: int) -> Token | None:
    doc = idx.doc
    os_ = idx.seg_outer[k][0]
    us = idx.unit(os_)[0]
    floor = us
    if k > 0 and idx.seg_outer[k - 1][1] > us and idx.seg_outer[k - 1][1] <= os_:
        floor = idx.seg_outer[k - 1][1]
    prev = prev_tok(idx, os_, floor)
    if prev is None or not (prev.text in (":", ",", "—", "–") or is_cue(prev)):
        return None
    for j in range(os_ - 1, floor - 1, -1):
        if idx.in_quote[j] < 0 and (is_cue(doc[j]) or asked(doc[j])):
            cue = doc[j]
            if cue.dep_ == "parataxis" and floor <= cue.head.i < cue.i and is_cue(cue.head) and \
                    idx.in_quote[cue.head.i] < 0:
                return cue.head  # '“A,” he told her, she recalls, and then: “B”': she recalls what he told her
            return cue
    return None


def asked(tok: Token) -> bool:
    """'“Why?” asked Ella Bright' / 'She asked: “Why?”': a question cue (never the 'Asked about X,' opener)."""
    return tnorm(tok) in ASKED_FORMS and tok.tag_.startswith("VB") and not tok.is_sent_start


def governing_cue(idx: DocIndex, k: int) -> Token | None:
    """The cue a partial quote depends on: the nearest verb above it ('called the plan “…”'), else a 'call' whose
    object ends just before the quote (the parser hung the phrase elsewhere)."""
    cue = _cue_above(idx, k)
    if cue is not None:
        return cue
    prev = prev_tok(idx, idx.seg_outer[k][0], idx.unit(idx.seg_outer[k][0])[0])
    called = call_before(prev) if prev is not None and not idx.quoted(prev) else None
    if called is not None and not idx.quoted(called) and is_cue(called) and not labelling(called) \
            and not title_name(idx, k):
        return called
    return None


def _cue_above(idx: DocIndex, k: int) -> Token | None:
    doc = idx.doc
    ts, te = idx.seg_tokens[k]
    root = next((doc[i] for i in range(ts, te) if not (ts <= doc[i].head.i < te)), None)
    if root is None or root.head is root:
        return None
    cur = root.head
    through_verb = False
    gerunds = 0  # verbs of a chain of gerunds and infinitives passed ('accused him of keeping voters from being …')
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and not determined_gerund(cur):  # 'called that finding “…”': a noun
            if idx.in_quote[cur.i] < 0 and is_cue(cur) and \
                    (not labelling(cur) or speakers_own_words(cur) and not title_name(idx, k)) and \
                    (not through_verb or tnorm(cur) in CALL_FORMS or tnorm(cur) in ACCUSE_FORMS) and \
                    (gerunds < 2 or tnorm(cur) in ACCUSE_FORMS):
                return cur
            if through_verb and not (cur.dep_ in ("pcomp", "xcomp") and cur.tag_ in ("VBG", "VB") and gerunds < 3):
                return None
            if cur.dep_ not in ("xcomp", "acl", "relcl", "pcomp", "oprd"):
                return None
            gerunds += through_verb
            # 'called Ford's plans to open a plant “a disgrace”', 'accused them of trying to “rig the vote”',
            # 'called the Ledger's reporting “a smear”' (the gerund a verb): the parser hung it lower
            through_verb = True
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def whole_unit(idx: DocIndex, k: int) -> bool:
    doc = idx.doc
    os_, oe = idx.seg_outer[k]
    us, ue = idx.unit(os_)
    if prev_tok(idx, os_, us) is not None:
        return False
    return all(doc[j].is_punct or doc[j].is_space for j in range(oe, ue))
