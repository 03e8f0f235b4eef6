"""The newest quotes that have a reader's words, on PostgreSQL, reading as few rows as the words allow.

Listing matches newest first needs each match's date, which lies in its row. PostgreSQL has two plans: for a very
common word it walks the date index and stops at the newest matches (cheap); for rarer words it takes every match
from the GIN index and reads each one's row to sort them — a table page per match, 3,000 pages for "reject
government" in a million quotes, to keep 200. The stored tsvector also holds each quote's year as a lexeme (`§y2026`,
migration 0018), so the index alone can narrow those matches to the last two years, and only their rows are read.
The window is used when the planner expects enough matches in it (its estimate, from the index's statistics: no
row read); when fewer than the rows asked for lie there, all matches are listed as before. Either way the result is
the same: if the window holds `limit` matches, the newest `limit` matches of all are inside it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from django.db.models import QuerySet
from django.utils import timezone

from quotes.models import Quote

# A walk of the date index is kept when the planner expects this many matches in all: a word that common is met
# within the first few thousand quotes.
COMMON = 10_000
# The window is used when the planner expects this many times the rows asked for in it.
MARGIN = 1.25
ROWS = re.compile(r"rows=(\d+)")


def newest_matches(matching: QuerySet[Quote], order: tuple, limit: int, now: datetime | None = None) -> list[QuerySet]:
    """Queries of the newest `limit` rows of `matching` (quotes filtered by the full-text index, every other filter
    applied), in `order`, as ids, to run in turn: the first that finds `limit` rows, or the last, is the answer."""
    every = matching.order_by(*order).values("pk")[:limit]
    # Plans, not runs: what the database would do, and how many matches it expects in all and in the window
    plan = every.explain()
    if "Bitmap" not in plan and _most_rows(plan) >= COMMON:
        return [every]
    recent = _within(matching, recent_years(now or timezone.now()))
    if _most_rows(recent.order_by().values("pk").explain()) >= MARGIN * limit:
        return [recent.order_by(*order).values("pk")[:limit], every]
    return [every]


def _most_rows(plan: str) -> int:
    """The largest row estimate of any node in a plan: the matches the scan expects."""
    return max(int(n) for n in ROWS.findall(plan))


def recent_years(now: datetime) -> str:
    """This year and the last as a tsquery over the date lexemes (two, so that January still sees a year)."""
    year = now.astimezone(UTC).year
    return f"'§y{year}' | '§y{year - 1}'"


def _within(matching: QuerySet[Quote], years: str) -> QuerySet[Quote]:
    return matching.extra(where=['"quotes_quote"."text_vector" @@ %s::tsquery'], params=[years])
