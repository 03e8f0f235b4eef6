"""'According to X, C.' and 'C, according to X.': the content and the source of an according-to attribution."""

from __future__ import annotations

from spacy.tokens import Token

from .content_ends import second_statement
from .content_first import adverbial, quoted_predicate_end
from .content_spans import Content, clause_end, trim
from .cues import has_subject, is_cue
from .lexicon import FINITE_TAGS, tnorm
from .orgnames import joined_org_head
from .registry import is_title
from .roles import PERSON_DESCRIPTORS
from .structure import DocIndex


def _comma_name(idx: DocIndex, pobj: Token, np_end: int) -> tuple[int, Token] | None:
    """', Ana Ruiz,' right after a role nominal ('the agency's director'): the name in apposition, which the
    parser often hangs elsewhere. (index of the token before the closing comma, last name token)."""
    doc = idx.doc
    ue = idx.unit(pobj.i)[1]
    if not (is_title(pobj) or tnorm(pobj) in PERSON_DESCRIPTORS) or pobj.text[:1].isupper():
        return None
    if np_end + 3 >= ue or doc[np_end + 1].text != ",":
        return None
    k = np_end + 2
    while k < ue and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    if k == np_end + 2 or k >= ue or doc[k].text != "," or k - (np_end + 2) > 4:
        return None
    return k - 1, doc[k - 1]


def according_to(idx: DocIndex, tok: Token) -> tuple[Content, Token] | None:
    """'According to X, C.' / 'C, according to X.': (content, head of X)."""
    doc = idx.doc
    if tnorm(tok) != "according" or tok.i + 2 >= len(doc) or tnorm(doc[tok.i + 1]) != "to":
        return None
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = doc[tok.i + 2] if doc[tok.i + 2].pos_ in ("NOUN", "PROPN", "DET") else None
        if pobj is None:
            return None
        while pobj.head.i > pobj.i and pobj.head.i < idx.unit(tok.i)[1] and pobj.dep_ in ("det", "compound", "amod"):
            pobj = pobj.head
    us, ue = idx.unit(tok.i)
    j = tok.i - 1
    while j >= us and (doc[j].is_space or doc[j].pos_ in ("ADV", "CCONJ") and j == us):
        j -= 1  # 'But according to reports, …' opens the sentence
    if j >= us and doc[j].text == "," and j - 1 >= us and (all(
            doc[k].pos_ in ("CCONJ", "ADV", "SPACE") for k in range(us, j)) or j - us <= 4 and adverbial(idx, us, j)):
        j = us - 1  # "But, according to the poll, …", "In addition, according to …": no content before it
    if j < us:
        np_end = pobj.right_edge.i
        while np_end > pobj.i and doc[np_end].is_punct:  # an appositive name took the comma after it
            np_end -= 1
        named = _comma_name(idx, pobj, np_end)
        if named is not None:  # "According to the agency's director, Ana Ruiz, the river …"
            np_end, pobj = named
        k = np_end + 1
        while k < ue and doc[k].text != ",":
            k += 1
        if k >= ue:  # the parser ran the source over the comma into the clause ("…Better Streets, pollution on…")
            k = next((c for c in range(pobj.i + 1, ue) if doc[c].text == ","), ue)
        start = k + 1
        s, e = trim(idx, start, clause_end(idx, start) if start < ue else ue)
        # '…, though the person cautioned that …': a second statement ends the first
        cut = next((c for c in range(s + 2, e) if doc[c - 1].text == "," and not idx.quoted(doc[c - 1])
                    and second_statement(idx, c, e)), None)
        if cut is not None:
            s, e = trim(idx, s, cut - 1)
    else:
        closing = quoted_predicate_end(idx, us, j) or _whole_quote_end(idx, us, j)
        if closing is None and doc[j].text not in (",", "—", "–", "("):
            return None
        s, e = trim(idx, us, j)
        e = closing or e  # "The visit became “the high point,” according to Rhodes."
    tail = _clause_goes_on(idx, pobj) if j >= us else None
    if e - s < 3 and not (e - s == 2 and doc[s + 1].pos_ in ("VERB", "AUX")) and not (tail and e > s):
        return None  # "Pollution fell, according to…"; 'Turnout, according to the board, has fallen
    pieces = ((s, e), tail) if tail is not None else ()
    return Content(s, e, "according", pieces=pieces), joined_org_head(pobj)


_TAIL_STOPS = frozenset({"which", "who", "whose", "and", "but", "while", "though", "although", "whereas", "adding",
                         "saying", "according", "as"})


def _whole_quote_end(idx: DocIndex, us: int, j: int) -> int | None:
    """'“We will finish within weeks,” according to the Ledger.': a quote that opens the sentence and closes right
    before the attribution is its content."""
    k = idx.in_quote[j]
    if k < 0 or idx.seg_outer[k] != (us, j + 1) or not idx.segments[k].closed:
        return None
    return j + 1


def _clause_goes_on(idx: DocIndex, pobj: Token) -> tuple[int, int] | None:
    """'One of the shops, according to the survey, has closed': the words after the source go on with the
    clause when they open on its verb and start no new clause or attribution (not ', which …', ', and …')."""
    doc = idx.doc
    ue = clause_end(idx, pobj.i)
    k = pobj.right_edge.i
    while k > pobj.i and doc[k].is_punct:  # the appositive's closing comma ('Ross, a former envoy, was …')
        k -= 1
    k += 1
    if k >= ue or doc[k].text != ",":
        return None
    ts, te = trim(idx, k + 1, ue)
    if te - ts < 2 or idx.quoted(doc[ts]) or tnorm(doc[ts]) in _TAIL_STOPS or doc[ts].tag_ in ("VBG", "VBN"):
        return None
    # the clause's own verb comes first ('…, has closed'), not a gloss on the figure (', more than twice what …'),
    # or the clause before the source stops on its verb ('The firm receives, according to one report, $2m …')
    before = doc[pobj.i].doc[idx.unit(pobj.i)[0]:pobj.i]
    k0 = next((t.i for t in reversed(before) if tnorm(t) == "according"), None)
    verb_last = k0 is not None and k0 >= 2 and doc[k0 - 1].text == "," and doc[k0 - 2].pos_ in ("VERB", "AUX")
    if not verb_last and not any(t.tag_ in FINITE_TAGS for t in doc[ts:min(ts + 2, te)]):
        return None
    if any(is_cue(t) and has_subject(t) for t in doc[ts:te] if not idx.quoted(t)):
        return None
    return ts, te
