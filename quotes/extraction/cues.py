"""Speech cues: which tokens report speech, who their subject is, and relayed quotes."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .appositive_verbs import appositive_as_clause, misparsed_appositive
from .called_words import determined_gerund
from .fallback_subjects import RELATIVES, fallback_subject
from .fenced_subjects import fenced_subject, inverted_clause_subject, name_after_cue
from .inverted_asides import inverted_aside
from .lexicon import (
    CLAUSE_ONLY_CUES,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    EVIDENCE_CUES,
    GROUP_NOUNS,
    NOT_CUE_FORMS,
    ORG_NOUNS,
    PARTICIPLE_CHAIN,
    PARTICLE_CUES,
    QUESTION_ONLY_CUES,
    RELAY_CUES,
    SUBJECT_DEPS,
    tnorm,
)
from .misparsed import doer_before, participle_aside_subject, sender_of, surname_as_adverb, with_clause_subject
from .misread_cues import misread_subject, read_as_noun
from .parallel_participles import parallel_participle
from .passive_cues import passive_conjunct
from .roles import person_noun
from .split_names import split_name
from .structure import DocIndex

_TELL = frozenset({"tell", "tells", "told", "telling"})
_ASKED_OR_TOLD = frozenset({"asked", "told", "questioned", "pressed"})
_ISSUED = frozenset({"statement", "release", "response", "note", "letter", "memo", "tweet", "message", "video",
                     "ad", "post", "email", "e-mail", "report", "article", "piece", "advertisement", "petition",
                     "petitions", "column", "sign", "placard", "banner", "poster"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "dep"})


def is_cue(tok: Token) -> bool:
    """A speech verb, by surface form and verbal tag ("Omar Said" is a name, not a cue)."""
    form = tnorm(tok)
    if form not in CUE_FORMS or form in NOT_CUE_FORMS:
        return False
    if not (tok.tag_.startswith("VB") or tok.pos_ == "VERB" or read_as_noun(tok)):
        return False
    if form in CLAUSE_ONLY_CUES and not any(c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and tnorm(m) == "that" for m in c.children) for c in tok.children):
        return False
    if form in QUESTION_ONLY_CUES and not _doubt_voiced(tok):
        return False
    particles = PARTICLE_CUES.get(form)
    if particles is not None and not any(tnorm(c) in particles for c in tok.children if c.dep_ in ("prt", "advmod")
                                         or (c.dep_ == "prep" and c.i == tok.i + 1)):  # 'chimed in', parsed a prep
        return False
    if form == "said" and _that_said(tok):
        return False
    if tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("POS", "PRP$") or determined_gerund(tok):
        return False  # "the Ledger's reporting", "his saying so", 'that finding': a gerund owned or determined
    return not (tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ in ("PERSON", "ORG"))


def _doubt_voiced(tok: Token) -> bool:
    """'She questioned whether the figures were right': a question of its own after the verb, put by a finite
    verb. A bare participle ('with several justices questioning whether …') sets a scene rather than reports."""
    if tok.tag_ == "VBG" and not any(c.dep_ == "aux" for c in tok.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > tok.i and (c.left_edge.tag_ in ("WRB", "WP", "WDT") or tnorm(c.left_edge)
                                                       in ("whether", "if")) for c in tok.children)


def _that_said(tok: Token) -> bool:
    """'That said, …': the writer's concession, no one's speech."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and tnorm(doc[tok.i - 1]) == "that" and doc[tok.i + 1].text == "," and \
        (doc[tok.i - 1].is_sent_start or doc[tok.i - 1].text == "That")


@dataclass(frozen=True)
class CueSubject:
    tok: Token | None
    how: str  # "subj" | "climb" | "fallback" | "relay" | "none"
    relayer: Token | None = None


