"""Quotes signed by a dash and a name: epigraphs, pull quotes, fact-check entries and embedded tweets.

    “We will not close the pier.”                   -> Ana Ruiz's words: the line under the quote signs it
    — Ana Ruiz, harbour master
    “We will not close the pier.” ― Ana Ruiz        -> the same, signed on the quote's own line
    “We will not close the pier.”― Ana Ruiz         -> the same, with no space before the dash
    The pier stays open. — Ana Ruiz (@anaruiz) May 6, 2026    -> a tweet as sites embed it: text, author, date

The writer puts no speech verb near such a quote, so the attribution rules see a quote standing alone and credit
it to whoever was the subject before it. The signature is the attribution: a dash at the start of the line (or
right after the closing mark), a name, then at most a handle, a date or a short description. A tweet's text is
taken without its trailing links; a line with no quote marks is a quote only with the handle that marks a tweet.

A plain function over the layout and the parsed tokens; attribution.py turns each into a direct quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from .structure import DocIndex

_DASH = r"[-—―–]{1,2}"
_NAME = r"(?P<name>[A-Z][\w'’-]*\.?(?:[ \u00a0]+(?:[A-Z][\w'’-]*\.?|de|van|von|bin|al)){0,4})"
_HANDLE = r"\(@\w{1,30}\)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
_TAG = r"</?[a-z]+(?:\s[^<>]*)?>"
# the signature: dash, name, then a handle and date, or ', description' (a role, a place, 'tweeting after …')
_SIGNATURE = rf"(?P<dash>{_DASH})[ \u00a0]*{_NAME}(?P<handle>[ \u00a0]*{_HANDLE})?(?:[ \u00a0]+{_DATE})?" \
             rf"(?:[ \u00a0]*,[ \u00a0]*[^\n,]{{1,80}})?[ \u00a0]*\.?[ \u00a0]*(?:{_TAG}\.?)?$"
_OWN_LINE = re.compile(rf"(?:{_TAG}\s*)?{_SIGNATURE}")
_LINE_END = re.compile(rf"(?:\s|(?<=[”\"])){_SIGNATURE}")  # '”― Ana Ruiz': some sites set no space
_DASH_CHAR = re.compile(r"[-—―–]")
_OPEN_TAG = re.compile(rf"(?:{_TAG}\s*)+")
_TRAILING_LINKS = re.compile(r"(?:\s*(?:https?://|pic\.twitter\.com/)\S+|\s+SIGN UP FOR OUR NEWSLETTER)+\s*$")
_NOT_NAMES = frozenset({"and", "but", "or", "so", "then", "a", "an", "it", "this", "that", "here", "there",
                        "announced", "updated", "posted", "end", "more", "via", "source", "photo", "image", "video"})


@dataclass(frozen=True)
class SignedQuote:
    start: int  # the words quoted (character offsets)
    end: int
    dash: Token  # the signature's dash: the cue
    name: Token  # last token of the signing name
    first_para: int  # the paragraph holding the quote


def find_signed_quotes(idx: DocIndex) -> list[SignedQuote]:
    text = idx.layout.text
    paras = idx.layout.paragraphs
    out: list[SignedQuote] = []
    for p, (ps, pe) in enumerate(paras):
        m = _OWN_LINE.match(text, ps, pe)
        if m is not None and p > 0:  # the line under a quote
            words = _whole_quote(idx, p - 1)
            if words is not None and _name_ok(m.group("name")):
                found = _signed(idx, words, m, p - 1)
                if found is not None:
                    out.append(found)
            continue
        m = _line_end(text, ps, pe)
        if m is None or not _name_ok(m.group("name")):
            continue
        body_start = ps + (_OPEN_TAG.match(text, ps, pe).end() - ps if _OPEN_TAG.match(text, ps, pe) else 0)
        words = _whole_quote(idx, p, until=m.start())
        if words is None:
            if m.group("handle") is None:
                continue  # plain text before a dash is the writer's, unless a handle marks it a tweet
            end = m.start()
            cut = _TRAILING_LINKS.search(text, body_start, end)
            end = cut.start() if cut else end
            while end > body_start and text[end - 1].isspace():
                end -= 1
            words = (body_start, end)
        if words[1] - words[0] >= 2:
            found = _signed(idx, words, m, p)
            if found is not None:
                out.append(found)
    return out


def _line_end(text: str, ps: int, pe: int) -> re.Match[str] | None:
    """`_LINE_END.search(text, ps, pe)`, tried only where it can start: right before a dash, or on it. The pattern
    opens with an alternation, so a search would try it at every character of every paragraph."""
    tried = ps - 1
    for dash in _DASH_CHAR.finditer(text, ps, pe):
        for start in (dash.start() - 1, dash.start()):
            if start > tried:
                tried = start
                m = _LINE_END.match(text, start, pe)
                if m is not None:
                    return m
    return None


def _name_ok(name: str) -> bool:
    return name.split()[0].lower().rstrip(".") not in _NOT_NAMES


def _signed(idx: DocIndex, words: tuple[int, int], m: re.Match[str], para: int) -> SignedQuote | None:
    dash = idx.doc[idx.tok_at(m.start("dash"))]
    name = idx.doc[idx.tok_at(m.end("name") - 1)]
    if name.text == "." and name.i > 0:  # 'Sanders.': the full stop is no part of the name
        name = idx.doc[name.i - 1]
    if not name.text[:1].isupper() or name.like_num:
        return None
    return SignedQuote(words[0], words[1], dash, name, para)


def _whole_quote(idx: DocIndex, p: int, until: int | None = None) -> tuple[int, int] | None:
    """The words of the one quote that fills paragraph p (up to `until`), without its marks."""
    ps, pe = idx.layout.paragraphs[p]
    end = pe if until is None else until
    text = idx.layout.text
    while end > ps and text[end - 1] in " \u00a0.":
        end -= 1
    inside = [seg for seg in idx.segments if seg.para == p and ps <= seg.open_pos < end]
    if not inside:
        return None
    lead = _OPEN_TAG.match(text, ps, pe)
    start = lead.end() if lead else ps
    seg = inside[0]
    if len(inside) > 1 or seg.open_pos != start or seg.close_pos is None or text[seg.outer_end:end].strip(" ."):
        return None
    return seg.start, seg.end
