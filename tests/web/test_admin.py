import pytest

from quotes.models import ImportBatch, ImportChunk

MODELS = ["source", "article", "speaker", "speakeralias", "quote", "quoterevision", "importbatch", "speakermerge"]


@pytest.fixture
def admin_client_with_data(admin_client, quote):
    batch = ImportBatch.objects.create(files=["a.jsonl"], errors=[{"location": "a.jsonl:3", "reason": "bad JSON"}])
    ImportChunk.objects.create(batch=batch, number=1, size=10)
    return admin_client


@pytest.mark.parametrize("model", MODELS)
def test_every_model_has_a_working_admin_list(admin_client_with_data, model):
    assert admin_client_with_data.get(f"/admin/quotes/{model}/").status_code == 200


def test_an_import_batch_shows_its_chunks(admin_client_with_data):
    batch = ImportBatch.objects.get()
    response = admin_client_with_data.get(f"/admin/quotes/importbatch/{batch.pk}/change/")
    assert response.status_code == 200
    assert "bad JSON" in response.content.decode()


def test_the_admin_refuses_editors(editor_client):
    assert editor_client.get("/admin/quotes/quote/").status_code == 302
