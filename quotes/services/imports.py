"""Import articles with their quotes (re-running the extractor over stored ones is `reattribution`).

Each chunk of articles is stored in one transaction with their quotes, speakers, aliases and counts (an article
in its own when the chunk's fails), so an interrupted import leaves no half-imported article and a re-run imports
only what is missing.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from django.conf import settings
from django.db import DatabaseError, IntegrityError, OperationalError, connections, transaction
from django.db.models import Q

from quotes import extraction
from quotes.extraction import ExtractedQuote
from quotes.extraction.transfer import parse_many
from quotes.importers.records import ArticleRecord, RecordError
from quotes.models import Article, ImportBatch, Quote, Speaker, SpeakerAlias
from quotes.services import statements
from quotes.services.import_writers import forget_inherited_connections, writer_for
from quotes.services.pieces import StatementRecord, merge_statements
from quotes.services.speakers import (
    SourceDirectory,
    SpeakerDirectory,
    add_to_quote_counts,
)

STORE_ATTEMPTS = 3
URL_MAX = Article._meta.get_field("url").max_length


@dataclass
class ImportReport:
    created: int = 0
    duplicates: int = 0
    failed: int = 0
    quotes_found: int = 0
    words: int = 0
    errors: list[RecordError] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    interrupted: bool = False

    @property
    def seen(self) -> int:
        return self.created + self.duplicates + self.failed

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.seen / self.elapsed if self.elapsed > 0 else 0.0

    def fail(self, error: RecordError) -> None:
        self.failed += 1
        self.errors.append(error)

    def merge(self, other: ImportReport) -> None:
        """Add another worker's counts (its clock is ignored: ours started first)."""
        self.created += other.created
        self.duplicates += other.duplicates
        self.failed += other.failed
        self.quotes_found += other.quotes_found
        self.words += other.words
        self.errors.extend(other.errors)

    def counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "quotes_found": self.quotes_found,
        }

    def summary(self) -> str:
        head = "Interrupted after importing" if self.interrupted else "Imported"
        return (
            f"{head} {self.created:,} of {self.seen:,} articles; {self.duplicates:,} duplicates, "
            f"{self.failed:,} failed; {self.quotes_found:,} quotes found in {self.elapsed:.1f}s "
            f"({self.rate:.1f} articles/s)"
        )


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def chunks_and_last(items: Iterable, size: int) -> Iterator[tuple[list, bool]]:
    """`chunked`, each chunk with whether it is the last (the next one read ahead)."""
    chunks = chunked(items, size)
    chunk = next(chunks, None)
    while chunk is not None:
        following = next(chunks, None)
        yield chunk, following is None
        chunk = following


def is_duplicate(record: ArticleRecord) -> bool:
    match = Q(content_hash=record.content_hash)
    if record.url:
        match |= Q(url=record.url)
    return Article.objects.filter(match).exists()


def already_stored(records: Sequence[ArticleRecord]) -> set[str]:
    """Content hashes of the records whose article (same content or same URL) is in the database: one query."""
    hashes = {r.content_hash for r in records}
    urls = {r.url for r in records if r.url}
    existing = Article.objects.filter(Q(content_hash__in=hashes) | Q(url__in=urls)).values_list("content_hash", "url")
    stored_hashes = {h for h, _ in existing}
    stored_urls = {u for _, u in existing if u}
    return {r.content_hash for r in records if r.content_hash in stored_hashes or (r.url and r.url in stored_urls)}


def quote_rows(
    article: Article,
    found: Iterable[StatementRecord],
    speakers: dict[tuple[str, str], Speaker],
    keep_clear_of: Iterable[tuple[int, int]] = (),
) -> list[Quote]:
    """Unsaved `Quote`s for the extractor's statements that keep our constraints, none overlapping `keep_clear_of`."""
    keep_clear_of = list(keep_clear_of)
    rows, spans = [], set()
    for q in found:
        if any(q.start < end and start < q.end for start, end in keep_clear_of):
            continue  # the outer span: an editor's quote inside a statement's attribution is kept clear of too
        if not q.text or q.end <= q.start or not q.matches(article.body):
            continue  # the extractor's contract is broken for this quote: storing it would break ours
        if q.kind not in Quote.Kind.values or (q.start, q.end) in spans:
            continue
        spans.add((q.start, q.end))
        mention_ok = q.mention_start is not None and q.mention_end is not None and q.mention_end > q.mention_start
        rows.append(
            Quote(
                article=article,
                text=q.text,
                start=q.start,
                end=q.end,
                parts=[list(part) for part in q.parts],
                kind=q.kind,
                cue=(q.cue or "")[:60],
                speaker=speakers.get((q.speaker, q.speaker_kind)) if q.speaker else None,
                speaker_mention=(q.speaker_mention or "")[:300],
                mention_start=q.mention_start if mention_ok else None,
                mention_end=q.mention_end if mention_ok else None,
                confidence=min(1.0, max(0.0, q.confidence)),
                extractor_version=extraction.EXTRACTOR_VERSION,
            )
        )
    return rows


