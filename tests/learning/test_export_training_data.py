import json
from datetime import timedelta

import pytest
import spacy
from django.core.management import CommandError, call_command
from django.utils import timezone
from spacy.tokens import DocBin

from quotes.models import Article, Quote
from tests.conftest import make_quote


@pytest.fixture
def unreviewed_article(db):
    article = Article.objects.create(title="Pending", body="“Later,” said Jo Park.", content_hash="p" * 64)
    make_quote(article, "Later", status="auto")
    return article


def export(tmp_path, fmt, *args):
    path = tmp_path / f"out.{fmt}"
    message = call_command("export_training_data", "--format", fmt, "--output", str(path), *args)
    return path, message


def test_spacy_export_reads_back_with_the_final_spans(tmp_path, reviewed_article, unreviewed_article):
    path, message = export(tmp_path, "spacy")
    assert "Wrote 1 reviewed articles" in message
    (doc,) = DocBin().from_disk(path).get_docs(spacy.blank("en").vocab)
    assert doc.text == reviewed_article.body
    kept = reviewed_article.quotes.exclude(status=Quote.Status.REJECTED).order_by("start")
    assert [(s.start_char, s.end_char, s.label_) for s in doc.spans["quotes"]] == [
        (q.start, q.end, q.kind.upper()) for q in kept
    ]
    assert [s.text for s in doc.spans["rejected"]] == ["golden hour"]
    meta = doc.user_data["newsdesk"]
    assert meta["article_id"] == reviewed_article.pk
    assert {q["speaker"] for q in meta["quotes"]} == {"Ana Ruiz", "Tom Hale"}


def test_jsonl_export_follows_the_documented_schema(tmp_path, reviewed_article, unreviewed_article):
    path, _ = export(tmp_path, "jsonl")
    (line,) = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["schema"] == 1 and record["article_id"] == reviewed_article.pk
    assert record["source"] == "Wire"
    for quote in record["quotes"]:
        assert record["text"][quote["start"] : quote["end"]] == quote["text"]
        assert set(quote) >= {"kind", "cue", "speaker", "speaker_kind", "speaker_mention", "status", "origin"}
    assert [n["reason"] for n in record["negatives"]] == ["scare_quote"]
    added = [q for q in record["quotes"] if q["origin"] == "editor"]
    assert [q["text"] for q in added] == ["he would appeal"]


def test_since_keeps_only_articles_reviewed_since_then(tmp_path, reviewed_article):
    Quote.objects.update(updated_at=timezone.now() - timedelta(days=30))
    last_week = (timezone.now() - timedelta(days=7)).date().isoformat()
    _, message = export(tmp_path, "jsonl", "--since", last_week)
    assert "Wrote 0 reviewed articles" in message
    Quote.objects.filter(text="We will win").update(updated_at=timezone.now())
    _, message = export(tmp_path, "jsonl", "--since", last_week)
    assert "Wrote 1 reviewed articles" in message


def test_a_bad_date_is_a_clear_error(tmp_path, db):
    with pytest.raises(CommandError, match="use a date such as"):
        export(tmp_path, "jsonl", "--since", "last tuesday")
    with pytest.raises(CommandError, match="use a date such as"):
        export(tmp_path, "jsonl", "--since", "2026-13-45")
