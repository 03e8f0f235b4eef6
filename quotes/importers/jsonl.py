"""JSON Lines: one article object per line; a broken line is reported with its number and skipped.

A local `.jsonl` file is read line by line from disk (`read_file`), so a file of any size imports in
bounded memory; the per-file size limit then applies to each line instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from quotes.importers.encoding import BinaryContent, decode
from quotes.importers.records import ArticleRecord, RecordError


def read(data: bytes, name: str) -> Iterator[ArticleRecord | RecordError]:
    try:
        text = decode(data)
    except BinaryContent as exc:
        yield RecordError(name, str(exc))
        return
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield parse_line(line, f"{name}:{n}")


def read_file(path: Path, name: str, max_line_bytes: int) -> Iterator[ArticleRecord | RecordError]:
    """Stream a JSON Lines file from disk: UTF-8 by the format's definition (a BOM is allowed)."""
    try:
        with path.open("rb") as lines:
            for n, raw in enumerate(lines, start=1):
                location = f"{name}:{n}"
                if len(raw) > max_line_bytes:
                    yield RecordError(location, f"line is {len(raw):,} bytes, over the import limit of {max_line_bytes:,}")
                    continue
                if n == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip():
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield RecordError(location, f"not UTF-8 text: {exc.reason} at byte {exc.start}")
                    continue
                yield parse_line(line, location)
    except OSError as exc:
        yield RecordError(name, f"cannot read file: {exc.strerror or exc}")


def count_lines(path: Path) -> int:
    """Non-empty lines, counted in blocks without parsing: the total for a progress bar."""
    count, last = 0, b"\n"
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def parse_line(line: str, location: str) -> ArticleRecord | RecordError:
    try:
        return ArticleRecord.from_mapping(json.loads(line), location)
    except json.JSONDecodeError as exc:
        return RecordError(location, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except ValueError as exc:
        return RecordError(location, str(exc))
