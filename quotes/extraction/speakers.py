"""Naming speakers: mentions resolved against the registry in document order.

Pronouns take the most salient agreeing candidate (last speaker, subject of the current or
previous sentences, other named people), not just the nearest name; nominals ("the company")
take the most recent organisation they can describe; descriptors ("the 72-year-old") the salient
person. Inherited quotes (chains, paragraph continuations) copy the speaker they continue.
"""

from __future__ import annotations

from spacy.tokens import Token

from .anecdotes import anecdote_figure
from .appositive_names import pronoun_appos_name
from .attribution import Attribution
from .campaigns import candidate_campaign
from .described_subjects import described_subject
from .documents import AUTHORED
from .entity_hints import personal_role
from .lexicon import GENERIC_ORG_NOUNS, ORG_CONNECTORS, ORG_NOUNS, ORG_SUFFIXES, tnorm
from .mentions import Mention, name_chain, word_form
from .misread_names import adjective_named_person
from .modified_roles import person_after_role
from .nominals import NominalResolver
from .organisations import Resolved, Seen
from .person_words import is_age, is_demonym, kin_name
from .registry import Registry, collective_subject, is_title
from .replies import answered_by
from .roles import capital_word, person_noun
from .salience import SalienceResolver
from .self_named import self_named
from .speaker_lines import label_names
from .spoken_offices import spoken_for_office
from .structure import DocIndex
from .surname_choice import SurnameResolver

_NAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative", "attr", "poss"})


def _owned_by_other_subject(pronoun: Token, name: Token) -> bool:
    """'Una Petrakis said the society would name its archive …': 'its' of a clause whose subject is another noun
    refers to that noun, not to the name."""
    if pronoun.dep_ != "poss":
        return False
    verb = pronoun.head.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.i != name.i and subj.pos_ in ("NOUN", "PROPN") and subj.i < pronoun.i


def _name_as_root(root: Token) -> Token | None:
    """'Brannigan, 29, headed in the cross…', parsed as a name with its verb hung on it: the name is the subject."""
    return root if root.pos_ == "PROPN" and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > root.i
                                                for c in root.children) else None


_SPOKES_PEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative"})


