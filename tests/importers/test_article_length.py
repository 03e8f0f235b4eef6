"""An article longer than NEWSDESK_MAX_ARTICLE_CHARS is refused as its own record's error; the rest lands."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from quotes.importers.records import ArticleRecord
from quotes.models import Article, ImportBatch
from quotes.services import batches
from quotes.services.imports import import_records

BODY = "“We will rebuild the pier,” said Mayor Elena Petrova."


def test_a_long_article_is_refused_and_the_others_are_imported(db, settings):
    settings.NEWSDESK_MAX_ARTICLE_CHARS = 500
    records = [ArticleRecord(body=BODY, location="a.jsonl:1"), ArticleRecord(body=BODY + " x" * 400, location="a.jsonl:2"),
               ArticleRecord(body=BODY + " Again.", location="a.jsonl:3")]
    report = import_records(records)
    assert report.created == 2 and Article.objects.count() == 2
    assert [(e.location, e.reason) for e in report.errors] == [
        ("a.jsonl:2", "article is 853 characters, over the limit of 500")
    ]


@pytest.mark.slow
def test_a_long_article_in_an_upload_is_refused_when_the_batch_is_planned(db, settings, django_user_model):
    settings.NEWSDESK_MAX_ARTICLE_CHARS = 500
    lines = [{"title": "ok", "body": BODY}, {"title": "long", "body": BODY + " x" * 400}]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    batch = batches.create_upload_batch([SimpleUploadedFile("up.jsonl", data)])
    batches.plan_batch(batch.pk)
    chunk0 = ImportBatch.objects.get(pk=batch.pk).chunks.get(number=0)
    assert chunk0.errors == [{"location": "up.jsonl:2", "reason": "article is 853 characters, over the limit of 500"}]
    assert sum(c.size for c in batch.chunks.exclude(number=0)) == 1
