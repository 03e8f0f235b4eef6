"""Words that describe a person without naming them: nationalities used as nouns ('the Spaniard'), ages ('the
31-year-old'), a relative named in apposition ('her father Jari'), and verbs telling of a past occasion ('Ward once
told'). Plain functions over tokens, read by the speaker resolver."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ORG_NOUNS, tnorm
from .mentions import word_form
from .roles import KIN_GENDER

# Nationalities used as nouns ("the Spaniard", "the Briton", "the Frenchwoman"); "-ian/-ese/-ish" adjectives
# used as a noun after "the" ("the Italian", "the Japanese") count as well.
DEMONYMS = frozenset({"spaniard", "briton", "scot", "dane", "swede", "finn", "pole", "czech", "slovak", "serb", "croat",
                      "greek", "turk", "swiss", "thai", "iraqi", "israeli", "pakistani", "bangladeshi", "kuwaiti",
                      "saudi", "qatari", "yemeni", "somali", "kenyan", "ugandan", "american", "mexican", "cuban",
                      "german", "moroccan", "new zealander", "kiwi", "aussie", "filipino", "argentine", "chilean",
                      "peruvian", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "englishman", "englishwoman",
                      "irishman", "irishwoman", "scotsman", "scotswoman", "welshman", "welshwoman"})
DEMONYM_GENDER = {"man": "m", "woman": "f"}


def is_demonym(head: Token) -> bool:
    """'the Spaniard', 'the Australian', 'the Frenchwoman': a capitalised nationality with 'the' as its only
    modifier."""
    if not head.text[:1].isupper() or not head.is_alpha or head.i == 0 or tnorm(head.nbor(-1)) != "the":
        return False
    if any(c.i < head.i and c.i != head.i - 1 for c in head.lefts) or any(c.dep_ in ("compound", "prep", "appos")
                                                                       for c in head.rights):
        return False
    form = tnorm(head)
    if form in DEMONYMS:
        return True
    return form.endswith(("ian", "ese", "ish")) and len(form) > 5 and form not in ORG_NOUNS \
        and head.ent_type_ not in ("PERSON", "GPE", "FAC")


def kin_name(head: Token) -> Token | None:
    """'Korhonen's coach, her father Jari': the first name of a kinship appositive to a possessed role noun."""
    if not any(c.dep_ == "poss" for c in head.children):
        return None
    for c in head.children:
        if c.dep_ == "appos" and tnorm(c) in KIN_GENDER and any(p.dep_ == "poss" for p in c.children):
            return next((n for n in c.children if n.dep_ == "appos" and n.pos_ == "PROPN" and n.text[:1].isupper()
                         and not any(x.dep_ in ("compound", "flat") for x in n.children)), None)
    return None


def is_age(head: Token) -> bool:
    """'the 31-year-old', 'the 72-year-old'."""
    return word_form(head).endswith("year-old") or (tnorm(head) == "old" and head.i > 0 and tnorm(head.nbor(-1)) in
                                                     ("-", "year", "years"))


def past_occasion(subj: Token) -> bool:
    """'Ward once told an interviewer', 'Ward said in 1989', 'Ward wrote years ago': the verb tells of an occasion
    in the past of someone's life, which belongs to the article's main subject rather than a relative just named."""
    verb = subj.head
    for c in verb.children:
        if c.dep_ == "advmod" and tnorm(c) in ("once", "ago"):
            return True
        if c.dep_ in ("prep", "npadvmod", "advmod") and any(
                t.ent_type_ == "DATE" and (tnorm(t) == "ago" or (t.like_num and len(t.text) == 4)) for t in c.subtree):
            return True
    return False