def save_quotes(
    article: Article, found: list[ExtractedQuote], speakers: SpeakerDirectory, keep_clear_of: Iterable[tuple[int, int]] = ()
) -> list[Quote]:
    """Store extracted quotes, a statement in pieces as one quote, and the aliases they reveal, in bulk; none
    overlapping an editor-owned span."""
    merged = merge_statements(found)
    quotes = quote_rows(article, merged, speakers.resolve(merged), keep_clear_of)
    _save_with_aliases(quotes, speakers)
    return quotes


def _save_with_aliases(quotes: list[Quote], speakers: SpeakerDirectory) -> None:
    aliases = [a for q in quotes if q.speaker and (a := speakers.alias_for(q.speaker, q.speaker_mention))]
    if aliases:
        SpeakerAlias.objects.bulk_create(aliases, ignore_conflicts=True)
    Quote.objects.bulk_create(quotes, batch_size=500)
    if settings.NEWSDESK_GROUP_STATEMENTS:
        statements.group(quotes)  # each joins the earlier copies of its statement carried by other outlets


class ArticleStore:
    """Stores records with their extracted quotes for one import run; caches speakers and sources."""

    def __init__(self, batch: ImportBatch | None = None, source_name: str = "") -> None:
        self.batch = batch
        self.source_name = source_name
        self.speakers = SpeakerDirectory()
        self.sources = SourceDirectory()

    def store(self, record: ArticleRecord, found: list[ExtractedQuote]) -> list[Quote]:
        """The article and its quotes in one transaction; database errors propagate after a clean rollback."""
        article = self._article(record)
        try:
            with transaction.atomic():
                article.save()
                quotes = save_quotes(article, found, self.speakers)
                add_to_quote_counts(quotes)
        except BaseException:
            self.speakers.rollback()
            raise
        self.speakers.commit()
        return quotes

    def store_chunk(self, pairs: list[tuple[ArticleRecord, list[ExtractedQuote]]], report: ImportReport) -> None:
        """A chunk's articles with their quotes in one transaction: a few statements and one commit for the chunk
        instead of six and one for each article (their Python and round trips held the pipeline back while the
        writer shared its process). Any database error rolls the chunk back, and its articles are stored one by one
        (`store_or_report`): a duplicate that another worker stored meanwhile, or a row the database refuses,
        costs its own article only."""
        if not pairs or any(record.url and len(record.url) > URL_MAX for record, _ in pairs):
            for record, found in pairs:
                self.store_or_report(record, found, report)
            return
        merged = [merge_statements(found) for _, found in pairs]
        try:
            with transaction.atomic():
                # every speaker of the chunk looked up in one order: workers never wait on each other in a circle
                speakers = self.speakers.resolve([s for found in merged for s in found])
                articles = Article.objects.bulk_create([self._article(record) for record, _ in pairs])
                quotes = [q for article, found in zip(articles, merged) for q in quote_rows(article, found, speakers)]
                _save_with_aliases(quotes, self.speakers)
                add_to_quote_counts(quotes)
        except DatabaseError:
            self.speakers.rollback()
            for record, found in pairs:
                self.store_or_report(record, found, report)
            return
        except BaseException:
            self.speakers.rollback()
            raise
        self.speakers.commit()
        report.created += len(articles)
        report.quotes_found += len(quotes)
        report.words += sum(record.words for record, _ in pairs)

    def _article(self, record: ArticleRecord) -> Article:
        return Article(
            source=self.sources.source_for(record.source_name or self.source_name),
            title=record.title[:500],
            body=record.body,
            url=record.url,
            author=record.author[:300],
            published_at=record.published_at,
            dateline=record.dateline[:200],
            content_hash=record.content_hash,
            batch=self.batch,
            extractor_version=extraction.EXTRACTOR_VERSION,
        )

    def store_or_report(self, record: ArticleRecord, found: list[ExtractedQuote], report: ImportReport) -> None:
        """Store one article, counting it as created, duplicate (another worker was first) or failed."""
        if record.url and len(record.url) > URL_MAX:
            report.fail(RecordError(record.location, f"URL longer than {URL_MAX} characters"))
            return
        for attempt in range(1, STORE_ATTEMPTS + 1):
            try:
                quotes = self.store(record, found)
            except (IntegrityError, OperationalError) as exc:
                if is_duplicate(record):
                    report.duplicates += 1
                    return
                if attempt == STORE_ATTEMPTS:
                    report.fail(RecordError(record.location, f"could not store: {exc}"))
                    return
            except DatabaseError as exc:  # e.g. a value the database refuses: this record only
                report.fail(RecordError(record.location, f"could not store: {exc}"))
                return
            else:
                report.created += 1
                report.quotes_found += len(quotes)
                report.words += record.words
                return


