"""One module per input format; every reader yields `ArticleRecord`s or `RecordError`s."""

from quotes.importers.records import ArticleRecord, RecordError

__all__ = ["ArticleRecord", "RecordError"]
