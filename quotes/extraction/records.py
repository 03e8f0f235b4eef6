"""The plain record that leaves `quotes.extraction`."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class ExtractedQuote:
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

    def as_dict(self) -> dict:
        return asdict(self)

    def shifted(self, offset: int) -> ExtractedQuote:
        """The same quote with offsets moved by `offset` (for long texts processed in pieces)."""
        d = asdict(self)
        d["start"] += offset
        d["end"] += offset
        if d["mention_start"] is not None:
            d["mention_start"] += offset
            d["mention_end"] += offset
        return ExtractedQuote(**d)
