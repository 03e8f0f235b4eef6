"""A dateline's day becomes a text article's publication date, in the year of the import."""

from datetime import UTC, date, datetime

import pytest

from quotes.importers.dates import dateline_date
from quotes.importers.records import ArticleRecord
from quotes.importers.text import parse_text
from quotes.models import Article
from quotes.services.imports import import_records
from tests.conftest import DEMO

IMPORTED = date(2026, 12, 6)


@pytest.mark.parametrize(
    "dateline, day",
    [
        ("Washington, Oct 14", date(2026, 10, 14)),
        ("WASHINGTON, Oct. 14", date(2026, 10, 14)),
        ("LEEDHAM, March 12", date(2026, 3, 12)),
        ("Port Ellin, Sept 2", date(2026, 9, 2)),
        ("Paris, 3 June", date(2026, 6, 3)),
        ("Paris, 3rd June 2021", date(2021, 6, 3)),
        ("Kessport, Nov 3, 2019", date(2019, 11, 3)),
        ("Eastfield, Dec 8", date(2026, 12, 8)),  # two days ahead: a time zone, not last year
        ("Eastfield, Dec 30", date(2025, 12, 30)),  # weeks ahead of the import: the year before
    ],
)
def test_the_day_a_dateline_names(dateline, day):
    assert dateline_date(dateline, IMPORTED) == datetime(day.year, day.month, day.day, tzinfo=UTC)


@pytest.mark.parametrize(
    "dateline", ["EASTFIELD (Reuters)", "Kessport", "Maybury, 14", "Oslo, Feb 30", "Oslo, Feb 29", "Boston 2024", ""]
)
def test_a_dateline_without_a_day_names_none(dateline):
    assert dateline_date(dateline, IMPORTED) is None


def test_a_record_with_a_date_keeps_it():
    given = datetime(2020, 1, 2, tzinfo=UTC)
    assert ArticleRecord(body="x", location="x", dateline="Oslo, Oct 14", published_at=given).published_at == given


def test_a_text_article_takes_its_datelines_day():
    record = parse_text((DEMO / "us-russia-syria.txt").read_text(encoding="utf-8"), "us-russia-syria.txt")
    today = datetime.now(UTC).date()
    assert (record.published_at.month, record.published_at.day) == (10, 14)
    assert record.published_at.date() <= today
    assert (today - record.published_at.date()).days < 366


@pytest.mark.slow  # the real extractor
def test_an_imported_text_article_is_dated_and_found_by_date(client, db):
    path = DEMO / "hospital-waiting-times.txt"
    import_records([parse_text(path.read_text(encoding="utf-8"), str(path))])
    article = Article.objects.get()
    assert (article.published_at.month, article.published_at.day) == (3, 12)
    assert {quote.published_at for quote in article.quotes.all()} == {article.published_at}  # the quotes' copy
    day = article.published_at.date().isoformat()
    found = client.get("/quotes/", {"date_from": day, "date_to": day}).content.decode()
    assert "Waiting times at city hospitals" in found
