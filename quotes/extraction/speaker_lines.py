"""Lines that open with their speaker's name and a colon: transcripts, interviews, live blogs, tweets quoted whole.

    BOULDUAN: Why not debate in New York?          -> the anchor's words
    Kasich: ‘We are going all the way.’             -> Kasich's words (the quote marks left out)
    A: We never planned to sell the yard.           -> the interviewee's answer (Q: lines are the interviewer's)

A plain function over the layout and the parsed tokens; the attribution rules turn each line into a quote, and
find no quote inside a question.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Token

from .registry import is_title
from .structure import DocIndex

# 'NAME:', and the same in Markdown bold ('**Name:**', '**Name**:') as transcripts pasted from the web have it, or
# after an opening quote mark ('"RAMOS: Why?'), as a transcript quoted paragraph by paragraph has it
_LABEL = re.compile(r"(?P<open>[\"“‘'](?=[A-Z]))?(?:\*\*)?(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3})(?:\*\*)?[ \u00a0]*:"
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
    "twitter", "facebook", "instagram", "online", "web", "website", "name", "age", "city", "job", "occupation",
})
# words of a section label or a finding ('The Latest:', 'Delegate Update:', 'AP-GfK Poll:'): nobody's speech
SECTION_WORDS = frozenset({
    "latest", "update", "updates", "poll", "polls", "report", "notice", "leaked", "daily", "guide", "newsletter",
    "briefing", "exclusive", "breaking", "watch", "video", "live", "editorial", "fact-check", "transcript", "q&a",
    "recap", "timeline", "explainer", "survey", "study",
})
_HEADING_WORDS = 6
_QUOTE_MARK = re.compile("[\"“”‘]")  # not ’, an apostrophe as often as a mark
_WORD = re.compile(r"(?<![@\w./])[^\W\d_]{2,}")  # a word, not a handle, a link or a number


@dataclass(frozen=True)
class SpeakerLine:
    start: int  # the words said (character offsets)
    end: int
    colon: Token
    name: Token | None  # last token of the speaker's name; None for an interviewee's answer ("A:")
    question: bool = False  # an interviewer's question ("Q:"): no quote, and no quote inside it
    label: int = -1  # where the line starts (its label, or the quote mark before it)


def find_speaker_lines(idx: DocIndex) -> list[SpeakerLine]:
    text = idx.layout.text
    doc = idx.doc
    out: list[SpeakerLine] = []
    found = [(ps, pe, _LABEL.match(text, ps, pe)) for ps, pe in idx.layout.paragraphs if ps >= idx.layout.body_start]
    turns = Counter(m.group("name").split()[-1].lower() for _, _, m in found if m is not None)
    caps = sum(1 for _, _, m in found if m is not None and m.group("name").isupper() and len(m.group("name")) > 1
               and m.group("name").lower() not in _NOT_SPEAKERS | QUESTION_LABELS | ANSWER_LABELS)
    headings = _section_headings(text, found)
    for ps, pe, m in found:
        if m is None or ps in headings:
            continue
        label = m.group("name")
        key = label.lower().rstrip(".")
        if key in _NOT_SPEAKERS or any(w in SECTION_WORDS for w in key.split()):
            continue
        colon = doc[idx.tok_at(m.end("name") + text[m.end("name"):m.end()].index(":"))]
        name = None
        if key in QUESTION_LABELS:
            out.append(SpeakerLine(m.end(), pe, colon, None, question=True, label=ps))
            continue
        if key not in ANSWER_LABELS:
            tokens = doc[idx.tok_at(m.start("name")):colon.i]
            if not _names_a_speaker(tokens, text, turns[key.split()[-1]] >= 2 or caps >= 2):
                continue
            name = tokens[-1]
        start, end = _words(idx, m.end(), _quoted_line_end(idx, ps, pe) if m.group("open") else pe)
        words = _WORD.findall(text, start, end)
        if words and not all(w.isupper() for w in words[:3]):  # not '1,769.', '@handle', 'UN: A HEADLINE “…”'
            out.append(SpeakerLine(start, end, colon, name, label=ps))
    return out


def _section_headings(text: str, found: list) -> set[int]:
    """'Rubio: Finish second.' over a paragraph about Rubio, then 'Cruz: Just hang on.' over one about Cruz: three or
    more short labelled lines, none answered by the next paragraph, head the sections of a round-up; a transcript
    or an interview takes turns, one labelled line after another. The starts of the heading lines."""
    labelled = [m is not None and m.group("name").lower() not in _NOT_SPEAKERS for _, _, m in found]
    if any(a and b for a, b in zip(labelled, labelled[1:])):
        return set()
    short = {ps for (ps, pe, m), lab in zip(found, labelled)
             if lab and len(text[m.end():pe].split()) <= _HEADING_WORDS and not _QUOTE_MARK.search(text, m.end(), pe)}
    return short if len(short) >= 3 else set()


def _names_a_speaker(tokens, text: str, transcript: bool) -> bool:
    """A name in capitals in a transcript (a label that comes back, or one of several in capitals) or naming someone
    in the article ('PENCE:'), a named person or organisation, a name of two or more words, or the surname of a person the article
    names in full ('Lopez:' after 'Luciana Lopez'); not a one-off shout in capitals ('BOOM:', 'BYLINE:')."""
    if not len(tokens) or any(t.like_num for t in tokens):
        return False
    if any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "MONEY", "PERCENT", "CARDINAL") for t in tokens):
        return False  # 'WASHINGTON:', 'Monday:'
    word = tokens[-1].text
    if all(t.text.isupper() and len(t.text) > 1 for t in tokens if t.is_alpha):
        return transcript or _surname_in(word.capitalize(), text)
    return len(tokens) >= 2 or tokens[-1].ent_type_ in ("PERSON", "ORG", "NORP") or _surname_in(word, text)


def label_is_a_speaker(tokens, text: str) -> bool:
    """A label written once, outside a transcript ('Ruiz:' opening a headline), that names a speaker."""
    return _names_a_speaker(tokens, text, False)


def _surname_in(word: str, text: str) -> bool:
    """'Lopez' ends a name written in full somewhere in the text ('Luciana Lopez said'), not a title ('Remain In EU')."""
    return len(word) >= 3 and word.isalpha() and \
        re.search(rf"\b[A-Z][\w'’.-]*[ \u00a0]+{re.escape(word)}\b(?![ \u00a0]+[A-Z])", text) is not None


def _quoted_line_end(idx: DocIndex, ps: int, pe: int) -> int:
    """'"RAMOS: Why?" he asked.' ends at its closing mark; a line left open for the next paragraph at its end."""
    for seg in idx.segments:
        if seg.open_pos == ps:
            return seg.end if seg.closed else pe
    return pe


def _words(idx: DocIndex, start: int, end: int) -> tuple[int, int]:
    """The line's words, without the quote marks around them when one quote is the whole line."""
    text = idx.layout.text
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"”"):
        end -= 1
    for seg in idx.segments:
        if seg.open_pos == start and seg.close_pos is not None and \
                text[seg.close_pos + seg.close_width:end].strip(" .") == "":
            return seg.start, seg.end
    return start, end


