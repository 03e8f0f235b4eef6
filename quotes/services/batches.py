"""Import batches: uploads split into chunks that any number of workers claim, import and count.

A chunk is claimed in a short transaction (`select_for_update(skip_locked=True)` on PostgreSQL; SQLite
serialises writers), imported article by article, then marked done while the batch row is locked and its
totals are recomputed from all its chunks. A chunk whose worker died is claimed again once stale, and the
articles it had already stored are counted, not imported twice.
"""

from __future__ import annotations

import itertools
import os
import socket
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from quotes import importers
from quotes.importers.records import ArticleRecord, RecordError
from quotes.models import Article, ImportBatch, ImportChunk, ImportUpload
from quotes.services.imports import ImportReport, article_too_long, chunked, import_records

CHUNK_SIZE = 50
UPLOAD_PIECE = 1024 * 1024  # an upload is copied to the database this much at a time, never read whole
MAX_STORED_ERRORS = 1000
STALE_AFTER = timedelta(minutes=30)
COUNTERS = ("created", "duplicates", "failed", "quotes_found", "words")


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:100]


def start_batch(source_name: str = "", fmt: str = "auto", files: Sequence[str] = (), total: int = 0, user=None) -> ImportBatch:
    """A batch for an import run in this process (the command line)."""
    return ImportBatch.objects.create(
        created_by=user,
        source_name=source_name[:200],
        format=fmt,
        files=list(files),
        total=total,
        status=ImportBatch.Status.RUNNING,
        started_at=timezone.now(),
    )


def finish_batch(batch: ImportBatch, report: ImportReport) -> None:
    for name in COUNTERS:
        setattr(batch, name, getattr(report, name))
    batch.errors = [e.as_dict() for e in report.errors[:MAX_STORED_ERRORS]]
    if report.interrupted:
        batch.errors.append({"location": "", "reason": "interrupted: run the import again to add what is missing"})
    batch.status = ImportBatch.Status.FAILED if report.interrupted else ImportBatch.Status.DONE
    batch.finished_at = timezone.now()
    batch.save()
    refresh_planner_statistics()


def refresh_planner_statistics() -> None:
    """After an import, on SQLite: ANALYZE (1.7 s at a million quotes). SQLite plans by these statistics alone
    (PostgreSQL's autovacuum keeps its own): without them a speaker's queue walked every quote by confidence
    (0.9 s), and sampled ones (`analysis_limit`) sent word searches through every public quote (1.4 s)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# --- uploads --------------------------------------------------------------------------------------------------


def create_upload_batch(files: Iterable[UploadedFile], user=None, source_name: str = "", fmt: str = "auto") -> ImportBatch:
    """Store the uploaded files with a new pending batch and have a worker split it, once this commits."""
    from quotes import tasks

    with transaction.atomic():
        batch = ImportBatch.objects.create(created_by=user, source_name=source_name[:200], format=fmt)
        names = []
        for upload in files:
            store_upload(batch, upload)
            names.append(upload.name)
        batch.files = names
        batch.save(update_fields=["files"])
        transaction.on_commit(lambda: tasks.plan_import.enqueue(batch.pk))
    return batch


def store_upload(batch: ImportBatch, upload: UploadedFile) -> None:
    """The file in pieces of UPLOAD_PIECE bytes, read from Django's temporary file one piece at a time."""
    upload.seek(0)
    for n in itertools.count():
        data = upload.read(UPLOAD_PIECE)
        if n and not data:
            return
        ImportUpload.objects.create(batch=batch, name=upload.name[:500], piece=n, size=len(data), data=data)


def stored_uploads(batch: ImportBatch) -> Iterator[tuple[str, bytes]]:
    """Each uploaded file of the batch, whole (each is under the import limit), one file at a time."""
    name, pieces = None, []
    for upload in batch.uploads.order_by("pk").iterator():
        if upload.piece == 0 and name is not None:
            yield name, b"".join(pieces)
            pieces = []
        name = upload.name
        pieces.append(bytes(upload.data))
    if name is not None:
        yield name, b"".join(pieces)


def plan_batch(batch_id: int, chunk_size: int = CHUNK_SIZE) -> int:
    """Read a batch's uploads into chunks of records (chunk 0: what could not be read). Returns chunks to import."""
    from quotes import tasks

    batch = ImportBatch.objects.get(pk=batch_id)
    if batch.chunks.exists():
        return batch.chunks.exclude(status=ImportChunk.Status.DONE).count()  # planned already: a repeated task
    ImportBatch.objects.filter(pk=batch_id).update(status=ImportBatch.Status.RUNNING, started_at=timezone.now())
    items = importers.read_uploads(stored_uploads(batch), fmt=batch.format, max_bytes=settings.NEWSDESK_IMPORT_MAX_BYTES)
    records: list[ArticleRecord] = []
    errors: list[RecordError] = []
    for item in items:
        if isinstance(item, ArticleRecord):
            item = article_too_long(item) or item  # refused now, before it is stored in a chunk and parsed
        (errors if isinstance(item, RecordError) else records).append(item)
    with transaction.atomic():
        chunks = [
            ImportChunk(batch=batch, number=n, size=len(part), records=[r.as_dict() for r in part])
            for n, part in enumerate(chunked(records, chunk_size), start=1)
        ]
        chunks.append(
            ImportChunk(
                batch=batch,
                number=0,
                size=len(errors),
                status=ImportChunk.Status.DONE,
                failed=len(errors),
                errors=[e.as_dict() for e in errors[:MAX_STORED_ERRORS]],
                finished_at=timezone.now(),
            )
        )
        ImportChunk.objects.bulk_create(chunks)
        ImportBatch.objects.filter(pk=batch_id).update(total=len(records) + len(errors))
        batch.uploads.update(data=b"")
        update_totals(batch_id)
        for _ in range(len(chunks) - 1):
            transaction.on_commit(lambda: tasks.import_chunk.enqueue(batch_id))
    return len(chunks) - 1


