"""Quoted words that are not speech: a title, a nickname, a slogan or a scare quote ('so-called “…”', 'known as
“…”', 'the film “…”', 'the election programme, “Night of Decision,”'), told from a speaker's own words
('what it called “market speculation”'). Plain functions over the DocIndex, read by `attribution.find_attributions`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .called_words import after_programme_prep, labelling, speakers_own_words
from .lexicon import CALL_FORMS, DOCUMENT_NOUNS, LABEL_TRIGGERS, WORK_NOUNS, WORK_OF_NOUNS, tnorm
from .structure import DocIndex

_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_NAME_SMALL = frozenset({"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "with", "'s", "’s", "de", "la", "von"})
_SPEECH_PRONOUNS = frozenset({"i", "we", "my", "our", "me", "us", "you", "your", "i'm", "we're", "i've", "we've"})
CALL_OBJECT_PREPS = frozenset({"as"})
_WORK_TITLE = 12  # words a work's title may have after 'author of', 'her memoir,'


def is_label(idx: DocIndex, k: int) -> bool:
    """A quoted title, nickname, slogan or scare quote: 'so-called “…”', 'known as “…”', 'film “…”'."""
    doc = idx.doc
    os_ = idx.seg_outer[k][0]
    us = idx.unit(os_)[0]
    before = [doc[j] for j in range(max(us, os_ - 6), os_) if not doc[j].is_space]
    forms = [tnorm(t) for t in before]
    content = [f for f in forms if f not in _DETS]
    if _listed_after_label(idx, k):
        return True  # 'signs reading “Save Our Pool” or “Open the Doors”': the second sign as much as the first
    if content and (content[-1] in LABEL_TRIGGERS or content[-1] in WORK_NOUNS):
        # 'Ana called the novel “the best debut I have read”': an evaluative phrase after a speaker's call
        if any(speakers_own_words(t) for t in before) and not title_name(idx, k):
            return False  # "what it called “market speculation”": the speaker's words
        return not (_evaluative(idx, k) and any(_speaker_call(t) for t in before))
    if after_programme_prep(before) and title_name(idx, k):
        return True  # 'said on “Meet the Nation.”', 'told KTV's “Morning Live”': the programme, not words said
    if content and content[-1] in CALL_OBJECT_PREPS and title_name(idx, k) and \
            any(tnorm(t) in CALL_FORMS for t in before):
        return True  # 'described him as “the Dragon”'
    if title_name(idx, k) and any(tnorm(t) in CALL_FORMS and t.tag_.startswith("VB") for t in before[-4:]):
        return True  # 'Fans call him “the Dragon”', 'locals call the street “Salt Road”'

    if len(content) >= 2 and content[-1] == "of" and content[-2] in WORK_OF_NOUNS and title_name(idx, k, _WORK_TITLE):
        return True  # 'a copy of “Great Expectations”', 'a new production of “Hamlet”'
    if len(content) >= 2 and content[-2] in LABEL_TRIGGERS and content[-1] in (":", ","):
        return True  # 'under the slogan: “…”'
    if len(content) >= 2 and content[-2] in WORK_NOUNS and content[-1] == "," and title_name(idx, k, _WORK_TITLE):
        return True  # 'on the broadcaster's election programme, “Night of Decision,” he said'
    if len(content) >= 2 and content[-2] in DOCUMENT_NOUNS and content[-1] == "," and _set_off(idx, k) and \
            title_name(idx, k, _WORK_TITLE):
        return True  # 'The audit, “Waiting in Line”, found …': a report's title set off by commas, not its words
    if title_name(idx, k) and _names_the_noun_after(idx, k):
        return True  # 'the “Night Desk” host', 'a “Stop the Tolls” badge': a title or slogan naming the noun after it
    return "known" in forms and "as" in forms[forms.index("known"):]


def _listed_after_label(idx: DocIndex, k: int) -> bool:
    """The quote follows a label quote of its own sentence with only 'or', 'and' or a comma between."""
    if k == 0:
        return False
    doc = idx.doc
    prev_end, os_ = idx.seg_outer[k - 1][1], idx.seg_outer[k][0]
    between = [tnorm(t) for t in doc[prev_end:os_] if not t.is_space]
    return prev_end <= os_ and idx.unit(prev_end - 1) == idx.unit(os_) and bool(between) and \
        all(w in ("or", "and", ",", "nor") for w in between) and between[-1] != "," and is_label(idx, k - 1)


def _names_the_noun_after(idx: DocIndex, k: int) -> bool:
    """The closing mark is followed at once by a common noun that the quoted name modifies ('the “Night Desk”
    host'): the words are a name used as a modifier, never a clause of someone's."""
    doc = idx.doc
    _, oe = idx.seg_outer[k]
    if oe >= len(doc) or idx.quoted(doc[oe]):
        return False
    after = doc[oe]
    ts, te = idx.seg_tokens[k]
    if after.pos_ != "NOUN" or after.text[:1].isupper() and after.ent_type_ or doc[te - 1].text in (",", ";", ":"):
        return False
    if not any(t.pos_ in ("NOUN", "PROPN") for t in doc[ts:te]):
        return False  # 'a “Very Bad” deal': the speaker's own adjectives, quoted
    return any(t.head.i == after.i or t.head.i >= oe and t.head.head.i == after.i for t in doc[ts:te])


def _set_off(idx: DocIndex, k: int) -> bool:
    """A comma follows the closing mark (or sits just inside it): the quoted words are an appositive, closed off."""
    doc = idx.doc
    _, oe = idx.seg_outer[k]
    ts, te = idx.seg_tokens[k]
    return idx.segments[k].closed and (oe < len(doc) and doc[oe].text == "," or te > ts and doc[te - 1].text == ",")


def _quoted_words(idx: DocIndex, k: int, most: int | None = None) -> list[Token]:
    """The words inside quote `k`; with `most`, no more than one past it (enough to tell the quote is longer)."""
    ts, te = idx.seg_tokens[k]
    doc, words = idx.doc, []
    for i in range(ts, te):
        t = doc[i]
        if not (t.is_punct or t.is_space):
            words.append(t)
            if most is not None and len(words) > most:
                break
    return words


def title_name(idx: DocIndex, k: int, longest: int = 5) -> bool:
    """A short Title Case name ('Salt Road', 'the Dragon'), not a single adjective ('Kafkaesque'). A work's title
    may run longer, subtitle and all ('co-author of “Nights on the Line: A Year With the Lifeboat Crew”')."""
    words = _quoted_words(idx, k, longest)
    if not 1 <= len(words) <= longest or (len(words) == 1 and words[0].pos_ == "ADJ"):
        return False
    alpha = [t for t in words if t.is_alpha]
    return any(t.text[:1].isupper() for t in alpha) and \
        all(t.text[:1].isupper() or tnorm(t) in _NAME_SMALL for t in alpha)


def _evaluative(idx: DocIndex, k: int) -> bool:
    """Speech, not a name: a lowercase phrase of 3+ words, or with an adjective or a first/second person."""
    words = _quoted_words(idx, k)
    if not words or title_name(idx, k):
        return False
    return len(words) >= 3 or any(t.pos_ == "ADJ" or tnorm(t) in _SPEECH_PRONOUNS for t in words)


def _speaker_call(tok: Token) -> bool:
    """'Ana called …' (a verb with its own subject) or 'Ana, who called …', not 'a film called …' (a participle)."""
    return tnorm(tok) in CALL_FORMS and tok.tag_.startswith("VB") and \
        (tok.dep_ not in ("acl", "relcl", "amod") or tok.dep_ == "relcl" and not labelling(tok)) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def is_subhead(idx: DocIndex, k: int) -> bool:
    """'“DIVISIVE, STUPID AND WRONG”' standing alone as a paragraph, in capitals with no full stop: a wire story's
    subhead quoting words the story goes on to report, not a statement of its own."""
    seg = idx.segments[k]
    text = idx.layout.text
    words = text[seg.start:seg.end]
    letters = [c for c in words if c.isalpha()]
    if not seg.closed or len(words.split()) < 2 or not letters or any(c.islower() for c in letters) \
            or words.rstrip()[-1:] in (".", "!", "?"):
        return False
    ps, pe = idx.layout.paragraphs[seg.para]
    return text[ps:pe].strip() == text[seg.open_pos:seg.outer_end].strip()
