"""Background imports run by real `manage.py db_worker` processes against the test database."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django_tasks_db.models import DBTaskResult

from quotes.models import Article, ImportBatch, ImportChunk, Quote, Speaker
from quotes.services import batches
from tests.commands.conftest import manage
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow


def stories(n: int) -> bytes:
    lines = [
        {"title": f"Story {i}", "url": f"https://wire.example/{i}",
         "body": f"\u201cRoad {i} will be mended by spring,\u201d said engineer Ann Cole on Monday. Work starts at dawn."}
        for i in range(n)
    ]
    return "\n".join(json.dumps(line) for line in lines).encode()


def run_worker(*extra: str, timeout: int = 120):
    process = manage("db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload", *extra)
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err
    return out + err


def test_a_worker_process_imports_an_uploaded_batch(transactional_db):
    files = [
        SimpleUploadedFile("wire.jsonl", (FIXTURES / "jsonl" / "wire.jsonl").read_bytes()),
        SimpleUploadedFile("bundle.zip", (FIXTURES / "archives" / "with-corrupt-member.zip").read_bytes()),
    ]
    batch = batches.create_upload_batch(files, source_name="Wire")
    assert DBTaskResult.objects.get().task_path == "quotes.tasks.plan_import"  # queued on commit
    run_worker()
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE
    assert (batch.total, batch.created, batch.failed) == (12, 6, 6)
    assert Article.objects.filter(batch=batch).count() == 6
    assert batch.quotes_found == Quote.objects.count() > 0
    assert {e["location"] for e in batch.errors} >= {"wire.jsonl:3", "bundle.zip!2024/corrupt.txt"}
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="two workers sharing one import need PostgreSQL's row locks (set DATABASE_URL)")
def test_two_workers_share_one_import_without_losing_or_repeating_an_article(transactional_db):
    batch = batches.create_upload_batch([SimpleUploadedFile("many.jsonl", stories(120))])
    DBTaskResult.objects.all().delete()
    chunks = batches.plan_batch(batch.pk, chunk_size=3)  # queues one task per chunk
    assert chunks == 40 and DBTaskResult.objects.count() == 40
    first = manage("db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload", "--worker-id", "one")
    second = manage("db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload", "--worker-id", "two")
    for process in (first, second):
        _, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE
    assert (batch.total, batch.created, batch.duplicates, batch.failed) == (120, 120, 0, 0)
    assert Article.objects.count() == 120
    work = batch.chunks.exclude(number=0)
    assert set(work.values_list("status", flat=True)) == {ImportChunk.Status.DONE}
    assert set(work.values_list("attempts", flat=True)) == {1}  # no chunk was done twice
    assert len(set(work.values_list("claimed_by", flat=True))) == 2  # both worker processes took chunks
    cole = Speaker.objects.get(name="Ann Cole")
    assert cole.quote_count == cole.quotes.count() == 120
