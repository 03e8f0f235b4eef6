"""Finding quotes and their cues: reported clauses, direct quote segments, partial quotes.

`find_attributions` reads the DocIndex only; speakers are named afterwards (speakers.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .according import according_to
from .called_words import verdict_end, verdict_start
from .colon_leads import colon_lead_cue, colon_name, from_lead, written_author, written_lead
from .content import Content, reported_content
from .content_spans import mostly_quoted
from .cues import CueSubject, evidence_ok, find_subject, has_subject, is_cue
from .defining_clauses import defines_a_group
from .glosses import glossing_subject
from .labels import is_label, is_subhead
from .lexicon import CUE_FORMS, QUESTION_PARTICIPLES, tnorm
from .quote_marks import QuoteSegment
from .quote_runs import record_before, same_statement
from .segment_cues import ASKED_FORMS, asked, clause_initial, governing_cue, head_cue, prev_tok, tail_cue, whole_unit
from .signed_quotes import find_signed_quotes
from .speaker_lines import find_speaker_lines
from .structure import DocIndex
from .topic_leads import topic_lead


@dataclass
class Attribution:
    start: int  # character offsets of the quoted or reported content
    end: int
    kind: str  # direct | partial | indirect
    how: str  # cue | relay | according | chain | para | floating | label (NAME: …) | answer (A: …) | written (read out)
    unit: int
    anchor: int  # token index used for document order (cue, or the quote start)
    cue: Token | None = None
    subject: CueSubject | None = None
    inherit: Attribution | None = None
    speaker_from: Attribution | None = None
    closed: bool = True
    para: int = -1
    parts: tuple[tuple[int, int], ...] = ()  # quoted pieces when the span holds its own cue
    group: int | None = None  # attributions of one statement in several sentences share it
    name_span: tuple[int, int] | None = None  # a headline's name as written: the mention, whatever the parse
    # filled in by speakers.py
    speaker: str | None = None
    speaker_kind: str = "unknown"
    mention: tuple[int, int] | None = None
    entity_id: int | None = None
    relayed_by: str | None = None
    speaker_evidence: str = "none"


def _char_span(idx: DocIndex, s: int, e: int) -> tuple[int, int]:
    doc = idx.doc
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)


def find_attributions(idx: DocIndex) -> list[Attribution]:
    doc = idx.doc
    b0, b1 = idx.body
    reported: list[Attribution] = []
    covered: list[tuple[int, int]] = []
    overrides: dict[int, Attribution] = {}
    in_quote, para_of, norms = idx.in_quote, idx.para_of, idx.norms
    for i in range(b0, b1):
        if in_quote[i] >= 0 or para_of[i] < 0:
            continue
        form = norms[i]
        if form == "according":
            tok = doc[i]
            found = according_to(idx, tok)
            if found is not None and not _has_own_cue(idx, found[0], tok.i):
                content, src = found
                att = _make(idx, content, "according", tok, CueSubject(src, "according"))
                if mostly_quoted(idx, content):  # "According to the campaign, “The speech will …”"
                    k = idx.in_quote[content.start]
                    if idx.seg_outer[k][1] < content.end - 1:
                        continue
                    att.start, att.end, att.kind = idx.segments[k].start, idx.segments[k].end, "direct"
                reported.append(att)
                covered.append((content.start, content.end))
            continue
        if form not in CUE_FORMS and form not in ASKED_FORMS:  # what is_cue and asked look up first: most words
            continue
        tok = doc[i]
        if not is_cue(tok) and not (asked(tok) and (has_subject(tok) or tok.dep_ == "conj" and has_subject(tok.head))):
            continue
        if _reduced_question(idx, tok) or defines_a_group(tok):
            continue
        outer = overrides.get(tok.i)
        if outer is None and any(s <= tok.i < e for s, e in covered):
            continue
        content = reported_content(idx, tok)
        if content is None or mostly_quoted(idx, content):
            continue
        subj = find_subject(tok, idx)
        if outer is None and (subj.tok is None or not evidence_ok(tok, subj.tok) or glossing_subject(subj.tok)):
            continue
        if subj.tok is not None and any(s <= subj.tok.i < e for s, e in content.pieces or [(content.start, content.end)]):
            continue
        att = _make(idx, content, "relay" if subj.how == "relay" else "cue", tok, subj)
        att.speaker_from = outer
        if content.cut_cue is not None:
            overrides[content.cut_cue] = att
        reported.append(att)
        covered.append(_token_extent(content))
    for line in find_speaker_lines(idx):
        ls, le = idx.tok_range(line.start, line.end)
        if line.question:  # the interviewer's words: no quote of anyone's in them
            reported[:] = [a for a in reported if not line.colon.i <= a.anchor < le]
            covered.append((line.colon.i, le))
            continue
        if any(s <= line.colon.i < e for s, e in covered):
            continue
        subject = CueSubject(line.name, "subj") if line.name is not None else None
        how = "label" if line.name is not None else "answer"
        reported.append(Attribution(line.start, line.end, "direct", how, idx.unit_of[ls], ls, line.colon, subject,
                                    para=idx.para_of[ls]))
        covered.append((idx.tok_at(line.label), le))  # '"RAMOS: …': the quote holding the label is this line
    for signed in find_signed_quotes(idx):  # '“…” — Ana Ruiz': the signature names the speaker, whoever spoke before
        ls, le = idx.tok_range(signed.start, signed.end)
        if idx.unit_of[ls] >= 0:
            reported[:] = [a for a in reported if not ls <= a.anchor < le]
            reported.append(Attribution(signed.start, signed.end, "direct", "label", idx.unit_of[ls], ls, signed.dash,
                                        CueSubject(signed.name, "subj"), para=signed.first_para))
            covered.append((ls, le))
    quoted = _segment_attributions(idx, reported, covered)
    kept = _resolve_overlaps(reported + quoted, idx.layout.text)
    alive = {id(a) for a in kept}
    for a in kept:
        if a.speaker_from is not None and id(a.speaker_from) not in alive:
            # the statement whose content this cue cut lost to one overlapping it and is never resolved: the cue's
            # own subject speaks ('said that A - and arguing that B', with 'saying' and its verb both cut at 'arguing')
            a.speaker_from = None
    return kept


def _reduced_question(idx: DocIndex, tok: Token) -> bool:
    """'Lykke, asked whether anyone would go, replied: …': the question was put to Lykke, not asked by him."""
    if tnorm(tok) not in QUESTION_PARTICIPLES:
        return False
    prev = prev_tok(idx, tok.i, idx.unit(tok.i)[0])
    if prev is None or prev.text != ",":
        return False
    # a subject cut off from its verb by a comma is the parser's guess, not a subject
    return all(c.right_edge.i == prev.i - 1 for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i)


def _make(idx: DocIndex, content: Content, how: str, cue: Token, subj: CueSubject) -> Attribution:
    s, e = _char_span(idx, content.start, content.end)
    parts = tuple(_char_span(idx, ps, pe) for ps, pe in content.pieces)
    if parts:
        s, e = parts[0][0], parts[-1][1]
    return Attribution(s, e, "indirect", how, idx.unit_of[cue.i], cue.i, cue, subj, para=idx.para_of[cue.i],
                       parts=parts)


def _token_extent(content: Content) -> tuple[int, int]:
    if content.pieces:
        return content.pieces[0][0], content.pieces[-1][1]
    return content.start, content.end


def _has_own_cue(idx: DocIndex, content: Content, according: int) -> bool:
    """'Economists said growth would slow, according to a note': the speech verb, not 'according to', governs."""
    doc = idx.doc
    return content.end <= according and any(
        is_cue(doc[k]) and has_subject(doc[k]) and evidence_ok(doc[k], find_subject(doc[k], idx).tok)
        and reported_content(idx, doc[k]) is not None
        for k in range(content.start, content.end) if idx.in_quote[k] < 0)


def _segment_attributions(idx: DocIndex, reported: list[Attribution],
                          covered: list[tuple[int, int]]) -> list[Attribution]:
    b0 = idx.body[0]
    has_content = {a.cue.i for a in reported if a.cue is not None}
    by_cue = {a.cue.i: a for a in reported if a.cue is not None}
    out: list[Attribution] = []
    for k, seg in enumerate(idx.segments):
        os_, oe = idx.seg_outer[k]
        ts, te = idx.seg_tokens[k]
        if os_ < b0 or any(s <= ts and te <= e for s, e in covered) or is_label(idx, k):
            continue
        unit = idx.unit_of[os_]
        if clause_initial(idx, k):
            cue = tail_cue(idx, k, has_content) or head_cue(idx, k)
            author = written_author(idx, k) if cue is not None and cue.i < os_ else None
            if author is not None:  # 'read out an email from a constituent: “…”': the constituent's words
                out.append(Attribution(seg.start, seg.end, "direct", "written", unit, ts, None, CueSubject(author, "subj"),
                                       closed=seg.closed, para=seg.para))
                continue
            if cue is not None:
                out.append(_cued_direct(idx, seg, unit, cue))
                continue
            written = _written_after_colon(idx, k, seg, unit)
            if written is not None:
                out.append(written)
                continue
            prev = _previous(out + reported, seg.para, seg.start)
            if prev is not None:
                how = "chain"
            elif seg.continues_prev:
                prev = _previous(out + reported, seg.para - 1, seg.start)
                how = "para"
            else:
                how = "floating"
            if prev is None and not (whole_unit(idx, k) or topic_lead(idx, k)) or is_subhead(idx, k):
                continue
            cue = colon_lead_cue(idx, k, has_content)
            if cue is not None:  # a quote the rules keep anyway, named by the cue before the colon
                out.append(_cued_direct(idx, seg, unit, cue))
                continue
            out.append(Attribution(seg.start, seg.end, "direct", how, unit, ts, None, None, inherit=prev,
                                   closed=seg.closed, para=seg.para))
        else:
            cue = governing_cue(idx, k)
            if cue is None:
                written = _written_after_colon(idx, k, seg, unit)
                if written is not None:
                    out.append(written)
                continue
            subj = find_subject(cue, idx)
            if subj.tok is None:
                continue
            before = record_before(out, by_cue.get(cue.i), seg.start)
            if before is not None and same_statement(idx, before, cue, os_):
                before.end = max(before.end, _char_span(idx, os_, oe)[1])  # '“a” and “b”': one statement
                continue
            first = verdict_start(cue, os_)
            start, end = (seg.start, seg.end) if first is None else _char_span(idx, first, verdict_end(idx, oe))
            out.append(Attribution(start, end, "partial", "cue", unit, cue.i, cue, subj, closed=seg.closed,
                                   para=seg.para))
    return out


def _written_after_colon(idx: DocIndex, k: int, seg: QuoteSegment, unit: int) -> Attribution | None:
    """'The club issued a statement: “…”' (the writer is the clause's subject); 'From the folk club: “…”', '… held up
    - Ana Ruiz: “…”' (the name before the colon)."""
    lead, author = written_lead(idx, k), written_author(idx, k)
    if lead is not None and author is None:
        return _cued_direct(idx, seg, unit, lead)
    source = author or from_lead(idx, k) or colon_name(idx, k)
    if source is None:
        return None
    return Attribution(seg.start, seg.end, "direct", "written" if author is not None else "label", unit,
                       idx.seg_tokens[k][0], None, CueSubject(source, "subj"), closed=seg.closed, para=seg.para)


def _cued_direct(idx: DocIndex, seg: QuoteSegment, unit: int, cue: Token) -> Attribution:
    """A quote standing as its own sentence, attributed by `cue`."""
    subj = find_subject(cue, idx)
    how = "relay" if subj.how == "relay" else "cue"
    return Attribution(seg.start, seg.end, "direct", how, unit, cue.i, cue, subj, closed=seg.closed, para=seg.para)


def _previous(atts: list[Attribution], para: int, before: int) -> Attribution | None:
    best = None
    for a in atts:
        if a.unit < 0 or a.start >= before:
            continue
        if a.para == para and (best is None or a.start > best.start):
            best = a
    return best


def _resolve_overlaps(atts: list[Attribution], text: str) -> list[Attribution]:
    """Sorted, non-overlapping: a quote inside another is dropped; direct quotes win partial overlaps."""
    rank = {"direct": 2, "indirect": 1, "partial": 0}
    atts.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Attribution] = []
    for a in atts:
        if kept and a.start < kept[-1].end:
            last = kept[-1]
            if a.end <= last.end or rank[a.kind] <= rank[last.kind]:
                continue  # nested, or the weaker of two overlapping quotes
            end = a.start
            while end > last.start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-\"“”'‘’"):
                end -= 1
            if end - last.start < 8:
                kept.pop()
            else:
                last.end = end
                clipped = tuple((s, min(e, end)) for s, e in last.parts if s < end)
                last.parts = clipped if len(clipped) > 1 else ()
        kept.append(a)
    return kept


def link_statements(atts: list[Attribution]) -> None:
    """'“A,” said Ms Ruiz. “B.”' and '“A,” she said, “b.”': direct quotes that carry on the one before them (in
    its paragraph, or reopened in the next) or share its cue are one statement: one group, one speaker mention.
    Runs after speakers are resolved."""
    by_cue: dict[int, Attribution] = {}
    for a in sorted(atts, key=lambda a: a.start):
        if a.kind != "direct":
            continue
        src = a.inherit if a.how in ("chain", "para") else by_cue.get(a.cue.i) if a.cue is not None else None
        if a.cue is not None:
            by_cue.setdefault(a.cue.i, a)
        if src is not None and src.kind != "direct" and a.how in ("chain", "para") and src.speaker == a.speaker \
                and a.mention is None:
            # 'Trade, he said, “is ten times the gain.” “It helps everyone.”': a quote carried on from reported
            # speech is no piece of it, but names the same 'he'
            a.mention = src.mention
        if src is None or src.kind != "direct" or src.speaker != a.speaker:
            continue
        if src.group is None:
            src.group = src.start
        a.group = src.group
        if a.how in ("chain", "para"):
            a.mention = src.mention
