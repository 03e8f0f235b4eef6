"""Page layout of a scraped article: site line, headline, dateline, body and trailing boilerplate.

A plain function over the text (no spaCy), reused by the plain-text importer. Offsets index the
text as given; Windows and old Mac line endings are handled without changing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_PLACE = r"[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}"
# glue (image alt text fused to the place) + PLACE [, REGION|DATE]* [(AGENCY)] then ':' or a dash.
_DATELINE = re.compile(
    rf"^(?P<glue>[a-z0-9]+(?:[-_][a-z0-9]+)*(?=[A-Z]))?"
    rf"(?P<dl>(?P<place>{_PLACE})(?P<parts>(?:,\s*(?:{_DATE}|{_PLACE}))*)"
    rf"(?P<agency>\s*\([^()\n]{{1,40}}\))?)"
    r"\s*(?P<sep>:|—|–|--|-(?=\s))\s*(?=\S)"
)
_BOILERPLATE = re.compile(
    r"^\s*(?:share\s+this(?:\s+(?:article|story|page))?\s*:?|share\s+on\s+\w+|leave\s+a\s+(?:comment|reply)|"
    r"\d+\s+comments?|comments?\s*(?:\(\d+\))?|related(?:\s+(?:articles?|stories|content|news))?\s*:.*|"
    r"read\s+more\s*:?.*|more\s+from\s+.*|see\s+also\s*:.*|also\s+read\s*:.*|follow\s+us\b.*|"
    r"sign\s+up\b.*|subscribe\b.*|advertisement|sponsored\s+content|click\s+here\b.*|tags?\s*:.*|"
    r"\((?:reporting|writing|additional\s+reporting)\s+by\b.*\)|(?:editing|compiled)\s+by\b.*|"
    r"copyright\b.*|©.*|all\s+rights\s+reserved.*|print\s+this(?:\s+page)?|email\s+this(?:\s+article)?|"
    r"tweet|facebook|twitter|whatsapp|linkedin|pinterest|reddit|loading\.*|photo\s*:.*|image\s*:.*)\s*$",
    re.IGNORECASE,
)
_TERMINAL = frozenset('.!?:;"”’)]')


@dataclass(frozen=True)
class Layout:
    """Offsets (start, end) into the text; `None` where the page has no such part."""

    site: tuple[int, int] | None
    headline: tuple[int, int] | None
    dateline: tuple[int, int] | None
    body_start: int
    body_end: int
    boilerplate: tuple[tuple[int, int], ...]
    paragraphs: tuple[tuple[int, int], ...]  # non-blank lines inside the body, stripped
    text: str

    def _part(self, span: tuple[int, int] | None) -> str | None:
        return None if span is None else self.text[span[0]:span[1]]

    @property
    def site_name(self) -> str | None:
        return self._part(self.site)

    @property
    def headline_text(self) -> str | None:
        return self._part(self.headline)

    @property
    def dateline_text(self) -> str | None:
        return self._part(self.dateline)

    @property
    def body(self) -> str:
        return self.text[self.body_start:self.body_end]


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as stripped (start, end) offsets."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() >= len(text):
            break
        line = m.group(0).rstrip("\r\n")
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + lead, m.start() + lead + len(stripped)))
    return out


def _is_header_line(line: str) -> bool:
    return line[-1] not in _TERMINAL and len(line.split()) <= 25 and not _BOILERPLATE.match(line)


# '"Related:"' in quote marks, as a scraper copies it: the marker, never anyone's words
_QUOTED_MARKER = re.compile(r"^\s*[\"“](?:related|read\s+more|see\s+also|also\s+read)\s*:?\s*[\"”]\s*$", re.IGNORECASE)
_LINK_MARKER = re.compile(r"^\s*[\"“]?(?:related|read\s+more|see\s+also|also\s+read|more\s+from)\b", re.IGNORECASE)


def _listed_links(text: str, paras: list[tuple[int, int]], markers: tuple) -> tuple[tuple[int, int], ...]:
    """'Related:' in mid-page and the headlines listed under it ('Rand Paul Scores Direct Hit On Trump.'): lines in
    headline case, each a link to another story, up to the first paragraph of prose."""
    links, listing = [], False
    for s, e in paras:
        if (s, e) in markers:
            listing = bool(_LINK_MARKER.match(text[s:e]))
            continue
        words = text[s:e].split()
        listing = listing and 3 <= len(words) <= 20 and \
            sum(w[:1].isupper() or not w[:1].isalpha() for w in words) >= 0.8 * len(words)
        if listing:
            links.append((s, e))
    return tuple(links)


def match_dateline(line: str) -> re.Match[str] | None:
    """The dateline at the start of a paragraph, if it has one."""
    m = _DATELINE.match(line)
    if not m:
        return None
    place, parts, agency, sep = m.group("place"), m.group("parts"), m.group("agency"), m.group("sep")
    shouty = place.isupper() and len(place) > 1
    if not (parts or agency or shouty or m.group("glue")):
        return None
    if sep == ":" and not (parts or agency or m.group("glue")):
        return None  # "OSLO: ..." is fine only with more; "Name: “…”" is a speaker label
    if place.lower() in {"meanwhile", "however", "but", "and", "still", "yet"}:
        return None
    return m


def split_layout(text: str) -> Layout:
    """Find site line, headline, dateline, body and boilerplate in a scraped article."""
    lines = _lines(text)
    if not lines:
        return Layout(None, None, None, 0, len(text), (), (), text)
    # Trailing boilerplate: the earliest marker line below which every line is a marker or a short
    # link title ("Related:\nWhelan charged over outburst").
    cut = len(lines)
    for i in range(len(lines) - 1, 0, -1):
        line = text[lines[i][0]:lines[i][1]]
        if _BOILERPLATE.match(line):
            cut = i
        elif not (_is_header_line(line) and len(line.split()) <= 12):
            break
    boiler = [lines[i] for i in range(cut, len(lines))]
    # Header lines before the first body paragraph (at most three).
    head = 0
    while head < min(3, cut - 1) and _is_header_line(text[lines[head][0]:lines[head][1]]):
        head += 1
    site = headline = dateline = None
    if head == 1:
        headline = lines[0]
    elif head >= 2:
        site, headline = lines[0], lines[head - 1]
    body_start = lines[head][0] if head < cut else lines[0][0]
    first = text[body_start:lines[head][1]] if head < cut else ""
    m = match_dateline(first)
    if m:
        dl_start = body_start + (m.end("glue") if m.group("glue") else 0)
        dateline = (dl_start, body_start + m.end("dl"))
        body_start += m.end()
    body_end = boiler[0][0] if boiler else lines[-1][1]
    body_end = max(body_end, body_start)
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    paras = []
    for s, e in lines[head:cut]:
        s = max(s, body_start)
        if s < e <= body_end:
            paras.append((s, e))
    middle = tuple((s, e) for s, e in paras if _BOILERPLATE.match(text[s:e]) or _QUOTED_MARKER.match(text[s:e]))
    middle += _listed_links(text, paras, middle)
    paras = [p for p in paras if p not in middle]
    return Layout(site, headline, dateline, body_start, body_end, middle + tuple(boiler), tuple(paras), text)
