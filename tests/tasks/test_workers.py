"""Background imports run by real `manage.py db_worker` processes against the test database."""

import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django_tasks_db.models import DBTaskResult
from redis import Redis
from redis.exceptions import RedisError

from quotes.models import Article, ImportBatch, ImportChunk, Quote, Speaker
from quotes.services import batches
from tests.commands.conftest import manage
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow
REDIS_URL = "redis://127.0.0.1:6379/0"
ON_POSTGRES = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="workers sharing one import need PostgreSQL's row locks (set DATABASE_URL)"
)


def redis_answers() -> bool:
    try:
        return bool(Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except RedisError:
        return False


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


@ON_POSTGRES
def test_two_workers_share_one_import_without_losing_or_repeating_an_article(transactional_db):
    batch = batches.create_upload_batch([SimpleUploadedFile("many.jsonl", stories(300))])
    DBTaskResult.objects.all().delete()
    chunks = batches.plan_batch(batch.pk, chunk_size=6)  # queues one task per chunk
    assert chunks == 50 and DBTaskResult.objects.count() == 50
    first = manage("db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload", "--worker-id", "one")
    second = manage("db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload", "--worker-id", "two")
    for process in (first, second):
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    assert_imported_exactly_once(batch, 300)


@ON_POSTGRES
@pytest.mark.skipif(not redis_answers(), reason=f"no Redis server answers at {REDIS_URL}")
def test_two_rq_workers_share_one_import_without_losing_or_repeating_an_article(transactional_db, settings):
    prefix = f"newsdesk-test-{uuid.uuid4().hex[:8]}-"  # a queue of our own on a Redis others may use
    settings.TASKS = {"default": {"BACKEND": "quotes.rq_backend.RQBackend",
                                  "OPTIONS": {"URL": REDIS_URL, "PREFIX": prefix}}}
    batch = batches.create_upload_batch([SimpleUploadedFile("many.jsonl", stories(300))])
    queue = Redis.from_url(REDIS_URL)
    try:
        assert batches.plan_batch(batch.pk, chunk_size=6) == 50  # the plan task itself is also on the queue
        workers = [manage("rq_worker", "--burst", "--url", REDIS_URL, "--prefix", prefix, "--worker-id", f"{prefix}{n}")
                   for n in (1, 2)]
        for process in workers:
            _, err = process.communicate(timeout=300)
            assert process.returncode == 0, err
        assert_imported_exactly_once(batch, 300)
    finally:
        queue.delete(f"rq:queue:{prefix}default")


def assert_imported_exactly_once(batch: ImportBatch, n: int) -> None:
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE
    assert (batch.total, batch.created, batch.duplicates, batch.failed) == (n, n, 0, 0)
    assert Article.objects.count() == n
    assert sorted(Article.objects.values_list("url", flat=True)) == sorted(f"https://wire.example/{i}" for i in range(n))
    work = batch.chunks.exclude(number=0)
    assert set(work.values_list("status", flat=True)) == {ImportChunk.Status.DONE}
    assert set(work.values_list("attempts", flat=True)) == {1}  # no chunk was done twice
    assert len(set(work.values_list("claimed_by", flat=True))) == 2  # both worker processes took chunks
    assert Quote.objects.count() == batch.quotes_found == n  # one quote per story, none lost, none doubled
    cole = Speaker.objects.get(name="Ann Cole")
    assert cole.quote_count == cole.quotes.count() == n
