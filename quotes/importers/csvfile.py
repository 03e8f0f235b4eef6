"""CSV (or tab/semicolon-separated) exports with a header row naming the usual fields."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from quotes.importers.encoding import BinaryContent, decode
from quotes.importers.records import BODY_FIELDS, ArticleRecord, RecordError

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies are long; the file size limit still applies


def delimiter_of(sample: str) -> str:
    """The separator the header row uses most: comma, semicolon, tab or bar."""
    header = sample.split("\n", 1)[0]
    return max(",;\t|", key=header.count)


def read(data: bytes, name: str) -> Iterator[ArticleRecord | RecordError]:
    try:
        text = decode(data)
    except BinaryContent as exc:
        yield RecordError(name, str(exc))
        return
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter_of(text[:4096]))
    header = {(h or "").strip().casefold() for h in (reader.fieldnames or [])}
    if not header & set(BODY_FIELDS):
        yield RecordError(f"{name}:1", f"no body column in the header (expected one of: {', '.join(BODY_FIELDS[:3])})")
        return
    while True:
        first_line = reader.line_num + 1  # a quoted body may span lines: report where the row starts
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RecordError(f"{name}:{reader.line_num}", f"unreadable CSV: {exc}")
            return
        location = f"{name}:{first_line}"
        if None in row:
            yield RecordError(location, f"{len(row[None])} more fields than the header has")
            continue
        try:
            yield ArticleRecord.from_mapping(row, location)
        except ValueError as exc:
            yield RecordError(location, str(exc))
