"""The plain-text importer on the scraped layout: site line, headline, dateline, body, boilerplate."""

from pathlib import Path

import pytest

from quotes.importers import text
from quotes.importers.records import ArticleRecord, RecordError
from tests.conftest import DEMO, FIXTURES

TEXT = FIXTURES / "text"


def read_one(path: Path) -> ArticleRecord | RecordError:
    [record] = list(text.read(path.read_bytes(), str(path)))
    return record


def test_the_seed_layout_splits_into_site_headline_dateline_and_body():
    record = read_one(DEMO / "us-russia-syria.txt")  # a copy of ../shared/eval/seed-us-russia-syria.txt
    assert record.source_name == "Odisha News Insight"
    assert record.title == "US dismisses cooperation with Russia in Syria"
    assert record.dateline == "Washington, Oct 14"  # the image alt text "russia-syria" fused to it is dropped
    assert record.body.startswith("The US would not cooperate with Russia")
    assert record.body.endswith("the third round of talks was slated for Wednesday.")
    assert "Leave a comment" not in record.body
    assert "russia-syria" not in record.body


@pytest.mark.parametrize("path", sorted(DEMO.glob("*.txt")), ids=lambda p: p.name)
def test_every_demo_article_has_a_headline_and_a_clean_body(path):
    record = read_one(path)
    assert record.title and record.source_name and record.dateline
    assert not record.body.endswith(("Share this", "Share this article", "Leave a comment"))
    assert record.body[0].isupper()


def test_no_site_line_means_the_first_line_is_the_headline():
    record = read_one(TEXT / "no-site-line.txt")
    assert record.title == "Lifeboat crew praised after night rescue"
    assert record.source_name == ""
    assert record.dateline == "Port Ellin, Oct 2"
    assert not record.body.endswith("Leave a reply")


def test_no_dateline_keeps_the_whole_first_paragraph():
    record = read_one(TEXT / "no-dateline.txt")
    assert record.dateline == ""
    assert record.body.startswith("Every primary school pupil in Porthaven")
    assert "Related:" not in record.body and "judicial review" not in record.body  # trailing link list


def test_windows_line_endings_and_windows_1252_are_read():
    raw = (TEXT / "windows-1252-crlf.txt").read_bytes()
    assert b"\r\n" in raw and b"\x93" in raw  # cp1252 curly quote
    record = read_one(TEXT / "windows-1252-crlf.txt")
    assert "\r" not in record.body
    assert "\u201cWithout dredging," in record.body and "Fishermen\u2019s" in record.body
    assert record.title == "Harbour dredging to start in spring"
    assert not record.body.endswith("Share this")


def test_boilerplate_in_the_middle_and_at_the_end_is_dropped():
    record = read_one(TEXT / "boilerplate-variants.txt")
    assert record.dateline == "EASTFIELD (Reuters)"
    for junk in ("Advertisement", "Share this article", "Facebook", "Twitter", "3 Comments"):
        assert junk not in record.body
    assert record.body.endswith("closed from 6 a.m. on race day.")


@pytest.mark.parametrize("name", ["utf-16-le-bom.txt", "utf-16-le-no-bom.txt", "utf-8-bom.txt"])
def test_unicode_encodings_give_the_same_article(name):
    record = read_one(TEXT / name)
    assert record.title == "Caf\u00e9 owners fear \u00a3 rise in rents"
    assert "Ren\u00e9e Ortiz" in record.body
    assert "\ufeff" not in record.body and "\u00a0" not in record.body  # BOM gone, NBSP now a plain space
    assert "20 percent" in record.body


def test_a_binary_file_is_a_record_error_with_its_name():
    error = read_one(TEXT / "binary-image.txt")
    assert isinstance(error, RecordError)
    assert error.location.endswith("binary-image.txt") and "binary" in error.reason


def test_only_boilerplate_is_an_error():
    [error] = list(text.read(b"Share this\n\nLeave a comment\n", "junk.txt"))
    assert error == RecordError("junk.txt", "no article body found")


def test_decomposed_accents_are_composed_so_offsets_match_what_readers_see():
    [record] = list(text.read("Headline\n\nOSLO, May 2: Rene\u0301e said \u201cyes\u201d.\n".encode(), "x.txt"))
    assert "Ren\u00e9e" in record.body
