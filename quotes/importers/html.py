"""HTML pages: main text, title, date, author and canonical URL, extracted by trafilatura."""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura

from quotes.importers.dates import parse_published
from quotes.importers.encoding import BinaryContent, declared_charset, decode
from quotes.importers.records import ArticleRecord, RecordError


def parse_html(html: str, location: str) -> ArticleRecord | RecordError:
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if document is None or not (document.text or "").strip():
        return RecordError(location, "no article text found in the page")
    title = (document.title or "").strip()
    lines = document.text.strip().split("\n")
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]  # trafilatura repeats the <h1> as the first line of the text
    body = "\n\n".join(line.strip() for line in lines if line.strip())
    if not body:
        return RecordError(location, "no article text found in the page")
    try:
        published = parse_published(document.date) if document.date else None
    except ValueError as exc:
        return RecordError(location, str(exc))
    return ArticleRecord(
        body=body,
        location=location,
        title=title,
        url=document.url if (document.url or "").startswith(("http://", "https://")) else None,
        published_at=published,
        author=document.author or "",
        source_name=document.sitename or "",
    )


def read(data: bytes, name: str) -> Iterator[ArticleRecord | RecordError]:
    try:
        html = decode(data, declared=declared_charset(data))
    except BinaryContent as exc:
        yield RecordError(name, str(exc))
        return
    yield parse_html(html, name)
