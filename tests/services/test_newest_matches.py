"""A word search lists the newest matches; on PostgreSQL it may look in the last two years first
(quotes/services/newest_matches.py). The window must never change what a reader gets."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quotes.models import Article, Quote
from quotes.services import newest_matches, search
from quotes.services.search import QuoteFilters, search_quotes
from tests.conftest import make_quote

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def ferry_quotes(*years: int | None) -> list[Quote]:
    """One quote about the ferry per year given (None: an undated article), oldest first as given."""
    made = []
    for n, year in enumerate(years):
        body = f"“The ferry timetable will change in spring number {n},” the harbour master said."
        article = Article.objects.create(
            title=f"Ferry {n}", body=body, content_hash=f"ferry-{n}".ljust(64, "x"),
            published_at=datetime(year, 6, 1 + n, tzinfo=UTC) if year else None,
        )
        made.append(make_quote(article, f"The ferry timetable will change in spring number {n}"))
    return made


@pytest.fixture
def windows_always_tried(monkeypatch):
    """Small test tables give the planner nothing to go on: make every search try the window first."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lists FTS5's matches; the date lexemes are PostgreSQL's")
    monkeypatch.setattr(newest_matches, "COMMON", 10**9)
    monkeypatch.setattr(newest_matches, "MARGIN", 0)


def newest(limit: int) -> list[Quote]:
    matching = search._matching(search._filtered(QuoteFilters(words="ferry timetable")), "ferry timetable")
    for listed in newest_matches.newest_matches(matching, search.NEWEST_FIRST, limit, now=NOW):
        ids = [row["pk"] for row in listed]
        if len(ids) >= limit:
            break
    return [Quote.objects.get(pk=pk) for pk in ids]


def test_enough_matches_in_the_last_two_years_are_the_newest_of_all(db, windows_always_tried):
    old, older, last_year, this_year, undated = ferry_quotes(2019, 2016, 2025, 2026, None)
    with CaptureQueriesContext(connection) as queries:
        assert newest(2) == [this_year, last_year]
    listed = [q["sql"] for q in queries if q["sql"].startswith("SELECT") and q["sql"].endswith("LIMIT 2")]
    assert len(listed) == 1 and "§y2026" in listed[0]  # found in the window alone

    with CaptureQueriesContext(connection) as queries:
        assert newest(3) == [this_year, last_year, old]
    listed = [q["sql"] for q in queries if q["sql"].startswith("SELECT") and q["sql"].endswith("LIMIT 3")]
    assert len(listed) == 2 and "§y2026" in listed[0] and "§y2026" not in listed[1]  # the window, then every match


def test_the_stored_vector_holds_the_year_of_a_dated_quote_only(db, windows_always_tried):
    dated, undated = ferry_quotes(2024, None)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, text_vector::text FROM quotes_quote WHERE id IN (%s, %s)", [dated.pk, undated.pk])
        vectors = dict(cursor.fetchall())
    assert "'§y2024'" in vectors[dated.pk] and "§" not in vectors[undated.pk]


def test_too_few_recent_matches_reach_back_to_the_older_ones(db, windows_always_tried):
    old, older, this_year, undated = ferry_quotes(2019, 2016, 2026, None)
    assert newest(3) == [this_year, old, older]
    assert newest(10) == [this_year, old, older, undated]  # undated last, as every list has them


def test_a_quote_moved_to_a_recent_date_is_found_in_the_window(db, windows_always_tried):
    moved, stays, recent = ferry_quotes(2012, 2013, 2026)
    assert newest(2) == [recent, stays]
    moved.article.published_at = datetime(2025, 3, 1, tzinfo=UTC)
    moved.article.save()  # copies the date to its quotes, whose stored vector follows it
    assert newest(2) == [recent, moved]


def test_the_window_gives_the_same_ranked_page_as_every_match(db, monkeypatch):
    quotes = ferry_quotes(2026, 2025, 2018, 2017, None)
    monkeypatch.setattr(search, "RANKED_AMONG", 3)
    everything = list(search_quotes(QuoteFilters(words="ferry timetable")))
    if connection.vendor == "postgresql":
        monkeypatch.setattr(newest_matches, "COMMON", 10**9)
        monkeypatch.setattr(newest_matches, "MARGIN", 0)
    assert list(search_quotes(QuoteFilters(words="ferry timetable"))) == everything
    assert len(everything) == 3 and set(everything) <= set(quotes[:4])  # the best 3 of the newest 4 (RANKED_AMONG + 1)


def test_no_reader_words_match_a_quote_by_its_date(db):
    ferry_quotes(2026, 2025)
    for words in ("2026", "y2026", "§y2026", "'§y2026'", "2025 ferry"):
        assert list(search_quotes(QuoteFilters(words=words))) == [], words


def test_recent_years_are_this_year_and_the_last_in_utc():
    assert newest_matches.recent_years(NOW) == "'§y2026' | '§y2025'"
    # New Year's night in Auckland is still 31 December in UTC, where the lexemes are made
    assert newest_matches.recent_years(datetime(2027, 1, 1, 0, 30, tzinfo=ZoneInfo("Pacific/Auckland"))) == (
        "'§y2026' | '§y2025'"
    )
