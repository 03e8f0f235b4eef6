"""The common record: text normalisation, dates, content identity, serialisation for chunks."""

from datetime import UTC, datetime

import pytest

from quotes.importers.dates import parse_published
from quotes.importers.records import ArticleRecord, normalise_text


def test_normalisation_fixes_line_endings_spaces_and_composition():
    raw = "\ufeffCafe\u0301\r\nline\rtwo\u00a0three\u202ffour\u200bfive\u2028six"
    assert normalise_text(raw) == "Caf\u00e9\nline\ntwo three fourfive\nsix"


def test_normalisation_keeps_curly_quotes_and_dashes():
    text = "\u201cYes\u201d \u2014 she said\u2019s"
    assert normalise_text(text) == text


def test_same_words_different_spacing_is_the_same_article():
    a = ArticleRecord(body="The  mayor said\r\nno.", location="a")
    b = ArticleRecord(body="the mayor said no.", location="b")
    assert a.content_hash == b.content_hash


def test_a_record_round_trips_through_json():
    record = ArticleRecord(
        body="Body", location="f:1", title="T", url="https://x.example/a",
        published_at=datetime(2024, 1, 2, 3, 4, tzinfo=UTC), author="A", source_name="S", dateline="OSLO",
    )
    assert ArticleRecord.from_dict(record.as_dict()) == record


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("2024-03-05T09:30:00Z", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 09:30:00 GMT", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
        ("5 March 2024", datetime(2024, 3, 5, tzinfo=UTC)),
        ("March 5, 2024", datetime(2024, 3, 5, tzinfo=UTC)),
        ("05/03/2024", datetime(2024, 3, 5, tzinfo=UTC)),  # day first, as in most of the world's newsrooms
        (1709631000, datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
        (1709631000000, datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ],
)
def test_dates_in_the_usual_forms(raw, expected):
    assert parse_published(raw) == expected


@pytest.mark.parametrize("raw", ["soon", "2024-13-45", "", "0001-01-01"])
def test_unreadable_dates_raise(raw):
    with pytest.raises(ValueError):
        parse_published(raw)
