"""Normalised text that remembers where each of its characters came from in the text as given.

The engine reads text normalised by `normalise_text` (line endings, spaces, invisible and control
characters dropped, NFC); `extract_quotes` maps the engine's offsets back so that they index the file:
`file_text[start:end] == text` for every quote, mention and part.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from quotes.importers.records import _CONTROL, _INVISIBLE, _LINE_BREAKS, _SPACES

# The same steps, in the same order, as `normalise_text`.
_STEPS: tuple[tuple[re.Pattern[str], str], ...] = ((_LINE_BREAKS, "\n"), (_SPACES, " "), (_INVISIBLE, ""), (_CONTROL, ""))


@dataclass(frozen=True)
class NormalisedText:
    """`text` normalised from `original`; character i of `text` came from `original[starts[i]:ends[i]]`."""

    original: str
    text: str
    starts: tuple[int, ...] | None  # None: `text` is `original`, character for character
    ends: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of `original` that `text[start:end]` came from (characters dropped inside it included)."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]


def normalise_with_offsets(original: str) -> NormalisedText:
    """`normalise_text(original)`, with the offsets of each character back into `original`."""
    text = original
    starts: list[int] | None = None
    ends: list[int] | None = None
    for pattern, replacement in _STEPS:
        if pattern.search(text) is None:
            continue
        if starts is None or ends is None:
            starts, ends = list(range(len(text))), list(range(1, len(text) + 1))
        text, starts, ends = _substitute(text, starts, ends, pattern, replacement)
    if not unicodedata.is_normalized("NFC", text):
        if starts is None or ends is None:
            starts, ends = list(range(len(text))), list(range(1, len(text) + 1))
        text, starts, ends = _compose(text, starts, ends)
    if starts is None or ends is None:
        return NormalisedText(original, text, None, None)
    return NormalisedText(original, text, tuple(starts), tuple(ends))


def _substitute(
    text: str, starts: list[int], ends: list[int], pattern: re.Pattern[str], replacement: str
) -> tuple[str, list[int], list[int]]:
    """`pattern.sub(replacement, text)`; a replacing character takes the whole span of what it replaced."""
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    kept = 0
    for match in pattern.finditer(text):
        out.append(text[kept:match.start()])
        new_starts.extend(starts[kept:match.start()])
        new_ends.extend(ends[kept:match.start()])
        out.append(replacement)
        new_starts.extend([starts[match.start()]] * len(replacement))
        new_ends.extend([ends[match.end() - 1]] * len(replacement))
        kept = match.end()
    out.append(text[kept:])
    new_starts.extend(starts[kept:])
    new_ends.extend(ends[kept:])
    return "".join(out), new_starts, new_ends


def _compose(text: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    """NFC, one cluster at a time; each character of a changed cluster takes the span of the whole cluster."""
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    for first, last in _clusters(text):
        piece = text[first:last]
        normal = unicodedata.normalize("NFC", piece)
        out.append(normal)
        if normal == piece:
            new_starts.extend(starts[first:last])
            new_ends.extend(ends[first:last])
        else:
            new_starts.extend([starts[first]] * len(normal))
            new_ends.extend([ends[last - 1]] * len(normal))
    if "".join(out) != unicodedata.normalize("NFC", text):  # never seen; one cluster is always right
        normal = unicodedata.normalize("NFC", text)
        return normal, [starts[0]] * len(normal), [ends[-1]] * len(normal)
    return "".join(out), new_starts, new_ends


def _clusters(text: str) -> Iterable[tuple[int, int]]:
    """Runs that NFC changes independently: a starter with its marks, merged while it composes with the next."""
    first = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        if i < len(text) and _joins(text[first:i], text[i:_next_starter(text, i)]):
            continue
        yield first, i
        first = i


def _next_starter(text: str, i: int) -> int:
    j = i + 1
    while j < len(text) and unicodedata.combining(text[j]):
        j += 1
    return j


def _joins(before: str, after: str) -> bool:
    if before.isascii() and after.isascii():
        return False
    return unicodedata.normalize("NFC", before + after) != unicodedata.normalize("NFC", before) + unicodedata.normalize(
        "NFC", after
    )


def to_file_offsets(record: dict[str, Any], normalised: NormalisedText) -> dict[str, Any]:
    """A quote's dict with its offsets (start/end, the mention's, each part's) and texts taken from the file."""
    out = dict(record)
    original = normalised.original
    out["start"], out["end"] = normalised.span(record["start"], record["end"])
    out["text"] = original[out["start"]:out["end"]]
    if record.get("mention_start") is not None and record.get("mention_end") is not None:
        out["mention_start"], out["mention_end"] = normalised.span(record["mention_start"], record["mention_end"])
        out["speaker_mention"] = original[out["mention_start"]:out["mention_end"]]
    if isinstance(record.get("parts"), list):
        out["parts"] = [_part(part, normalised) for part in record["parts"]]
    return out


def _part(part: Any, normalised: NormalisedText) -> Any:
    if isinstance(part, (list, tuple)) and len(part) == 2:  # ExtractedQuote.parts: [start, end]
        return list(normalised.span(part[0], part[1]))
    if not isinstance(part, dict) or part.get("start") is None or part.get("end") is None:
        return part
    mapped = to_file_offsets(part, normalised)
    if "text" not in part:
        del mapped["text"]
    return mapped