def article_too_long(record: ArticleRecord) -> RecordError | None:
    """An article longer than NEWSDESK_MAX_ARTICLE_CHARS is refused: its parse would take minutes and gigabytes."""
    limit = settings.NEWSDESK_MAX_ARTICLE_CHARS
    if len(record.body) <= limit:
        return None
    return RecordError(record.location, f"article is {len(record.body):,} characters, over the limit of {limit:,}")


def import_records(
    records: Iterable[ArticleRecord | RecordError],
    batch: ImportBatch | None = None,
    source_name: str = "",
    on_progress: Callable[[ImportReport], None] | None = None,
    chunk_size: int = 64,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import records in chunks: one duplicate query and one `nlp.pipe` batch per chunk, one transaction per chunk.

    Outside a transaction, a writer process (`import_writers`) stores chunk k while the pipeline parses chunk
    k + 1; inside one (a test's, a caller's) everything runs in this thread.
    """
    report = report or ImportReport()
    store = ArticleStore(batch, source_name)
    writer = writer_for(store, report, on_progress)
    model = settings.NEWSDESK_SPACY_MODEL
    seen: set[str] = set()
    try:
        for chunk, last in chunks_and_last(records, chunk_size):
            articles = [r for r in chunk if isinstance(r, ArticleRecord)]
            stored = already_stored(articles) if articles else set()
            fresh: list[ArticleRecord] = []
            for record in chunk:
                if isinstance(record, RecordError):
                    report.fail(record)
                elif (refused := article_too_long(record)) is not None:
                    report.fail(refused)
                elif record.content_hash in stored or record.content_hash in seen:
                    report.duplicates += 1
                else:
                    seen.add(record.content_hash)  # the same article twice in one import
                    fresh.append(record)
            # Nothing is parsed while the writer stores the last chunk: handed over in quarters, it waits for one.
            parts = list(chunked(fresh, max(1, chunk_size // 4))) if last and writer.beside else []
            for part in parts or [fresh]:
                writer.put(part, parse_many([r.body for r in part], model_name=model, batch_size=chunk_size))
    finally:
        writer.close()
    return report


# --- several processes --------------------------------------------------------------------------------------


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop; it terminates us
    forget_inherited_connections()


def _import_part(args: tuple[list[ArticleRecord], int | None, str, int]) -> ImportReport:
    records, batch_id, source_name, chunk_size = args
    batch = ImportBatch.objects.filter(pk=batch_id).first() if batch_id else None
    report = import_records(records, batch=batch, source_name=source_name, chunk_size=chunk_size)
    connections.close_all()
    return report


def import_in_processes(
    records: Iterable[ArticleRecord | RecordError],
    workers: int,
    batch: ImportBatch | None = None,
    source_name: str = "",
    on_progress: Callable[[ImportReport], None] | None = None,
    chunk_size: int = 64,
    report: ImportReport | None = None,
) -> ImportReport:
    """`import_records` spread over `workers` forked processes, each with the spaCy pipeline loaded once."""
    report = report or ImportReport()
    if workers <= 1:
        return import_records(records, batch, source_name, on_progress, chunk_size, report)
    extraction.load_pipeline(settings.NEWSDESK_SPACY_MODEL)  # loaded before the fork: shared, not reloaded
    parts = []
    for chunk in chunked(records, chunk_size):
        for error in (r for r in chunk if isinstance(r, RecordError)):
            report.fail(error)
        if good := [r for r in chunk if isinstance(r, ArticleRecord)]:
            parts.append((good, batch.pk if batch else None, source_name, chunk_size))
    connections.close_all()  # this thread's connections: the children forget theirs (see _worker_init)
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_worker_init)
    try:
        for part in pool.imap_unordered(_import_part, parts):
            report.merge(part)
            if on_progress:
                on_progress(report)
        pool.close()
    except BaseException:
        pool.terminate()  # a worker killed mid-article rolls back: nothing half-imported
        raise
    finally:
        pool.join()
    return report
