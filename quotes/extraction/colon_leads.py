"""A paragraph that ends 'In a 1963 speech, he declared:' and a quote that opens the next one: the cue before the
writer's colon names the quote's speaker, as it would in one sentence. A name and a colon right before a quote
('Turnout held up - Ana Ruiz: “…”', 'More from Ruiz: “…”') name its speaker the same way."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import has_subject, is_cue
from .documents import document_author
from .lexicon import tnorm
from .structure import DocIndex


def colon_lead_cue(idx: DocIndex, k: int, has_content: set[int]) -> Token | None:
    """'In a 1963 speech, he declared:' closing a paragraph, the quote opening the next: the cue before the colon
    (its last verb, not a question put to someone) is the quote's."""
    doc = idx.doc
    os_ = idx.seg_outer[k][0]
    us = idx.unit(os_)[0]
    if any(not t.is_space for t in doc[us:os_]):
        return None  # the quote must open its sentence
    j = us - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 1 or doc[j].text != ":" or idx.quoted(doc[j]) or idx.para_of[j] not in (idx.para_of[os_], idx.para_of[os_] - 1):
        return None
    floor = max(idx.unit(j)[0], j - 12)
    verb = next((doc[m] for m in range(j - 1, floor - 1, -1) if doc[m].pos_ in ("VERB", "AUX")), None)
    if verb is None or idx.quoted(verb) or not is_cue(verb) or tnorm(verb) in ("asked", "asks") or \
            verb.i in has_content or not has_subject(verb):
        return None
    return verb


# what a quote after a colon can be the text of ('issued a statement: “…”', 'with the caption: “…”')
_WRITTEN = frozenset({"statement", "caption", "message", "note", "post", "tweet", "letter", "tribute", "words",
                      "email", "text", "memo", "reply", "response"})


def _colon_before(idx: DocIndex, k: int) -> tuple[int, int | None]:
    """The start of the quote's sentence, and the colon (outside quotes) right before the quote, if one is there (the
    tokenizer may glue it to a bracket: '):')."""
    doc = idx.doc
    os_ = idx.seg_outer[k][0]
    us = idx.unit(os_)[0]
    j = os_ - 1
    while j > us and doc[j].is_space:
        j -= 1
    return us, j if doc[j].text.endswith(":") and not idx.quoted(doc[j]) else None


def _written_noun(idx: DocIndex, k: int) -> Token | None:
    """The noun naming what was written in the clause that a colon right before the quote closes."""
    doc = idx.doc
    us, j = _colon_before(idx, k)
    if j is None or j <= us:
        return None
    return next((doc[m] for m in range(j - 1, max(us, j - 6) - 1, -1) if tnorm(doc[m]) in _WRITTEN), None)


def written_author(idx: DocIndex, k: int) -> Token | None:
    """'The MP read out an email from a constituent: “…”': the one the writing is from wrote the words, not the one
    who read them out."""
    noun = _written_noun(idx, k)
    if noun is None:
        return None
    author = document_author(noun)
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if author is None and nxt is not None and tnorm(nxt) == "from" and nxt.head.i == noun.head.i:
        # the parser hangs 'from a constituent' on the verb ('read out an email | from …'), but it says whose it is
        author = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    return author if author is not None and not idx.quoted(author) else None


def written_lead(idx: DocIndex, k: int) -> Token | None:
    """'The club issued a statement: “…”', 'She shared a photo with the caption: “…”': a quote right after a colon
    that closes a clause naming what was written: the clause's verb (its subject is the writer), if it has one."""
    noun = _written_noun(idx, k)
    if noun is None:
        return None
    verb = noun.head
    for _ in range(4):  # 'a photo of the team with the caption', 'in a post'
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or idx.quoted(verb) or not has_subject(verb):
        return None
    return verb


def from_lead(idx: DocIndex, k: int) -> Token | None:
    """'From the Corran Folk Club: “…”': a tribute line named by who it is from, the quote its whole sentence."""
    doc = idx.doc
    us, j = _colon_before(idx, k)
    if j is None or j - us < 2 or tnorm(doc[us]) != "from":
        return None
    who = next((c for c in doc[us].children if c.dep_ == "pobj"), None)
    return who if who is not None and who.i < j and who.pos_ in ("PROPN", "NOUN") else None


_NAME_LEADS = frozenset({"-", "—", "–", "from"})


def colon_name(idx: DocIndex, k: int) -> Token | None:
    """'… held up - Ana Ruiz: “…”', 'More from Ruiz: “…”': a person's name between a dash (or 'from') and the
    colon that opens the quote is its speaker (the name's last token)."""
    doc = idx.doc
    _, j = _colon_before(idx, k)
    if j is None or j < 2 or doc[j].text != ":" or idx.para_of[j] != idx.para_of[idx.seg_outer[k][0]]:
        return None
    name = doc[j - 1]
    m = j - 1
    while m >= 0 and (doc[m].ent_type_ == "PERSON" or doc[m].pos_ == "PROPN" and doc[m].text[:1].isupper()) \
            and j - m <= 4:
        m -= 1
    if m == j - 1 or m < 0 or tnorm(doc[m]) not in _NAME_LEADS or idx.quoted(doc[m]):
        return None
    return name