# --- chunks ---------------------------------------------------------------------------------------------------


def claim_chunk(batch_id: int, worker: str) -> ImportChunk | None:
    """The next chunk nobody is working on (or whose worker went silent), marked as ours."""
    stale = timezone.now() - STALE_AFTER
    open_chunks = Q(status=ImportChunk.Status.PENDING) | Q(status=ImportChunk.Status.RUNNING, claimed_at__lt=stale)
    with transaction.atomic():
        chunk = (
            ImportChunk.objects.select_for_update(skip_locked=True)
            .filter(open_chunks, batch_id=batch_id)
            .order_by("number")
            .first()
        )
        if chunk is None:
            return None
        chunk.status = ImportChunk.Status.RUNNING
        chunk.attempts += 1
        chunk.claimed_by = worker
        chunk.claimed_at = timezone.now()
        chunk.save(update_fields=["status", "attempts", "claimed_by", "claimed_at"])
    return chunk


def run_chunk(chunk: ImportChunk) -> ImportReport:
    """Import a claimed chunk; a retried chunk counts the articles its first attempt stored as created."""
    records = [ArticleRecord.from_dict(data) for data in chunk.records]
    report = ImportReport()
    if chunk.attempts > 1:
        done = Article.objects.filter(batch_id=chunk.batch_id, content_hash__in=[r.content_hash for r in records])
        stored = dict(done.annotate(n=Count("quotes")).values_list("content_hash", "n"))
        report.created = len(stored)
        report.quotes_found = sum(stored.values())
        report.words = sum(r.words for r in records if r.content_hash in stored)
        records = [r for r in records if r.content_hash not in stored]
    batch = ImportBatch.objects.get(pk=chunk.batch_id)
    import_records(records, batch=batch, source_name=batch.source_name, report=report)
    finish_chunk(chunk, report)
    return report


def finish_chunk(chunk: ImportChunk, report: ImportReport) -> None:
    with transaction.atomic():
        for name in COUNTERS:
            setattr(chunk, name, getattr(report, name))
        chunk.errors = [e.as_dict() for e in report.errors[:MAX_STORED_ERRORS]]
        chunk.status = ImportChunk.Status.DONE
        chunk.finished_at = timezone.now()
        chunk.records = []
        chunk.save()
        batch = update_totals(chunk.batch_id)
    if batch.status == ImportBatch.Status.DONE:
        refresh_planner_statistics()


def update_totals(batch_id: int) -> ImportBatch:
    """Batch counters recomputed from its chunks, under the batch's row lock; done when no chunk is left."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch_id)
    sums = batch.chunks.aggregate(**{name: Sum(name) for name in COUNTERS})
    for name in COUNTERS:
        setattr(batch, name, sums[name] or 0)
    if not batch.chunks.exclude(status=ImportChunk.Status.DONE).exists():
        batch.status = ImportBatch.Status.DONE
        batch.finished_at = timezone.now()
        batch.errors = collect_errors(batch)
    batch.save()
    return batch


def collect_errors(batch: ImportBatch) -> list[dict[str, str]]:
    errors: list[dict[str, str]] = []
    for chunk_errors in batch.chunks.order_by("number").values_list("errors", flat=True):
        errors.extend(chunk_errors)
    return errors[:MAX_STORED_ERRORS]


def work_on(batch_id: int, worker: str | None = None, limit: int = 1) -> int:
    """Claim and import up to `limit` chunks of the batch; returns how many this worker did."""
    worker = worker or worker_name()
    done = 0
    while done < limit and (chunk := claim_chunk(batch_id, worker)) is not None:
        run_chunk(chunk)
        done += 1
    return done


def resume_batch(batch: ImportBatch) -> int:
    """Queue the chunks of a batch that are not done (a worker died or the queue was lost); returns how many."""
    from quotes import tasks

    if not batch.chunks.exists():
        transaction.on_commit(lambda: tasks.plan_import.enqueue(batch.pk))
        return 1
    open_chunks = batch.chunks.exclude(status=ImportChunk.Status.DONE)
    n = open_chunks.update(status=ImportChunk.Status.PENDING)
    for _ in range(n):
        transaction.on_commit(lambda: tasks.import_chunk.enqueue(batch.pk))
    return n


def chunk_progress(batch: ImportBatch) -> dict[str, int]:
    """Chunks by state, for the batch page: one query."""
    counts = dict(batch.chunks.exclude(number=0).values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    return {status: counts.get(status, 0) for status in ImportChunk.Status.values}
