"""HTML, JSON Lines, JSON, CSV and feed files: fields found, broken records reported by file and line."""

from datetime import UTC, datetime

from quotes.importers import csvfile, feed, html, jsonarray, jsonl
from quotes.importers.records import ArticleRecord, RecordError
from tests.conftest import FIXTURES


def read(module, relative: str) -> list[ArticleRecord | RecordError]:
    path = FIXTURES / relative
    return list(module.read(path.read_bytes(), relative))


def test_html_page_main_text_and_metadata_come_from_trafilatura():
    [record] = read(html, "html/pier.html")
    assert record.title == "Pier to be rebuilt after storm"
    assert record.url == "https://courier.example/news/pier-to-be-rebuilt"
    assert record.author == "Jo Bloggs"
    assert record.source_name == "Coastal Courier"
    assert record.published_at.date().isoformat() == "2024-03-05"
    assert record.body.startswith("\u201cWe will rebuild the pier")
    for chrome in ("cookies", "Most read", "Privacy", "Home |"):
        assert chrome not in record.body
    assert "\n\n" in record.body  # paragraphs kept


def test_html_declared_as_windows_1252_is_decoded_by_its_meta_charset():
    [record] = read(html, "html/windows-1252.html")
    assert "Ren\u00e9e Ortiz" in record.body and "\u201cWe pay \u00a31,200" in record.body


def test_jsonl_broken_line_in_the_middle_is_reported_and_the_rest_read():
    records = read(jsonl, "jsonl/wire.jsonl")
    good = [r for r in records if isinstance(r, ArticleRecord)]
    errors = {e.location: e.reason for e in records if isinstance(e, RecordError)}
    assert [r.title for r in good] == ["Bridge reopens after repairs", "Tram fares frozen", "Library hours extended"]
    assert errors["jsonl/wire.jsonl:3"].startswith("invalid JSON")
    assert errors["jsonl/wire.jsonl:4"].startswith("missing body")
    assert "unreadable date" in errors["jsonl/wire.jsonl:5"]
    assert "expected an object" in errors["jsonl/wire.jsonl:6"]
    assert good[-1].location == "jsonl/wire.jsonl:8"  # the blank line 7 is skipped, numbering is not


def test_jsonl_usual_field_names_and_html_content():
    first, second = [r for r in read(jsonl, "jsonl/wire.jsonl") if isinstance(r, ArticleRecord)][:2]
    assert first.url == "https://wire.example/bridge-reopens"
    assert first.published_at == datetime(2024, 4, 12, 8, 0, tzinfo=UTC)
    assert (first.source_name, first.author) == ("Wire Service", "A. Reporter")
    assert second.title == "Tram fares frozen"  # "headline"
    assert second.body == (
        "Tram fares will not rise this year, the transport board said.\n\n"
        "\u201cPassengers have had a hard enough year,\u201d board chair Lin Wei said."
    )
    assert second.published_at.utcoffset().total_seconds() == 3600  # RFC 2822 with its zone


def test_json_array_records_are_numbered():
    records = read(jsonarray, "json/articles.json")
    festival, lifeguards, stray, blank = records
    assert festival.source_name == "The Harbour Gazette" and festival.author == "Sam Lee, Kim Park"
    assert lifeguards.published_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)  # epoch seconds
    assert stray == RecordError("json/articles.json:record 3", "expected an object with the article's fields, got str")
    assert blank.location == "json/articles.json:record 4" and "missing body" in blank.reason


def test_json_object_wrapping_an_articles_list():
    [record] = read(jsonarray, "json/wrapped.json")
    assert record.title == "Cliff path closed" and record.author == "Coastal Courier staff"


def test_json_that_does_not_parse_names_the_line():
    [error] = list(jsonarray.read(b'[\n{"title": "a",\n "body": }\n]', "bad.json"))
    assert error.location == "bad.json:3" and error.reason.startswith("invalid JSON")


def test_csv_quoted_multiline_bodies_and_row_line_numbers():
    records = read(csvfile, "csv/articles.csv")
    roof, missing, allotments = records
    assert roof.title == "Bus station to get new roof"
    assert '"It will be light and dry at last," said councillor Priya Sandhu' in roof.body
    assert missing == RecordError("csv/articles.csv:5", "missing body (expected one of: body, text, content)")
    assert allotments.location == "csv/articles.csv:6"
    assert allotments.published_at.date().isoformat() == "2024-03-03"


def test_csv_with_semicolons_in_windows_1252():
    [record] = read(csvfile, "csv/semicolon-windows-1252.csv")
    assert record.title == "Caf\u00e9 closes" and "Ren\u00e9e Ortiz" in record.body


def test_csv_without_a_body_column_is_one_error():
    [error] = list(csvfile.read(b"title,url\nA,https://x.example/a\n", "no-body.csv"))
    assert error.location == "no-body.csv:1" and "no body column" in error.reason


def test_rss_uses_full_content_and_decodes_entities():
    full, summary_only, empty = read(feed, "feeds/rss-entities.xml")
    assert full.title == "Ferry & bus timetables to be joined up"
    assert full.source_name == "Tarrow Islands Times" and full.author == "Isla Munro"
    assert "\u201cNobody should wait an hour" in full.body and "Island Link\u2019s" in full.body
    assert "Short summary only" not in full.body
    assert full.published_at == datetime(2024, 3, 4, 7, 30, tzinfo=UTC)
    assert summary_only.title == "Storm warning for the weekend \u2013 islanders told to prepare"
    assert "\u201cTie down anything" in summary_only.body and "<p>" not in summary_only.body
    assert empty == RecordError("feeds/rss-entities.xml:entry 3", "entry has no content or summary")


def test_atom_entry_content_and_author():
    [entry] = read(feed, "feeds/atom.xml")
    assert entry.url == "https://eastfield.example/chess-champion"
    assert entry.author == "Claire Doyle"
    assert "\u201cI did not expect this at all,\u201d Marsh said." in entry.body
    assert entry.published_at == datetime(2024, 6, 1, 8, 0, tzinfo=UTC)


def test_a_file_that_is_not_a_feed():
    [error] = list(feed.read(b"just some words", "notes.xml"))
    assert error.location == "notes.xml" and "feed" in error.reason
