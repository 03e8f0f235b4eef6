"""The plain record that leaves `quotes.extraction`."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class ExtractedQuote:
    """One quote. A statement in several pieces is either one record whose span holds its own attribution
    (`parts` lists the quoted pieces: 'The museum, Ms Ruiz said, would open in May.') or several records, one
    per sentence, that share a `group` ('"A," said Ms Ruiz. "B."'), the speaker and the speaker's mention."""

    text: str  # == source_text[start:end], always
    start: int
    end: int
    kind: str  # "direct" | "partial" | "indirect"
    cue: str  # the speech verb as written, "" if none
    speaker: str | None  # canonical name, or None
    speaker_kind: str  # "person" | "organisation" | "group" | "unknown"
    speaker_mention: str | None
    mention_start: int | None
    mention_end: int | None
    confidence: float
    relayed_by: str | None = None
    # [start, end) of each quoted piece when the span holds the attribution between them; else empty
    parts: tuple[tuple[int, int], ...] = ()
    group: int | None = None  # records of one statement share it (the start of its first record)

    def __post_init__(self) -> None:
        object.__setattr__(self, "parts", tuple(tuple(p) for p in self.parts))

    def as_dict(self) -> dict:
        d = asdict(self)
        d["parts"] = [list(p) for p in self.parts]
        return d

    def pieces(self) -> list[tuple[int, int]]:
        """The quoted pieces of this record: its parts, or its whole span."""
        return list(self.parts) or [(self.start, self.end)]

    def shifted(self, offset: int) -> ExtractedQuote:
        """The same quote with offsets moved by `offset` (for long texts processed in pieces)."""
        d = asdict(self)
        d["start"] += offset
        d["end"] += offset
        if d["mention_start"] is not None:
            d["mention_start"] += offset
            d["mention_end"] += offset
        d["parts"] = tuple((s + offset, e + offset) for s, e in self.parts)
        if d["group"] is not None:
            d["group"] += offset
        return ExtractedQuote(**d)
