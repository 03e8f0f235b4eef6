"""JSON Lines: one article object per line; a broken line is reported with its number and skipped."""

from __future__ import annotations

import json
from collections.abc import Iterator

from quotes.importers.encoding import BinaryContent, decode
from quotes.importers.records import ArticleRecord, RecordError


def read(data: bytes, name: str) -> Iterator[ArticleRecord | RecordError]:
    try:
        text = decode(data)
    except BinaryContent as exc:
        yield RecordError(name, str(exc))
        return
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        location = f"{name}:{n}"
        try:
            yield ArticleRecord.from_mapping(json.loads(line), location)
        except json.JSONDecodeError as exc:
            yield RecordError(location, f"invalid JSON: {exc.msg} (column {exc.colno})")
        except ValueError as exc:
            yield RecordError(location, str(exc))
