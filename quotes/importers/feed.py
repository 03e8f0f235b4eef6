"""RSS and Atom feed files (feedparser); an entry's full content is used when the feed carries it."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime

import feedparser

from quotes.importers.dates import parse_published
from quotes.importers.markup import html_to_text, looks_like_html
from quotes.importers.records import ArticleRecord, RecordError


def entry_body(entry) -> str:
    """The longest of the full content blocks, else the summary; HTML turned into paragraphs."""
    blocks = [c.get("value", "") for c in entry.get("content", []) or []]
    body = max(blocks, key=len, default="") or entry.get("summary", "") or entry.get("description", "")
    return html_to_text(body) if looks_like_html(body) or "&" in body else body


def entry_date(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    raw = entry.get("published") or entry.get("updated")
    return parse_published(raw) if raw else None


def read(data: bytes, name: str) -> Iterator[ArticleRecord | RecordError]:
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        reason = f"not a readable feed: {parsed.bozo_exception}" if parsed.bozo else "feed has no entries"
        yield RecordError(name, reason)
        return
    site = parsed.feed.get("title", "")
    for n, entry in enumerate(parsed.entries, start=1):
        location = f"{name}:entry {n}"
        body = entry_body(entry)
        if not body.strip():
            yield RecordError(location, "entry has no content or summary")
            continue
        title = entry.get("title", "")
        try:
            yield ArticleRecord(
                body=body,
                location=location,
                title=html_to_text(title) if looks_like_html(title) else title,
                url=entry.get("link") or None,
                published_at=entry_date(entry),
                author=entry.get("author", ""),
                source_name=site,
            )
        except ValueError as exc:
            yield RecordError(location, str(exc))
