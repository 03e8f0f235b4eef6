"""Organisation nominals: 'the college', 'a council spokesman', 'the governor's office', 'the club'.

`OrganisationResolver` is a mixin of the speaker resolver: it reads the registry (`self.reg`), the
document index (`self.idx`) and the mention history (`self.history`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .cues import _own_subject
from .descriptions import described_end
from .lexicon import BUSINESS_SUFFIXES, COMPANY_NOUNS, LEADING_ORG_NOUNS, ORG_NOUNS, ORG_SUFFIXES, tnorm
from .mentions import Mention, name_chain, select_mention
from .registry import Entity, Registry
from .roles import known_first_name
from .structure import DocIndex

_NOT_ORG_LABELS = frozenset({"DATE", "TIME", "NORP", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})
_POSS_DETS = frozenset({"its", "their", "our", "his", "her", "my", "your"})
_PERSONAL_POSS = frozenset({"his", "her", "their"})
# Only company-like nominals take a content clause's named subject ("Voltpark has raised £12m, the company said").
_CONTENT_FIRST_NOUNS = (COMPANY_NOUNS | LEADING_ORG_NOUNS) - {"owner", "label", "studio", "producer", "developer"}
# Public bodies whose names carry their own word ("Corran Police", "Westshire Council"): 'police say' never means
# the rail company or the club named just before, whatever its name lacks.
_SELF_NAMED = frozenset({"police", "council", "court", "army", "navy", "coastguard"})
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC", "EVENT"})
# Names that are places or weather, whatever the NER says ("River Lune", "Storm Ciaran", "Mill Street").
_PLACE_FIRST = frozenset({"river", "lake", "loch", "mount", "storm", "hurricane", "typhoon", "cyclone", "tropical",
                          "cape", "port", "bay", "glen", "isle", "fort"})
_PLACE_LAST = frozenset({"street", "road", "avenue", "lane", "square", "bridge", "river", "valley", "hill",
                         "estuary", "reservoir", "park", "way", "drive", "close", "crescent", "motorway", "airport"})


@dataclass
class Seen:
    unit: int
    entity: Entity | None
    name: str | None
    kind: str
    role: str  # speaker | subject | mention
    anecdote: bool = False  # an unnamed source met in a past occasion (anecdotes.py)


@dataclass
class Resolved:
    name: str | None
    kind: str
    entity: Entity | None
    evidence: str  # full | alias | pronoun | pronoun_rivals | nominal_resolved | nominal | descriptor | unknown


class OrganisationResolver:
    idx: DocIndex
    reg: Registry
    history: list[Seen]
    mentions: dict[int, Mention]  # by head token: a subject is read for the history, then again when it speaks
    subjects: dict[int, Token | None]  # by verb, the same

    def mention_of(self, head: Token) -> Mention:
        """`select_mention(head)`, worked out once per token."""
        found = self.mentions.get(head.i)
        if found is None:
            found = self.mentions[head.i] = select_mention(head)
        return found

    def subject_of(self, verb: Token) -> Token | None:
        """`_own_subject(verb)`, worked out once per token."""
        if verb.i not in self.subjects:
            self.subjects[verb.i] = _own_subject(verb)
        return self.subjects[verb.i]

    def _org_nominal(self, m: Mention, unit: int, pos: int, record: bool) -> Resolved | None:
        """'the governor's office' is itself unless the article named it; 'the college' is the most recent
        organisation it describes, else a recent untyped one ('Kingsford … The club said')."""
        doc = self.idx.doc
        head = doc[m.head]
        form = tnorm(head)
        if noun_possessor(head) is not None:
            ent = self._named_as(head, pos)  # "the governor's office": itself, unless the article named it
            if ent is not None:
                return Resolved(ent.canonical, "organisation", ent, "nominal_resolved")
            return Resolved(self._nominal_text(m), "organisation", None, "nominal")
        found = self._sentence_org(head, form, pos)
        if found is not None:
            return found
        ent = self.reg.find_org(form, pos)
        subject = self._subject_just_before(unit, form)
        if subject is not None and subject.entity is not ent and \
                (ent is None or ent.last_seen < self.idx.units[subject.unit][0]):
            # 'Quillstone has raised $600m … The company has said': the organisation the sentence before was about,
            # though untyped, over a company named further back
            return Resolved(subject.name, "organisation", subject.entity, "nominal_resolved")
        if ent is not None:
            if record:
                ent.last_seen = max(ent.last_seen, pos)
            return Resolved(ent.canonical, "organisation", ent, "nominal_resolved")
        seen = self._untyped_org(unit, form) if form not in _SELF_NAMED else None
        if seen is not None:
            return Resolved(seen.name, "organisation", seen.entity, "nominal_resolved")
        return None

    def _sentence_org(self, head: Token, form: str, pos: int) -> Resolved | None:
        """'London-based Voltpark has raised £12m, the company said' / 'Shares in Norbank fell after the lender
        said': a proper name earlier in the sentence, subject of a clause (or object of in/of/at in one), is the
        most recent organisation, whatever the NER called it — unless it is a person or of another type."""
        if form not in _CONTENT_FIRST_NOUNS:
            return None  # "…after the River Lune burst its banks, police said": police keep their own resolution
        doc = self.idx.doc
        cand = None
        for tok in doc[head.sent.start:head.i]:
            if tok.pos_ != "PROPN" or self.idx.in_quote[tok.i] >= 0 or tok.ent_type_ in _NOT_ORG_LABELS \
                    or (tok.i + 1 < head.i and doc[tok.i + 1].dep_ == "compound" and doc[tok.i + 1].head.i == tok.i):
                continue
            if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tnorm(tok.head) in ("in", "of", "at")
                                                      and tok.head.head.dep_ in ("nsubj", "nsubjpass")):
                cand = tok
        if cand is None or _relation_named(cand):
            return None
        ns, ne, _ = name_chain(cand)
        words = [t.text for t in doc[ns:ne]]
        if not words or words[0].lower() in _PLACE_FIRST or words[-1].lower() in _PLACE_LAST:
            return None  # "Flights stopped after Storm Ciaran hit, the airline said": a place or a storm
        marked = org_modified(cand) or (len(words) >= 2 and words[-1].lower() in ORG_SUFFIXES)
        # "Shares in Halvard Mining fell … Halvard now expects …, the company said": the NER may leave a short
        # form of an organisation the article already named unlabelled; the registry knows it
        known = self.reg.find_name(words, cand.i, create=False)
        known_org = known is not None and known.kind == "organisation" and known.first_seen < cand.i and \
            cand.ent_type_ not in _PLACE_LABELS
        marked = marked or known_org
        if not (cand.ent_type_ == "ORG" or marked) or (cand.ent_type_ in _PLACE_LABELS and not marked):
            return None  # "Staff struck, the firm said": a capitalised first word is no name; "Leeds grew…": a place
        ent = self.reg.find_name(words, cand.i, kind_hint="organisation")
        if ent is None or (ent.kind == "person" and ent.gender is not None):
            return None
        if cand.ent_type_ == "PERSON" and not (org_modified(cand) or known_org) and \
                (len(words) < 2 or known_first_name(words[0])):
            return None  # "Ana Ruiz has resigned, the company said"; but "Corrie Labs will hire…"
        types = set(ORG_NOUNS.get(form, frozenset())) | {form} | (BUSINESS_SUFFIXES if form in COMPANY_NOUNS else set())
        known = set(ent.lower) | ent.descriptors
        if known & ORG_SUFFIXES and not known & types:
            return None  # "Westshire Council approved the plan, the company said": another kind
        ent.kind = "organisation"
        ent.descriptors.add(form)
        return Resolved(ent.canonical, "organisation", ent, "nominal_resolved")

    def _named_as(self, head: Token, pos: int) -> Entity | None:
        """An organisation named with every word of a possessed nominal ('the county's health department' →
        'Westshire County Health Department')."""
        words = {tnorm(head)} | {tnorm(c) for c in head.lefts if c.dep_ in ("compound", "amod")}
        poss = noun_possessor(head)
        words.add(tnorm(poss).removesuffix("'s").removesuffix("’s"))
        found = [e for e in self.reg.entities if e.kind == "organisation" and e.first_seen <= pos
                 and words <= {w.removesuffix("'s").removesuffix("’s") for w in e.lower}]
        return max(found, key=lambda e: e.last_seen) if found else None

    def _modifier_org(self, org: Mention, pos: int, record: bool) -> Resolved:
        """'A council spokesman' → the council the article named ('Westshire Council'), else 'the council';
        never an unrelated organisation that spoke last. An organisation with the very word in its name beats one
        of a kindred type ('Westshire Council' over 'the Westshire Rivers Authority' for 'a council spokeswoman'),
        even one the article names only further on."""
        doc = self.idx.doc
        form = tnorm(doc[org.head])
        types = {form} | ORG_NOUNS.get(form, frozenset())
        best = same = later = None
        for ent in self.reg.entities:
            other_kind = (ent.descriptors - types) & ORG_NOUNS.keys()  # "the charity Open Road" is no hospital
            if ent.kind != "organisation" or not (set(ent.lower) | ent.descriptors) & types or other_kind:
                continue
            if ent.first_seen > pos:
                if form in ent.lower and (later is None or ent.first_seen < later.first_seen):
                    later = ent
                continue
            if best is None or ent.last_seen > best.last_seen:
                best = ent
            if form in ent.lower and (same is None or _own_type_first(ent, types) > _own_type_first(same, types)):
                same = ent
        if same is not None or (later is not None and (best is None or form not in best.descriptors)):
            best = same or later
        if best is not None:
            if record:
                best.last_seen = max(best.last_seen, pos)
            return Resolved(best.canonical, "organisation", best, "nominal_resolved")
        text = self._nominal_text(org)
        if org.kind == "group" or form in ("police", "government"):
            return Resolved(text, "organisation", None, "nominal")
        if text.split(" ", 1)[0].lower() in ("the", "a", "an"):
            return Resolved("the " + text.split(" ", 1)[1], "organisation", None, "nominal")
        return Resolved("the " + text, "organisation", None, "nominal")

    def _untyped_org(self, unit: int, form: str) -> Seen | None:
        """'Kingsford have sacked their coach. The club said…': a recent organisation with no type of its own."""
        best = None
        for s in reversed(self.history):
            if unit - s.unit > 4:
                break
            if unit - s.unit > 2 or s.unit > unit or s.kind != "organisation" or s.name is None:
                continue
            ent = s.entity
            words = set(ent.lower) | ent.descriptors if ent is not None else {s.name.split()[-1].lower()}
            if words & ORG_SUFFIXES and not words & (ORG_NOUNS.get(form, frozenset()) | {form}):
                continue
            if best is None or (s.role != "mention" and best.role == "mention"):
                best = s
        return best

    def _subject_just_before(self, unit: int, form: str) -> Seen | None:
        """The organisation that was the subject of the sentence right before this one, if it is of no other type,
        for a company's nominal ('the company', 'the startup'; 'police' and 'the government' name themselves)."""
        if form not in COMPANY_NOUNS or form in _SELF_NAMED:
            return None
        found = self._untyped_org(unit, form)
        return found if found is not None and found.role == "subject" and found.unit == unit - 1 else None

    def _nominal_text(self, m: Mention) -> str:
        doc = self.idx.doc
        end = described_end(doc[m.head], m.end) if m.kind in ("group", "descriptor") else m.end
        toks = [t for t in doc[m.start:end] if not t.is_space]
        if toks and tnorm(toks[0]) in _POSS_DETS and not (m.kind == "group" and tnorm(toks[0]) in _PERSONAL_POSS):
            # 'its spokesman' is the organisation's; 'Her supporters', 'his aides' are a group known only as
            # someone's, and 'the supporters' would be a group the copy never names
            return "the " + as_written(toks[1:])
        return as_written(toks)