def relay(cue: Token) -> tuple[Token | None, Token | None, Token | None]:
    """For "Y quoted X as saying" / "X was quoted as saying": (speaker, relayer, the 'saying' token)."""
    if tnorm(cue) not in RELAY_CUES:
        return None, None, None
    saying = None
    for child in cue.children:
        if child.dep_ == "prep" and tnorm(child) == "as":
            saying = next((g for g in child.children if g.text.lower().endswith("ing")), None)
    if saying is None:
        nxt = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
        if nxt is None or tnorm(nxt) != "as":
            return None, None, None
    speaker = relayer = None
    for child in cue.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            speaker = child
        elif child.dep_ == "nsubj":
            relayer = child
        elif child.dep_ == "agent":
            relayer = _object_of(child) or relayer
    if speaker is None and relayer is not None and cue.i + 1 < len(cue.doc):
        speaker = None
    return speaker, relayer, saying


def has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def subjects_before(cue: Token) -> list[Token]:
    return [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]


def comma_between(first: Token, last: Token, idx: DocIndex | None = None) -> bool:
    """'The museum, Ms Ruiz said': the parser makes both subjects of the cue; a comma between them (outside quotes,
    when the index is given) parts the content's subject from the speaker."""
    return any(t.text == "," and not (idx is not None and idx.quoted(t))
               for t in first.doc[first.i + 1:last.left_edge.i])


def _own_subject(tok: Token) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and tnorm(c) not in ("that", "which", "who")]
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.i < tok.i), None)
    if len(subjects) > 1 and mark is not None and any(mark.i < c.i for c in subjects):
        # 'A landlord … has been ordered to repay rent after a tribunal ruled that …', parsed with both nouns
        # subjects of 'ruled': the one after the cue's own 'after' is its subject; the other is the main clause's
        subjects = [c for c in subjects if c.i > mark.i]
    if len(subjects) > 1:
        before = [c for c in subjects if c.i < tok.i]
        if len(before) > 1 and comma_between(before[0], before[-1]):
            return before[-1]  # "The museum, Ms Ruiz said, …": the subject before the comma is the content's
        if split_name(before):
            return before[-1]  # 'Rory O’Neill said', parsed as two subjects: one name, its last word the head
        return _name_after_roles(subjects) or subjects[0]
    return misparsed_appositive(subjects[0], tok) if subjects else None


_ROLE_CHAIN_POS = frozenset({"NOUN", "ADJ", "CCONJ"})