def label_names(idx: DocIndex) -> dict[int, tuple[int, int, str]]:
    """Each transcript label by its colon's token: where it is written, and as a name. A surname alone takes the
    fuller label it shortens ('BOULDUAN:' after 'KATE BOULDUAN:'); a name in capitals is written as a name."""
    text = idx.layout.text
    labels = {}
    for line in find_speaker_lines(idx):
        if line.name is not None:
            s, e = line.label, line.colon.idx
            while s < e and text[s] in " \u00a0*\"“‘'":
                s += 1
            while e > s and text[e - 1] in " \u00a0*":
                e -= 1
            labels[line.colon.i] = (s, e, text[s:e])
    fullest: dict[str, str] = {}
    for _, _, label in labels.values():
        last = label.split()[-1].lower()
        if len(label) > len(fullest.get(last, "")):
            fullest[last] = label
    names = {last: _written_in_full(idx, _as_name(label)) for last, label in fullest.items()}
    return {i: (s, e, names[label.split()[-1].lower()]) for i, (s, e, label) in labels.items()}


def _written_in_full(idx: DocIndex, name: str) -> str:
    """'Okafor-Lynch' (from 'OKAFOR-LYNCH:') as the introduction writes it: 'Fire Chief Nadia Okafor-Lynch'."""
    if " " in name:
        return name
    for m in re.finditer(rf"\b([A-Z][a-z][\w'’-]*)[ \u00a0]+{re.escape(name)}\b", idx.layout.text):
        if not is_title(idx.doc[idx.tok_at(m.start(1))]):
            return f"{m.group(1)} {name}"
    return name


def _as_name(label: str) -> str:
    words = label.split()
    if not all(w.isupper() for w in words) or (len(words) == 1 and len(words[0]) <= 3):
        return label  # 'Ana Ruiz', or an acronym ('CNN')
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
