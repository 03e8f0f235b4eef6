"""A speaker's public quotes counted by month and by source, kept up to date as quotes change.

The speaker page charts these. Counted when a page was asked for, they cost one pass over every quote of the
speaker (~150 ms for the most quoted, 137,000 quotes), and a reader may open any of 50,000 speakers. So the
counts are rows of their own, changed where quotes change: an import adds its new quotes' counts in place
(`add`), and whatever changes which of a speaker's quotes are public or where they fall -- an edit that changes
the speaker's quote counts, a merge, a re-extraction, an article's new date or source -- counts that speaker's
again (`recount`). A page reads at most one row per month and one per source.

A quote's month is its article's date's, in UTC, or the article's import date's when it has no date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from django.db import connection, models, transaction
from django.db.models import CharField, Count, DateField, F, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Concat, Substr, TruncMonth
from django.utils import timezone


class SpeakerMonth(models.Model):
    """How many of a speaker's public quotes fall in a month (the first day of the month, UTC)."""

    speaker = models.ForeignKey("quotes.Speaker", on_delete=models.CASCADE, related_name="+")
    month = models.DateField()
    n = models.PositiveIntegerField()

    class Meta:
        app_label = "quotes"
        constraints = [models.UniqueConstraint(fields=["speaker", "month"], name="speaker_month_unique")]

    def __str__(self) -> str:
        return f"{self.month:%b %Y}: {self.n}"


class SpeakerSource(models.Model):
    """How many of a speaker's public quotes a source published."""

    speaker = models.ForeignKey("quotes.Speaker", on_delete=models.CASCADE, related_name="+")
    source = models.ForeignKey("quotes.Source", on_delete=models.CASCADE, related_name="+")
    n = models.PositiveIntegerField()

    class Meta:
        app_label = "quotes"
        constraints = [models.UniqueConstraint(fields=["speaker", "source"], name="speaker_source_unique")]

    def __str__(self) -> str:
        return f"source {self.source_id}: {self.n}"


def months_and_sources(speaker_id: int, sources_shown: int = 20) -> tuple[list[tuple[date, int]], list[dict]]:
    """The speaker's public quotes by month, oldest first, and the sources that published them ({"name", "n"},
    most first): two index ranges, read in one query (on a loaded machine each round trip to the database costs
    more than reading the rows)."""
    sources_table = SpeakerSource._meta.get_field("source").related_model._meta.db_table
    sql = (
        f"SELECT month, NULL, n FROM {SpeakerMonth._meta.db_table} WHERE speaker_id = %s AND n > 0 "
        "UNION ALL SELECT NULL, name, n FROM ("
        f"SELECT source.name AS name, counted.n AS n FROM {SpeakerSource._meta.db_table} counted "
        f"JOIN {sources_table} source ON source.id = counted.source_id "
        "WHERE counted.speaker_id = %s AND counted.n > 0 ORDER BY counted.n DESC, source.name LIMIT %s) top_sources"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [speaker_id, speaker_id, sources_shown])
        rows = cursor.fetchall()
    # SQLite hands a raw query's dates back as the text they are stored as
    months = sorted((month if isinstance(month, date) else date.fromisoformat(month), n) for month, _, n in rows if month)
    sources = sorted(((name, n) for month, name, n in rows if not month), key=lambda row: (-row[1], row[0]))
    return months, [{"name": name, "n": n} for name, n in sources]


def add(quotes: Iterable) -> None:
    """Count new quotes (an import's, just saved) into their speakers' months and sources, in place: two
    statements, safe beside other workers adding to the same rows."""
    from quotes.models import Quote

    by_month: dict[tuple[int, date], int] = {}
    by_source: dict[tuple[int, int], int] = {}
    for quote in quotes:
        if not quote.speaker_id or not Quote.shown_to_readers(quote.status, quote.confidence):
            continue
        month = _month_of(quote.published_at or _imported_at(quote))
        by_month[quote.speaker_id, month] = by_month.get((quote.speaker_id, month), 0) + 1
        if quote.source_id:
            by_source[quote.speaker_id, quote.source_id] = by_source.get((quote.speaker_id, quote.source_id), 0) + 1
    _increment(SpeakerMonth, "month", by_month)
    _increment(SpeakerSource, "source_id", by_source)


def recount(speaker_ids: Iterable[int] | None = None) -> None:
    """Count these speakers' public quotes again (every speaker's with None): their rows replaced, in one
    transaction, from one pass over their quotes each for months and sources."""
    from quotes.models import Article, Quote

    ids = None if speaker_ids is None else sorted({pk for pk in speaker_ids if pk})
    if ids == []:
        return
    quotes = Quote.objects.public().filter(speaker__isnull=False)
    if ids is not None:
        quotes = quotes.filter(speaker_id__in=ids)
    undated = Article.objects.filter(pk=OuterRef("article_id")).values("imported_at")[:1]
    # The article is read only for undated quotes: COALESCE runs the subquery only when it needs it.
    months = (
        quotes.annotate(month=_month(Coalesce("published_at", Subquery(undated))))
        .values("speaker_id", "month")
        .annotate(n=Count("*"))
        .order_by()
    )
    sources = quotes.filter(source__isnull=False).values("speaker_id", "source_id").annotate(n=Count("*")).order_by()
    with transaction.atomic(savepoint=False):  # within an edit's transaction: part of it
        for model, rows, columns in ((SpeakerMonth, months, "month"), (SpeakerSource, sources, "source_id")):
            kept = model.objects.all() if ids is None else model.objects.filter(speaker_id__in=ids)
            kept.delete()
            sql, params = rows.query.sql_with_params()
            table = model._meta.db_table
            with connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {table} (speaker_id, {columns}, n) SELECT * FROM ({sql}) counted", params)


def _increment(model: type[models.Model], column: str, counts: dict[tuple[int, object], int]) -> None:
    if not counts:
        return
    table = model._meta.db_table
    values = ", ".join(["(%s, %s, %s)"] * len(counts))
    params = [value for (speaker, key), n in sorted(counts.items()) for value in (speaker, key, n)]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (speaker_id, {column}, n) VALUES {values} "
            f"ON CONFLICT (speaker_id, {column}) DO UPDATE SET n = {table}.n + excluded.n",
            params,
        )


def _month(field: F | Coalesce) -> Cast | Concat:
    """The first day of the month of a stored UTC datetime, as a date. SQLite's TruncMonth calls back into Python
    for every row (80,000 rows for the busiest speaker); its stored text's "YYYY-MM" prefix is the same month."""
    if connection.vendor == "sqlite":
        return Concat(Substr(field, 1, 7, output_field=CharField()), Value("-01"), output_field=CharField())
    return Cast(TruncMonth(field, tzinfo=UTC), DateField())


def _month_of(moment: datetime) -> date:
    moment = moment.astimezone(UTC)
    return date(moment.year, moment.month, 1)


def _imported_at(quote) -> datetime:  # noqa: ANN001
    """An undated quote's article's import: just now, unless the article is at hand."""
    from quotes.models import Quote

    if Quote.article.is_cached(quote) and quote.article.imported_at:
        return quote.article.imported_at
    return timezone.now()
