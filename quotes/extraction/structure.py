"""Per-document index: body tokens, paragraphs, quote segments and repaired sentence units.

Built once per Doc from the layout and the quote-mark scanner; every rule reads it instead of
rescanning the Doc (offsets are looked up by bisect on token starts).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, ORTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from .layout import Layout
from .lexicon import CUE_FORMS, orth_norms, tnorm
from .quote_marks import QuoteSegment, find_quote_segments
from .registry import clean_name
from .split_statements import statement_with_aside

TERMINAL = frozenset(".!?")
QUOTE_CHARS = frozenset(['"', "'", "“", "”", "‘", "’", "«", "»", "„", "''", "``", "’’"])


@dataclass
class DocIndex:
    doc: Doc
    layout: Layout
    starts: list[int]
    body: tuple[int, int]  # token range
    segments: list[QuoteSegment]
    seg_tokens: list[tuple[int, int]]  # content token range per segment
    seg_outer: list[tuple[int, int]]  # token range including the marks
    in_quote: list[int]  # segment index per token (marks included), -1 outside quotes
    para_of: list[int]  # paragraph index per token, -1 outside the body
    units: list[tuple[int, int]] = field(default_factory=list)
    unit_of: list[int] = field(default_factory=list)
    unit_sents: list[Span] = field(default_factory=list)  # the sentence each unit starts in (Token.sent is slow)
    # per token, read once for the passes over every body word: tnorm(token) and token.pos_
    norms: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    _names: dict[tuple[int, int, bool], tuple[list[str], str | None]] = field(default_factory=dict, repr=False)

    def tok_at(self, char: int) -> int:
        """Index of the token containing (or first after) the character offset."""
        return max(0, bisect_right(self.starts, char) - 1)

    def tok_range(self, start: int, end: int) -> tuple[int, int]:
        return self.tok_at(start), max(self.tok_at(start) + 1, bisect_left(self.starts, end))

    def unit(self, i: int) -> tuple[int, int]:
        u = self.unit_of[i]
        return self.units[u] if u >= 0 else (i, i + 1)

    def quoted(self, tok: Token) -> bool:
        return self.in_quote[tok.i] >= 0

    def clean_name(self, start: int, end: int, person: bool = True) -> tuple[list[str], str | None]:
        """`clean_name` of doc[start:end], worked out once per span: the registry's pass and the speakers' pass
        (each unit's names, each subject) ask for the same names again."""
        key = (start, end, person)
        found = self._names.get(key)
        if found is None:
            doc = self.doc
            found = self._names[key] = clean_name([doc[i] for i in range(start, end)], person)  # no Span: faster
        return list(found[0]), found[1]


def _ends_sentence(doc: Doc, s: int, e: int) -> bool:
    for j in range(e - 1, s - 1, -1):
        t = doc[j].text
        if doc[j].is_space or t in QUOTE_CHARS or t in (")", "’", "'"):
            continue
        return t[-1] in TERMINAL
    return False


def build_index(doc: Doc, layout: Layout, segments: list[QuoteSegment] | None = None) -> DocIndex:
    n = len(doc)
    if n == 0:
        return DocIndex(doc, layout, [], (0, 0), [], [], [], [], [])
    # read as columns: far cheaper than a Token object for every word
    starts, orths, pos_ids = doc.to_array([IDX, ORTH, POS]).T.tolist()
    norms = orth_norms(orths, doc.vocab.strings)
    pos = [POS_NAMES[p] for p in pos_ids]
    idx = DocIndex(doc, layout, starts, (0, 0), [], [], [], [-1] * n, [-1] * n, norms=norms, pos=pos)
    b0 = bisect_left(starts, layout.body_start)
    b1 = bisect_left(starts, layout.body_end)
    idx.body = (b0, b1)
    changes = set()  # where the paragraph changes, from one token to the next (paragraphs never overlap)
    for p, (ps, pe) in enumerate(layout.paragraphs):
        s, e = bisect_left(starts, ps), bisect_left(starts, pe)
        if s < e:
            idx.para_of[s:e] = [p] * (e - s)
            changes.update((s, e))
    idx.segments = find_quote_segments(layout.text, layout.paragraphs) if segments is None else segments
    for k, seg in enumerate(idx.segments):
        ts, te = idx.tok_range(seg.start, seg.end)
        os_ = idx.tok_at(seg.open_pos)
        oe = idx.tok_at(seg.close_pos) + 1 if seg.close_pos is not None else te
        idx.seg_tokens.append((ts, te))
        end = max(oe, te)
        idx.seg_outer.append((os_, end))
        idx.in_quote[os_:end] = [k] * (end - os_)
    _build_units(idx, sorted(i for i in changes if 0 < i < n))
    return idx


def _build_units(idx: DocIndex, changes: list[int]) -> None:
    """Sentences within the body, cut where the paragraph changes (`changes`: those token indices, in order), and
    joined again within a paragraph where the parser cut inside a quote, before a lowercase word, after no full
    stop, or before the attribution of the quote just closed."""
    doc = idx.doc
    raw: list[tuple[int, int, Span]] = []
    for sent in doc.sents:
        s, e = max(sent.start, idx.body[0]), min(sent.end, idx.body[1])
        # split at paragraph changes (the parser honours preset starts, but be safe)
        cur = s
        for i in changes[bisect_right(changes, s):bisect_left(changes, e)]:
            if not doc[i].is_space:
                raw.append((cur, i, sent))
                cur = i
        if cur < e:
            raw.append((cur, e, sent))
    units: list[tuple[int, int]] = []
    sents: list[Span] = []
    for s, e, sent in raw:
        while s < e and doc[s].is_space:
            s += 1
        if s >= e or idx.para_of[s] < 0:
            continue
        if units:
            ps, pe = units[-1]
            same_para = idx.para_of[s] == idx.para_of[ps]
            inside_quote = idx.in_quote[s] >= 0 and idx.in_quote[s] == idx.in_quote[pe - 1] and \
                idx.seg_outer[idx.in_quote[s]][0] < s
            lower = doc[s].text[:1].islower()
            if same_para and (inside_quote or lower or not _ends_sentence(doc, ps, pe)
                              or _attribution_after_quote(idx, ps, pe, s, e)):
                units[-1] = (ps, e)
                continue
        units.append((s, e))
        sents.append(sent)
    idx.units, idx.unit_sents = units, sents
    idx.unit_of = [-1] * len(doc)
    for u, (s, e) in enumerate(units):
        idx.unit_of[s:e] = [u] * (e - s)


def _attribution_after_quote(idx: DocIndex, ps: int, pe: int, s: int, e: int) -> bool:
    """'“Why?” Ana asked.' split after the closing mark: the attribution after a quote that is the whole
    previous unit belongs to it, unless it opens a quote of its own."""
    doc = idx.doc
    j = pe - 1
    while j > ps and doc[j].is_space:
        j -= 1
    k = idx.in_quote[j]
    if k < 0 or idx.segments[k].close_pos is None or idx.in_quote[s] >= 0:
        return False
    return idx.seg_outer[k] == (ps, j + 1) and e - s <= 40 and any(tnorm(t) in CUE_FORMS for t in doc[s:e]) \
        and not statement_with_aside(doc, s, e)
