"""What a headline says someone claimed: 'Flynn says Trump was right', 'Prices will rise, bank warns', 'Ruiz: ‘We stay’'.

An editor reads `Name says …` in a headline as that person's claim, in the headline's words: an indirect quote, at
low confidence (headlines paraphrase). `Poll: …`, `Report finds …` and `The Latest: …` are findings and section
labels, nobody's speech, and give nothing. Headlines are often in Title Case, which the parser reads as a string of
proper nouns, so the cue is found by its word ('Says', 'Warns') and the speaker is the name before it (or after it,
in 'Prices will rise, bank warns').

`headline_claims` is a plain function over the layout and the parsed tokens; `add_headline_claims` turns each claim
into a quote among those the attribution rules found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from .attribution import Attribution
from .cues import CueSubject
from .lexicon import DOCUMENT_NOUNS, tnorm
from .speaker_lines import SECTION_WORDS, label_is_a_speaker
from .structure import DocIndex

_MAX_NAME = 6
# verbs that report a claim in a headline; not 'state'/'tweet' (nouns there: 'Islamic State', 'Trump tweet')
# nor 'claims' ('Opposition claims lead', 'Trump claims nomination': a noun taken, not a claim made)
_CUES = frozenset({"says", "say", "said", "tells", "tell", "told", "warns", "warn", "insists", "argues",
                   "admits", "concedes", "denies", "predicts", "declares", "vows", "pledges"})
_TELL = frozenset({"tells", "tell", "told"})
_PARTICLES = frozenset({"of", "de", "van", "von", "al", "bin", "the"})
_QUOTES = "\"“”‘’'"
# section labels and findings that open headlines ('Poll:', 'The Latest:', 'Report finds'): nobody's speech
_NOT_SPEAKERS = DOCUMENT_NOUNS | SECTION_WORDS | {"email", "opinion", "interview", "chart", "map", "photos", "it",
                                                  "this", "that", "what", "why", "how", "who"}


@dataclass(frozen=True)
class HeadlineClaim:
    start: int  # the claim (character offsets)
    end: int
    cue: Token  # the speech verb, or the colon after the name
    name: Token  # last token of the name
    name_span: tuple[int, int]  # the name as written: the mention
    kind: str  # "indirect", or "direct" for a headline that quotes the words in marks


def headline_claims(idx: DocIndex) -> list[HeadlineClaim]:
    line = _headline(idx)
    if line is None:
        return []
    hs, he = line
    doc = idx.doc
    toks = [t for t in doc[idx.tok_at(hs):idx.tok_at(he - 1) + 1] if not t.is_space]
    if len(toks) < 4:
        return []
    colon = next((k for k, t in enumerate(toks[:_MAX_NAME + 1]) if t.text == ":"), None)
    if colon is not None:  # 'Ruiz: ‘We will stay’'
        found = _labelled(idx, toks, colon, he)
        return [found] if found is not None else []
    for k, t in enumerate(toks):
        if tnorm(t) in _CUES and k > 0:
            found = _name_first(idx, toks, k, he) or _content_first(idx, toks, k)
            return [found] if found is not None else []
    return []


def add_headline_claims(idx: DocIndex, atts: list[Attribution]) -> list[Attribution]:
    """The attributions with each headline claim in place of what the clause rules made of its line (a Title Case
    headline misleads the parser), unless a speaker line ('Ruiz: …') already holds it."""
    for claim in headline_claims(idx):
        overlaps = [a for a in atts if a.start < claim.end and claim.start < a.end]
        if any(a.how == "label" for a in overlaps):
            continue
        ls = idx.tok_at(claim.start)
        atts = [a for a in atts if a not in overlaps]
        atts.append(Attribution(claim.start, claim.end, claim.kind, "headline", max(idx.unit_of[ls], 0), ls, claim.cue,
                                CueSubject(claim.name, "subj"), para=idx.para_of[ls], name_span=claim.name_span))
    return sorted(atts, key=lambda a: a.start)


def _headline(idx: DocIndex) -> tuple[int, int] | None:
    """The headline, or a first line read as body (a headline ending in a full stop) that is short and alone."""
    layout = idx.layout
    if layout.headline is not None:
        return layout.headline
    if not layout.paragraphs or layout.dateline is not None or len(layout.paragraphs) < 2:
        return None
    ps, pe = layout.paragraphs[0]
    if layout.text[:ps].strip() or len(layout.text[ps:pe].split()) > 25:
        return None
    return ps, pe


def _name_ok(tokens: list[Token]) -> bool:
    """A name, a group or an organisation of a few words, capitalised: not a finding ('Poll', 'New report')."""
    if not 1 <= len(tokens) <= _MAX_NAME or not tokens[0].text[:1].isupper():
        return False
    if any(t.is_punct and t.text not in (".", "-", "'", "’", "&") for t in tokens):
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.pos_ == "ADP" and tnorm(t) not in _PARTICLES for t in tokens):
        return False  # 'Republicans blast Obama after North Korea claims …': a clause, not a name
    return not any(tnorm(t) in _NOT_SPEAKERS for t in tokens) and not tokens[-1].like_num


def _claim_end(idx: DocIndex, end: int) -> int:
    text = idx.layout.text
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in ".;"):
        end -= 1
    return end


def _name_first(idx: DocIndex, toks: list[Token], k: int, he: int) -> HeadlineClaim | None:
    """'Flynn Says Trump Was Right', 'Clinton camp says it will appeal'."""
    name = toks[:k]
    if not _name_ok(name) or name[-1].text.lower() in ("that", "who"):
        return None
    rest = toks[k + 1:]
    if tnorm(toks[k]) in _TELL:  # 'Ruiz tells voters she will stay': the claim starts after the listener
        clause = next((c for c in toks[k].children if c.dep_ == "ccomp" and c.i > toks[k].i), None)
        if clause is None:
            return None
        rest = [t for t in rest if t.i >= clause.left_edge.i]
    if rest and tnorm(rest[0]) == "that":
        rest = rest[1:]
    words = [t for t in rest if t.is_alpha]
    if len(words) < 3:
        return None
    return HeadlineClaim(rest[0].idx, _claim_end(idx, he), toks[k], _last_name_token(name), _span(name), "indirect")


def _content_first(idx: DocIndex, toks: list[Token], k: int) -> HeadlineClaim | None:
    """'Fleet will not survive the cut, say skippers' / '…, Howard Dean Tells Convention'."""
    comma = max((j for j in range(k) if toks[j].text == ","), default=None)
    if comma is None or comma < 2:
        return None
    before, after = toks[comma + 1:k], toks[k + 1:]
    if len([t for t in toks[:comma] if t.is_alpha]) < 4:
        return None  # 'Amid discord, Trump claims nomination': no claim before the comma
    if before and _name_ok(before) and len(after) <= 4:
        name = before  # '…, Howard Dean tells the convention'
    elif not before and after and _name_ok(after[:_MAX_NAME]) and len(after) <= _MAX_NAME:
        name = after  # '…, say skippers'
    else:
        return None
    end = toks[comma - 1]
    return HeadlineClaim(toks[0].idx, end.idx + len(end.text), toks[k], _last_name_token(name), _span(name),
                         "indirect")


def _labelled(idx: DocIndex, toks: list[Token], colon: int, he: int) -> HeadlineClaim | None:
    """'Ruiz: Ferry Will Run All Winter', 'Ruiz: ‘We Will Not Close’' (a name the article gives, not 'Poll:')."""
    name = toks[:colon]
    if not _name_ok(name) or not label_is_a_speaker(name, idx.layout.text) or \
            any(t.is_alpha and not t.text[:1].isupper() and tnorm(t) not in _PARTICLES for t in name):
        return None  # 'Spoiler no more: …', 'Netanyahu and Obama: …'

    text = idx.layout.text
    start, end = toks[colon + 1].idx, _claim_end(idx, he)
    kind = "indirect"
    if text[start] in _QUOTES and text[end - 1] in _QUOTES and not re.search(r"[\"“”‘’]", text[start + 1:end - 1]):
        start, end, kind = start + 1, end - 1, "direct"  # the whole claim in marks: the person's words
    if len(text[start:end].split()) < 2:
        return None
    return HeadlineClaim(start, end, toks[colon], _last_name_token(name), _span(name), kind)


def _last_name_token(name: list[Token]) -> Token:
    last = name[-1]
    if last.tag_ == "POS" and len(name) > 1:
        return name[-2]
    return last


def _span(name: list[Token]) -> tuple[int, int]:
    last = _last_name_token(name)
    return name[0].idx, last.idx + len(last.text)
