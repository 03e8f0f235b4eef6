"""A word search lists the newest matches; on PostgreSQL it may look in the last few months first, then further back
(quotes/services/newest_matches.py). The windows must never change what a reader gets."""

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import caches
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
    """Small test tables give the planner nothing to go on: make every search try the windows first."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lists FTS5's matches; the date lexemes are PostgreSQL's")
    monkeypatch.setattr(newest_matches, "COMMON", 10**9)
    monkeypatch.setattr(newest_matches, "FEW", -1)


def newest(limit: int) -> list[Quote]:
    matching = search._matching(search._filtered(QuoteFilters(words="ferry timetable")), "ferry timetable")
    for listed in newest_matches.newest_matches(matching, search.NEWEST_FIRST, limit, now=NOW):
        ids = [row["pk"] for row in listed.values("pk")[:limit]]
        if len(ids) >= limit:
            break
    return [Quote.objects.get(pk=pk) for pk in ids]


def listings(queries: CaptureQueriesContext, limit: int) -> list[str]:
    # a listing ends with its LIMIT, or is the inner query of its ranking (search._ranked)
    return [q["sql"] for q in queries if q["sql"].startswith("SELECT") and re.search(rf"LIMIT {limit}\)?( AS listed.*)?$", q["sql"])]


def test_a_window_that_holds_enough_matches_holds_the_newest_of_all(db, windows_always_tried):
    old, older, last_year, this_year, undated = ferry_quotes(2019, 2016, 2025, 2026, None)
    with CaptureQueriesContext(connection) as queries:
        assert newest(1) == [this_year]
    listed = listings(queries, 1)  # three months hold none, this year one
    assert len(listed) == 2 and "§m202610" in listed[0] and "§y2026" in listed[1] and "§y2025" not in listed[1]

    with CaptureQueriesContext(connection) as queries:
        assert newest(2) == [this_year, last_year]
    listed = listings(queries, 2)  # three years hold two
    assert len(listed) == 3 and "§y2024" in listed[2]

    with CaptureQueriesContext(connection) as queries:
        assert newest(3) == [this_year, last_year, old]
    listed = listings(queries, 3)  # every window (none of ten years: newest_matches.WINDOWS), then every match
    assert len(listed) == 4 and "§" not in listed[3]

    with CaptureQueriesContext(connection) as queries:
        assert newest(4) == [this_year, last_year, old, older]
    assert len(listings(queries, 4)) == 4


def test_the_stored_vector_holds_the_year_and_month_of_a_dated_quote_only(db, windows_always_tried):
    dated, undated = ferry_quotes(2024, None)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, text_vector::text FROM quotes_quote WHERE id IN (%s, %s)", [dated.pk, undated.pk])
        vectors = dict(cursor.fetchall())
    assert "'§y2024'" in vectors[dated.pk] and "'§m202406'" in vectors[dated.pk] and "§" not in vectors[undated.pk]


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
        monkeypatch.setattr(newest_matches, "FEW", -1)
    assert list(search_quotes(QuoteFilters(words="ferry timetable"))) == everything
    assert len(everything) == 3 and set(everything) <= set(quotes[:4])  # the best 3 of the newest 4 (RANKED_AMONG + 1)


def test_no_reader_words_match_a_quote_by_its_date(db):
    ferry_quotes(2026, 2025)
    for words in ("2026", "y2026", "§y2026", "'§y2026'", "2025 ferry", "§m202606", "202606", "m202606"):
        assert list(search_quotes(QuoteFilters(words=words))) == [], words


def test_a_window_is_its_months_of_the_first_year_then_whole_years_to_next_year():
    assert newest_matches.since(NOW, 3) == ["§m202610", "§m202611", "§m202612", "§y2027"]
    assert newest_matches.since(NOW, 12) == ["§y2026", "§y2027"]  # from January: the year, not twelve months
    assert newest_matches.since(NOW, 14) == ["§m202511", "§m202512", "§y2026", "§y2027"]
    # New Year's night in Auckland is still 31 December in UTC, where the lexemes are made
    assert newest_matches.since(datetime(2027, 1, 1, 0, 30, tzinfo=ZoneInfo("Pacific/Auckland")), 1) == [
        "§m202612", "§y2027"
    ]


def test_the_first_window_tried_is_expected_to_hold_the_rows_asked_for():
    # a month holds 1% of the quotes, a year 12%
    shares = {f"§m2026{m:02d}": 0.01 for m in range(1, 13)} | {f"§y{y}": 0.12 for y in range(2017, 2027)}
    firsts = lambda windows: [window[0] for window in windows]  # noqa: E731
    # 20,000 matches: a month is expected to hold 200
    assert firsts(newest_matches.choose_windows(20_000, 200, NOW, shares)) == ["§m202612", "§m202610", "§y2026", "§y2024"]
    # 10,000: a month holds 100, three months 300
    assert firsts(newest_matches.choose_windows(10_000, 200, NOW, shares)) == ["§m202610", "§y2026", "§y2024"]
    # 2,000: three months hold 60 and a year 240
    assert firsts(newest_matches.choose_windows(2_000, 200, NOW, shares)) == ["§y2026", "§y2024"]
    # 700: three years hold 252
    assert firsts(newest_matches.choose_windows(700, 200, NOW, shares)) == ["§y2024"]
    # 500: three years hold 180, and a window of ten years is not tried: every match at once
    assert newest_matches.choose_windows(500, 200, NOW, shares) == []


def test_without_statistics_the_windows_widen_from_three_months():
    windows = newest_matches.choose_windows(40_000, 200, NOW, {})
    assert [window[0] for window in windows] == ["§m202610", "§y2026", "§y2024"]


def test_a_quote_dated_a_little_ahead_is_still_the_newest(db, windows_always_tried):
    this_year, ahead = ferry_quotes(2026, 2027)
    assert newest(1) == [ahead]


def test_the_share_of_each_date_lexeme_is_read_from_the_planners_statistics(db, windows_always_tried):
    ferry_quotes(2026, 2026, 2026, 2025)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE quotes_quote")
    caches["local"].clear()
    shares = newest_matches._statistics().dates
    assert shares["§y2026"] == pytest.approx(0.75) and shares["§m202506"] == pytest.approx(0.25)
    assert not any(lexeme in shares for lexeme in ("ferry", "timetabl"))  # words are not dates


def analyzed_statistics() -> newest_matches.Statistics:
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE quotes_quote")
    caches["local"].clear()
    return newest_matches._statistics()


def test_the_matches_of_words_alone_are_estimated_from_each_words_share_of_the_quotes(db, windows_always_tried):
    quotes = ferry_quotes(2026, 2026, 2025, 2024)
    quotes[0].text += " and the harbour"
    quotes[0].save()
    statistics = analyzed_statistics()
    assert statistics.quotes == 4 and statistics.words["ferri"] == pytest.approx(1.0)
    assert newest_matches.expected_matches("ferry", statistics) == pytest.approx(4)
    assert newest_matches.expected_matches("ferries harbour", statistics) == pytest.approx(1)  # 4 x 1 x 1/4
    assert newest_matches.expected_matches("ferry -harbour", statistics) == pytest.approx(4)  # an exclusion narrows less
    least = min(statistics.words.values())
    assert newest_matches.expected_matches("ferry lighthouse", statistics) == pytest.approx(4 * least / 2)
    assert newest_matches.expected_matches("-ferry", statistics) == 0


def test_a_search_by_words_alone_asks_for_no_plan_and_lists_what_every_match_gives(db, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lists FTS5's matches; plans and the planner's statistics are PostgreSQL's")
    quotes = ferry_quotes(2026, 2026, 2025, 2019, 2018, None)
    analyzed_statistics()
    monkeypatch.setattr(search, "RANKED_AMONG", 2)
    monkeypatch.setattr(newest_matches, "FEW", 0)  # four matches expected: windows first
    with CaptureQueriesContext(connection) as queries:
        windowed = list(search_quotes(QuoteFilters(words="ferry timetable")))
    assert not any(q["sql"].startswith("EXPLAIN") for q in queries)
    assert any("§" in sql for sql in listings(queries, 3))  # a window was tried
    monkeypatch.setattr(newest_matches, "FEW", 10**9)  # every match at once
    assert windowed == list(search_quotes(QuoteFilters(words="ferry timetable")))
    assert set(windowed) <= set(quotes[:3])

    # another filter narrows the matches by an amount only a plan knows
    with CaptureQueriesContext(connection) as queries:
        list(search_quotes(QuoteFilters(words="ferry timetable", kind="direct")))
    assert any(q["sql"].startswith("EXPLAIN") for q in queries)
