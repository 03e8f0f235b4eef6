"""Counts that stop at a cap ("1000+"), and the paginator that shows them.

An exact count of a broad search reads every matching row: seconds at a million quotes, on any database. These
count at most `most` + 1 rows; a reader's "more than" is remembered a while by each server process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.cache import caches
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

COUNT_CAP = 1_000
MANY_REMEMBERED_S = 600


def count_at_most(rows: QuerySet, most: int) -> int:
    """How many `rows` there are, counting no further than `most` + 1 ("more than `most`"); see
    `count_sql_remembering_many`."""
    capped = _capped_sql(rows, most)
    return 0 if capped is None else count_sql_remembering_many(*capped, most, rows.db)


def count_each_at_most(querysets: list[QuerySet], most: int) -> list[int]:
    """How many rows each query has, counting no further than `most` + 1, all in one round trip (the review
    queue's tab counts: four index scans, one query to parse and plan). Not remembered here: the queue keeps
    them only until the next write to the quotes (`QueueFilterForm.counts`)."""
    capped = [_capped_sql(rows, most) for rows in querysets]
    queries = [query for query in capped if query is not None]
    counted: list[int] = []
    if queries:
        select = ", ".join(f"(SELECT COUNT(*) FROM ({sql}) counted_{n})" for n, (sql, _) in enumerate(queries))
        with connections[querysets[0].db].cursor() as cursor:
            cursor.execute("SELECT " + select, [param for _, params in queries for param in params])
            counted = list(cursor.fetchone())
    return [0 if query is None else counted.pop(0) for query in capped]


def _capped_sql(rows: QuerySet, most: int) -> tuple[str, tuple] | None:
    """The SQL of `rows`' ids, at most `most` + 1 of them; None when no row can match (`.none()`, `pk__in=[]`)."""
    try:
        return rows.order_by().values("pk")[: most + 1].query.sql_with_params()
    except EmptyResultSet:
        return None


def count_sql_remembering_many(sql: str, params: Sequence[Any], most: int, using: str) -> int:
    """The rows `sql` returns (it stops after `most` + 1 itself).

    "More than `most`" is remembered for MANY_REMEMBERED_S by each server process, under a digest of the query:
    a common word's or a busy speaker's count costs the same every time, and only hundreds of rejections could
    make it untrue (the rows themselves are always read live). Smaller counts are taken afresh.
    """
    key = _many_key(sql, params)
    if caches["local"].get(key):
        return most + 1
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({sql}) counted", params)
        n = cursor.fetchone()[0]
    if n > most:
        caches["local"].set(key, True, MANY_REMEMBERED_S)
    return n


def first_column_unless_many(sql: str, params: Sequence[Any], most: int, using: str) -> list | None:
    """The first column of the rows `sql` returns (it stops after `most` + 1 itself), or None when there are more
    than `most`, remembered as `count_sql_remembering_many` remembers it."""
    key = _many_key(sql, params)
    if caches["local"].get(key):
        return None
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        values = [row[0] for row in cursor.fetchall()]
    if len(values) > most:
        caches["local"].set(key, True, MANY_REMEMBERED_S)
        return None
    return values


def _many_key(sql: str, params: Sequence[Any]) -> str:
    return "many:" + hashlib.blake2b(repr((sql, tuple(params))).encode(), digest_size=16).hexdigest()


@dataclass(frozen=True)
class Bounded:
    """A count that stopped at its own bound: `n` rows found of at most `bound` + 1 looked for (a word search
    ranks only the newest matches: `search.RANKED_AMONG`)."""

    n: int
    bound: int


class CappedPaginator(Paginator):
    """A paginator that counts at most `cap` rows (then says "1000+"): an exact count of a broad search
    reads every matching row (seconds at a million quotes, on any database). Pages past the cap are not
    offered; the exports stream every row."""

    def __init__(
        self,
        object_list: QuerySet,
        per_page: int,
        cap: int | None = None,
        count_of: QuerySet | int | Bounded | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(object_list, per_page, **kwargs)
        self.cap = COUNT_CAP if cap is None else cap
        if isinstance(count_of, Bounded):  # only so many rows are listed at all: the count stops there too
            self.cap, count_of = min(self.cap, count_of.bound), count_of.n
        # the same rows without display joins, or their number when already counted (past the cap)
        self.count_of = object_list if count_of is None else count_of

    @cached_property
    def counted(self) -> int:
        if isinstance(self.count_of, int):
            return self.count_of
        return count_at_most(self.count_of, self.cap)

    @property
    def count(self) -> int:
        return min(self.counted, self.cap)

    @property
    def capped(self) -> bool:
        return self.counted > self.cap