class SpeakerResolver(SurnameResolver, NominalResolver, SalienceResolver):
    def __init__(self, idx: DocIndex, registry: Registry) -> None:
        self.idx = idx
        self.reg = registry
        self.history: list[Seen] = []
        self.flushed = -1
        self.nominals: dict[int, tuple[int, str, str]] = {}  # head index → (unit, head word, text): "a diplomat"
        self.named_spokes: dict[int, tuple[int, str, Resolved]] = {}  # the same for a spokesperson given a name
        self.turns: list[tuple[int, Attribution]] = []  # (paragraph, attribution) of each direct quote with a speaker
        self.by_cue: dict[int, Attribution] = {}  # cue index → the attribution it gave a speaker
        self.questions: list[tuple[int, Attribution]] = []  # (paragraph, attribution) of each question put
        self.label_names: dict[int, tuple[int, int, str]] | None = None  # transcript labels as names, by colon (read when needed)
        self.mentions, self.subjects = {}, {}

    # ---- history ---------------------------------------------------------------------------
    def _flush_units(self, upto: int) -> None:
        """Add the subject and named people of every unit before `upto` to the history."""
        doc = self.idx.doc
        pos, in_quote = self.idx.pos, self.idx.in_quote
        while self.flushed + 1 < upto:
            self.flushed += 1
            us, ue = self.idx.units[self.flushed]
            root = self.idx.unit_sents[self.flushed].root
            if us <= root.i < ue and self.idx.in_quote[root.i] < 0:
                subj = self.subject_of(root) or _name_as_root(root)
                if subj is not None and self.idx.in_quote[subj.i] < 0:
                    res = self.resolve_mention(self.mention_of(subj), self.flushed, subj.i, record=False)
                    if res.name:
                        self.history.append(Seen(self.flushed, res.entity, res.name, res.kind, "subject",
                                                 anecdote_figure(subj, res.evidence)))
                elif subj is None and \
                        (ent := adjective_named_person(self.reg, self.idx.doc, in_quote, us, ue)) is not None:
                    self.history.append(Seen(self.flushed, ent, ent.canonical, "person", "subject"))
            for i in range(us, ue):  # other people named here, whatever their NER label
                if pos[i] != "PROPN" or in_quote[i] >= 0:
                    continue
                tok = doc[i]
                if tok.dep_ not in _NAME_ROLES:
                    continue
                ns, ne, _ = name_chain(tok)
                words, _ = self.idx.clean_name(ns, ne)
                e = self.reg.find_name(words, tok.i, create=False) if words else None
                if e is not None and e.kind == "person":  # a person introduced here by full name is the news
                    role = "introduced" if e.first_seen == ns and len(words) >= 2 else "mention"
                    self.history.append(Seen(self.flushed, e, e.canonical, "person", role))

    # ---- resolution ------------------------------------------------------------------------
    def resolve_all(self, atts: list[Attribution]) -> None:
        for att in sorted(atts, key=lambda a: a.anchor):
            self._flush_units(att.unit)
            self.resolve(att)

    def resolve(self, att: Attribution) -> None:
        src = att.speaker_from or att.inherit
        if src is not None:
            self._copy(att, src)
        elif att.how == "floating" and (turn := self._next_turn(att)) is not None:
            self._copy(att, turn)
            att.speaker_evidence = "turn"
        elif att.how in ("floating", "answer"):
            seen = self._salient(att.unit, {"person", "organisation", "group"}, None) if att.how == "floating" \
                else self._interviewee(att.unit)
            if seen is not None:
                att.speaker, att.speaker_kind, att.speaker_evidence = seen.name, seen.kind, "floating"
                att.entity_id = seen.entity.eid if seen.entity else None
                att.mention = self._carried_mention(att)
                if att.how == "answer" and att.cue is not None and att.cue.i > 0:  # 'A:' names the one answering
                    label = self.idx.doc[att.cue.i - 1]
                    att.mention = label.idx, label.idx + len(label.text)
        elif att.subject is not None and att.subject.tok is not None:
            tok = att.subject.tok
            # 'Ward councillor Ana Ruiz': not 'Ward'; 'Another, Ana Ruiz, said': Ana Ruiz
            tok = person_after_role(tok, self.idx.in_quote) or pronoun_appos_name(tok) or tok
            mention = self.mention_of(tok)
            res = self.resolve_mention(mention, att.unit, tok.i)
            spokes = [tok] + [c for c in (att.cue.children if att.cue is not None else ()) if c.dep_ == "nsubj"]
            spokes = next((t for t in spokes if word_form(t) in _SPOKES_PEOPLE), None)
            if mention.kind == "name" and res.kind == "person" and spokes is not None:
                # 'a spokesperson for the Education Minister, Rosa Hale, said … The spokesperson said': the one
                # named with it, though the name was read as the minister's
                self.named_spokes[spokes.i] = (att.unit, word_form(spokes), res)
            if mention.kind == "pronoun" and res.name is not None and res.name == self._asker(att.cue, att.para):
                res = self._resolved_without(res.name, mention, att.unit, tok.i)
            if mention.kind == "pronoun" and (answerer := answered_by(self, att.cue, att.para, tnorm(tok), att.unit)):
                res = answerer  # '“…?” Ms. Strachan asked. / “Not if …,” he replied.': the one questioned
            doc = self.idx.doc
            first = mention.start
            if att.cue is not None and first <= att.cue.i < mention.end - 1:
                first = att.cue.i + 1  # '“…,” tweeted party spokesman Ali Kaya': the cue is no part of the mention
            s = doc[first].idx
            e = doc[mention.end - 1].idx + len(doc[mention.end - 1].text)
            att.mention = att.name_span or self._relative_pronoun(att, tok) or (s, e)
            att.speaker, att.speaker_kind, att.speaker_evidence = res.name, res.kind, res.evidence
            att.entity_id = res.entity.eid if res.entity else None
            if att.subject.how in ("fallback",):
                att.speaker_evidence += "+fallback"
            label = self._labels().get(att.cue.i) if att.how == "label" and att.cue is not None else None
            if label is not None:  # 'KATE BOULDUAN:' is the mention; 'BOULDUAN:' alone names Kate Boulduan
                att.mention = label[0], label[1]
                if not att.speaker or att.speaker.isupper():  # the article may name the label in full elsewhere
                    ent = self.reg.find_name(label[2].split(), att.anchor, create=False)
                    att.speaker = ent.canonical if ent is not None and not ent.canonical.isupper() else label[2]
            if att.subject.relayer is not None:
                rel = self.resolve_mention(self.mention_of(att.subject.relayer), att.unit, att.subject.relayer.i,
                                           record=False)
                att.relayed_by = rel.name
        self._self_named(att)
        if att.speaker is not None and att.how != "written":  # the writer of words read out is not in the room
            ent = self.reg.entities[att.entity_id] if att.entity_id is not None else None
            subj = att.subject.tok if att.subject is not None else None
            self.history.append(Seen(att.unit, ent, att.speaker, att.speaker_kind, "speaker",
                                     anecdote_figure(subj, att.speaker_evidence)))
            if att.cue is not None:
                self.by_cue.setdefault(att.cue.i, att)
            if att.kind == "direct":
                self.turns.append((att.para, att))
            if self._is_question(att):
                self.questions.append((att.para, att))

    def _pronoun_or_description(self, head: Token, form: str, unit: int, pos: int) -> Resolved:
        """The salient agreeing person; failing one, the unnamed person the sentence before was about."""
        res = self._pronoun(form, unit, pos)
        if res.name is None and (described := described_subject(self.idx, head)) is not None:
            return Resolved(described, "person", None, "nominal")
        return res

    def _self_named(self, att: Attribution) -> None:
        """'“I, Ana Ruiz, hereby declare …,” she began': a quote that names its speaker is hers, whoever 'she' was."""
        found = self_named(self.idx.layout.text, att.start) if att.kind == "direct" else None
        ent = self.reg.find_name(self.idx.layout.text[found[0]:found[1]].split(), att.anchor, create=False) \
            if found is not None else None
        if ent is not None and ent.kind == "person":
            att.speaker, att.speaker_kind, att.entity_id, att.speaker_evidence = ent.canonical, "person", ent.eid, \
                "self_named"

    def _labels(self) -> dict[int, tuple[int, int, str]]:
        if self.label_names is None:
            self.label_names = label_names(self.idx)
        return self.label_names

    def _copy(self, att: Attribution, src: Attribution) -> None:
        att.speaker, att.speaker_kind, att.entity_id = src.speaker, src.speaker_kind, src.entity_id
        att.relayed_by = src.relayed_by
        att.speaker_evidence = "inherited:" + src.speaker_evidence
        if att.speaker_from is not None:
            att.mention = src.mention

    def _unnamed(self, m: Mention, head: Token, unit: int) -> Resolved:
        """An unnamed source by its whole description, remembered so 'the diplomat' later finds it."""
        text = self._indefinite_text(m)
        self.nominals[head.i] = (unit, word_form(head), text)
        return Resolved(text, "person", None, "nominal")

    def _relative_pronoun(self, att: Attribution, antecedent: Token) -> tuple[int, int] | None:
        """'Podesta, who said the firm had vetted it', 'a notice that said …': the mention as written is the relative
        pronoun (like 'he'), resolved to the antecedent's name."""
        if att.subject is None or att.subject.how != "climb" or att.cue is None:
            return None
        doc = self.idx.doc
        for k in range(antecedent.i + 1, att.cue.i):
            verb = doc[k].head
            if doc[k].lower_ in ("who", "which", "that") and doc[k].dep_ in ("nsubj", "nsubjpass") and \
                    (verb == att.cue or verb.is_ancestor(att.cue)):  # the cue sits in the clause ('Podesta, who said'), not after it
                return doc[k].idx, doc[k].idx + len(doc[k].text)
        return None

    def resolve_mention(self, m: Mention, unit: int, pos: int, record: bool = True) -> Resolved:
        doc = self.idx.doc
        head = doc[m.head]
        form = tnorm(head)
        if m.kind == "pronoun":
            return self._main_subject(head, form, unit) or self._lead_in_subject(head, form, unit) or \
                self._fronted_clause_subject(head, form, unit) or self._document_subject(head, form, unit) or \
                self._pronoun_or_description(head, form, unit, pos)
        if (campaign := candidate_campaign(self, m, unit, pos)) is not None:
            return campaign
        kin = kin_name(head)  # "Korhonen's coach, her father Jari, said": the relative named in apposition
        if kin is not None and m.kind != "name":
            ent = self.reg.find_name([kin.text], pos, create=False)
            if ent is not None and ent.kind == "person" and len(ent.words) >= 2:
                if record:
                    ent.last_seen = max(ent.last_seen, pos)
                return Resolved(ent.canonical, "person", ent, "full")
        if is_demonym(head):  # "the Spaniard said": a nationality used as a noun describes a salient person
            found = self._descriptor(head, unit, pos)
            if found is not None:
                return found
        if m.kind == "name" and m.name is not None:
            words, gender = self.idx.clean_name(m.name[0], m.name[1])
            gender = m.honorific or gender
            if not words:
                return Resolved(None, "unknown", None, "unknown")
            kind = self._name_kind(doc[m.name[1] - 1], words)
            if len(words) == 1 and words[0] in self.reg.things and kind == "person":
                known = self.reg.find_name(words, pos, create=False)
                if known is None or known.kind != "person":
                    kind = "unknown"  # 'an assistant called "Atlas"' … 'Atlas misread a date': a thing, no one
            # an organisation noun names an organisation ("The firm behind it, Dalton Homes"), but one that is also
            # an occupation does not make a name the NER calls a person one ("Her publisher, Fenella Gault,")
            org_nominal = m.nominal in ORG_NOUNS and not (personal_role(head) and doc[m.name[1] - 1].ent_type_ == "PERSON")
            acting = False  # 'Yolanda Pettibone said… she': a name the NER called a firm, then he or she
            if org_nominal:
                kind = "organisation"
            elif (m.nominal is not None and is_title(head)) or \
                    (acting := record and kind == "organisation" and len(words) <= 2 and self._acts_as_person(m, unit)) or \
                    (len(words) >= 2 and m.name[0] > 0 and is_title(doc[m.name[0] - 1])
                     and words[-1].lower() not in ORG_SUFFIXES):
                kind = "person"
            elif len(words) == 1 and collective_subject(doc[m.name[1] - 1]):
                kind = "organisation"
            ent = self.reg.find_name(words, pos, kind_hint=kind, gender=gender)
            tied = self.reg.tied
            if tied and ent is not None and len(words) == 1:
                ent = self._main_bearer(ent, pos, unit, gender)
            if ent is not None and kind == "person" and ent.kind == "organisation" and len(ent.words) <= (2 if acting else 1) \
                    and not ent.descriptors:  # ...unless typed: "Pocketa's chief executive" makes a company
                ent.kind = "person"  # a lone surname, or a first name and surname, the NER labelled ORG
            elif ent is not None and ent.kind == "organisation" and len(words) == len(ent.words) == 1 and \
                    m.nominal is not None and not org_nominal and person_noun(m.nominal) and \
                    all(d == "name" or person_noun(d) and d not in ORG_NOUNS for d in ent.descriptors):
                # described only as a person, or as one's name ('Her neighbour, who gave only his first name,
                # Leopold,'): no firm, whatever the NER says
                ent.kind = "person"
            elif ent is not None and org_nominal and ent.kind == "person" and ent.gender is None:
                ent.kind = "organisation"  # "The charity which runs the food bank, Open Table, said"
            if ent is None:
                return Resolved(" ".join(words), kind, None, "full")
            if gender and ent.gender is None:
                ent.gender = gender
            if record:
                ent.last_seen = max(ent.last_seen, pos)
            evidence = "full" if len(words) >= 2 or len(ent.words) == 1 else "alias"
            if evidence == "alias" and tied:
                evidence = "alias_rivals"
            return Resolved(ent.canonical, ent.kind, ent, evidence)
        if m.kind == "org" and m.name is not None:
            words = [t.text for t in doc[m.name[0]:m.name[1]]]
            ent = self.reg.find_name(words, pos, kind_hint="organisation")
            return Resolved(ent.canonical if ent else " ".join(words), "organisation", ent, "full")
        if (m.kind == "descriptor" or (m.kind == "spokes" and form == "source" and m.org is None)) \
                and self._indefinite(m):
            return self._unnamed(m, head, unit)  # "a senior diplomat", "one official": someone new, never a name
        if m.kind in ("spokes", "artifact") and m.org is None and form in AUTHORED and \
                (issued := self._statement_issuer(head, form, unit)) is not None:
            return issued  # 'the statement said', after 'X said in a statement'
        if m.kind == "spokes":
            if m.org is not None and m.org.kind in ("org", "group") and m.org.name is None \
                    and tnorm(doc[m.org.head]) not in GENERIC_ORG_NOUNS:
                return self._modifier_org(m.org, pos, record)  # "a council spokesman", "a spokesman for the council"
            if m.org is not None:
                res = self.resolve_mention(m.org, unit, pos, record)
                ent = res.entity
                if ent is None and (res.name or "").islower() and self._indefinite(m):
                    return self._unnamed(m, head, unit)  # "A lifeboat spokeswoman", not "lifeboat"
                if res.kind == "person" and ent is not None and len(ent.words) >= 2 and self._indefinite(m):
                    # "A spokeswoman for the Premier": the Premier did not say it (an organisation's spokesperson
                    # speaks as the organisation, and is credited to it)
                    return self._unnamed(m, head, unit)
                if res.kind == "person" and spoken_for_office(doc[m.org.head], ent) and self._indefinite(m):
                    return self._unnamed(m, head, unit)  # "A spokesman for the Transport Secretary": not 'Secretary'
                if res.kind == "person" and (ent is None or (len(ent.words) == 1 and ent.gender is None)):
                    if ent is not None:  # "Northwater's spokeswoman": who has a spokesperson is an organisation
                        ent.kind = "organisation"
                    res.kind = "organisation"
                return res
            role = word_form(head)
            named = self._role_holder(role, pos)
            if named is not None:  # 'the spokeswoman, Abigail Frayne, said … the spokeswoman said'
                return Resolved(named.canonical, "person", named, "descriptor")
            earlier = self._nominal_before(role, head.i, unit)
            if earlier is not None:  # 'a source close to the club said … the source said'
                return earlier[1]
            seen = self._salient(unit, {"organisation"}, None)
            if seen is not None:
                return Resolved(seen.name, "organisation", seen.entity, "nominal_resolved")
            if self._indefinite(m):  # "A coastguard spokeswoman said": an unnamed source, by its description
                return self._unnamed(m, head, unit)
            return Resolved(None, "unknown", None, "unknown")
        if m.kind in ("org", "group", "descriptor") and head.text[:1].isupper() and m.start == head.i:
            found = self._bare_surname(head, unit, pos)  # "Rivers said", "Banks told": a person's surname
            if found is not None:
                return found
        if m.kind in ("org", "group") and form in ORG_NOUNS:
            found = self._org_nominal(m, unit, pos, record)
            if found is not None:
                return found
        text = self._nominal_text(m)
        if m.kind == "group":
            return Resolved(text, "group", None, "nominal")
        if m.kind == "org":
            return Resolved(text, "organisation", None, "nominal")
        if m.kind == "artifact":
            return Resolved(text, "unknown", None, "nominal")
        if head.text[:1].isupper() and not (m.kind == "descriptor" and is_title(head)):  # a surname the tagger
            # took for a common noun ("Lund told…"); "the Commissioner" is an office, found by who holds it
            ent = self.reg.find_name([head.text], pos, create=False)
            if ent is not None and self.reg.tied:
                ent = self._main_bearer(ent, pos, unit, None)
            if ent is not None:
                return Resolved(ent.canonical, ent.kind, ent, "alias")
        found = self._descriptor(head, unit, pos)
        if found is not None:
            return found
        return Resolved(text, "person" if is_title(head) or is_age(head) else "unknown", None, "nominal")

    def _acts_as_person(self, m: Mention, unit: int) -> bool:
        """A lone capitalised word or a first name and surname the NER took for an organisation ('Kerr said…',
        'Yolanda Pettibone said…') that he/she then refers to."""
        doc = self.idx.doc
        head = doc[m.head]
        if head.text.isupper() or tnorm(head) in ORG_SUFFIXES:
            return False
        if m.name is not None and m.name[1] - m.name[0] == 2 and not all(map(capital_word, doc[m.name[0]:m.name[1]])):
            return False
        last = min(len(self.idx.units) - 1, unit + 2)
        s, e = self.idx.units[unit][0], self.idx.units[last][1]
        for t in doc[s:e]:
            if t.i == head.i or self.idx.in_quote[t.i] >= 0:
                continue
            if t.ent_type_ == "PERSON" and t.i > head.i:
                return False
            if tnorm(t) in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass"):
                return True
            if tnorm(t) in ("it", "its") and t.i > head.i and not _owned_by_other_subject(t, head):
                return False
        return False

    def _name_kind(self, last: Token, words: list[str]) -> str:
        if words[-1].lower() in ORG_SUFFIXES or any(
                w in ORG_CONNECTORS and k > 0 and words[k - 1].lower() in ORG_SUFFIXES for k, w in enumerate(words)):
            return "organisation"
        if last.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
            # "Smith, the former coach, told…": a role appositive makes a mislabelled surname a person
            if any(c.dep_ == "appos" and is_title(c) for c in last.children):
                return "person"
            # "Veltham's mayor, Petra Sandoval-Reyes,": a name in apposition to a person's role
            if last.dep_ == "appos" and is_title(last.head) and tnorm(last.head) not in ORG_NOUNS:
                return "person"
            return "organisation"
        if any(c.dep_ == "appos" and tnorm(c) in ORG_NOUNS and not is_title(c) and not person_noun(tnorm(c))
               for c in last.children):
            return "organisation"  # 'Quillstone, the two-year-old AI startup, …', with no label: a company
        return "person"
