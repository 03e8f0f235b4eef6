"""Plain-text articles as scraped: site-name line, headline, dateline, body, page boilerplate."""

from __future__ import annotations

from collections.abc import Iterator

from quotes.extraction.layout import split_layout
from quotes.importers.encoding import BinaryContent, decode
from quotes.importers.records import ArticleRecord, RecordError, normalise_text


def parse_text(text: str, location: str) -> ArticleRecord | RecordError:
    """One article from the scraped page layout; mid-body boilerplate lines ("Advertisement") are dropped."""
    text = normalise_text(text)
    layout = split_layout(text)
    body = "\n\n".join(text[start:end] for start, end in layout.paragraphs).strip()
    if not body:
        return RecordError(location, "no article body found")
    return ArticleRecord(
        body=body,
        location=location,
        title=layout.headline_text or "",
        dateline=layout.dateline_text or "",
        source_name=layout.site_name or "",
    )


def read(data: bytes, name: str) -> Iterator[ArticleRecord | RecordError]:
    try:
        text = decode(data)
    except BinaryContent as exc:
        yield RecordError(name, str(exc))
        return
    yield parse_text(text, name)
