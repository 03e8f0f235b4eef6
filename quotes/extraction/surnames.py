"""People the NER took for a place or a firm, recognised by how the copy goes on to use their surname.

A feature introduces its subject once by full name, often in a possessive ('Temperance Adeyemi-Lund’s studio'),
then calls her by the surname alone. An unusual first name that is in no name list, or a double-barrelled surname,
makes the NER label the full name FAC, ORG or GPE, so the person is never registered and the later 'Adeyemi-Lund
says' stays a lone word (taken for an organisation). The surname alone acting as a person shows what the full
name was: the lone word is the subject of a speech verb or of a clause, and the next subject pronoun is 'he' or
'she', with no 'it' or other person's name first.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from .double_barrelled import double_barrelled_person
from .lexicon import (
    CUE_FORMS,
    HYPHENS,
    INSTITUTION_NOUNS,
    LEADING_ORG_NOUNS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    norm_text,
    tnorm,
)
from .roles import ROLE_WORDS, TITLES, capital_word, known_first_name, role_prefix
from .structure import DocIndex

_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"})
_NOT_NAME_WORDS = ORG_SUFFIXES | INSTITUTION_NOUNS | LEADING_ORG_NOUNS | frozenset(ORG_NOUNS) | TITLES


def people_by_lone_surname(idx: DocIndex) -> list[tuple[int, list[str]]]:
    """(position, name words) of each mislabelled full name whose surname later acts alone as a person."""
    doc = idx.doc
    b0, b1 = idx.body
    found = []
    # a given name and a double-barrelled surname: the surname as the subject of a speech verb is enough
    barrelled = _unlabelled_double_barrelled(doc, b0, b1, idx.norms)
    for ent in [e for e in doc.ents if e.label_ in _LABELS] + _unlabelled_possessives(doc, b0, b1, idx.pos) + barrelled:
        if ent.start < b0 or ent.end > b1 or idx.in_quote[ent.start] >= 0:
            continue
        span = with_given_name(ent, b0)
        words = _name_words(span)
        if words is None:
            continue
        if _acts_alone(idx, words[-1], ent.end, _after_role(span) or ent in barrelled) or (
                ent in barrelled and _speaks_itself(ent)):
            found.append((span.start, words))
    return found


def _speaks_itself(name: Span) -> bool:
    """'Rosalind Tebbitt-Aduya, whose shop sits on the corner, said ...': the unlabelled full name is itself the
    subject of a speech verb (the parser may hang it as a clausal subject when it took the given name for a verb),
    so it names a person even when the surname never comes back alone."""
    return any(tok.dep_ in ("nsubj", "csubj") and tok.head.i >= name.end and tnorm(tok.head) in CUE_FORMS
               for tok in name)


def _unlabelled_possessives(doc: Doc, b0: int, b1: int, pos: list[str]) -> list[Span]:
    """'Inside Ottoline Fairbrass-Oyelaran's boatshed': a possessive proper-noun chain the NER left unlabelled
    (`pos`: every token's part of speech)."""
    found = []
    for i in range(b0, b1 - 1):
        if pos[i] != "PROPN":
            continue
        tok = doc[i]
        if tok.ent_type_ or doc[tok.i + 1].tag_ != "POS":
            continue
        s = tok.i
        while s - 1 >= b0 and not doc[s - 1].ent_type_ and (
                (doc[s - 1].pos_ == "PROPN" and doc[s - 1].head.i == tok.i) or doc[s - 1].text in HYPHENS):
            s -= 1
        found.append(doc[s:tok.i + 1])
    return found


def _unlabelled_double_barrelled(doc: Doc, b0: int, b1: int, norms: list[str]) -> list[Span]:
    """'Rosalind Tebbutt-Amadi, 38, ...' with no label at all: a given name, then a surname of two capitalised
    words joined by a hyphen with no space, none of them labelled (the surname must then act alone as a person).
    `norms`: every token's form (a hyphen's form is its text), so that tokens are read only around a hyphen."""
    found = []
    first = max(b0, 1)
    for i in sorted(j - 1 for form in HYPHENS for j in _positions(norms, form, first + 1, b1 - 1)):
        given, left, hyphen, right = doc[i - 1], doc[i], doc[i + 1], doc[i + 2]
        if hyphen.text not in HYPHENS or left.whitespace_ or hyphen.whitespace_ or not given.whitespace_:
            continue
        # a given name the tables do not know ('Rosalind') still reads as one when the parser takes it for a name,
        # or, tagged a verb at the start of a sentence, when a comma follows the surname ('Rosalind Tebbitt-Aduya, 38,')
        named = known_first_name(given.text) or given.pos_ == "PROPN" or (
            given.is_sent_start and i + 3 < b1 and doc[i + 3].text == ",")
        if any(t.ent_type_ for t in (given, left, right)) or not named:
            continue
        if double_barrelled_person(doc[i - 1:i + 3]):
            found.append(doc[i - 1:i + 3])
    return found


def with_given_name(ent: Span, b0: int) -> Span:
    """'Prudence Aldana-Roux's kitchen' with only 'Aldana-Roux's' labelled: the capitalised proper nouns the parser
    joined to the entity from the left are the rest of the name."""
    doc = ent.doc
    start = ent.start
    while start - 1 >= b0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and ent.start <= doc[start - 1].head.i < ent.end and not doc[start - 1].ent_type_:
        start -= 1
    return doc[start:ent.end] if start < ent.start else ent


def _name_words(ent: Span) -> list[str] | None:
    """'Temperance Adeyemi-Lund' (a possessive dropped, hyphen pieces glued): two or three capitalised words, none
    a title or an organisation's or institution's word; else None."""
    if len(ent) < 2:  # one token makes one word at most
        return None
    toks = [t for t in ent if not t.is_space and t.tag_ != "POS"]
    while toks and (tnorm(toks[0]) in TITLES or tnorm(toks[0]) in ROLE_WORDS or role_prefix(toks[0])):
        toks = toks[1:]  # 'Novelist Clare House': the role is no part of the name
    words: list[str] = []
    glue = False
    for k, t in enumerate(toks):
        if t.text in HYPHENS and k > 0 and not toks[k - 1].whitespace_ and not t.whitespace_:
            glue = True
            words[-1] += t.text
            continue
        if not capital_word(t):
            return None
        if glue:
            words[-1] += t.text
        else:
            words.append(t.text)
        glue = False
    if not 2 <= len(words) <= 3 or any(w.lower() in _NOT_NAME_WORDS for w in words):
        return None
    return words


def _after_role(span: Span) -> bool:
    """'turned pundit Des Mulgrew', 'the club's captain, Ana Voss': a person's role word right before the name."""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].pos_ == "NOUN" and tnorm(doc[k]) in ROLE_WORDS


