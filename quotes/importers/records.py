"""The plain record every importer yields, whatever the input format."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from quotes.importers.dates import dateline_date, parse_published
from quotes.importers.markup import html_to_text, looks_like_html

_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000]")
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\u0085")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Field names as found in the wild, in order of preference.
TITLE_FIELDS = ("title", "headline", "name")
BODY_FIELDS = ("body", "text", "content", "article", "article_text", "full_text", "description")
URL_FIELDS = ("url", "link", "canonical_url", "permalink", "href")
DATE_FIELDS = ("published", "published_at", "date", "pubdate", "publication_date", "datetime", "created_at", "time")
SOURCE_FIELDS = ("source", "source_name", "publication", "publisher", "site", "site_name", "outlet")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator", "writer")
DATELINE_FIELDS = ("dateline",)


def normalise_text(text: str) -> str:
    """NFC, Unix line endings, plain spaces, no BOM or invisible marks: done before quotes are found so offsets hold."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


@dataclass
class ArticleRecord:
    body: str
    location: str
    title: str = ""
    url: str | None = None
    published_at: datetime | None = None
    dateline: str = ""
    author: str = ""
    source_name: str = ""
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.body = normalise_text(self.body).strip()
        self.title = " ".join(normalise_text(self.title).split())
        self.url = (self.url or "").strip() or None
        self.author = " ".join(normalise_text(self.author).split())
        self.source_name = " ".join(normalise_text(self.source_name).split())
        self.dateline = " ".join(normalise_text(self.dateline).split())
        if self.published_at is None and self.dateline:
            # a text article's only date is often its dateline's day; the year is the import's
            self.published_at = dateline_date(self.dateline, datetime.now(UTC).date())

    @property
    def content_hash(self) -> str:
        """Same words, same hash: whitespace and case differences do not make a new article."""
        canonical = " ".join(self.body.casefold().split())
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @property
    def words(self) -> int:
        return len(self.body.split())

    @classmethod
    def from_mapping(cls, data: Any, location: str) -> ArticleRecord:
        """A record from a JSON object or CSV row with the usual field names; ValueError says what is wrong."""
        if not isinstance(data, Mapping):
            raise ValueError(f"expected an object with the article's fields, got {type(data).__name__}")
        fields = {str(k).strip().casefold(): v for k, v in data.items() if k is not None}
        body = _first(fields, BODY_FIELDS)
        if not body:
            raise ValueError(f"missing body (expected one of: {', '.join(BODY_FIELDS[:3])})")
        if looks_like_html(body):
            body = html_to_text(body)
        title = _first(fields, TITLE_FIELDS)
        if looks_like_html(title):
            title = html_to_text(title)
        raw_date = next((fields[n] for n in DATE_FIELDS if fields.get(n) not in (None, "")), None)
        known = {*TITLE_FIELDS, *BODY_FIELDS, *URL_FIELDS, *DATE_FIELDS, *SOURCE_FIELDS, *AUTHOR_FIELDS, *DATELINE_FIELDS}
        return cls(
            body=body,
            location=location,
            title=title,
            url=_first(fields, URL_FIELDS) or None,
            published_at=parse_published(raw_date) if raw_date else None,
            author=_first(fields, AUTHOR_FIELDS),
            source_name=_first(fields, SOURCE_FIELDS),
            dateline=_first(fields, DATELINE_FIELDS),
            extra={k: v for k, v in fields.items() if k not in known and _is_plain(v)},
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, for storing a chunk of records until a worker imports it."""
        return {
            "body": self.body,
            "location": self.location,
            "title": self.title,
            "url": self.url,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "dateline": self.dateline,
            "author": self.author,
            "source_name": self.source_name,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleRecord:
        published = data.get("published_at")
        return cls(**{**data, "published_at": datetime.fromisoformat(published) if published else None})


def _first(fields: dict[str, Any], names: tuple[str, ...]) -> str:
    for name in names:
        value = fields.get(name)
        if isinstance(value, dict):  # {"author": {"name": "..."}}, {"source": {"name": "..."}}
            value = value.get("name") or value.get("title") or ""
        if isinstance(value, list):  # {"authors": ["A", "B"]}
            value = ", ".join(str(v.get("name", "") if isinstance(v, dict) else v) for v in value if v)
        if value is not None and str(value).strip():
            return str(value).strip()
    return ""


def _is_plain(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


@dataclass(frozen=True)
class RecordError:
    location: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"location": self.location, "reason": self.reason}

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"
