"""Operations that touch several models: import an article with its quotes, re-run the extractor."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q

from quotes import extraction
from quotes.extraction import ExtractedQuote
from quotes.importers.records import ArticleRecord, RecordError
from quotes.models import Article, ImportBatch, Quote, QuoteRevision, Source, Speaker, SpeakerAlias, name_key

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who"}


@dataclass
class ImportReport:
    created: int = 0
    duplicates: int = 0
    failed: int = 0
    quotes_found: int = 0
    errors: list[RecordError] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def seen(self) -> int:
        return self.created + self.duplicates + self.failed

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def fail(self, error: RecordError) -> None:
        self.failed += 1
        self.errors.append(error)

    def summary(self) -> str:
        rate = self.seen / self.elapsed if self.elapsed > 0 else 0.0
        return (
            f"Imported {self.created} of {self.seen} articles; {self.duplicates} duplicates, "
            f"{self.failed} failed; {self.quotes_found} quotes found in {self.elapsed:.1f}s ({rate:.1f} articles/s)"
        )


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class SpeakerDirectory:
    """Finds the `Speaker` for a resolved name across articles, through canonical names and aliases."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], Speaker] = {}

    def speaker_for(self, name: str, kind: str) -> Speaker:
        kind = kind if kind in Speaker.Kind.values else Speaker.Kind.UNKNOWN
        key = (name_key(name), kind)
        if key not in self._cache:
            self._cache[key] = self._find(name, kind) or self._create(name, kind)
        return self._cache[key]

    def _find(self, name: str, kind: str) -> Speaker | None:
        key = name_key(name)
        candidates = list(
            Speaker.objects.filter(Q(name_key=key) | Q(aliases__name_key=key), merged_into__isnull=True).distinct()
        )
        if not candidates:
            return None
        # A speaker whose own name matches beats one that merely has it as alias; same kind beats another.
        candidates.sort(key=lambda s: (s.name_key != key, s.kind != kind, -s.quote_count, s.pk))
        return candidates[0]

    def _create(self, name: str, kind: str) -> Speaker:
        speaker = Speaker.objects.create(name=name, kind=kind)
        SpeakerAlias.objects.create(speaker=speaker, name=name)
        return speaker

    def remember_alias(self, speaker: Speaker, mention: str | None) -> None:
        mention = " ".join((mention or "").split())
        if not mention or len(mention) > 200 or mention.casefold() in PRONOUNS:
            return
        if not any(word[:1].isupper() for word in mention.split()):
            return  # "the company", "officials": descriptions, not names
        SpeakerAlias.objects.bulk_create(
            [SpeakerAlias(speaker=speaker, name=mention, name_key=name_key(mention))], ignore_conflicts=True
        )


def source_for(name: str) -> Source | None:
    name = " ".join(name.split())
    if not name:
        return None
    source, _ = Source.objects.get_or_create(name=name[:200])
    return source


def is_duplicate(record: ArticleRecord) -> bool:
    match = Q(content_hash=record.content_hash)
    if record.url:
        match |= Q(url=record.url)
    return Article.objects.filter(match).exists()


def save_quotes(
    article: Article, found: list[ExtractedQuote], speakers: SpeakerDirectory, keep_clear_of: list[tuple[int, int]] = ()
) -> list[Quote]:
    """Store extracted quotes; none that overlaps an editor-owned span (given in `keep_clear_of`)."""
    quotes = []
    for q in found:
        if any(q.start < end and start < q.end for start, end in keep_clear_of):
            continue
        if article.body[q.start : q.end] != q.text or not q.text:
            continue  # the extractor's contract is broken for this quote: storing it would break ours
        speaker = speakers.speaker_for(q.speaker, q.speaker_kind) if q.speaker else None
        if speaker is not None:
            speakers.remember_alias(speaker, q.speaker_mention)
        quotes.append(
            Quote(
                article=article,
                text=q.text,
                start=q.start,
                end=q.end,
                kind=q.kind,
                cue=(q.cue or "")[:60],
                speaker=speaker,
                speaker_mention=(q.speaker_mention or "")[:300],
                mention_start=q.mention_start,
                mention_end=q.mention_end if q.mention_start is not None else None,
                confidence=min(1.0, max(0.0, q.confidence)),
                extractor_version=extraction.EXTRACTOR_VERSION,
            )
        )
    Quote.objects.bulk_create(quotes)
    return quotes


