"""Chunks are claimed once, counted into their batch, and a chunk whose worker died is redone without duplicates."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from quotes.importers.records import ArticleRecord
from quotes.models import Article, ImportBatch, ImportChunk
from quotes.services import batches
from quotes.services.imports import import_records
from tests.conftest import quote_indexes_with_statistics
from tests.tasks.test_workers import stories


@pytest.fixture
def planned(db, django_capture_on_commit_callbacks):
    batch = batches.create_upload_batch([SimpleUploadedFile("many.jsonl", stories(10) + b"\n{broken")])
    batches.plan_batch(batch.pk, chunk_size=4)
    return batch


def test_planning_splits_records_into_chunks_and_keeps_reading_errors_in_chunk_zero(planned):
    sizes = dict(planned.chunks.values_list("number", "size"))
    assert sizes == {0: 1, 1: 4, 2: 4, 3: 2}
    zero = planned.chunks.get(number=0)
    assert zero.status == "done" and zero.errors == [{"location": "many.jsonl:11", "reason": zero.errors[0]["reason"]}]
    planned.refresh_from_db()
    assert (planned.status, planned.total, planned.failed) == ("running", 11, 1)


def test_planning_twice_changes_nothing(planned):
    assert batches.plan_batch(planned.pk) == 3
    assert planned.chunks.count() == 4


def test_a_claimed_chunk_is_not_claimed_again(planned):
    first = batches.claim_chunk(planned.pk, "a")
    second = batches.claim_chunk(planned.pk, "b")
    assert (first.number, second.number) == (1, 2)
    assert batches.claim_chunk(planned.pk, "c").number == 3
    assert batches.claim_chunk(planned.pk, "d") is None


@pytest.mark.slow
def test_a_stale_chunk_is_redone_counting_what_its_first_worker_stored(planned):
    chunk = batches.claim_chunk(planned.pk, "crashed")
    records = chunk.records
    # the first worker stored two of its four articles, then died
    import_records([ArticleRecord.from_dict(r) for r in records[:2]], batch=planned)
    ImportChunk.objects.filter(pk=chunk.pk).update(claimed_at=timezone.now() - timedelta(hours=1))
    again = batches.claim_chunk(planned.pk, "rescuer")
    assert again.pk == chunk.pk and again.attempts == 2
    report = batches.run_chunk(again)
    assert (report.created, report.duplicates) == (4, 0)
    assert Article.objects.filter(batch=planned).count() == 4
    assert batches.work_on(planned.pk, limit=10) == 2
    planned.refresh_from_db()
    assert (planned.status, planned.created, planned.failed, planned.duplicates) == (ImportBatch.Status.DONE, 10, 1, 0)
    assert planned.errors[0]["location"] == "many.jsonl:11"


@pytest.mark.slow
def test_the_last_chunk_of_an_upload_leaves_sqlite_its_planner_statistics(planned, sqlite_without_statistics):
    batches.work_on(planned.pk, limit=2)  # two of three chunks: not done yet, no statistics
    assert not quote_indexes_with_statistics()
    batches.work_on(planned.pk, limit=1)
    assert "quote_speaker_queue_idx" in quote_indexes_with_statistics()
