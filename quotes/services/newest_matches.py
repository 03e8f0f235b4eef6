"""The newest quotes that have a reader's words, on PostgreSQL, reading as few rows as the words allow.

Listing matches newest first needs each match's date, which lies in its row. PostgreSQL has two plans: for a very
common word it walks the date index and stops at the newest matches (cheap); for rarer words it takes every match
from the GIN index and reads each one's row to sort them — a table page per match, 3,000 pages for "reject
government" in a million quotes, to keep 200. The stored tsvector also holds each quote's year and month as lexemes
(`§y2026`, `§m202612`: migrations 0018 and 0019), so the index alone can narrow the matches to recent months, and
only their rows are read. A window, a wider one, then every match are tried in turn: a window that holds `limit`
matches holds the newest `limit` of all, so the result is the same whichever answers; one that falls short has cost
fewer than `limit` rows, a window too wide the rows of all its matches. So the first window tried is sized from the
planner's own statistics: its estimate of the matches, and the share of quotes each date lexeme is in (`pg_stats`).
For words alone the estimate is made here from the same statistics (each word's share of the quotes), so no plan is
asked for: a plan of the whole search cost a round trip and as much planning as the listing itself.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from django.core.cache import caches
from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone

from quotes.models import Quote

# A walk of the date index is kept when the planner expects this many matches in all: a word that common is met
# within the first few thousand quotes.
COMMON = 10_000
# When the planner expects at most this many times the rows asked for, every match is listed at once.
FEW = 4
# Windows, in months up to this one, tried in turn from the smallest expected to hold MARGIN times the rows asked for
# (from three months without statistics). A window that falls short costs a second query that reads the words'
# posting lists again: at half the rows asked for (0.5) about one word search in four needed a second query, at the
# rows asked for (1.0) one in fifty (2026-12-07, 250 long-tail searches of the 1M-quote corpus). On a loaded machine
# the database then spent about a tenth less CPU a search; on a quiet one the difference was within the noise, as
# the rows a window a little too wide reads cost about what the second query did.
# No window of ten years: its eleven year lexemes cost the GIN scan more than reading every match's row saves (a
# listing's median 4.4 → 4.6 ms but its 90th percentile 9.6 → 9.0 and the slowest 17-18 → 13-14 ms, server CPU a
# search 4.9 → 4.6 ms; 2026-12-08, 300 long-tail searches of the 1M-quote corpus, whose dates span ten years).
WINDOWS = (1, 3, 12, 36)
MARGIN = 1.0
SHARES_REMEMBERED_S = 600  # statistics change with ANALYZE, after imports
ROWS = re.compile(r"rows=(\d+)")
# A lexeme of a tsquery as PostgreSQL writes it ('it''s'), and whether it is excluded (!'geneva')
LEXEME = re.compile(r"(!?)'((?:[^']|'')*)'")


@dataclass(frozen=True)
class Statistics:
    """What the planner knows of the stored vectors: how many quotes, and the share of them each of the most common
    lexemes is in (date lexemes apart)."""

    quotes: float
    dates: dict[str, float]
    words: dict[str, float]


def newest_matches(
    matching: QuerySet[Quote], order: tuple, limit: int, now: datetime | None = None, words: str | None = None
) -> list[QuerySet]:
    """Queries of `matching` (quotes filtered by the full-text index, every other filter applied) in `order`, to be
    cut to `limit` rows and run in turn: the first that finds `limit` rows, or the last, is the answer. `words`: the
    reader's words when nothing else narrows the search, so that their matches can be estimated without a plan."""
    every = matching.order_by(*order)
    statistics = _statistics() if words is not None else None
    if statistics is not None and statistics.words:
        # The public and one-per-statement conditions pass nearly every quote: left out of the estimate. A word too
        # common for a plan's bitmap gets the smallest window, which the planner walks the date index for as it
        # would for every match.
        expected = expected_matches(words, statistics)
        if expected <= FEW * limit:
            return [every]
    else:
        # A plan, not a run: what the database would do, and how many matches it expects
        plan = every.values("pk")[:limit].explain()
        expected = _most_rows(plan)
        if ("Bitmap" not in plan and expected >= COMMON) or expected <= FEW * limit:
            return [every]
    windows = choose_windows(expected, limit, now or timezone.now(), (statistics or _statistics()).dates)
    return [_within(matching, " | ".join(f"'{lexeme}'" for lexeme in window)).order_by(*order) for window in windows] + [every]


