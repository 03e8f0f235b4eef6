"""Quote-mark scanner: pairs quote marks by character and context, paragraph by paragraph.

A plain function over the text: token tags and `is_quote` are not trusted (a straight closer before
a blank line is tagged as an opener; apostrophes of ’90s and Teachers' look like quotes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‹")
SINGLE_CLOSE = frozenset("’›")
ALL_MARKS = frozenset('"\'`') | DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE
# Archive and wire typography: two apostrophes (or two backticks to open) stand for a double mark.
DOUBLED = ("''", "``", "’’", "‘‘")
# every mark, found by the regex engine rather than by a Python loop over each character
_MARK_AT = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")
_OPEN_CONTEXT = frozenset(" \t\u00a0([{—–-:/\u2014\u2013")


@dataclass(frozen=True)
class QuoteSegment:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark, without one trailing comma)
    open_pos: int  # offset of the opening mark
    close_pos: int | None  # offset of the closing mark; None when unclosed at the paragraph end
    para: int  # paragraph index
    continues_prev: bool = False  # paragraph continuation: previous paragraph left this quote open
    close_width: int = 1  # two for a doubled mark ('' or ’’)

    @property
    def closed(self) -> bool:
        return self.close_pos is not None

    @property
    def outer_end(self) -> int:
        return self.close_pos + self.close_width if self.close_pos is not None else self.end


def width(text: str, i: int) -> int:
    """2 for a doubled mark at i ('' ``), else 1."""
    return 2 if text[i:i + 2] in DOUBLED and text[i + 2:i + 3] not in ("'", "’") else 1


def _kind(text: str, i: int, start: int, end: int) -> tuple[str, str] | None:
    """(family, role) of the mark at i: family 'd'/'s', role 'open'/'close'/'either'; None = apostrophe."""
    c = text[i]
    w = width(text, i)
    prev = text[i - 1] if i > start else " "
    nxt = text[i + w] if i + w < end else " "
    if c == "`":
        return ("d", "open") if w == 2 else None
    if c in DOUBLE_OPEN:
        if not prev.isspace() and prev not in _OPEN_CONTEXT and i > start and (nxt.isspace() or nxt in ".,;:!?"):
            return "d", "close"  # an opening mark reused as a closer: '“It's rare,“ said Ana Ruiz.'
        return "d", "open"
    if c in DOUBLE_CLOSE:
        if i == start or (prev.isspace() or prev in "([—–") and not nxt.isspace() and nxt not in ".,;:!?":
            return "d", "open"  # a closing mark reused as an opener (a paragraph's first mark closes nothing)
        return "d", "close"
    if c == '"' or w == 2:
        if prev.isspace() or prev in _OPEN_CONTEXT or prev in DOUBLE_OPEN | SINGLE_OPEN or i == start:
            return ("d", "open") if not nxt.isspace() else ("d", "either")
        return "d", "close"
    # single marks
    if prev.isalnum() and nxt.isalnum():
        return None  # don't, rock’n’roll
    if nxt.isdigit() and (prev.isspace() or i == start):
        return None  # ’90s
    if text[i + 1:i + 3].lower() in ("n’", "n'") and prev.isspace():
        return None  # rock ’n’ roll
    if c in SINGLE_OPEN:
        return "s", "open"
    if prev.isspace() or prev in _OPEN_CONTEXT or prev in DOUBLE_OPEN or i == start:
        return ("s", "open") if not nxt.isspace() else None
    return "s", "close"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def primary_family(text: str, paragraphs: Sequence[tuple[int, int]]) -> str:
    """'d' for double-quote style, 's' for UK single style.

    Counted by the outermost pairs only: British copy nests its double marks inside single ones
    (‘Ruth said, “Come back.” So I did.’), so a few doubles do not make a document double-style.
    Single style wins when its outer openers outnumber the double ones.
    """
    outer = {"d": 0, "s": 0}
    for s, e in paragraphs:
        skip = -1
        open_family: str | None = None
        for m in _MARK_AT.finditer(text, s, e):
            i = m.start()
            if i != skip:
                skip = i + 1 if width(text, i) == 2 else -1
                k = _kind(text, i, s, e)
                if k is None:
                    continue
                family, role = k
                if open_family is None and role != "close":
                    outer[family] += 1
                    open_family = family
                elif family == open_family and role != "open":
                    open_family = None
    return "s" if outer["s"] > outer["d"] else "d"


def find_quote_segments(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[QuoteSegment]:
    """Quote segments of the primary family, one per pair, in text order; nested pairs are skipped."""
    fam = primary_family(text, paragraphs)
    segments: list[QuoteSegment] = []
    carry = False  # the previous paragraph ended with an open quote
    for p, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        cont = False
        nested_open = False
        first_mark_opens = False
        skip = -1
        for m in _MARK_AT.finditer(text, ps, pe):
            i = m.start()
            if i == skip:
                continue
            skip = i + 1 if width(text, i) == 2 else -1
            k = _kind(text, i, ps, pe)
            if k is None:
                continue
            family, role = k
            if family != fam:
                if open_at is not None:
                    nested_open = role == "open" or (role == "either" and not nested_open)
                continue
            if open_at is None:
                if role in ("open", "either"):
                    open_at = i
                    cont = carry and not segments_in_para(segments, p) and text[ps:i].strip() == ""
                    first_mark_opens = first_mark_opens or cont
                continue
            if family == "s" and role == "close" and _possessive(text, i, pe):
                continue
            if role == "open" and not nested_open:
                # a new opener while one is open: close the old one before it (unbalanced)
                _add(segments, text, open_at, None, i, p, cont)
                open_at, cont = i, False
                continue
            nested_open = False
            _add(segments, text, open_at, i, i, p, cont)
            open_at, cont = None, False
        carry = False
        if open_at is not None:
            nxt_start = paragraphs[p + 1][0] if p + 1 < len(paragraphs) else None
            if nxt_start is not None:
                k = _kind(text, nxt_start, nxt_start, paragraphs[p + 1][1]) if text[nxt_start] in ALL_MARKS else None
                carry = k is not None and k[0] == fam and k[1] in ("open", "either")
            _add(segments, text, open_at, None, pe, p, cont)
    return segments


def _weak_close(text: str, i: int, end: int) -> bool:
    """A single closer that could be a plural possessive: s’ before a word (the players’ lounge)."""
    return text[i - 1] in "sSzZ" and i + 2 < end and text[i + 1] == " " and text[i + 2].isalnum()


def _possessive(text: str, i: int, end: int) -> bool:
    """s’ inside an open single quote is an apostrophe when a clear closer follows before the next opener.

    ‘The players’ lounge was shut,’ she says: the quote goes on to the closer after "shut"; in
    called them ‘losers’ and left, no other closer follows, so the mark after "losers" closes.
    """
    if not _weak_close(text, i, end):
        return False
    for j in range(i + 1, end):
        if text[j] in "'’‘":
            k = _kind(text, j, 0, end)
            if k is None or k[0] != "s":
                continue
            if k[1] == "open":
                return False
            if not _weak_close(text, j, end):
                return True
    return False


def segments_in_para(segments: list[QuoteSegment], para: int) -> bool:
    return bool(segments) and segments[-1].para == para


def _add(out: list[QuoteSegment], text: str, open_pos: int, close_pos: int | None, end: int, para: int,
         cont: bool) -> None:
    s, e = _trim(text, open_pos + width(text, open_pos), end)
    if e > s:
        cw = width(text, close_pos) if close_pos is not None else 1
        out.append(QuoteSegment(s, e, open_pos, close_pos, para, cont, cw))
