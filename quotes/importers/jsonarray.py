"""A JSON document holding articles: an array of objects, or an object with them under "articles"/"items"."""

from __future__ import annotations

import json
from collections.abc import Iterator

from quotes.importers.encoding import BinaryContent, decode
from quotes.importers.records import BODY_FIELDS, ArticleRecord, RecordError

CONTAINER_KEYS = ("articles", "items", "records", "data", "results", "entries", "posts", "stories")


def articles_in(document: object) -> list | None:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in CONTAINER_KEYS:
            if isinstance(document.get(key), list):
                return document[key]
        if any(field in {k.casefold() for k in document} for field in BODY_FIELDS):
            return [document]  # a single article
    return None


def read(data: bytes, name: str) -> Iterator[ArticleRecord | RecordError]:
    try:
        document = json.loads(decode(data))
    except BinaryContent as exc:
        yield RecordError(name, str(exc))
        return
    except json.JSONDecodeError as exc:
        yield RecordError(f"{name}:{exc.lineno}", f"invalid JSON: {exc.msg} (column {exc.colno})")
        return
    items = articles_in(document)
    if items is None:
        yield RecordError(name, f"no articles found: expected an array or one of the keys {', '.join(CONTAINER_KEYS[:3])}")
        return
    for n, item in enumerate(items, start=1):
        location = f"{name}:record {n}"
        try:
            yield ArticleRecord.from_mapping(item, location)
        except ValueError as exc:
            yield RecordError(location, str(exc))
