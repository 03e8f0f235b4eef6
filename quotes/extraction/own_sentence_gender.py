"""A person's gender from the sentence that introduces them ('Hamsa Velappan, 58, sat on the slab that was all that
remained of his home'). A first name the tables do not know leaves a named person without gender, and a later
'he said' then goes to whoever spoke last, even a woman quoted just before. A 'his', 'him' or 'her' later in a
sentence of no speech where the person is the subject, with no other person named or described before it, is
theirs (in reported words a pronoun is as often someone else's)."""

from __future__ import annotations

from .cues import is_cue
from .lexicon import tnorm
from .registry import Registry
from .roles import person_noun
from .structure import DocIndex

_GENDER = {"his": "m", "him": "m", "himself": "m", "her": "f", "hers": "f", "herself": "f"}


def learn_from_own_sentence(idx: DocIndex, reg: Registry) -> None:
    """Give each registered person of unknown gender the gender of the pronouns in the sentence that names them
    first as a subject, when those pronouns agree and nobody else could be meant."""
    doc = idx.doc
    for ent in reg.entities:
        if ent.kind != "person" or ent.gender is not None or len(ent.words) < 2:
            continue
        last = ent.first_seen
        while last + 1 < len(doc) and (doc[last + 1].pos_ == "PROPN" or doc[last + 1].text == "-") \
                and doc[last + 1].ent_type_ == doc[ent.first_seen].ent_type_:
            last += 1
        root = doc[last].sent.root
        # the parser may hang a subject after a fronted place as that place's appositive ('In the village of
        # Kettuvali, …, Hamsa Velappan, 58, sat …'): the root verb after it has no subject of its own then
        subject = doc[last].dep_ in ("nsubj", "nsubjpass") or doc[last].dep_ == "appos" and root.i > last and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
        sent = doc[last].sent
        if not subject or idx.in_quote[last] >= 0 or any(is_cue(t) for t in sent if idx.in_quote[t.i] < 0):
            continue  # 'Coroner Ana Ruiz said her death was avoidable': reported words speak of others
        found = set()
        for t in doc[last + 1:sent.end]:
            if idx.in_quote[t.i] >= 0:
                continue
            if t.ent_type_ == "PERSON" or t.pos_ == "NOUN" and person_noun(tnorm(t)):
                break  # 'sat beside a widow and her son': the pronoun may be the other person's
            if tnorm(t) in _GENDER:
                found.add(_GENDER[tnorm(t)])
        if len(found) == 1:
            ent.gender = found.pop()
