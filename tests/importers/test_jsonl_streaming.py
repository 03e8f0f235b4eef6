"""Local JSON Lines files are streamed from disk: any size imports in bounded memory."""

import json
import tracemalloc

import pytest
from django.core.management import call_command

from quotes import importers
from quotes.importers.records import ArticleRecord, RecordError
from quotes.models import Article


def write_jsonl(path, n, body_words=60):
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            body = f"Article {i}: " + " ".join(["the council said the budget would pass"] * (body_words // 7))
            f.write(json.dumps({"title": f"Story {i}", "body": body, "url": f"https://news.example/{i}"}) + "\n")


def test_records_stream_without_holding_the_file(tmp_path):
    path = tmp_path / "big.jsonl"
    write_jsonl(path, 40_000)  # about 15 MB of JSON
    tracemalloc.start()
    total, records = importers.plan_paths([path], max_bytes=1_000_000)
    seen = sum(1 for r in records if isinstance(r, ArticleRecord))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert total == seen == 40_000
    assert path.stat().st_size > 10_000_000
    assert peak < 4_000_000  # a counting buffer and a few records, not the file (constant from 4 MB to 32 MB files)


def test_a_file_over_the_limit_still_imports_line_by_line(tmp_path, settings, db):
    settings.NEWSDESK_IMPORT_MAX_BYTES = 600
    path = tmp_path / "feed.jsonl"
    write_jsonl(path, 3)
    assert path.stat().st_size > 600
    out = call_command("import_articles", str(path), verbosity=0)
    assert out.startswith("Imported 3 of 3 articles")
    assert Article.objects.count() == 3


def test_one_line_over_the_limit_is_reported_with_its_number(tmp_path, settings, db):
    settings.NEWSDESK_IMPORT_MAX_BYTES = 600
    path = tmp_path / "feed.jsonl"
    rows = [{"title": "Short", "body": "Tolls will rise, said the bridge trust."},
            {"title": "Long", "body": "word " * 400},
            {"title": "Also short", "body": "The pier will reopen, said the mayor."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    _, records = importers.plan_paths([path], max_bytes=600)
    records = list(records)
    errors = [r for r in records if isinstance(r, RecordError)]
    assert [e.location for e in errors] == [f"{path}:2"]
    assert "over the import limit" in errors[0].reason
    assert [r.title for r in records if isinstance(r, ArticleRecord)] == ["Short", "Also short"]


def test_a_bom_and_a_line_that_is_not_utf8_are_handled(tmp_path):
    path = tmp_path / "odd.jsonl"
    good = json.dumps({"title": "Café", "body": "Prices rose, the bank said."}, ensure_ascii=False).encode()
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + b'{"title": "Bad \xe9", "body": "x y z"}\n')
    records = list(importers.plan_paths([path])[1])
    assert isinstance(records[0], ArticleRecord) and records[0].title == "Café"
    assert isinstance(records[1], RecordError) and records[1].location.endswith(":2")


@pytest.mark.parametrize("fmt", ["auto", "jsonl"])
def test_counting_matches_the_records(tmp_path, fmt):
    path = tmp_path / "x.jsonl"
    path.write_text('{"body": "a b c said d"}\n\n{"body": "e f g said h"}', encoding="utf-8")  # no final newline
    total, records = importers.plan_paths([path], fmt=fmt)
    assert total >= len(list(records)) == 2