# Nouns that set a named body beside the speaking one ('investors Brightfield Ventures', 'rival Acme').
_RELATIONS = frozenset({"investor", "investors", "backer", "backers", "rival", "rivals", "partner", "partners",
                        "customer", "customers", "client", "clients", "supplier", "suppliers", "competitor",
                        "competitors", "shareholder", "shareholders", "lender", "lenders", "bidder", "bidders"})


def _relation_named(name: Token) -> bool:
    """'Existing investors Brightfield Ventures and … took part, the company said': a name brought in by a common
    noun in the plural, or by one that relates it to another body, is not the company that speaks after it."""
    return any(t.pos_ == "NOUN" and (t.tag_ == "NNS" or tnorm(t) in _RELATIONS)
               for t in name.lefts if t.dep_ in ("compound", "amod", "nmod"))


def as_written(toks) -> str:
    """Tokens as the text spaces them ('42%', 'two-thirds', "the nurses' union"), on one line."""
    return " ".join("".join(t.text_with_ws for t in toks).split())


def _own_type_first(ent: Entity, types: set[str]) -> tuple[bool, int]:
    """'University Staff Union' for 'a university spokeswoman': a name whose last word makes it a body of another
    type (a union) comes after one of the very type ('Aldermoor University'); then the one seen last."""
    return not (bool(ent.lower) and ent.lower[-1] in ORG_NOUNS and ent.lower[-1] not in types), ent.last_seen


def noun_possessor(head: Token) -> Token | None:
    """The noun possessor of a nominal ('governor' in 'the governor's office'); pronouns ('its') do not count."""
    return next((c for c in head.lefts if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)


_ORG_PARTICIPLES = frozenset({"based", "listed", "owned", "headquartered", "backed", "registered", "quoted",
                              "controlled", "funded", "run", "founded"})


def org_modified(name: Token) -> bool:
    """'Paris-listed Arvane', 'family-owned Braddock Mills', 'Leeds-based Orla': a hyphenated participle that
    only businesses and bodies take."""
    return any(c.dep_ == "amod" and tnorm(c) in _ORG_PARTICIPLES and c.i > 0 and c.nbor(-1).text in ("-", "‑")
               for c in name.lefts) or \
        any(c.dep_ == "compound" and org_modified(c) for c in name.lefts)