def choose_windows(expected: int, limit: int, now: datetime, shares: dict[str, float]) -> list[list[str]]:
    """The windows to try before every match, as lists of date lexemes. `shares`: the share of quotes each date
    lexeme is in (none known: from three months)."""
    windows = [since(now, months) for months in WINDOWS]
    if not shares:
        return windows[1:]
    for i, window in enumerate(windows):
        if expected * sum(shares.get(lexeme, 0.0) for lexeme in window) >= MARGIN * limit:
            return windows[i:]
    return []  # even ten years are not expected to hold enough


def _most_rows(plan: str) -> int:
    """The largest row estimate of any node in a plan: the matches the scan expects."""
    return max(int(n) for n in ROWS.findall(plan))


def since(now: datetime, months: int) -> list[str]:
    """The date lexemes of every quote dated in the last `months` months up to `now`'s (UTC, where the lexemes are
    made) or later: those months of the first year, then whole years to next year (a date a little ahead, as feeds
    sometimes give, is still the newest)."""
    now = now.astimezone(UTC)
    year, month = divmod(now.year * 12 + now.month - months, 12)
    month += 1
    first = [f"§y{year}"] if month == 1 else [f"§m{year * 100 + m}" for m in range(month, 13)]
    return first + [f"§y{later}" for later in range(year + 1, now.year + 2)]


def expected_matches(words: str, statistics: Statistics) -> float:
    """How many quotes the planner's statistics expect to have `words`, as the planner reckons it: the product of each
    searched lexeme's share, one not among the most common taken as half as common as the least common one. An
    alternative ('x or y') counts as a further word: too few expected only widens the first window."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT websearch_to_tsquery('english', %s)::text", [words])
        query = cursor.fetchone()[0]
    lexemes = {lexeme.replace("''", "'") for excluded, lexeme in LEXEME.findall(query) if not excluded}
    if not lexemes:
        return 0.0
    rarest = min(statistics.words.values()) / 2
    return statistics.quotes * math.prod(statistics.words.get(lexeme, rarest) for lexeme in lexemes)


def _statistics() -> Statistics:
    """The planner's statistics of the stored vectors (none before the first ANALYZE), remembered by each process for
    ten minutes."""
    statistics = caches["local"].get("text-vector-statistics")
    if statistics is None:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT most_common_elems::text::text[], most_common_elem_freqs, "
                "(SELECT reltuples FROM pg_class WHERE oid = 'quotes_quote'::regclass) FROM pg_stats "
                "WHERE schemaname = current_schema() AND tablename = 'quotes_quote' AND attname = 'text_vector'"
            )
            row = cursor.fetchone()
        lexemes, freqs, quotes = row if row and row[0] else ([], [], 0.0)
        shares = dict(zip(lexemes, freqs, strict=False))
        statistics = Statistics(
            quotes=max(quotes, 0.0),
            dates={lexeme: share for lexeme, share in shares.items() if lexeme.startswith("§")},
            words={lexeme: share for lexeme, share in shares.items() if not lexeme.startswith("§")} if quotes > 0 else {},
        )
        caches["local"].set("text-vector-statistics", statistics, SHARES_REMEMBERED_S)
    return statistics


def _within(matching: QuerySet[Quote], dates: str) -> QuerySet[Quote]:
    return matching.extra(where=['"quotes_quote"."text_vector" @@ %s::tsquery'], params=[dates])
