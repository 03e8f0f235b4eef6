"""spaCy components and pipeline assembly.

`newsdesk_layout` runs first: it marks paragraph starts and the body start as sentence starts,
which the parser honours. `newsdesk_quotes` runs last: it finds quotes and speakers (reading
only), then writes `doc.spans["quotes"]`, Span extensions and plain dicts in `doc._.newsdesk_quotes`.
"""

from __future__ import annotations

from bisect import bisect_left

import spacy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from .attribution import Attribution, find_attributions, link_statements
from .collection import collect
from .confidence import confidence
from .family import add_families
from .headlines import add_headline_claims
from .layout import Layout, match_dateline, split_layout
from .particle_names import o_name, particle_names  # noqa: F401  (registers the component)
from .quote_marks import find_quote_segments
from .records import ExtractedQuote
from .speakers import SpeakerResolver
from .structure import build_index

UNUSED_COMPONENTS = ("lemmatizer",)
_KINDS = {"person", "organisation", "group", "unknown"}

if not Doc.has_extension("newsdesk_quotes"):
    Doc.set_extension("newsdesk_quotes", default=None)
for _name in ("speaker", "cue", "confidence"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


_LAYOUT_KEY, _SEGMENTS_KEY = "newsdesk_layout", "newsdesk_quote_segments"


def _layout_data(layout: Layout) -> dict:
    return {"body": [layout.body_start, layout.body_end], "paragraphs": [list(p) for p in layout.paragraphs]}


def mark_paragraphs(doc: Doc, layout: Layout) -> None:
    """Sentence starts at every line start, at the body start (after a dateline), and at a quote that opens
    after a full stop (the tagger reads an archive opener '' as a closer and glues it to the sentence before)."""
    body_start = layout.body_start
    segments = find_quote_segments(layout.text, layout.paragraphs)
    doc.user_data[_SEGMENTS_KEY] = segments  # the finder's too, read again after the parser
    openers = {seg.open_pos for seg in segments}
    starts = later_datelines(layout)
    if len(doc) < 2:
        return
    marks: dict[int, bool] = {}  # token index → sentence start or not, written to the Doc at the end
    for i in _start_candidates(doc, {body_start} | starts | openers):
        prev, tok = doc[i - 1], doc[i]
        if tok.is_space:
            continue
        at = tok.idx
        if (prev.is_space and ("\n" in prev.text or "\r" in prev.text)) or at == body_start or at in starts:
            marks[i] = True
            _keep_name_whole(doc, i, marks)
        elif at in openers:
            j = i - 1
            while j > 0 and doc[j].is_space:
                j -= 1
            if doc[j].text in (".", "!", "?") and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
                marks[i] = True
    _set_sentence_starts(doc, marks)


def _set_sentence_starts(doc: Doc, marks: dict[int, bool]) -> None:
    """All at once: each `Token.is_sent_start = ...` first scans the whole Doc for a parse."""
    if not marks:
        return
    values = doc.to_array([SENT_START]).astype("int64")
    for i, start in marks.items():
        values[i] = 1 if start else -1
    doc.from_array([SENT_START], values.astype("uint64"))


def _start_candidates(doc: Doc, offsets: set[int]) -> list[int]:
    """In order, every token after the first that may start a sentence in `mark_paragraphs`: after a whitespace
    token holding a line break, or starting at one of `offsets` (read as columns: a Token object for a few only)."""
    columns = doc.to_array([IDX, IS_SPACE])
    token_starts = columns[:, 0].tolist()
    found = set()
    for k in columns[:, 1].nonzero()[0].tolist():
        text = doc[k].text
        if "\n" in text or "\r" in text:
            found.add(k + 1)
    for at in offsets:
        k = bisect_left(token_starts, at)
        if k < len(token_starts) and token_starts[k] == at:
            found.add(k)
    return sorted(k for k in found if 0 < k < len(token_starts))


def _keep_name_whole(doc: Doc, i: int, marks: dict[int, bool]) -> None:
    """No sentence starts inside the capitalised words that open a line ('Nadia Ferreira-Holt has guided …'): the
    parser, given a sentence start before a name, sometimes ends a one-word sentence after its first word and
    parses the rest without it, so the person is never the subject. Marked False in `marks`."""
    j = i
    while j + 1 < len(doc) and j - i < 3 and doc[j].whitespace_ == " " and doc[j].is_alpha \
            and doc[j].text[:1].isupper() and (doc[j + 1].is_alpha or o_name(doc[j + 1].text)) \
            and doc[j + 1].text[:1].isupper():  # 'Liam O’Hare': the apostrophe makes no word of two
        marks[j + 1] = False
        j += 1


def later_datelines(layout: Layout) -> set[int]:
    """Where the text starts after a dateline opening the second paragraph ('Trump and Ryan meet.' / 'WASHINGTON
    (AP) — Donald Trump and …'): a headline ending in a full stop is read as body, so the dateline under it is not
    split off; a sentence start after it keeps the parser from making the place the subject."""
    if layout.dateline is not None or len(layout.paragraphs) < 2:
        return set()
    # the second paragraph, or the third under a byline; a bare place in capitals only before a long dash (a
    # transcript writes "BREKKE - We will …" with a hyphen) ('By Ana Ruiz, Economics Correspondent' / 'OSLO — …')
    for s, e in layout.paragraphs[1:3]:
        m = match_dateline(layout.text[s:e])
        if m and (m.group("agency") or m.group("parts") or (m.group("place").isupper() and m.group("sep") in ("—", "–"))):
            return {s + m.end()}
    return set()


@Language.component("newsdesk_layout", assigns=["token.is_sent_start"])
def layout_component(doc: Doc) -> Doc:
    text = doc.text  # built on each access: read it once
    split_platform_stop(doc, text)
    layout = split_layout(text)
    mark_paragraphs(doc, layout)
    doc.user_data[_LAYOUT_KEY] = layout  # the finder reads it again after the parser (not kept by DocBin)
    return doc


class QuoteFinder:
    def __init__(self, spans_key: str = "quotes") -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        records = self.find(doc)  # reads only
        self.set_annotations(doc, records)
        return doc

    def find(self, doc: Doc) -> list[dict]:
        layout = doc.user_data.get(_LAYOUT_KEY)
        # doc.text is built on each access (a join over every token): the layout component's copy stands for it
        text = layout.text if layout is not None and _text_length(doc) == len(layout.text) else doc.text
        if not text.strip():
            return []
        layout, segments = doc.user_data.pop(_LAYOUT_KEY, None), doc.user_data.pop(_SEGMENTS_KEY, None)
        if layout is None or layout.text != text:  # a doc made elsewhere (DocBin keeps no user data)
            layout, segments = split_layout(text), None
        idx = build_index(doc, layout, segments)
        registry = collect(idx)
        add_families(idx, registry)
        atts = add_headline_claims(idx, find_attributions(idx))
        SpeakerResolver(idx, registry).resolve_all(atts)
        link_statements(atts)
        return [_record(text, a) for a in atts if a.end > a.start]

    def set_annotations(self, doc: Doc, records: list[dict]) -> None:
        spans = []
        for r in records:
            span = doc.char_span(r["start"], r["end"], label=r["kind"].upper(), alignment_mode="expand")
            if span is None:
                continue
            span._.speaker, span._.cue, span._.confidence = r["speaker"], r["cue"], r["confidence"]
            spans.append(span)
        doc.spans[self.spans_key] = spans
        doc._.newsdesk_quotes = records


def _text_length(doc: Doc) -> int:
    """len(doc.text), without building it."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _record(text: str, a: Attribution) -> dict:
    mention_text = text[a.mention[0]:a.mention[1]] if a.mention else None
    return {
        "text": text[a.start:a.end], "start": a.start, "end": a.end, "kind": a.kind,
        "cue": a.cue.text.strip("*") if a.cue is not None else "",  # a transcript's bold '**Name:**' colon
        "speaker": a.speaker, "speaker_kind": a.speaker_kind if a.speaker_kind in _KINDS else "unknown",
        "speaker_mention": mention_text,
        "mention_start": a.mention[0] if a.mention else None, "mention_end": a.mention[1] if a.mention else None,
        "confidence": confidence(a), "relayed_by": a.relayed_by, "parts": a.parts,
        "group": a.group,
    }


@Language.factory("newsdesk_quotes", requires=["token.dep", "token.is_sent_start"],
                  assigns=["doc.spans", "doc._.newsdesk_quotes"], default_config={"spans_key": "quotes"})
def make_quote_finder(nlp: Language, name: str, spans_key: str) -> QuoteFinder:
    return QuoteFinder(spans_key=spans_key)


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def split_invisible_characters(nlp: Language) -> None:
    """Zero-width characters become their own tokens, so "said\u200b." still reads as "said" + "."; so does a
    dash glued to a capitalised word ("-Ana").

    Only token boundaries change; `doc.text` stays the input, character for character.
    """
    tokenizer = nlp.tokenizer
    extra = [f"[{_INVISIBLE}]"]
    # '-Ana Ruiz, mayor' signing a quote: the dash is no part of the name
    prefixes = list(nlp.Defaults.prefixes) + extra + [r"-(?=[A-Z])"]
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(list(nlp.Defaults.suffixes) + extra).search
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(list(nlp.Defaults.infixes) + extra).finditer


# Rank abbreviations the stock tokenizer cuts at the full stop ('Sgt' + '.'), so that 'police spokeswoman Sgt. Ana
# Ruiz said' ends a sentence after 'Sgt'; it already keeps 'Gen.', 'Gov.', 'Sen.' whole. With them the honorifics of
# West African copy ('his deputy, Hon. Femi Oke, said', 'Engr. Ada Eze').
RANK_ABBREVIATIONS = ("Sgt.", "Lt.", "Det.", "Insp.", "Supt.", "Cpl.", "Capt.", "Maj.", "Cmdr.", "Hon.", "Engr.", "Barr.")


def keep_rank_abbreviations(nlp: Language) -> None:
    """Each rank abbreviation, full stop included, is one token (a title before a name, not a sentence's end)."""
    for abbr in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


def split_platform_stop(doc: Doc, text: str | None = None) -> None:
    """'… posted on X. “That's what we mean.”': the tokenizer keeps 'X.' whole as an initial ('Francis X.
    Moynihan'), so the sentence never ends; after 'on', with more text to come, it is the platform and a full stop.
    `text` is `doc.text` where the caller has it (splitting a token leaves the text as it was)."""
    if "X." not in (doc.text if text is None else text):  # nearly every article: no pass over its tokens
        return
    found = [t for t in doc[1:-1] if t.text == "X." and doc[t.i - 1].lower_ == "on" and t.whitespace_]
    if not found:
        return
    with doc.retokenize() as retokenizer:
        for tok in found:
            retokenizer.split(tok, ["X", "."], heads=[(tok, 0), (tok, 0)])


def build(model_name: str) -> Language:
    """The model without unused components, with the layout component first and the finder last."""
    nlp = spacy.load(model_name, exclude=list(UNUSED_COMPONENTS))
    split_invisible_characters(nlp)
    keep_rank_abbreviations(nlp)
    nlp.add_pipe("newsdesk_layout", first=True)
    nlp.add_pipe("newsdesk_particle_names", after="attribute_ruler" if "attribute_ruler" in nlp.pipe_names else None)
    nlp.add_pipe("newsdesk_quotes", last=True)
    return nlp


def to_records(doc: Doc) -> list[ExtractedQuote]:
    return [ExtractedQuote(**r) for r in (doc._.newsdesk_quotes or [])]
