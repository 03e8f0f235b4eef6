"""Lines that open with their speaker's name and a colon: transcripts, interviews, live blogs, tweets quoted whole.

    BOULDUAN: Why not debate in New York?          -> the anchor's words
    Kasich: ‘We are going all the way.’             -> Kasich's words (the quote marks left out)
    A: We never planned to sell the yard.           -> the interviewee's answer (Q: lines are the interviewer's)

A plain function over the layout and the parsed tokens; the attribution rules turn each line into a quote, and
find no quote inside a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from .structure import DocIndex

# 'NAME:', and the same in Markdown bold ('**Name:**', '**Name**:') as transcripts pasted from the web have it
_LABEL = re.compile(r"(?:\*\*)?(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3})(?:\*\*)?[ \u00a0]*:"
                    r"(?:\*\*)?[ \u00a0]+(?=\S)")
ANSWER_LABELS = frozenset({"a", "answer"})
QUESTION_LABELS = frozenset({"q", "question"})
_NOT_SPEAKERS = frozenset({
    "note", "editor's note", "editor’s note", "update", "updated", "correction", "clarification",
    "photo", "photos", "image", "video", "watch", "listen", "read", "read more", "see", "see also", "related",
    "source", "sources", "credit", "caption", "tags", "topics", "by", "posted", "published", "breaking",
    "exclusive", "live", "opinion", "analysis", "transcript", "subscribe", "contact", "email", "follow",
    "advertisement", "sponsored", "disclosure", "warning", "click", "share", "poll", "more", "also", "ps", "p.s",
    "background", "context", "bottom line", "the bottom line", "why it matters", "what's next", "what’s next",
})


@dataclass(frozen=True)
class SpeakerLine:
    start: int  # the words said (character offsets)
    end: int
    colon: Token
    name: Token | None  # last token of the speaker's name; None for an interviewee's answer ("A:")
    question: bool = False  # an interviewer's question ("Q:"): no quote, and no quote inside it


def find_speaker_lines(idx: DocIndex) -> list[SpeakerLine]:
    text = idx.layout.text
    doc = idx.doc
    out: list[SpeakerLine] = []
    for ps, pe in idx.layout.paragraphs:
        if ps < idx.layout.body_start:
            continue
        m = _LABEL.match(text, ps, pe)
        if m is None:
            continue
        label = m.group("name")
        key = label.lower().rstrip(".")
        if key in _NOT_SPEAKERS:
            continue
        colon = doc[idx.tok_at(m.end("name") + text[m.end("name"):m.end()].index(":"))]
        name = None
        if key in QUESTION_LABELS:
            out.append(SpeakerLine(m.end(), pe, colon, None, question=True))
            continue
        if key not in ANSWER_LABELS:
            tokens = doc[idx.tok_at(m.start("name")):colon.i]
            if not _names_a_speaker(tokens):
                continue
            name = tokens[-1]
        start, end = _words(idx, m.end(), pe)
        if end - start >= 2:
            out.append(SpeakerLine(start, end, colon, name))
    return out


def _names_a_speaker(tokens) -> bool:
    """A transcript name in capitals, a named person or organisation, or a name of two or more words."""
    if not len(tokens) or any(t.like_num for t in tokens):
        return False
    if any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "MONEY", "PERCENT", "CARDINAL") for t in tokens):
        return False  # 'WASHINGTON:', 'Monday:'
    if all(t.text.isupper() and len(t.text) > 1 for t in tokens if t.is_alpha):
        return True
    return len(tokens) >= 2 or tokens[-1].ent_type_ in ("PERSON", "ORG", "NORP")


def _words(idx: DocIndex, start: int, end: int) -> tuple[int, int]:
    """The line's words, without the quote marks around them when one quote is the whole line."""
    text = idx.layout.text
    while end > start and text[end - 1].isspace():
        end -= 1
    for seg in idx.segments:
        if seg.open_pos == start and seg.close_pos is not None and \
                text[seg.close_pos + seg.close_width:end].strip(" .") == "":
            return seg.start, seg.end
    return start, end
