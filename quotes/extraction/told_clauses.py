"""Reported clauses the parser hangs on a noun after the cue, as if they described it.

'Morrow told supporters he had called Vance to concede': with no 'that', the parser often reads the reported clause
after the one told as a relative clause on them ('supporters [whom] he had called'). People told something are not
described by a clause with its own subject right after them, so that clause is what was told.

'Eckhart said at a briefing that the crews were tired': the 'that' clause after the occasion of speaking is read as
a relative clause on it ('a briefing that …'). A clause with its own subject after 'that' does not describe a
briefing, a debate or an interview (unless it says what was done to it: 'a briefing that she chaired'), so it is
what was said; and a 'that' soon after the cue ('said in a statement on Monday that …', 'said on NBC's “Meet the
Press” that …') starts what was said, past a quoted programme.
"""

from __future__ import annotations

from spacy.tokens import Token

from .labels import is_label
from .lexicon import FINITE_TAGS, GROUP_NOUNS, tnorm
from .roles import person_noun
from .structure import DocIndex

_TELL = frozenset({"tell", "tells", "told", "telling"})
# Audiences the copy tells things to, beyond the speaking groups of GROUP_NOUNS.
_AUDIENCES = frozenset({"reporters", "journalists", "jurors", "jury", "crowd", "audience", "listeners", "viewers",
                        "volunteers", "colleagues", "friends", "delegates", "followers", "guests", "readers",
                        "shareholders", "customers", "pupils", "mps", "crew", "players", "team", "squad",
                        # bodies that hear evidence ('told the tribunal she had slept in her coat')
                        "tribunal", "court", "inquiry", "committee", "subcommittee", "panel", "commission",
                        "hearing", "inquest", "trial", "council", "board", "coroner", "judge", "magistrates"})
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})
# What is done to an occasion, in a real relative clause on it ('a briefing that she chaired'); the pipeline has
# no lemmatiser, so each form is listed.
_OCCASION_VERBS = frozenset("""hold holds held holding chair chairs chaired chairing give gives gave given giving host
hosts hosted hosting attend attends attended attending call calls called calling organise organised organize
organized convene convened deliver delivers delivered lead leads led arrange arranged schedule scheduled stage staged
broadcast broadcasts air aired publish published post posted write wrote written send sent record recorded watch
watched hear heard see saw seen make made join joined address addressed cover covered cancel cancelled canceled
open opened close closed end ended start started begin began""".split())


def told_clause(cue: Token) -> Token | None:
    """The head of the clause told, when the parser hung it as a relative clause on the audience right after
    'told' ('told reporters she would run' → 'would run'); None for a real relative ('told the jurors who …')."""
    if tnorm(cue) not in _TELL:
        return None
    audience = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    if audience is None or audience.left_edge.i != cue.i + 1 or not _people(audience):
        return None
    # 'told trustees the change had been hard': or as a clause hung on the audience itself
    clause = next((c for c in audience.rights if c.dep_ in ("relcl", "ccomp")), None)
    if clause is None or clause.left_edge.i != audience.i + 1 or tnorm(clause.left_edge) in _RELATIVES:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    return clause if subject is not None and subject.left_edge.i == audience.i + 1 else None


def _people(noun: Token) -> bool:
    """An audience: 'supporters', 'reporters', 'the jury', 'Ms Ruiz' (not 'the story', 'jokes')."""
    form = tnorm(noun)  # no lemmatiser: 'trustees' is the plural of a person noun
    return noun.ent_type_ in ("PERSON", "NORP") or form in GROUP_NOUNS or person_noun(form) \
        or (form.endswith("s") and person_noun(form[:-1])) or form in _AUDIENCES


def _occasions(cue: Token) -> list[Token]:
    """Nouns in the cue's prepositional phrases, and in theirs ('said in a statement after the briefing')."""
    found: list[Token] = []
    preps = [c for c in cue.rights if c.dep_ == "prep"]
    for _ in range(2):
        nouns = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        found += nouns
        preps = [c for n in nouns for c in n.rights if c.dep_ == "prep"]
    return found


def occasion_clause(cue: Token) -> Token | None:
    """The head of the clause said, when the parser hung 'that …' as a relative clause on the occasion named between
    the cue and it ('said at a briefing that the crews were tired' → 'were'); None for a real relative."""
    for occasion in _occasions(cue):
        clause = next((c for c in occasion.rights if c.dep_ in ("relcl", "acl")), None)
        if clause is None or tnorm(clause.left_edge) != "that" or clause.left_edge.i != occasion.i + 1:
            continue
        # its own subject between 'that' and the verb ('that crews had been “outrun”': 'crews' hangs on 'been')
        subject = next((t for t in cue.doc[clause.left_edge.i + 1:clause.i] if t.dep_ in ("nsubj", "nsubjpass")
                        and t.head.i in (clause.i, *(c.i for c in clause.children))), None)
        if subject is not None and tnorm(clause) not in _OCCASION_VERBS:
            return clause
    return None


def that_soon_after(idx: DocIndex, anchor: Token, ue: int) -> Token | None:
    """The clause of a 'that' within a few words of the cue, past a quoted programme or title ('said on NBC's
    “Meet the Press” that …'), never past quoted words."""
    doc = idx.doc
    j, limit, near = anchor.i + 1, min(anchor.i + 14, ue), anchor.i + 8
    while j < limit:
        if idx.quoted(doc[j]):
            k = idx.in_quote[j]
            if not is_label(idx, k):
                return None
            te = idx.seg_outer[k][1]
            limit, near, j = min(limit + te - j, ue), near + te - j, te
            continue
        if j > near and (doc[j].text in (",", ";", ":") or doc[j].tag_ in FINITE_TAGS):
            return None  # further on ('told reporters during a visit to Wales on Friday that …'), no later clause's
        if tnorm(doc[j]) == "that" and doc[j].dep_ == "mark":
            return doc[j].head
        j += 1
    return None