def _name_after_roles(subjects: list[Token]) -> Token | None:
    """'Co-founder and chief executive Amina Yusuf said', parsed with 'Co', '-' and 'Yusuf' all subjects: the
    person's name at the end of a run of role words (nouns, adjectives, hyphens, 'and') is the subject."""
    doc = subjects[0].doc
    name = subjects[-1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    ns = name.i
    while ns > 0 and doc[ns - 1].pos_ == "PROPN" and doc[ns - 1].ent_type_ == "PERSON":
        ns -= 1
    between = doc[subjects[0].i:ns]
    if len(between) and all(t.pos_ in _ROLE_CHAIN_POS or t.text in ("-", "‑", "–") for t in between):
        return name
    return None


def appositive_owner(head: Token) -> Token:
    """'according to Ana Ruiz, an analyst at Orbis, who noted …': a 'who' clause after a name's descriptive
    appositive is about the person named, not about 'an analyst' (whose words already describe her), nor about
    the firm the parser hung it on ('Orbis, who')."""
    cur = head
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.dep_ == "appos" and \
            cur.ent_type_ != "PERSON" and _who_follows(cur):
        cur = cur.head.head
    if cur.dep_ == "appos" and cur.pos_ == "NOUN" and cur.head.i < cur.i and cur.head.pos_ == "PROPN" \
            and cur.head.ent_type_ in ("PERSON", ""):
        return cur.head
    return _counted_group(cur) or head


def _counted_group(part: Token) -> Token | None:
    """'14 governors, six of them Republicans, that called …': a count of a group in commas ('six of them …',
    'most of whom …') is an aside; the clause after it is about the group before it."""
    doc = part.doc
    k = part.left_edge.i
    if not (k >= 2 and doc[k - 1].text == "," and doc[k - 2].tag_ in ("NNS", "NNPS")):
        return None
    if not any(tnorm(t) == "of" and tnorm(doc[t.i + 1]) in ("them", "whom") for t in doc[k:part.i] if t.i + 1 < len(doc)):
        return None
    return doc[k - 2]


def _who_follows(noun: Token) -> bool:
    doc = noun.doc
    k = noun.i + 1
    return k + 1 < len(doc) and doc[k].text == "," and tnorm(doc[k + 1]) == "who"


def find_subject(cue: Token, idx: DocIndex) -> CueSubject:
    speaker, relayer, _ = relay(cue)
    if speaker is not None:
        return CueSubject(speaker, "relay", relayer)
    if tnorm(cue) in _ASKED_OR_TOLD and (any(c.dep_ == "nsubjpass" for c in cue.children) or passive_conjunct(cue)):
        # 'Lee was asked by the host whether …': the one asked is not the speaker; the agent, if named, is
        agent = agent_of(cue)
        return CueSubject(agent, "subj" if agent is not None else "none")
    aside = inverted_aside(cue, idx)
    if aside is not None:
        return CueSubject(aside[0], "subj")  # 'The museum, said Ana Ruiz, would open in May.'
    subj = _own_subject(cue) or appositive_as_clause(cue) or misread_subject(cue)
    if subj is not None and idx.quoted(subj) and not idx.quoted(cue):
        # '“Safety,” said Grimm': the parser made the quoted word a second subject; the speaker is the other one
        # (or a name the parser hung on the quoted word as its appositive: '“…,” Trump, the frontrunner, said')
        subj = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and not idx.quoted(c)
                     and tnorm(c) not in ("that", "which", "who")), None) or \
            next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not idx.quoted(c)), None)
    prompted = _prompted(cue)
    if subj is None and prompted is not None and not idx.quoted(prompted):
        return CueSubject(prompted, "subj")
    agent = passive_agent(cue) if subj is None else None
    if agent is not None:
        return CueSubject(agent, "subj")  # 'As reported by the Ledger, …'
    if subj is not None:
        if subj.tag_ in ("WP", "WDT") or tnorm(subj) in ("who", "which"):
            head = cue.head if cue.dep_ == "relcl" else None
            if head is not None:
                issuer = _issuer(head, idx)
                return CueSubject(issuer if issuer is not None else head, "climb")
        return CueSubject(subj, "subj")
    if (partner := parallel_participle(cue, idx)) is not None:  # 'saying that A - and arguing that B'
        return find_subject(partner, idx)
    adjacent = _noun_right_before(cue, idx) or participle_aside_subject(cue, idx) or with_clause_subject(cue, idx) \
        or doer_before(cue, idx)
    if adjacent is not None:
        return CueSubject(adjacent, "subj")
    cur = cue
    for _ in range(3):
        if cur.dep_ == "relcl" and cur.head.i < cur.i and _relative_subject(cur):
            issuer = _issuer(cur.head, idx)  # 'the senator released a video that accuses …': the senator's words
            if issuer is not None:
                return CueSubject(issuer, "climb")
            return CueSubject(appositive_owner(cur.head), "climb")  # "Bosch, who ran a gallery, said …" parsed as ran → said
        if cur.dep_ not in _CLIMB_DEPS and not (cur.dep_ == "ccomp" and tnorm(cur) in PARTICIPLE_CHAIN) and \
                not (cur.dep_ == "parataxis" and cur.head.tag_ == "VBG" and not idx.quoted(cur.head)):
            break  # ('X, noting the size of the crowd, said, “…”', parsed with 'noting' the root)
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.dep_ == "prep" and cur.pos_ in ("ADP", "SCONJ") and cur.head.i != cur.i:
            habit = tnorm(cur) == "of"
            cur = cur.head  # 'Holt said before adding: “…”', 'She followed that by saying …', 'upon saying' (tagged
            # a subordinator): the verb the phrase is on
            if habit and cur.pos_ == "NOUN" and cur.dep_ == "dobj" and cur.head.pos_ in ("VERB", "AUX") and \
                    cur.head.i < cur.i:
                cur = cur.head  # 'made a point of saying …', 'has a habit of saying …': the one who has it
        if cur.pos_ == "ADJ" and cur.dep_ == "acomp" and cur.head.i != cur.i:
            cur = cur.head  # 'The mayor is fond of saying …', 'She was quick to point out …': the copula's subject
        if cue.tag_ == "VBG" and cur.dep_ == "ccomp" and is_cue(cur.head) and not idx.quoted(cur.head):
            cur = cur.head  # 'said the plan was fair, while cautioning that …': the participle is the sayer's
        elif cue.tag_ == "VBG" and cur.dep_ == "acl" and cur.head.dep_ == "dobj" and is_cue(cur.head.head) and \
                not idx.quoted(cur.head.head):
            cur = cur.head.head  # 'denied the notion that a shake-up was coming, explaining …': the denier's
        elif cue.dep_ == "conj" and cur.dep_ == "ccomp" and is_cue(cur.head) and not idx.quoted(cur.head) and \
                _thing(_own_subject(cur)):
            cur = cur.head  # 'said the bill had merits and called the backlog …': a bill calls nothing; the sayer does
        subj = _own_subject(cur)
        if subj is not None and not idx.quoted(subj):
            return CueSubject(subj, "climb")
        if idx.quoted(cur):  # '“…,” he said, before adding: “…”' with 'before' hung on the quoted verb
            said = next((c for c in cur.children if c.dep_ == "parataxis" and is_cue(c) and not idx.quoted(c)), None)
            subj = _own_subject(said) if said is not None else None
            if subj is not None and not idx.quoted(subj):
                return CueSubject(subj, "climb")
    inverted = _inverted_subject(cue, idx)
    if inverted is not None:
        return CueSubject(inverted, "subj")
    fenced = fenced_subject(cue, idx)
    if fenced is not None:
        return CueSubject(fenced, "subj")
    if cue.dep_ == "acl":
        issuer = _issuer(cue.head, idx) or sender_of(cue, idx)
        if issuer is not None:
            return CueSubject(issuer, "climb")
    if cue.dep_ == "conj" and cue.head.i < cue.i and cue.head.pos_ == "VERB" and not idx.quoted(cue.head):
        # 'In the email, which …, Chief Executive Ana Ruiz called the cuts “…” and said …': the parser left the first
        # verb without a subject; whoever the first verb's speaker is, the verb coordinated with it has the same
        first = find_subject(cue.head, idx)
        if first.tok is not None and first.how != "relay":
            return CueSubject(first.tok, first.how)
    fb = fallback_subject(cue, idx)
    return CueSubject(fb, "fallback" if fb is not None else "none")


