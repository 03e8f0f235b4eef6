"""Token spans of reported content: the Content record, the end of a clause, trimming of edge words, and whether a
content is really one quote."""

from __future__ import annotations

from dataclasses import dataclass

from .layout import match_dateline
from .lexicon import tnorm
from .structure import TERMINAL, DocIndex

_LEAD_SKIP = frozenset({"that", ":", ",", "—", "–", "-"})
_LIMITERS = frozenset({"only", "merely", "simply"})
_TRAIL_SKIP = frozenset({".", ",", ";", ":", "—", "–", "-", "!", "?"})


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
    doc, norms = idx.doc, idx.norms
    for j in range(start, end):  # a full stop's form is its text: the index's forms pass over the other words
        if norms[j] in TERMINAL and doc[j].text in TERMINAL and idx.in_quote[j] < 0 and j + 1 < end \
                and not _abbreviation_point(doc, j):
            return j
    return end


def _abbreviation_point(doc, j: int) -> bool:
    """'the parents of Capt. Ruiz', 'the No. 2 spot': the tokenizer split the point off a short capitalised
    abbreviation, and the parser runs the sentence on past it, so it ends nothing."""
    prev = doc[j - 1] if j > 0 else None
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return prev is not None and nxt is not None and doc[j].text == "." and not prev.whitespace_ \
        and prev.text.isalpha() and prev.text[:1].isupper() and len(prev.text) <= 4 \
        and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()) and not nxt.is_sent_start


def trim(idx: DocIndex, s: int, e: int) -> tuple[int, int]:
    doc = idx.doc
    opener = _past_connective(idx, s, e)
    if opener != s and tnorm(doc[opener]) == "that" and doc[opener].dep_ == "det":
        return opener, _trim_end(doc, opener, e)  # 'However, that plan …': a determiner, no complementiser
    s = opener
    if s + 1 < e and tnorm(doc[s]) in _LIMITERS and tnorm(doc[s + 1]) == "that" and not idx.quoted(doc[s]):
        s += 1  # 'said only that the talks went on': the limit is the writer's, on what was said
    # a leading 'that' is the complementiser, unless it is the clause's subject ('That, they say, will …')
    while s < e and (doc[s].is_space or tnorm(doc[s]) in _LEAD_SKIP) and \
            not (tnorm(doc[s]) == "that" and doc[s].dep_ in ("nsubj", "nsubjpass") and not _subject_follows(doc, s)):
        s += 1
    e = _trim_end(doc, s, e)
    while e - 1 > s and tnorm(doc[e - 1]) in ("and", "but", "or") and not idx.quoted(doc[e - 1]):
        e = _trim_end(doc, s, e - 1)  # '… too high but 31 percent say …', cut before the second group: not its 'but'
    return s, e


def _trim_end(doc, s: int, e: int) -> int:
    while e > s and (doc[e - 1].is_space or doc[e - 1].text in _TRAIL_SKIP):
        e -= 1
    return e


# Words that tie a sentence to the writer's previous one ('However, the ferry will run, Ruiz said').
_CONNECTIVES = frozenset({("however",), ("still",), ("moreover",), ("nevertheless",), ("nonetheless",),
                          ("furthermore",), ("additionally",), ("also",), ("in", "fact"), ("in", "addition"),
                          ("even", "so"), ("as", "well")})


def is_connective(idx: DocIndex, s: int, e: int) -> bool:
    """The words s..e (a comma after them ignored) are one of the writer's connectives ('Still', 'In addition')."""
    words = tuple(tnorm(t) for t in idx.doc[s:e] if t.text != ",")
    return words in _CONNECTIVES


def _past_connective(idx: DocIndex, s: int, e: int) -> int:
    """Content that opens its sentence with a connective and a comma starts after them: the link is the writer's."""
    doc = idx.doc
    if s >= e or idx.unit(s)[0] != s or idx.quoted(doc[s]):
        return s
    s = _past_dateline(idx, s, e)
    for n in (1, 2):
        if s + n + 3 < e and tuple(tnorm(t) for t in doc[s:s + n]) in _CONNECTIVES and doc[s + n].text == ",":
            return s + n + 1
    if s + 3 < e and tnorm(doc[s]) in _OPENING_CONJUNCTIONS and doc[s].tag_ == "CC" and doc[s + 1].text != ",":
        return s + 1  # 'But the ferry will not run, she said.': the sentence's link to the last is the writer's
    return s


_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet"})


def _past_dateline(idx: DocIndex, s: int, e: int) -> int:
    """'WASHINGTON (Wire) - The agency …, according to …': a dateline opening a paragraph is the writer's."""
    doc = idx.doc
    p = idx.para_of[s]
    if p < 0 or doc[s].idx != idx.layout.paragraphs[p][0]:
        return s
    m = match_dateline(idx.layout.text[doc[s].idx:idx.layout.paragraphs[p][1]])  # doc.text, already built
    if m is None or m.group("sep") == ":":
        return s
    k = idx.tok_at(doc[s].idx + m.end())
    return k if s < k and k + 3 < e else s


def _subject_follows(doc, i: int) -> bool:
    """'that crews had been outrun', where the parser made 'that' the subject: a subject of its own comes next."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and any(t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == nxt.i
                                   for t in (nxt, *nxt.ancestors))


def mostly_quoted(idx: DocIndex, content: Content) -> bool:
    """'X said: “…”' parsed as a clause: the content opens with a quote mark and is mostly quoted."""
    n = content.end - content.start
    if n <= 0 or idx.in_quote[content.start] < 0:
        return False
    q = sum(1 for i in range(content.start, content.end) if idx.in_quote[i] >= 0)
    if q < 0.6 * n:
        return False
    # 'said that “A” and that the county should not bear “B”': the writer's words after the first quote carry on
    # the reported clause, which is the statement; only a quote that ends the content stands as the speaker's own
    # ('“Don't do it,” until the shots': a comma after the quote hands back to the writer)
    k = idx.in_quote[content.start]
    opened, after = idx.seg_outer[k]
    if opened != opener_before(idx, content.start) or after >= content.end or idx.doc[after].is_punct:
        return True
    if opened != content.start and idx.doc[after - 2].is_punct:
        return True  # the parser left the mark out: '“We won,” said Lee' is the quote and its cue, not a clause
    return all(idx.doc[i].is_punct or idx.doc[i].is_space for i in range(after, content.end))


def opener_before(idx: DocIndex, s: int) -> int:
    """The opening mark of the quote whose first word is token s (the parser may hang the mark on the cue, so a
    clause that opens with a quote starts after it); else s."""
    k = idx.in_quote[s]
    return idx.seg_outer[k][0] if k >= 0 and idx.seg_tokens[k][0] == s else s