def refresh_quote_counts(speaker_ids: Iterable[int]) -> None:
    ids = {pk for pk in speaker_ids if pk}
    if not ids:
        return
    counted = Speaker.objects.filter(pk__in=ids).annotate(
        n=Count("quotes", filter=~Q(quotes__status=Quote.Status.REJECTED))
    )
    for speaker in counted:
        speaker.quote_count = speaker.n
    Speaker.objects.bulk_update(counted, ["quote_count"])


def import_records(
    records: Iterable[ArticleRecord | RecordError],
    batch: ImportBatch | None = None,
    source_name: str = "",
    on_progress: Callable[[ImportReport], None] | None = None,
    chunk_size: int = 32,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import records in chunks: NLP batched per chunk, each article committed alone with its quotes."""
    report = report or ImportReport()
    speakers = SpeakerDirectory()
    model = settings.NEWSDESK_SPACY_MODEL
    for chunk in chunked(records, chunk_size):
        fresh: list[ArticleRecord] = []
        hashes: set[str] = set()
        for record in chunk:
            if isinstance(record, RecordError):
                report.fail(record)
            elif record.content_hash in hashes or is_duplicate(record):
                report.duplicates += 1
            else:
                hashes.add(record.content_hash)
                fresh.append(record)
        for record, found in zip(fresh, extraction.extract_many([r.body for r in fresh], model_name=model)):
            try:
                quotes = store_article(record, found, speakers, batch, source_name)
            except IntegrityError:
                report.duplicates += 1  # another worker stored the same article a moment ago
                continue
            report.created += 1
            report.quotes_found += len(quotes)
        if on_progress:
            on_progress(report)
    return report


def store_article(
    record: ArticleRecord,
    found: list[ExtractedQuote],
    speakers: SpeakerDirectory,
    batch: ImportBatch | None = None,
    source_name: str = "",
) -> list[Quote]:
    with transaction.atomic():
        article = Article.objects.create(
            source=source_for(record.source_name or source_name),
            title=record.title[:500],
            body=record.body,
            url=record.url,
            author=record.author[:300],
            published_at=record.published_at,
            dateline=record.dateline[:200],
            content_hash=record.content_hash,
            batch=batch,
            extractor_version=extraction.EXTRACTOR_VERSION,
        )
        quotes = save_quotes(article, found, speakers)
        refresh_quote_counts(q.speaker_id for q in quotes)
    return quotes


def replaceable_quotes(article: Article):
    """Quotes the extractor may replace: automatic, its own, and never touched by an editor."""
    touched = QuoteRevision.objects.filter(quote=OuterRef("pk"))
    return article.quotes.filter(status=Quote.Status.AUTO, origin=Quote.Origin.EXTRACTOR).exclude(Exists(touched))


def reattribute(articles: Iterable[Article], chunk_size: int = 32) -> tuple[int, int]:
    """Re-run the engine; replaces only untouched automatic quotes. Returns (articles, quotes stored)."""
    speakers = SpeakerDirectory()
    model = settings.NEWSDESK_SPACY_MODEL
    n_articles = n_quotes = 0
    for chunk in chunked(articles, chunk_size):
        results = extraction.extract_many([a.body for a in chunk], model_name=model)
        for article, found in zip(chunk, results):
            with transaction.atomic():
                old = replaceable_quotes(article)
                affected = set(old.values_list("speaker_id", flat=True))
                old.delete()
                kept = list(article.quotes.values_list("start", "end"))
                quotes = save_quotes(article, found, speakers, keep_clear_of=kept)
                article.extractor_version = extraction.EXTRACTOR_VERSION
                article.save(update_fields=["extractor_version"])
                refresh_quote_counts(affected | {q.speaker_id for q in quotes})
            n_articles += 1
            n_quotes += len(quotes)
    return n_articles, n_quotes