def _thing(subj: Token | None) -> bool:
    """A common noun that names no person, body or group ('the bill', 'the plan', 'at least 60 farms'): it says
    nothing. A plural is judged by its singular too ('farmers', 'charities' may speak)."""
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ not in ("NN", "NNS") or subj.ent_type_:
        return False
    form = tnorm(subj)
    forms = {form}
    if subj.tag_ == "NNS" and form.endswith("s"):
        forms.add(form[:-3] + "y" if form.endswith("ies") else form[:-2] if form.endswith(_ES_PLURALS) else form[:-1])
    return not any(person_noun(f) or f in ORG_NOUNS or f in GROUP_NOUNS for f in forms)


_ES_PLURALS = ("sses", "xes", "ches", "shes", "zes")


def _noun_right_before(cue: Token, idx: DocIndex) -> Token | None:
    """'… in which supporters praised the bill and opponents warned that …': a finite cue left without a subject,
    whose noun right before it the parser coordinated with an earlier object; a noun just before a finite verb is
    its subject, not the subject of the clause the parser hung the cue on."""
    if cue.i == 0 or cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("advcl", "conj"):
        return None
    noun = cue.doc[cue.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("conj", "pobj", "dobj") or idx.quoted(noun) \
            or noun.ent_type_ in ("DATE", "TIME") or noun.is_sent_start:
        return None
    if noun.dep_ == "pobj" and noun.head.head.i == cue.i:
        return None  # '…, but in a later interview said …': the cue's own phrase of when or where
    return noun


_PROMPTING = frozenset(f"{stem}{end}" for stem in ("prompt", "spur", "provok", "forc", "caus", "mov")
                       for end in ("", "e", "s", "es", "ed", "ing")) | {"lead", "leads", "led", "leading"}


def _prompted(cue: Token) -> Token | None:
    """'…, prompting Okonjo to reply: “…”': the one the words prompted to speak (object of 'prompt', 'lead')."""
    if cue.dep_ != "xcomp" or tnorm(cue.head) not in _PROMPTING:
        return None
    return next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)