def _acts_alone(idx: DocIndex, surname: str, after: int, role: bool = False) -> bool:
    """The surname written alone later, outside quotes, as a subject that 'he'/'she' goes on to refer to, or, after
    a name that a person's role word introduced, as the subject of a speech verb ('Mulgrew said')."""
    doc = idx.doc
    pieces = surname.split("-") if "-" in surname else [surname]
    # found by form (the index has them; the same text has the same form), then read as text
    for i in _positions(idx.norms, norm_text(pieces[0]), after, idx.body[1] - 2 * (len(pieces) - 1)):
        if idx.in_quote[i] >= 0 or doc[i].text != pieces[0]:
            continue
        last = i + 2 * (len(pieces) - 1)
        if [doc[k].text for k in range(i, last + 1, 2)] != pieces or _in_longer_name(doc, i, last):
            continue
        if doc[last].dep_ in ("nsubj", "nsubjpass") and (
                role and tnorm(doc[last].head) in CUE_FORMS or _referred_to(idx, last)):
            return True
    return False


def _positions(norms: list[str], form: str, start: int, end: int) -> Iterator[int]:
    """Each index of `form` in norms[start:end], in order (`list.index` scans in C)."""
    i = start
    while True:
        try:
            i = norms.index(form, i, end)
        except ValueError:
            return
        yield i
        i += 1


def _in_longer_name(doc: Doc, first: int, last: int) -> bool:
    """'Adeyemi-Lund' inside 'Ola Adeyemi-Lund' or 'Adeyemi-Lund Partners': not the surname alone."""
    before = doc[first - 1] if first > 0 else None
    after = doc[last + 1] if last + 1 < len(doc) else None
    return any(t is not None and t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and t.pos_ == "PROPN"
               for t in (before, after))


def _referred_to(idx: DocIndex, tok: int) -> bool:
    """The next subject pronoun in this sentence or the two after it is 'he' or 'she' (not 'it' or 'they'), with no
    other person named before it."""
    doc = idx.doc
    unit = idx.unit_of[tok]
    if unit < 0:
        return False
    end = idx.units[min(len(idx.units) - 1, unit + 2)][1]
    for t in doc[tok + 1:end]:
        if idx.in_quote[t.i] >= 0:
            continue
        if t.ent_type_ == "PERSON":
            return False
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON":
            return tnorm(t) in ("he", "she")
    return False
