"""Staff upload files; the batch page shows progress (htmx polling), the summary and skipped records."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks_db.models import DBTaskResult

from quotes.models import Article, ImportBatch, ImportChunk
from tests.conftest import FIXTURES


def upload(relative: str) -> SimpleUploadedFile:
    path = FIXTURES / relative
    return SimpleUploadedFile(path.name, path.read_bytes())


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    assert client.get("/imports/new/")["Location"].startswith("/accounts/login/")


def test_readers_and_editors_may_not_import(reader_client, editor):
    assert reader_client.get("/imports/new/").status_code == 403
    reader_client.force_login(editor)
    assert reader_client.get("/imports/new/").status_code == 403  # reviewing quotes is not importing


def test_the_upload_page_takes_several_files(importer_client):
    page = importer_client.get("/imports/new/")
    assert page.status_code == 200 and b'type="file"' in page.content and b"multiple" in page.content


def test_staff_may_import(client, db, django_user_model):
    staff = django_user_model.objects.create_user("sam", is_staff=True)
    client.force_login(staff)
    assert client.get("/imports/new/").status_code == 200


def test_a_reader_cannot_post_an_upload(reader_client):
    response = reader_client.post("/imports/new/", {"files": [upload("jsonl/wire.jsonl")]})
    assert response.status_code == 403
    assert not ImportBatch.objects.exists()


def test_uploading_queues_the_batch_after_commit(importer_client, importer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = importer_client.post(
            "/imports/new/", {"files": [upload("jsonl/wire.jsonl"), upload("feeds/atom.xml")], "source": "Wire"}
        )
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/imports/{batch.pk}/"
    assert (batch.status, batch.created_by, batch.source_name) == ("pending", importer, "Wire")
    assert list(batch.uploads.values_list("name", flat=True)) == ["wire.jsonl", "atom.xml"]
    assert len(callbacks) == 1 and not DBTaskResult.objects.exists()  # nothing queued before the commit
    callbacks[0]()
    task = DBTaskResult.objects.get()
    assert task.task_path == "quotes.tasks.plan_import" and task.args_kwargs["args"] == [batch.pk]


def test_no_file_is_a_form_error(importer_client):
    response = importer_client.post("/imports/new/", {"source": "x"})
    assert response.status_code == 400 and not ImportBatch.objects.exists()


@pytest.mark.slow
def test_an_upload_runs_through_to_the_summary(importer_client, immediate_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        importer_client.post("/imports/new/", {"files": [upload("jsonl/wire.jsonl"), upload("archives/with-corrupt-member.zip")]})
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.DONE
    assert (batch.total, batch.created, batch.duplicates, batch.failed) == (12, 6, 0, 6)
    assert batch.quotes_found == sum(a.quotes.count() for a in Article.objects.all()) > 0
    assert Article.objects.filter(batch=batch).count() == 6
    assert not batch.uploads.exclude(data=b"").exists()  # the bytes go once the records are in chunks
    page = importer_client.get(f"/imports/{batch.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Done" in html and "every 1s" not in html  # finished: no more polling
    assert "with-corrupt-member.zip!2024/corrupt.txt" in html and "wire.jsonl:3" in html


def test_a_running_batch_polls_and_htmx_gets_only_the_status(importer_client, importer):
    batch = ImportBatch.objects.create(created_by=importer, status=ImportBatch.Status.RUNNING, total=100, created=40)
    ImportChunk.objects.create(batch=batch, number=1, size=50, status=ImportChunk.Status.DONE, created=40, failed=10,
                               errors=[{"location": "feed.jsonl:7", "reason": "missing body <b>"}])
    ImportChunk.objects.create(batch=batch, number=2, size=50)
    page = importer_client.get(f"/imports/{batch.pk}/")
    assert b'hx-trigger="every 1s"' in page.content and b"<progress" in page.content
    assert b"<h1>Import" in page.content
    fragment = importer_client.get(f"/imports/{batch.pk}/", headers={"HX-Request": "true"})
    html = fragment.content.decode()
    assert html.lstrip().startswith('<section id="batch-status"') and "<h1>" not in html
    assert "1 done, 0 running, 1 waiting" in html
    assert "missing body &lt;b&gt;" in html  # record text is escaped


def test_the_history_restore_request_gets_the_whole_page(importer_client, importer):
    batch = ImportBatch.objects.create(created_by=importer)
    response = importer_client.get(
        f"/imports/{batch.pk}/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert b"<h1>Import" in response.content


def test_the_batch_list_queries(importer_client, importer, django_assert_num_queries):
    for _ in range(30):
        ImportBatch.objects.create(created_by=importer)
    # session, user, permissions (user + group), count for the paginator, one page of batches joined to users
    with django_assert_num_queries(6):
        response = importer_client.get("/imports/")
    assert response.status_code == 200 and response.content.count(b"/imports/") >= 25


def test_resume_requeues_chunks_not_done(importer_client, importer, django_capture_on_commit_callbacks):
    batch = ImportBatch.objects.create(created_by=importer, status=ImportBatch.Status.RUNNING)
    ImportChunk.objects.create(batch=batch, number=1, status=ImportChunk.Status.DONE)
    ImportChunk.objects.create(batch=batch, number=2, status=ImportChunk.Status.RUNNING, claimed_by="dead:1")
    with django_capture_on_commit_callbacks(execute=True):
        response = importer_client.post(f"/imports/{batch.pk}/resume/")
    assert response.status_code == 302
    assert batch.chunks.get(number=2).status == ImportChunk.Status.PENDING
    assert DBTaskResult.objects.get().task_path == "quotes.tasks.import_chunk"
    assert importer_client.get(f"/imports/{batch.pk}/resume/").status_code == 405