def passive_agent(cue: Token) -> Token | None:
    """'reported by the Ledger': the one by whom a passive participle of speech was done."""
    return agent_of(cue) if cue.tag_ == "VBN" else None


def agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's 'by' ('was asked by the host', 'written by Ana Ruiz'), or None."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _object_of(prep: Token) -> Token | None:
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def _issuer(document: Token, idx: DocIndex) -> Token | None:
    """'the campaign issued a statement saying …', 'the club answered with a statement saying …', 'the senator
    released a video that says …': the one who issued a document says what it says."""
    form = tnorm(document)
    if (form not in _ISSUED and not (form.endswith("s") and form[:-1] in _ISSUED)) or \
            not (document.dep_ == "dobj" or _issued_with(document)):  # 'ads', 'signs': the model has no lemmas
        return None
    verb = document.head if document.dep_ == "dobj" else document.head.head
    issuer = _own_subject(verb)
    if issuer is None and verb.dep_ in ("conj", "advcl") and verb.tag_ in ("VBD", "VBN", "VBG") and verb.head.i < verb.i:
        # 'had sent letters and placed ads calling …', '…, carrying signs saying …': the verb before it has the subject
        issuer = _own_subject(verb.head)
    if issuer is None or idx.quoted(issuer) or tnorm(issuer) in ("that", "which", "who"):
        return None
    return issuer


def _issued_with(document: Token) -> bool:
    """'answered with a statement', 'responded in a statement': a document under 'with'/'in' on a verb."""
    prep = document.head
    return document.dep_ == "pobj" and tnorm(prep) in ("with", "in") and prep.head.pos_ in ("VERB", "AUX") \
        and prep.head.i != prep.i


def _inverted_subject(cue: Token, idx: DocIndex) -> Token | None:
    """'“…,” added a New Hampshire Democrat.': right after a quote the noun after the cue is its subject, though the
    parser may make it the object (never for 'told', whose object is the one told)."""
    doc = idx.doc
    j = cue.i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or not idx.quoted(doc[j]) or tnorm(cue) in _TELL:
        return None
    return next((c for c in cue.children if c.dep_ in ("dobj", "attr", "npadvmod", "dep") and c.left_edge.i == cue.i + 1
                 and c.pos_ in ("NOUN", "PROPN") and not idx.quoted(c)), None) or inverted_clause_subject(cue, idx) \
        or surname_as_adverb(cue, idx) or name_after_cue(cue, idx)


def _relative_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and (tnorm(c) in RELATIVES or c.tag_ == "WDT") for c in verb.children) or \
        any(tnorm(t) in RELATIVES for t in verb.doc[verb.left_edge.i:verb.i])


# Who may 'find' besides documents and named organisations: bodies that weigh evidence and rule on it ('…, the
# tribunal found'); a person or a plain noun finds things, not facts ('Ana found the keys').
_FINDING_BODIES = frozenset({"it", "tribunal", "court", "jury", "inquiry", "inquest", "coroner", "judge", "panel",
                             "commission", "committee", "ombudsman", "regulator", "watchdog", "investigators",
                             "inspectors", "auditors"})


def evidence_ok(cue: Token, subj: Token | None) -> bool:
    """'found'/'showed' report only for documents and organisations ("The report found…")."""
    if tnorm(cue) not in EVIDENCE_CUES:
        return True
    if subj is None:
        return False
    if any(c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN") for c in cue.children):
        return False  # 'The jury found him guilty': a verdict on someone, no finding reported
    return tnorm(subj) in DOCUMENT_NOUNS or subj.ent_type_ == "ORG" or tnorm(subj) in _FINDING_BODIES
