"""Plain-text articles as scraped: site-name line, headline, dateline, body, page boilerplate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from quotes.extraction.layout import split_layout
from quotes.importers.records import ArticleRecord, RecordError, normalise_text


def parse_text(text: str, location: str) -> ArticleRecord | RecordError:
    text = normalise_text(text)
    layout = split_layout(text)
    body = text[layout.body_start : layout.body_end].strip()
    if not body:
        return RecordError(location, "no article body found")
    return ArticleRecord(body=body, location=location, title=layout.headline or "", dateline=layout.dateline or "")


def read(path: Path) -> Iterator[ArticleRecord | RecordError]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield RecordError(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield RecordError(str(path), "binary file, not text")
        return
    try:
        text = decode(raw)
    except UnicodeDecodeError as exc:
        yield RecordError(str(path), f"cannot decode text: {exc.reason}")
        return
    yield parse_text(text, str(path))


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 by BOM, falling back to Windows-1252 for legacy files."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")
