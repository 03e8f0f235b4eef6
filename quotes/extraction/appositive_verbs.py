"""An appositive the parser read as a clause: 'Ana Ruiz, fisheries policy officer at Blue Margin, said …' with the
plural role word 'fisheries' taken for a verb whose subject is the name. The name is the cue's subject."""

from __future__ import annotations

from spacy.tokens import Token

from .roles import person_noun


def misparsed_appositive(subj: Token, verb: Token) -> Token:
    """'Ana Ruiz, fisheries policy officer at Blue Margin, said': a plural noun the parser took for a verb, with
    the name as its subject, between commas before the cue: the name is the cue's subject."""
    return _appositive_verb_name(subj, verb) or _after_fronted_participle(subj) or _name_in_commas(subj) or subj


def _name_in_commas(role: Token) -> Token | None:
    """'The independent Member for Carrick North, Ana Ruiz, whose seat it was, said': the name in commas after a
    role, parsed as the subject of the relative clause that follows it, or as an appositive of the place."""
    doc = role.doc
    if not person_noun(role.lower_):
        return None
    k = role.i + 1
    prep = next((c for c in role.rights if c.dep_ == "prep" and c.i == k), None)
    if prep is not None:  # 'for Carrick North': up to the first comma (the parser may hang the name inside it)
        k = next((t.i for t in doc[prep.i + 1:prep.i + 8] if t.is_punct), prep.i)
    j = k + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].ent_type_ != "GPE":
        j += 1
    if k >= len(doc) or doc[k].text != "," or not k + 2 <= j <= k + 4 or j >= len(doc) or doc[j].text != ",":
        return None
    name = doc[j - 1]
    if name.dep_ in ("nsubj", "nsubjpass") and name.head.dep_ == "relcl":
        return name
    return name if prep is not None and name.dep_ == "appos" and prep.i < name.head.i < k else None


_FRONTED_PREPOSITIONS = frozenset({"outside", "inside", "in", "at", "after", "before", "across", "near", "beyond",
                                   "behind", "from", "during"})


def _after_fronted_participle(subj: Token) -> Token | None:
    """'Reacting, the party's state chapter … described the plan as …': a participle opening the sentence, made the
    subject with the real subject as its appositive; the appositive is who spoke."""
    doc = subj.doc
    if subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":  # read first: most subjects have no comma after
        return None
    start = subj.sent.start
    # at a sentence's start the tagger often calls it a proper noun; a name ending in -ing ('King') is an entity
    participle = subj.tag_ == "VBG" or (subj.lower_.endswith("ing") and len(subj) > 5 and not subj.ent_type_)
    # 'Outside Parliament, the forum said': a fronted place phrase, its preposition read as part of a name
    place = subj.left_edge.i == start and subj.left_edge.lower_ in _FRONTED_PREPOSITIONS
    if not (participle and subj.i == start or place):
        return None
    return next((c for c in subj.children if c.dep_ in ("appos", "conj") and c.i > subj.i + 1
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _appositive_verb_name(false_verb: Token, cue: Token) -> Token | None:
    doc = false_verb.doc
    if false_verb.pos_ != "VERB" or not false_verb.i < cue.i or doc[cue.i - 1].text != ",":
        return None
    name = next((c for c in false_verb.children if c.dep_ == "nsubj" and c.i < false_verb.i
                 and c.ent_type_ == "PERSON"), None)
    return name if name is not None and doc[name.i + 1].text == "," and name.i + 2 == false_verb.i else None


def appositive_as_clause(cue: Token) -> Token | None:
    """The same appositive parsed as a clause of the cue ('fisheries' a ccomp before 'said'): its name."""
    return next((n for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i
                 and (n := _appositive_verb_name(c, cue)) is not None), None)
