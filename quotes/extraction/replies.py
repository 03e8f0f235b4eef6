"""Who answers a question put in quoted words: the one it was put to, not whoever the copy named last.

'Ms. Strachan pressed Mr. Dunmore-Reyes on why … / “You could have called, couldn't you?” Ms. Strachan asked. /
“Not if I wanted to be paid,” he replied.': the 'he' of the reply is the man the lawyer questioned, though another
man (someone the witness spoke of, quoted in a deposition) may have been named, and quoted, more recently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import PRONOUN_GENDER, tnorm
from .mentions import select_mention
from .organisations import Resolved

if TYPE_CHECKING:
    from .attribution import Attribution
    from .speakers import SpeakerResolver

# the verbs a writer puts a question to someone with: the person is their object
_QUESTIONING = frozenset({"press", "ask", "question", "quiz", "grill", "challenge", "cross-examine", "confront"})
_REPLY_FORMS = frozenset({"replied", "replies", "responded", "responds", "answered", "answers", "retorted",
                          "countered"})


def _questioned(self: SpeakerResolver, question: Attribution) -> Token | None:
    """The person the asker is said to question ('pressed Mr. X on why', 'asked the witness whether') in the
    question's paragraph or the one before it, outside quotes: the last such object."""
    doc = self.idx.doc
    found = None
    for us, ue in self.idx.units:
        para = self.idx.para_of[us]
        if para not in (question.para, question.para - 1) or us > question.anchor:
            continue
        for t in doc[us:ue]:
            if t.dep_ == "dobj" and t.head.lemma_ in _QUESTIONING and t.pos_ in ("PROPN", "NOUN") and \
                    self.idx.in_quote[t.i] < 0 and t.i < question.anchor:
                found = t
    return found


def answered_by(self: SpeakerResolver, cue: Token | None, para: int, form: str, unit: int) -> Resolved | None:
    """'he replied' after a question put in the same or the previous paragraph: the person the question was put
    to, named as the object of the asker's questioning verb or, failing that, the one who spoke just before the
    asker; only a person whose gender agrees with the pronoun, and never the asker."""
    if cue is None or tnorm(cue) not in _REPLY_FORMS or form not in ("he", "she") or not self.questions:
        return None
    p, question = self.questions[-1]
    if p not in (para, para - 1) or question.speaker is None:
        return None
    candidates: list[Resolved] = []
    obj = _questioned(self, question)
    if obj is not None:
        candidates.append(self.resolve_mention(select_mention(obj), unit, obj.i, record=False))
    before = [a for q, a in self.turns if a is not question and a.anchor < question.anchor and q >= p - 3]
    if before:
        last = before[-1]
        ent = self.reg.entities[last.entity_id] if last.entity_id is not None else None
        candidates.append(Resolved(last.speaker, last.speaker_kind, ent, "pronoun"))
    for res in candidates:
        gender = res.entity.gender if res.entity is not None else None
        if res.name and res.name != question.speaker and res.kind == "person" and \
                gender in (None, PRONOUN_GENDER[form]):
            return Resolved(res.name, "person", res.entity, "pronoun")
    return None
