"""Uploads are refused over the limits before they are read or stored, and stored in bounded pieces."""

import io
import json

from django.core.files.uploadedfile import SimpleUploadedFile

from quotes.models import ImportBatch
from quotes.services import batches


def jsonl(n: int, body: str = "The mayor said the pier would be rebuilt by May.") -> bytes:
    return b"".join(json.dumps({"title": f"t{i}", "body": f"{body} ({i})"}).encode() + b"\n" for i in range(n))


def test_a_request_over_the_limit_is_refused_before_it_is_read(importer_client, settings):
    settings.NEWSDESK_REQUEST_MAX_BYTES = 1000
    body = io.BytesIO(b"x" * 5000)  # never read: the refusal comes from the declared length
    response = importer_client.generic(
        "POST", "/imports/new/", data=b"", content_type="multipart/form-data; boundary=b",
        CONTENT_LENGTH="5000", **{"wsgi.input": body},
    )
    assert response.status_code == 413 and b"over the limit of 1,000" in response.content
    assert body.tell() == 0
    assert not ImportBatch.objects.exists()


def test_each_file_over_the_import_limit_is_a_form_error_and_nothing_is_stored(importer_client, settings):
    settings.NEWSDESK_IMPORT_MAX_BYTES = 2000
    files = [SimpleUploadedFile("small.jsonl", jsonl(2)), SimpleUploadedFile("big.jsonl", jsonl(60))]
    response = importer_client.post("/imports/new/", {"files": files})
    assert response.status_code == 400
    assert "big.jsonl is" in response.content.decode() and "small.jsonl is" not in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_an_upload_is_stored_in_pieces_and_read_back_whole(importer, settings, monkeypatch):
    monkeypatch.setattr(batches, "UPLOAD_PIECE", 500)
    data = jsonl(40)
    batch = batches.create_upload_batch([SimpleUploadedFile("wire.jsonl", data), SimpleUploadedFile("e.txt", b"")],
                                        importer)
    pieces = list(batch.uploads.order_by("pk").values_list("name", "piece", "size"))
    assert max(size for _, _, size in pieces) <= 500
    assert [piece for name, piece, _ in pieces if name == "wire.jsonl"] == list(range(len(data) // 500 + 1))
    assert list(batches.stored_uploads(batch)) == [("wire.jsonl", data), ("e.txt", b"")]
