"""Who a pronoun or an unattributed quote points to: the most salient agreeing candidate in the recent history
(last speaker, subjects of the current and previous sentences, other named people), the person an interview's
answers belong to, and, failing all, a person of that gender named inside a recent quote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .anecdotes import present_tense
from .cues import is_cue
from .documents import AUTHORED, document_author, document_verb, earlier_document, earlier_issuer, issuer_of
from .interviewed import person_met_by_writer
from .lexicon import PRONOUN_GENDER, tnorm
from .mentions import Mention
from .organisations import OrganisationResolver, Resolved, Seen
from .registry import Entity, gender_of_first_name, holds_role, other_role
from .roles import DESCRIPTOR_GENDER, KIN_GENDER, person_noun

if TYPE_CHECKING:
    from .attribution import Attribution


def nominal_gender(name: str | None) -> str | None:
    """'the mother', 'his father': the gender an unnamed person's family or descriptor noun gives (no entity to
    carry one), so a 'he' is never the mother just named."""
    last = name.rsplit(" ", 1)[-1].lower() if name else ""
    return KIN_GENDER.get(last) or DESCRIPTOR_GENDER.get(last)


def seen_by(ent: Entity, pos: int) -> int:
    """Where the entity was last named before `pos` (its first mention, if every later one comes after)."""
    return ent.last_seen if ent.last_seen <= pos else ent.first_seen


_REPLY_FORMS = frozenset({"replied", "replies", "responded", "responds", "answered", "answers", "retorted",
                          "countered"})
_ROLE_SCORES = {"speaker": 3.0, "subject": 3.5, "introduced": 2.5, "mention": 0.5}


def _issued_last(tokens, in_quote) -> Token | None:
    """'The minister has issued a statement. It reads: “…”': when the sentence before ends on a document its
    subject put out, 'it' is that document, and speaks for whoever issued it."""
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "PRON") and in_quote[t.i] < 0]
    if not nouns or tnorm(nouns[-1]) not in AUTHORED or nouns[-1].dep_ != "dobj":
        return None
    return issuer_of(nouns[-1])


class SalienceResolver(OrganisationResolver):
    def _main_subject(self, pronoun: Token, form: str, unit: int) -> Resolved | None:
        """'Hallstrom declined to comment on what it called “market speculation”': a pronoun in a clause inside
        the sentence refers to the sentence's own subject, named before it, when kind and gender agree."""
        if form not in ("it", "he", "she"):
            return None
        root = pronoun.sent.root
        if self.idx.in_quote[root.i] >= 0:
            return None
        if pronoun.head.i == root.i:
            return self._content_subject(pronoun, form, unit)
        if pronoun.head.dep_ == "parataxis" and pronoun.head.head.i == root.i and is_cue(pronoun.head):
            return None  # 'A warmer layer sits on top, he says, so …': the sentence's subject is what he reports
        subj = self.subject_of(root)
        if subj is None or subj.i >= pronoun.i or subj.pos_ == "PRON" or self.idx.in_quote[subj.i] >= 0:
            return None
        res = self.resolve_mention(self.mention_of(subj), unit, subj.i, record=False)
        if res.name is None:
            return None
        if form == "it":
            if res.kind == "organisation" or subj.ent_type_ != "ORG":
                return res if res.kind == "organisation" else None
            # "Hallstrom" is the company here, though an Ulrik Hallstrom is named later
            orgs = [e for e in self.reg.entities if e.kind == "organisation" and tnorm(subj) in e.lower]
            return Resolved(orgs[0].canonical, "organisation", orgs[0], "pronoun") if orgs else None
        if res.entity is None and subj.pos_ == "NOUN" and not person_noun(tnorm(subj)):
            return None  # 'But a handful of samples, she cautioned, could not …': things are not she
        gender = res.entity.gender if res.entity is not None else nominal_gender(res.name)
        return res if res.kind == "person" and gender in (None, PRONOUN_GENDER[form]) else None

    def _content_subject(self, pronoun: Token, form: str, unit: int) -> Resolved | None:
        """'The Leeds-based company now expects a loss, it said': 'it' after the content it reports is the
        organisation that content's subject names."""
        cue = pronoun.head
        if form != "it" or pronoun.dep_ != "nsubj" or not is_cue(cue):
            return None
        clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < pronoun.i), None)
        subj = self.subject_of(clause) if clause is not None else None
        if subj is None or subj.pos_ == "PRON" or self.idx.in_quote[subj.i] >= 0:
            return None
        # 'The Port Alder, Maine-based company', parsed as a place with the company its appositive
        appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if subj.pos_ != "NOUN" and (appos is None or subj.ent_type_ not in ("GPE", "LOC", "FAC", "")):
            res = self.resolve_mention(self.mention_of(subj), unit, subj.i, record=False)
            return res if res.name is not None and res.kind == "organisation" else None
        subj = appos if subj.pos_ != "NOUN" else subj
        ent = self.reg.find_org(tnorm(subj), subj.i)  # the company, not the place in its name
        return Resolved(ent.canonical, "organisation", ent, "nominal_resolved") if ent is not None else None

    def _document_subject(self, pronoun: Token, form: str, unit: int) -> Resolved | None:
        """'A statement from the victim's mother, Ruth Brandt, was read out. “…,” it said.': 'it' after a sentence
        whose subject is a document from someone speaks for its author (documents.py)."""
        if form != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        doc = self.idx.doc
        for u in (unit, unit - 1):
            if u < 0:
                continue
            us, ue = self.idx.units[u]
            subjects = [t for t in doc[us:min(ue, pronoun.i)] if t.dep_ in ("nsubj", "nsubjpass")
                        and self.idx.in_quote[t.i] < 0 and t.pos_ in ("NOUN", "PROPN")]
            # the main clause's subject, not one inside an aside ('A statement from Ms Oyelowo, whose father lost …,')
            main = [t for t in subjects if t.head.dep_ == "ROOT"]
            author = document_author((main or subjects)[-1]) if subjects else None
            if author is None and u < unit:
                author = _issued_last(doc[us:ue], self.idx.in_quote)
            if author is not None:
                res = self.resolve_mention(self.mention_of(author), unit, author.i, record=False)
                return res if res.name is not None else None
            if subjects:
                return None
        return None

    def _statement_issuer(self, noun: Token, form: str, unit: int) -> Resolved | None:
        """'Meriwether repeated his threat in a statement. “…,” the statement said.': 'the statement' speaks for
        whoever put out the statement the copy named in this sentence or the three before."""
        doc = self.idx.doc
        first = doc[noun.left_edge.i]
        if tnorm(first) not in ("the", "that", "this") or any(c.dep_ == "poss" for c in noun.children):
            return None
        start = self.idx.units[max(0, unit - 3)][0]
        author = earlier_issuer(doc[start:first.i], form, self.idx.in_quote)
        if author is None:
            return self._document_speaker(doc[start:first.i], form)
        res = self.resolve_mention(self.mention_of(author), self.idx.unit_of[author.i], author.i, record=False)
        return res if res.name is not None else None

    def _document_speaker(self, tokens, form: str) -> Resolved | None:
        """'In a statement read to the court by a prosecutor, the victim's mother, Ann, said …': when the parse gives
        the document's verb no subject, the speaker found for that verb (whatever rule found her) issued it."""
        verb = document_verb(earlier_document(tokens, form, self.idx.in_quote))
        att = self.by_cue.get(verb.i) if verb is not None else None
        if att is None or att.speaker is None:
            return None
        ent = self.reg.entities[att.entity_id] if att.entity_id is not None else None
        return Resolved(att.speaker, att.speaker_kind, ent, "nominal_resolved")

    def _lead_in_subject(self, pronoun: Token, form: str, unit: int) -> Resolved | None:
        """'In her speech, Ms Reyes urged patience: “Build the bridge,” she said.': the named subject of the
        writer's lead-in before a colon, in the pronoun's own sentence, is who the pronoun means (gender agreeing)."""
        if form not in ("he", "she"):
            return None
        doc = self.idx.doc
        us = self.idx.unit(pronoun.i)[0]
        colon = next((k for k in range(pronoun.i - 1, us, -1) if doc[k].text == ":" and self.idx.in_quote[k] < 0), None)
        if colon is None:
            return None
        subj = next((t for t in reversed(doc[us:colon]) if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"
                     and self.idx.in_quote[t.i] < 0), None)
        return self._agreeing_person(subj, form, unit)

    def _fronted_clause_subject(self, pronoun: Token, form: str, unit: int) -> Resolved | None:
        """'When Gov. Rowan Tennant opened his campaign, he told the crowd …', 'After Ana Ruiz lost the vote, she
        said …': the named subject of a clause fronted before the pronoun's own verb, in the same sentence, is who
        the pronoun means (a person, gender agreeing). Its people are not in the history yet: that holds earlier
        sentences only."""
        if form not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = pronoun.head
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i), None)
        if clause is None:
            return None
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"
                     and self.idx.in_quote[c.i] < 0), None)
        return self._agreeing_person(subj or person_met_by_writer(clause, self.idx.in_quote), form, unit)

    def _agreeing_person(self, subj: Token | None, form: str, unit: int) -> Resolved | None:
        """`subj` resolved, when it is a person whose gender does not contradict the pronoun's."""
        if subj is None:
            return None
        res = self.resolve_mention(self.mention_of(subj), unit, subj.i, record=False)
        gender = res.entity.gender if res.entity is not None else None
        ok = res.name is not None and res.kind == "person" and gender in (None, PRONOUN_GENDER[form])
        return res if ok else None

    def _role_holder(self, role: str, pos: int) -> Entity | None:
        """The person the article named with this role before `pos` (the one seen last, if several)."""
        holders = [e for e in self.reg.entities if e.kind == "person" and e.first_seen < pos and holds_role(e, role)]
        return max(holders, key=lambda e: seen_by(e, pos)) if holders else None

    def _pronoun(self, form: str, unit: int, pos: int) -> Resolved:
        if form in PRONOUN_GENDER:
            present = present_tense(self.idx.doc[pos])
            seen, rivals = self._ranked(unit, {"person"}, PRONOUN_GENDER[form], present=present)
            if seen is None:
                return self._named_in_quote(unit, PRONOUN_GENDER[form])
            if seen.entity is not None and seen.entity.gender is None and not rivals:
                seen.entity.gender = PRONOUN_GENDER[form]
            return Resolved(seen.name, "person", seen.entity, "pronoun_rivals" if rivals else "pronoun")
        if form == "they":
            seen, rivals = self._ranked(unit, {"organisation", "group"}, None)
            if seen is None:
                return Resolved(None, "group", None, "unknown")
            return Resolved(seen.name, seen.kind, seen.entity, "pronoun_rivals" if rivals else "pronoun")
        if form == "it":
            seen, rivals = self._ranked(unit, {"organisation", "unknown"}, None)
            if seen is None:
                return Resolved(None, "organisation", None, "unknown")
            return Resolved(seen.name, seen.kind, seen.entity, "pronoun_rivals" if rivals else "pronoun")
        return Resolved(None, "unknown", None, "unknown")

    def _carried_mention(self, att: Attribution) -> tuple[int, int] | None:
        """'“A,” he said. / “B.”': a quote standing alone right after the same speaker's quote carries on from it;
        its mention is the one that named the speaker there ('he'), as for a quote chained in one paragraph."""
        if not self.turns:
            return None
        para, last = self.turns[-1]
        if para not in (att.para, att.para - 1) or last.speaker != att.speaker:
            return None
        return last.mention

    def _next_turn(self, att: Attribution) -> Attribution | None:
        """An exchange: a paragraph that is only a quote, right after two paragraphs of quotes by two different
        people, is the reply of the one who spoke before the last ('“Was it?” … / “My back four were fine.”')."""
        if len(self.turns) < 2:
            return None
        (p1, last), (p0, before) = self.turns[-1], self.turns[-2]
        if p1 != att.para - 1 or p0 != att.para - 2 or last.speaker == before.speaker:
            return None
        return before

    def _is_question(self, att: Attribution) -> bool:
        asked = self.idx.layout.text[att.start:att.end].rstrip(" \"'”’")  # doc.text is built anew each time
        return asked.endswith("?") or att.cue is not None and tnorm(att.cue) in ("asked", "asks", "asking")

    def _asker(self, cue: Token | None, para: int) -> str | None:
        """'“Could you have acted sooner?” asked a reporter. / “Probably,” he replied.', 'When a reporter asked how
        many beds were free, she responded: …': the one who put the question just before a reply is not the one
        replying."""
        if cue is None or tnorm(cue) not in _REPLY_FORMS or not self.questions:
            return None
        p, last = self.questions[-1]
        return last.speaker if p in (para, para - 1) else None

    def _resolved_without(self, name: str, mention: Mention, unit: int, pos: int) -> Resolved:
        """The mention resolved as if `name` had not been seen."""
        kept = self.history
        self.history = [s for s in kept if s.name != name]
        try:
            return self.resolve_mention(mention, unit, pos)
        finally:
            self.history = kept

    def _named_in_quote(self, unit: int, gender: str) -> Resolved:
        """No agreeing candidate outside quotes: the nearest person of that gender named inside a recent quote
        ('“I met Tom Reyes there,” she said. “Nobody listens,” he said.'), at low confidence."""
        doc = self.idx.doc
        s = self.idx.units[max(0, unit - 2)][0]
        e = self.idx.units[unit][0]
        found = None
        for ent_span in doc.ents:
            if ent_span.label_ != "PERSON" or not s <= ent_span.start < e or self.idx.in_quote[ent_span.start] < 0:
                continue
            words, _ = self.idx.clean_name(ent_span.start, ent_span.end)
            if words and gender_of_first_name(words[0]) == gender:
                found = words
        if found is None:
            return Resolved(None, "person", None, "unknown")
        ent = self.reg.find_name(found, s, create=False)
        return Resolved(ent.canonical if ent else " ".join(found), "person", ent, "pronoun_rivals")

    def _interviewee(self, unit: int) -> Seen | None:
        """The person an interview's answers belong to: the one named most often before them (a subject counts
        double; the earliest wins a tie), never a one-letter 'name' such as the Q of the questions."""
        counts: dict[str, list] = {}
        for s in self.history:
            if s.kind != "person" or s.name is None or len(s.name) <= 2 or s.unit > unit:
                continue
            entry = counts.setdefault(s.name, [0.0, -s.unit, s])
            entry[0] += 2.0 if s.role == "subject" else 1.0
        return max(counts.values(), key=lambda e: (e[0], e[1]))[2] if counts else None

    def _salient(self, unit: int, kinds: set[str], gender: str | None, window: int = 4,
                 role: str | None = None) -> Seen | None:
        return self._ranked(unit, kinds, gender, window, role=role)[0]

    def _ranked(self, unit: int, kinds: set[str], gender: str | None, window: int = 4,
                present: bool = False, role: str | None = None) -> tuple[Seen | None, bool]:
        scores: dict[str, tuple[float, Seen]] = {}
        last_speaker = next((s for s in reversed(self.history) if s.role == "speaker"), None)
        for s in self.history:
            if s.kind not in kinds or s.name is None or unit - s.unit > window or s.unit > unit:
                continue
            if present and s.anecdote:  # 'She laughs at the memory': not the anecdote's unnamed reviewer
                continue
            if role is not None and s.entity is not None and other_role(s.entity, role):
                continue  # 'the striker told reporters': not the manager quoted just before
            g = s.entity.gender if s.entity is not None else nominal_gender(s.name)
            if gender and g and g != gender:
                continue
            # 'For Harold Pemberton, 71, the routine has stuck. “…,” he said.': someone the copy has just introduced
            # by full name, as the subject of nothing, is who it goes on to quote, unless a subject competes
            score = _ROLE_SCORES[s.role] - 1.0 * (unit - s.unit)
            if s is last_speaker:
                score += 0.5
            if gender and g == gender:
                score += 0.3
            key = s.name
            if key not in scores or scores[key][0] < score:
                scores[key] = (score, s)
        if not scores:
            return None, False
        ranked = sorted(scores.values(), key=lambda x: -x[0])
        # another agreeing candidate close by (a second woman in the last sentence) makes it uncertain
        rivals = len(ranked) > 1 and ranked[0][0] - ranked[1][0] < 3.5
        return ranked[0][1], rivals
