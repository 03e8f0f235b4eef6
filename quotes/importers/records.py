"""The plain record every importer yields, whatever the input format."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime


def normalise_text(text: str) -> str:
    """NFC, Unix line endings, plain spaces for NBSP, no BOM; done before quotes are found so offsets hold."""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
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

    @property
    def content_hash(self) -> str:
        """Same words, same hash: whitespace and case differences do not make a new article."""
        canonical = " ".join(self.body.casefold().split())
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RecordError:
    location: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"location": self.location, "reason": self.reason}
