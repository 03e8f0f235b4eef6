"""Statements in pieces: the engine's records of one statement made into the one quote we store, score and show.

The engine gives a statement split by its attribution either as one record whose `parts` list the quoted pieces
('The museum, Ms Ruiz said, would open in May.') or as one record per sentence sharing a `group`
('"A," said Ms Ruiz. "B."'). Import, re-attribution and evaluation all merge them here, the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quotes.extraction import ExtractedQuote
from quotes.models import PIECE_JOINER, join_pieces

# A statement quotes the speaker's words if any of its pieces does.
KIND_RANK = {"direct": 0, "partial": 1, "indirect": 2}


@dataclass(frozen=True)
class StatementRecord:
    """One statement as we store it: `start`..`end` from its first piece to its last, `text` the pieces' words
    joined by PIECE_JOINER, `parts` the pieces when there are several (else empty)."""

    text: str
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    kind: str
    cue: str
    speaker: str | None
    speaker_kind: str
    speaker_mention: str | None
    mention_start: int | None
    mention_end: int | None
    confidence: float
    relayed_by: str | None = None

    def pieces(self) -> list[tuple[int, int]]:
        return list(self.parts) or [(self.start, self.end)]

    def matches(self, body: str) -> bool:
        """Whether the pieces lie in order inside `body` and `text` is their words."""
        pieces = self.pieces()
        in_order = all(s < e for s, e in pieces) and all(a[1] <= b[0] for a, b in zip(pieces, pieces[1:]))
        return (
            in_order
            and 0 <= self.start == pieces[0][0]
            and pieces[-1][1] == self.end <= len(body)
            and join_pieces(body, pieces) == self.text
        )


def merge_statements(records: Iterable[ExtractedQuote]) -> list[StatementRecord]:
    """One `StatementRecord` per statement, by start: the records sharing a `group` merged into one, a record with
    `parts` kept in its pieces, every other record as it is.

    A merged statement takes every record's pieces in order; speaker, speaker's mention and cue from its first
    record naming a mention (else its first with a speaker, else its first); kind direct if any piece is direct,
    else partial if any is, else indirect; the lowest confidence of its records (a statement is as sure as its
    least sure piece, so a doubtful piece sends the whole statement to the review queue and keeps it from readers).
    A group whose pieces overlap (a broken record) is not merged: its records are kept one by one.
    """
    statements: list[StatementRecord] = []
    groups: dict[int, list[ExtractedQuote]] = {}
    for record in records:
        if record.group is None:
            statements.append(statement_of([record]))
        else:
            groups.setdefault(record.group, []).append(record)
    for members in groups.values():
        members.sort(key=lambda r: (r.start, r.end))
        merged = statement_of(members)
        statements.extend([merged] if _in_order(merged.pieces()) else [statement_of([r]) for r in members])
    return sorted(statements, key=lambda s: (s.start, s.end))


def statement_of(records: Sequence[ExtractedQuote]) -> StatementRecord:
    """The records (of one statement, in order) as one statement."""
    pieces = [(start, end, _words(record, start, end)) for record in records for start, end in record.pieces()]
    speaking = _speaking(records)
    return StatementRecord(
        text=PIECE_JOINER.join(words for _, _, words in pieces),
        start=pieces[0][0],
        end=pieces[-1][1],
        parts=tuple((start, end) for start, end, _ in pieces) if len(pieces) > 1 else (),
        kind=min((r.kind for r in records), key=lambda kind: KIND_RANK.get(kind, len(KIND_RANK))),
        cue=speaking.cue or next((r.cue for r in records if r.cue), ""),
        speaker=speaking.speaker,
        speaker_kind=speaking.speaker_kind,
        speaker_mention=speaking.speaker_mention,
        mention_start=speaking.mention_start,
        mention_end=speaking.mention_end,
        confidence=min(r.confidence for r in records),
        relayed_by=next((r.relayed_by for r in records if r.relayed_by), None),
    )


def _speaking(records: Sequence[ExtractedQuote]) -> ExtractedQuote:
    """The record that says who speaks: the first naming a mention, else the first with a speaker, else the first."""
    return (
        next((r for r in records if r.mention_start is not None), None)
        or next((r for r in records if r.speaker), None)
        or records[0]
    )


def _words(record: ExtractedQuote, start: int, end: int) -> str:
    """A piece's words, read from the record's own text (`text == source[record.start:record.end]`)."""
    return record.text[start - record.start : end - record.start]


def _in_order(pieces: list[tuple[int, int]]) -> bool:
    return all(a[1] <= b[0] for a, b in zip(pieces, pieces[1:]))
