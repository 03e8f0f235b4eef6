"""The speaker the parser left without a subject role: the nearest noun phrase left of the cue in its sentence,
past what stands between ('Ms Kane, 58, who founded the charity, said', 'Ruth Okonjo (D-New Halden) said')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import QUESTION_PARTICIPLES, tnorm
from .structure import DocIndex

_SKIP_LEFT_POS = frozenset({"ADP", "ADV", "NUM", "SPACE"})
RELATIVES = frozenset({"who", "which", "whose"})


def fallback_subject(cue: Token, idx: DocIndex) -> Token | None:
    """Nearest noun phrase left of the cue in its unit, skipping dates and adverbials."""
    doc = idx.doc
    ustart = idx.unit(cue.i)[0]
    i = cue.i - 1
    while i >= ustart:
        t = doc[i]
        if t.text in (",", "—", "–") and not idx.quoted(t):
            k = _before_relative(idx, i, ustart)
            if k is not None:  # "Ms Kane, 58, who founded the charity, said …": the noun before the clause
                i = k
                continue
        if t.text == ")" and not idx.quoted(t):
            k = _party_tag_start(doc, i, ustart)
            if k is not None:  # 'Ruth Okonjo (D-New Halden) said': the name before the party and state
                i = k - 1
                continue
        if t.text[:1] == "@" and len(t.text) > 1 and not idx.quoted(t):
            return t  # '“Back where she belongs,” @SealRescue posted': a handle the tagger takes for a verb
        if t.text == "," and i - 3 >= ustart and doc[i - 1].like_num and doc[i - 2].text == "," and \
                doc[i - 3].pos_ == "PROPN":
            i -= 3  # "As part of his plea, Marcel Lazar, 44, said …": the parser hung the name off the plea
            continue
        if idx.quoted(t) or t.text in (",", ";", ":", "—", "–"):
            return None
        if t.pos_ == "ADJ" and tnorm(t) == "old" and i > ustart and tnorm(doc[i - 1]) in ("-", "year"):
            return t  # "“…,” the 31-year-old said": the parser left the age descriptor without a subject role
        share = _share_start(doc, i, ustart) if i == cue.i - 1 else None
        if share is not None:
            return share  # '… and one in four said …': the share of people counted said it
        if t.ent_type_ in ("DATE", "TIME") or t.pos_ in _SKIP_LEFT_POS or t.pos_ == "AUX" or t.dep_ == "neg":
            i -= 1
            continue
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            head = t
            while head.dep_ in ("compound", "amod", "det", "nummod", "flat") and head.head.i <= cue.i \
                    and head.head.i > head.i:
                head = head.head
            return _antecedent(head, i) or head
        return None
    return None


def _share_start(doc, last: int, ustart: int) -> Token | None:  # noqa: ANN001
    """'one in four', 'six of 10', 'three out of four' ending right before the cue: its first number."""
    if not doc[last].like_num:
        return None
    k = last - 1
    if k - 1 >= ustart and tnorm(doc[k]) == "of" and tnorm(doc[k - 1]) == "out":
        k -= 1
    if k - 1 >= ustart and tnorm(doc[k]) in ("in", "of", "out") and doc[k - 1].like_num:
        return doc[k - 1]
    return None


def _antecedent(noun: Token, last: int) -> Token | None:
    """'an official who spoke anonymously to discuss internal planning said …': the noun ends a relative clause
    that runs up to the cue (no comma closing it), so the one the clause is about spoke, not the noun."""
    for a in noun.ancestors:
        if a.dep_ == "relcl" and a.head.i < a.i and a.head.pos_ in ("NOUN", "PROPN") and a.right_edge.i == last \
                and any(tnorm(c) in ("who", "that") and c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            return a.head
    return None


def _party_tag_start(doc, close: int, ustart: int) -> int | None:  # noqa: ANN001
    """Where '(D-New Halden)', '(R-Texas)', '(I-Vt.)' opens, for the ')' closing it: a US lawmaker's party and state."""
    for k in range(close - 2, max(ustart, close - 8) - 1, -1):
        if doc[k].text == "(":
            first = doc[k + 1].text
            ok = first in ("D", "R", "I") and doc[k + 2].text in ("-", "–") or first[:2] in ("D-", "R-", "I-")
            return k if ok else None
    return None


def _before_relative(idx: DocIndex, comma: int, ustart: int) -> int | None:
    """For the comma closing ', who …,' (or ', 58, who …,', or ', asked whether …,'): the index of the last token
    before the clause."""
    doc = idx.doc
    j = comma - 1
    while j > ustart and not ((tnorm(doc[j]) in RELATIVES or tnorm(doc[j]) in QUESTION_PARTICIPLES)
                              and doc[j - 1].text in (",", "—", "–")):
        if idx.quoted(doc[j]) or doc[j].text in (";", ":") or doc[j].is_sent_start:
            return None
        j -= 1
    if j <= ustart:
        return None
    k = j - 2  # skip the opening comma; then an age or appositive in commas (", 58,")
    if k - 2 >= ustart and (doc[k].like_num or doc[k].pos_ == "NUM") and doc[k - 1].text == ",":
        k -= 2
    if k < ustart or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    return k
