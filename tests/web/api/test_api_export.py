"""CSV and JSON exports of any search: streamed from a cursor, parsed back here and checked."""

import csv
import io
import json
import tracemalloc

from quotes.views.api import CSV_FIELDS
from tests.web.reader.conftest import many_quotes


def body(response) -> str:
    assert response.streaming  # never built whole in memory
    return b"".join(response.streaming_content).decode("utf-8")


def test_csv_export_parses_back_to_the_search_results(client, library):
    response = client.get("/api/quotes/export.csv", {"who": "carter"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="quotes.csv"'
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert [int(row["id"]) for row in rows] == [library.hollow.pk, library.stand_by.pk, library.peace.pk]
    assert list(rows[0]) == CSV_FIELDS
    assert rows[0]["text"] == "a hollow promise" and rows[0]["speaker"] == "Ash Carter"
    assert rows[0]["reviewed"] == "true" and rows[1]["reviewed"] == "false" and rows[1]["confidence"] == "0.92"
    assert rows[2]["source"] == "" and rows[2]["published_at"] == ""


def test_json_export_parses_back_to_the_search_results(client, library):
    response = client.get("/api/quotes/export.json", {"q": "ceasefire OR promise", "reviewed": "1"})
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="quotes.json"'
    data = json.loads(body(response))
    assert [row["id"] for row in data] == [library.hollow.pk]
    detail = client.get(f"/api/quotes/{library.hollow.pk}/").json()
    assert data[0] == {field: value for field, value in detail.items() if field != "versions"}  # the quote's own


def test_exports_hold_every_public_quote_and_no_hidden_one(client, library):
    many_quotes(library.undated_article, library.lavrov, 1200)
    rows = list(csv.DictReader(io.StringIO(body(client.get("/api/quotes/export.csv")))))
    assert len(rows) == 1205 == len(json.loads(body(client.get("/api/quotes/export.json"))))
    assert not {int(row["id"]) for row in rows} & {q.pk for q in library.hidden}


def test_empty_exports_are_still_valid(client, library):
    assert body(client.get("/api/quotes/export.csv", {"q": "zebra"})).splitlines() == [",".join(CSV_FIELDS)]
    assert json.loads(body(client.get("/api/quotes/export.json", {"q": "zebra"}))) == []


def test_csv_cells_a_spreadsheet_would_run_are_defused(client, library):
    article = library.wire_article
    text = '=HYPERLINK("http://evil.example", "dangerous, now")'
    article.body += "\n" + text
    article.save()
    start = article.body.index(text)
    article.quotes.create(text=text, start=start, end=start + len(text), kind="direct", confidence=0.9)
    rows = list(csv.DictReader(io.StringIO(body(client.get("/api/quotes/export.csv", {"q": "dangerous"})))))
    assert rows[0]["text"] == "'" + text


def test_unicode_survives(client, library):
    article = library.wire_article
    article.body += "\n«Ça ira», dit-il — 東京"
    article.save()
    text = "«Ça ira», dit-il — 東京"
    start = article.body.index(text)
    article.quotes.create(text=text, start=start, end=start + len(text), kind="direct", confidence=0.9)
    rows = list(csv.DictReader(io.StringIO(body(client.get("/api/quotes/export.csv", {"q": "ira"})))))
    assert rows[0]["text"] == text
    assert json.loads(body(client.get("/api/quotes/export.json", {"q": "ira"})))[0]["text"] == text


def test_bad_filters_are_refused(client, library):
    assert client.get("/api/quotes/export.csv", {"date_to": "soon"}).status_code == 400


def test_export_is_one_query_whatever_its_size(client, library, django_assert_max_num_queries):
    many_quotes(library.undated_article, library.lavrov, 5000)
    with django_assert_max_num_queries(2):  # the speaker's lookup, the export itself read through a cursor
        rows = body(client.get("/api/quotes/export.csv", {"speaker": "sergei-lavrov"})).count("\n")
    assert rows == 5002


def test_export_memory_does_not_grow_with_the_result(client, library):
    """Peak memory while streaming 15,000 quotes stays near that of 6,000: rows are never all held at once.

    (Below two database chunks of 2,000 rows the peak is lower still; from there on it is flat.)
    """

    def peak(fmt: str) -> tuple[int, int]:
        response = client.get(f"/api/quotes/export.{fmt}", {"speaker": "sergei-lavrov"})
        tracemalloc.start()
        size = sum(len(chunk) for chunk in response.streaming_content)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return size, top

    many_quotes(library.gazette_article, library.lavrov, 6000)
    small = {fmt: peak(fmt) for fmt in ("csv", "json")}
    many_quotes(library.gazette_article, library.lavrov, 9000)
    for fmt, (small_size, small_peak) in small.items():
        large_size, large_peak = peak(fmt)
        assert large_size > 2.4 * small_size
        assert large_peak < 1.5 * small_peak, (fmt, small_peak, large_peak)
