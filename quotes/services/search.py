"""Reader search: public quotes by words, speaker, date, source, kind and review state, on SQLite or PostgreSQL.

Full-text search has one interface over two engines. On SQLite the FTS5 table `quotes_quote_fts` (migration
0002) is queried with the reader's words turned into a quoted FTS5 expression and the newest matches ranked by
`word_scores.best_first`; on
PostgreSQL `websearch_to_tsquery('english', ...)` runs against the stored tsvector column the GIN index is
built on (migration 0005), ranked by `ts_rank`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.core.cache import caches
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone

from quotes.models import Quote, Source, Speaker, SpeakerAlias, SpeakerWord, name_key
from quotes.services import counting, word_scores
from quotes.services.newest_matches import newest_matches
from quotes.services.word_scores import TERM, WORD  # the reader's terms, read the same way for matching and ranking

# A word search ranks the newest this many quotes that have the words (the API's largest page fits).
RANKED_AMONG = 200
# SQLite lists a word search's newest matches by one of two plans: join each FTS5 match to its row and sort them
# (the cost grows with the matches), or walk the date index until enough are found (it grows with the quotes walked
# per match). They cost the same near sqrt(WALK_FACTOR x quotes) matches, ~4,200 in a million quotes (2026-12-07,
# 1M-quote corpus, warm: 3,112 matches joined in 9 ms, walked in 17; 49,360 joined in 68, walked in 8); never fewer
# than BROAD_MATCHES are joined.
BROAD_MATCHES = 2_000
WALK_FACTOR = 18
# Undated articles last; the order of the indexes quote_published_idx and quote_speaker_published_idx.
NEWEST_FIRST = (F("published_at").desc(nulls_last=True), F("id").desc())


@dataclass(frozen=True)
class QuoteFilters:
    """What a reader asked for. Empty fields filter nothing."""

    words: str = ""
    speaker: Speaker | None = None
    who: str = ""  # a typed name: quotes by every speaker whose name or alias matches it
    date_from: date | None = None
    date_to: date | None = None
    source: Source | None = None
    kind: str = ""
    reviewed_only: bool = False
    # A statement carried by several outlets listed once, by its lead version (readers' lists); not within one
    # source's quotes, where each outlet's own version is the one asked for.
    one_per_statement: bool = False


@dataclass(frozen=True)
class QuoteContext:
    """A quote inside its paragraph: the text before it, the quote, the text after it."""

    before: str
    quote: str  # the article's words from the quote's start to its end (with the attribution between its pieces)
    after: str
    segments: tuple[tuple[str, bool], ...]  # `quote` cut into its quoted pieces (True) and what lies between them


def search_quotes(filters: QuoteFilters) -> QuerySet[Quote] | RankedRows:
    """Public quotes matching `filters`: for words, the best match first among the newest RANKED_AMONG quotes
    that have them; otherwise newest first."""
    return search_and_count(filters)[0]


def search_and_count(
    filters: QuoteFilters,
) -> tuple[QuerySet[Quote] | RankedRows, QuerySet[Quote] | counting.Bounded]:
    """`search_quotes`, and what `CappedPaginator` counts: the same rows as a query that counts them fastest,
    or, for words, how many of the newest matches were found (at most RANKED_AMONG + 1: `counting.Bounded`)."""
    quotes = _filtered(filters)
    if has_words(filters.words):
        narrowed = replace(filters, words="", one_per_statement=False) != QuoteFilters()
        return _rank_newest_matches(quotes, filters.words, narrowed)
    # Quote.published_at copies the article's date: newest first is an index scan, no join.
    return quotes.order_by(*NEWEST_FIRST), quotes


def every_match(filters: QuoteFilters) -> QuerySet[Quote]:
    """Every public quote matching `filters`, newest first, words or not: what the exports stream (no ranking,
    no bound)."""
    quotes = _filtered(filters)
    if has_words(filters.words):
        quotes = _matching(quotes, filters.words)
    return quotes.order_by(*NEWEST_FIRST)


def _filtered(filters: QuoteFilters) -> QuerySet[Quote]:
    # The article's body can be long and no list shows it: exports would otherwise read it once per quote.
    quotes = _listed_rows().public()
    if filters.speaker is not None:
        quotes = quotes.filter(speaker=filters.speaker)
    elif name_key(filters.who):
        quotes = quotes.filter(speaker__in=matching_speakers(filters.who).values("pk"))
    if filters.date_from:
        quotes = quotes.filter(article__published_at__gte=_day_start(filters.date_from))
    if filters.date_to:
        quotes = quotes.filter(article__published_at__lt=_day_start(filters.date_to + timedelta(days=1)))
    if filters.source is not None:
        quotes = quotes.filter(source=filters.source)
    if filters.kind:
        quotes = quotes.filter(kind=filters.kind)
    if filters.one_per_statement and filters.source is None:
        quotes = quotes.filter(Q(statement__isnull=True) | Q(statement__lead=F("pk")))
    if filters.reviewed_only:
        quotes = quotes.filter(status__in=Quote.REVIEWED_STATUSES)
    return quotes


def _listed_rows() -> QuerySet[Quote]:
    """Quotes as `_filtered` reads them, unfiltered: for reading rows already chosen by their ids."""
    return Quote.objects.select_related("article", "article__source", "speaker", "statement").defer("article__body")


def names_in_words(filters: QuoteFilters) -> QuoteFilters:
    """The reader's one search box: words that are a speaker's name or alias ("Carter", "Ash Carter", "Pentagon")
    search as that name, as the speaker box does (`who`), so "Carter" finds Ash Carter's quotes, not quotes with
    "Carter" in them. Other words, a "quoted phrase", and any search already naming a speaker are left as they are."""
    if filters.speaker is not None or name_key(filters.who) or not is_speaker_name(filters.words):
        return filters
    return replace(filters, words="", who=filters.words)


def is_speaker_name(words: str) -> bool:
    """Whether `words` are exactly the name or an alias of a live speaker: one look-up of `alias_name_key_idx` (every
    speaker's own name is also its alias). Asked of every word search, so written as SQL: the ORM took 0.4 ms of
    CPU to build and compile this one-row look-up, seven times what running it costs."""
    key = name_key(words)
    if not has_words(key) or len(key) > 200:
        return False
    alias, speaker = SpeakerAlias._meta.db_table, Speaker._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 1 FROM {alias} JOIN {speaker} ON {speaker}.id = {alias}.speaker_id "
            f"WHERE {alias}.name_key = %s AND {speaker}.merged_into_id IS NULL LIMIT 1",
            [key],
        )
        return cursor.fetchone() is not None


def has_words(words: str) -> bool:
    """Whether `words` holds anything to search for; punctuation alone does not count."""
    return bool(WORD.search(words))


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _matching(quotes: QuerySet[Quote], words: str, broad: bool = False) -> QuerySet[Quote]:
    """`quotes` that have `words`, by the full-text index (none for exclusions alone, "-geneva"). `broad` (SQLite):
    the words are in very many quotes, so a walk of the date index checks each row against the list of matches
    (the unary + keeps SQLite from driving the query by that huge list and sorting it all)."""
    match = fts5_query(words)
    if not match:
        return quotes.none()
    if connection.vendor == "postgresql":
        return quotes.alias(document=text_vector()).filter(document=SearchQuery(words, config="english", search_type="websearch"))
    found = "quotes_quote.id IN (SELECT rowid FROM quotes_quote_fts WHERE quotes_quote_fts MATCH %s)"
    return quotes.extra(where=[("+" if broad else "") + found], params=[match])


def _rank_newest_matches(quotes: QuerySet[Quote], words: str, narrowed: bool = True) -> tuple[RankedRows, counting.Bounded]:
    """The newest RANKED_AMONG quotes that have the words, best match first, and how many were found.

    Ranking every match ranks every quote with a common word (85,000 say "budget" in a million: seconds), and
    even counting the matches reads each one's row. So the matches are listed newest first, stopping after
    RANKED_AMONG + 1, and only those are ranked. PostgreSQL looks in the last few months first, then further back,
    when the planner expects many matches (`newest_matches`: the index narrows them by date, so only the window's
    rows are read); SQLite walks the date index or sorts FTS5's matches, whichever costs less for that many matches
    (`_broad_matches`). A page then reads its own 25 quotes. `narrowed`: other filters than the words apply.
    A reader narrows by date or speaker to reach older quotes.
    """
    if not fts5_query(words):  # exclusions alone ("-geneva"): nothing to look for
        return RankedRows([], quotes), counting.Bounded(0, RANKED_AMONG)
    limit = RANKED_AMONG + 1
    if connection.vendor == "postgresql":
        tries = (
            _ranked(listed, words, limit)
            for listed in newest_matches(_matching(quotes, words), NEWEST_FIRST, limit, words=None if narrowed else words)
        )
        best_first = -1
    else:
        found = _fts_matches_unless_more_than(fts5_query(words), _broad_matches())
        # the matches already read are listed by their ids, without running the match again
        matching = (
            _matching(quotes, words, broad=True)
            if found is None
            else quotes.extra(where=["quotes_quote.id IN (SELECT value FROM json_each(%s))"], params=[json.dumps(found)])
        )
        newest = matching.order_by(*NEWEST_FIRST).values_list("pk", "text")[:limit]
        tries = [word_scores.best_first(list(newest), words)]
        best_first = 1
    for listed in tries:
        ranked = sorted(listed, key=lambda row: (best_first * row[1], -row[0]))
        if len(ranked) > RANKED_AMONG:
            break
    ids = [pk for pk, _ in ranked]
    # The listing applied every filter: a page's rows are read by id alone, without the filters' joins and conditions
    return RankedRows(ids[:RANKED_AMONG], _listed_rows()), counting.Bounded(len(ids), RANKED_AMONG)


def _ranked(listed: QuerySet[Quote], words: str, limit: int) -> list[tuple[int, float]]:
    """(id, ts_rank) of the first `limit` quotes `listed` lists (PostgreSQL; higher is better). The rank is taken
    after the listing's LIMIT: in the listing's own select list it was computed for every row read before the
    newest were kept (a thousand rows read for 201 kept when every match of rarer words is listed)."""
    newest = listed.annotate(vector=text_vector()).values_list("pk", "vector")[:limit]
    sql, params = newest.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT listed.id, ts_rank(listed.vector, websearch_to_tsquery('english', %s)) "
            f"FROM ({sql}) AS listed(id, vector)",
            [words, *params],
        )
        return cursor.fetchall()


class RankedRows:
    """Rows in a known order of ids, sliced a page at a time: a page reads only its own rows, joins and all (the
    200 ranked quotes joined to their articles read 200 articles for one page of 25). Takes `only` and
    `values_list` (id first) as the QuerySet it wraps."""

    def __init__(self, ids: list[int], rows: QuerySet, by_position: bool = False) -> None:
        self.ids, self.rows, self.by_position = ids, rows, by_position

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator:
        return iter(self[:])

    def __getitem__(self, index: slice) -> list:
        ids = self.ids[index]
        if not ids:
            return []
        # put in the order of `ids` here: the database need not sort them
        found = {(row[0] if self.by_position else row.pk): row for row in self.rows.filter(pk__in=ids).order_by()}
        return [found[pk] for pk in ids if pk in found]

    def only(self, *fields: str) -> RankedRows:
        return RankedRows(self.ids, self.rows.only(*fields), self.by_position)

    def values_list(self, *fields: str) -> RankedRows:
        if fields[0] not in ("id", "pk"):
            raise ValueError("the id comes first")
        return RankedRows(self.ids, self.rows.values_list(*fields), by_position=True)


def _broad_matches() -> int:
    """How many matches the date index is walked for (SQLite): it depends on how many quotes there are, read as
    the newest id and remembered by each process for ten minutes (a plan's choice: never the rows shown)."""
    newest = caches["local"].get("newest-quote-id")
    if newest is None:
        newest = Quote.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        caches["local"].set("newest-quote-id", newest, counting.MANY_REMEMBERED_S)
    return max(BROAD_MATCHES, int(math.sqrt(WALK_FACTOR * newest)))


def _fts_matches_unless_more_than(match: str, most: int) -> list[int] | None:
    """The ids of the quotes that match in SQLite's FTS5 index (the index alone, no quote read), or None when more
    than `most` do."""
    sql = "SELECT rowid FROM quotes_quote_fts WHERE quotes_quote_fts MATCH %s LIMIT %s"
    return counting.first_column_unless_many(sql, [match, most + 1], most, connection.alias)


def text_vector() -> RawSQL:
    """The quote's stored `to_tsvector('english', text)` (PostgreSQL, migration 0005), which the GIN index
    `quote_text_fts_idx` is built on: matches are checked and ranked without parsing their text again."""
    return RawSQL('"quotes_quote"."text_vector"', [], output_field=SearchVectorField())


def fts5_query(words: str) -> str:
    """The reader's words as an FTS5 MATCH expression that no input can break.

    Web-search rules, as PostgreSQL's websearch_to_tsquery reads them: words are ANDed, "a phrase" is matched
    as a phrase, `OR` between two terms makes either do, `-word` excludes. Every term is double-quoted (inner
    quotes doubled), so FTS5 operators, column filters and stray punctuation in the input are plain text.
    Returns "" when nothing searchable is left.
    """
    groups: list[list[str]] = []  # ANDed together; each is a list of ORed terms
    excluded: list[str] = []
    either = False
    for minus, phrase, bare in TERM.findall(words.replace("\x00", " ")):  # FTS5 strings end at a NUL
        text = phrase or bare
        if not phrase and not minus and text.upper() == "OR":
            either = bool(groups)
            continue
        if not WORD.search(text):
            continue
        term = '"' + text.replace('"', '""') + '"'
        if minus:
            excluded.append(term)
        elif either:
            groups[-1].append(term)
        else:
            groups.append([term])
        either = False
    if not groups:
        return ""
    query = " AND ".join(group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in groups)
    return f"({query})" + "".join(f" NOT {term}" for term in excluded) if excluded else query


def matching_speakers(text: str) -> QuerySet[Speaker]:
    """Speakers (not merged away) whose name or an alias has a word starting with `text`, most quoted first.

    "Carter" finds Ash Carter by his name, "Pentagon" the Department of Defense by its alias.
    """
    key = name_key(text)
    if not key:
        return Speaker.objects.none()
    # The word index gives the candidates (an index range); the names and aliases themselves decide.
    candidates = SpeakerWord.objects.matching(key).values("speaker_id")
    aliases = SpeakerAlias.objects.filter(_word_prefix("name_key", key), speaker=OuterRef("pk"))
    return Speaker.objects.filter(
        _word_prefix("name_key", key) | Exists(aliases), pk__in=candidates, merged_into__isnull=True
    ).order_by("-quote_count", "name", "pk")


def _word_prefix(field: str, key: str) -> Q:
    return (
        Q(**{f"{field}__startswith": key})
        | Q(**{f"{field}__contains": f" {key}"})
        | Q(**{f"{field}__contains": f"-{key}"})
    )


def resolve_speaker(slug: str) -> Speaker | None:
    """The speaker a slug names, following merges to the speaker that now holds the quotes."""
    speaker = Speaker.objects.select_related("merged_into").filter(slug=slug).first()
    for _ in range(10):  # merge chains are short; a cycle must not hang a page
        if speaker is None or speaker.merged_into is None:
            return speaker
        if speaker.merged_into.merged_into_id is None:
            return speaker.merged_into
        speaker = Speaker.objects.select_related("merged_into").get(pk=speaker.merged_into_id)
    return speaker


def quote_in_context(quote: Quote) -> QuoteContext:
    """The paragraph of the article body the quote sits in, split around the quote (the outer span of a quote in
    pieces, cut into its pieces and the attribution between them)."""
    body = quote.article.body
    if not quote.span_matches(body):
        return QuoteContext("", quote.text, "", ((quote.text, True),))
    start = body.rfind("\n", 0, quote.start) + 1
    end = body.find("\n", quote.end)
    end = len(body) if end == -1 else end
    segments, at = [], quote.start
    for piece_start, piece_end in quote.pieces():
        if at < piece_start:
            segments.append((body[at:piece_start], False))
        segments.append((body[piece_start:piece_end], True))
        at = piece_end
    return QuoteContext(
        body[start : quote.start].lstrip(), body[quote.start : quote.end], body[quote.end : end].rstrip(), tuple(segments)
    )


def web_link(url: str | None) -> str | None:
    """The article's address if it is an http(s) one, so an imported `javascript:` URL is never a link."""
    return url if url and url.lower().startswith(("http://", "https://")) else None
