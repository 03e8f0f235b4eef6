"""Content versions: numbers in the shared cache that every write to what readers see raises, for what is kept
until such a write (`pagecache`'s pages, `while_unchanged`'s counts and lists).

Every database connection carries an `execute_wrapper` (`WriteWatcher`) that watches the statements it runs, so
an ORM save, a `QuerySet.update`, a bulk import, a merge, a deletion or raw SQL from any process -- web server,
task worker, shell -- raises the version of everything readers see and of the table written. A version is raised
when the transaction that wrote commits, and before the writing thread's own next look-up (it reads its own
writes). An edit may say whose rows it changes (`writes_of`: these speakers', in these articles, these quotes,
in what of them searches find quotes by): it then raises those speakers', articles' and quotes' own versions
instead of the ones every speaker's, article's and search's pages are filed under.

Versions are looked up once per request, together (`look_up`), and only rise; one lost from the cache starts
again from the clock, above every number it had.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache as cache_in_process
from typing import Any

from django.conf import settings
from django.core.cache import cache, caches
from django.db import connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper

VERSION_KEY = "public-content-version"
_MISSING = object()
# The table a write statement changes: `UPDATE "quotes_quote" SET ...`, `INSERT INTO "quotes_article" ...`.
WRITTEN_TABLE = re.compile(
    r"\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+[\"`]?(\w+)", re.IGNORECASE
)
# Tables whose rows belong to one speaker (quotes, and the speaker's own row with its quote count): a write to them
# may say whose rows it changes (`writes_of`), so that other speakers' pages are kept.
BY_SPEAKER = ("quotes_quote", "quotes_speaker")
BY_ARTICLE = ("quotes_quote",)  # and a quote's write, in which article
BY_QUOTE = ("quotes_quote",)  # and which quotes, changed in what a search finds them by (`QUOTE_ASPECTS`)
# What a search may find quotes by, besides the articles' dates and sources: a write that changes none of these in a
# quote leaves every search's results as they were, and changes only the pages that show that quote.
QUOTE_ASPECTS = ("visible", "text", "kind", "reviewed", "speaker")
# Per-quote versions are many: kept for this long after they were first needed, then started again from the clock.
QUOTE_VERSION_S = 3600


# The names versions are kept under (`content_changed` raises names, `table_keys` makes them keys): a table's,
# and what writes that say whose rows they change raise instead of (or writes that do not, besides) it.
def any_speaker(table: str) -> str:
    return f"{table}:any-speaker"


def any_article(table: str) -> str:
    return f"{table}:any-article"


def of_speaker(speaker_id: int) -> str:
    return f"speaker:{speaker_id}"


def of_article(article_id: int) -> str:
    return f"article:{article_id}"


def any_quote(table: str) -> str:
    return f"{table}:any-quote"


def of_quote(quote_id: int) -> str:
    return f"quote:{quote_id}"


def of_aspect(table: str, aspect: str) -> str:
    return f"{table}:{aspect}"


def named_quotes(table: str) -> str:
    """Raised by every write that names its quotes: a page of found quotes made while it rose is not kept."""
    return f"{table}:named-quotes"


_NAMED_QUOTES = frozenset(map(named_quotes, BY_QUOTE))


# A statement's row is written whenever any of its versions joins, leaves or changes what readers see of it (its
# outlets are on other articles', speakers' and searches' pages): a write to it reaches every page.
SHARED_TABLES = ("quotes_article", "quotes_source", "quotes_speakeralias", "quotes_speakerword", "quotes_statement")
# What a page of one speaker's quotes is filed under, besides that speaker's own version.
ONE_SPEAKERS_PAGE = [*SHARED_TABLES, *map(any_speaker, BY_SPEAKER)]
# What a page of one article's quotes (the desk's article view, a permalink) is filed under, besides that
# article's own version: its quotes' writes that named the article do not raise these.
ONE_ARTICLES_PAGE = [*SHARED_TABLES, *map(any_article, BY_ARTICLE), any_speaker("quotes_speaker")]
# What a page of quotes a search found by what they say (`shows_found_quotes`) is filed under, besides the aspects
# it found them by and the versions of the quotes it shows.
FOUND_QUOTES_PAGE = [*SHARED_TABLES, any_speaker("quotes_speaker"), *map(any_quote, BY_QUOTE)]


def content_version() -> int:
    """The version of everything readers see: raised by every write to any of their tables."""
    return look_up([VERSION_KEY])[0][0]


def tables_version(tables: Iterable[str]) -> tuple[int, ...]:
    """The versions of these tables alone: raised only by writes to them (the sources, say, rarely change)."""
    return tuple(look_up(table_keys(tables))[0])


def table_keys(tables: Iterable[str]) -> list[str]:
    return [f"{VERSION_KEY}:{table}" for table in tables]


def _keys_for(tables: Iterable[str], speaker_id: int | None) -> list[str]:
    """Keys for what is made of these tables: for one speaker's rows only, the speaker's own key instead of the
    tables' that every speaker's edits raise."""
    if speaker_id is None:
        return table_keys(tables)
    return table_keys([*(any_speaker(t) if t in BY_SPEAKER else t for t in tables), of_speaker(speaker_id)])


def _filed_under(tables: Iterable[str], speaker_id: int | None = None) -> str:
    """The version a key is filed under: of `tables` (for one speaker's rows of them) when named, else of
    everything readers see."""
    return "-".join(map(str, look_up(_keys_for(tables, speaker_id) or [VERSION_KEY])[0]))


# Versions looked up during the request this thread is serving: a page asks for several (its own, the source
# list's, the speaker its address names), and each round trip to Redis is ~0.3 ms. Looked up together on the
# first ask, and forgotten when the thread writes (content_changed) and when the request ends.
_this_request = threading.local()


def request_started(**kwargs: Any) -> None:
    _this_request.versions = {}


def request_finished(**kwargs: Any) -> None:
    _this_request.versions = None


def known_this_request() -> dict[str, int]:
    """The versions this request has looked up so far."""
    return getattr(_this_request, "versions", None) or {}


def look_up(keys: list[str], also: Iterable[str] = ()) -> tuple[list[int], dict[str, Any]]:
    """The versions under `keys`, and whatever the cache holds under the `also` keys, in one round trip; the
    thread's own writes raise them first."""
    _raise_for_own_writes()
    return _look_up_known(keys, also)


def _look_up_known(keys: list[str], also: Iterable[str] = ()) -> tuple[list[int], dict[str, Any]]:
    known = getattr(_this_request, "versions", None)
    if known is None:  # outside a request: looked up every time
        known, wanted = {}, list(keys)
    else:
        wanted = [key for key in (*all_version_keys(), *keys) if key not in known] if set(keys) - known.keys() else []
    also = list(also)
    found = cache.get_many(wanted + also) if wanted or also else {}
    found |= _started([key for key in wanted if key not in found])
    known.update((key, found[key]) for key in wanted)
    return [known[key] for key in keys], {key: found[key] for key in also if key in found}


def look_up_afresh(keys: list[str]) -> list[int]:
    """The versions under `keys` as they are now (the thread's own writes raised first), whatever this request
    looked up before."""
    _raise_for_own_writes()
    found = cache.get_many(keys)
    found |= _started([key for key in keys if key not in found])
    return [found[key] for key in keys]


def _started(lost: list[str]) -> dict[str, int]:
    """Versions not in the cache, started from the clock, so a version lost from the cache never returns to one
    pages were kept under (a quote's expire; every other is kept)."""
    if not lost:
        return {}
    start = time.time_ns() // 1000
    quotes = {key: start for key in lost if key.startswith(_quote_versions_prefix())}
    if quotes:
        _add_many(quotes, QUOTE_VERSION_S)
    for key in lost:
        if key not in quotes:
            cache.add(key, start, timeout=None)
    found = cache.get_many(lost)
    # A key gone again at once (emptied, evicted) stands at the start just written: above every version before,
    # so nothing kept under an older one is served; the next look-up starts it again from a later clock.
    return {key: found.get(key, start) for key in lost}


def _add_many(values: dict[str, int], timeout: int) -> None:
    """`cache.add` for each, in one round trip where the backend can (quotes.redis_cache)."""
    if hasattr(cache, "add_many"):
        cache.add_many(values, timeout)
        return
    for key, value in values.items():
        cache.add(key, value, timeout)


def while_unchanged[T](
    name: str,
    parts: Hashable,
    compute: Callable[[], T],
    tables: Iterable[str] = (),
    speaker_id: int | None = None,
    shared: bool = False,
) -> T:
    """`compute()`, remembered by this process until the next write to what readers see (or, naming `tables`,
    to those tables; with `speaker_id`, to that speaker's rows of them), where versions are kept (the page cache
    is on); computed every time where they are not. `shared`: remembered in the shared cache, for every process
    (worth its round trip when computing costs milliseconds and every process would compute it after a write)."""
    if settings.NEWSDESK_PAGE_CACHE_S <= 0:
        return compute()
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()
    key = f"{name}:{_filed_under(tables, speaker_id)}:{digest}"
    store = cache if shared else caches["local"]
    value = store.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        store.set(key, value, settings.NEWSDESK_PAGE_CACHE_S)
    return value


def content_changed(tables: Iterable[str] = ()) -> None:
    """Make every kept page out of date, and everything remembered while these tables were unchanged."""
    # "A named quote changed" rises before the quotes' own versions: a page that sees a quote's new version has
    # then seen it rise too, and is not kept under that version with the rows it read before (`shows_found_quotes`).
    tables = sorted(tables, key=lambda name: name not in _NAMED_QUOTES)
    for key in [VERSION_KEY, *table_keys(tables)]:
        try:
            cache.incr(key)
        except ValueError:  # not there (yet): any new start is past every version pages were kept under
            _look_up_known([key])
    if getattr(_this_request, "versions", None):
        _this_request.versions = {}  # looked up again, raised


def watch_writes(connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """Raise the content version whenever this connection writes a table readers see (`connection_created`)."""
    if not any(isinstance(wrapper, WriteWatcher) for wrapper in connection.execute_wrappers):
        connection.execute_wrappers.append(WriteWatcher(connection))


class WriteWatcher:
    """An execute wrapper: runs the statement, then notes whether it changed what readers see."""

    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.connection = connection
        self.speakers: frozenset[int] | None = None  # whose rows the writes change, when said
        self.articles: frozenset[int] | None = None  # and in which articles
        self.quotes: frozenset[int] | None = None  # and which quotes
        self.aspects: tuple[str, ...] = QUOTE_ASPECTS  # changed in what a search finds them by
        self.unseen: set[str] = set()  # written since this thread last looked up a version
        self.uncommitted: set[str] = set()  # written in the open transaction

    def __call__(self, execute: Callable, sql: str, params: Any, many: bool, context: dict) -> Any:
        result = execute(sql, params, many, context)
        if settings.NEWSDESK_PAGE_CACHE_S > 0 and (table := _written_table(sql)):
            self.changed(table)
        return result

    def changed(self, table: str) -> None:
        names = {table}
        if table in BY_SPEAKER:
            names |= set(map(of_speaker, self.speakers)) if self.speakers is not None else {any_speaker(table)}
        if table in BY_ARTICLE:
            names |= set(map(of_article, self.articles)) if self.articles is not None else {any_article(table)}
        if table in BY_QUOTE:
            if self.quotes is None:
                names.add(any_quote(table))
            else:
                names |= {*map(of_quote, self.quotes), named_quotes(table)}
                names |= {of_aspect(table, aspect) for aspect in self.aspects}
        connection = self.connection
        if not connection.in_atomic_block:
            content_changed(names)  # autocommit: the statement is committed already
            return
        # A bulk import writes thousands of rows in a transaction: one raise when it commits, and one when its
        # own thread next looks up a version (it reads its own writes), not one per statement.
        self.unseen |= names
        self.uncommitted |= names
        if not any(callback == self.committed for _, callback, _ in connection.run_on_commit):
            transaction.on_commit(self.committed, using=connection.alias)

    def committed(self) -> None:
        tables, self.uncommitted = self.uncommitted, set()
        self.unseen -= tables  # raised now, for every process: the thread's next look-up need not raise them again
        content_changed(tables)


@contextmanager
def writes_of(
    *,
    speakers: Iterable[int | None],
    articles: Iterable[int],
    quotes: Iterable[int] | None = None,
    aspects: Iterable[str] = QUOTE_ASPECTS,
    using: str = "default",
) -> Iterator[None]:
    """Say whose rows the writes to quotes and speakers in this block change: these speakers' (an edit of one
    quote names its speaker before and after), in these articles; and, naming `quotes`, only those quotes, in
    only these `aspects` of what a search finds them by (a new quote has no id yet: it changes every aspect).
    Pages of other speakers', articles' and quotes' are then kept. Every write to those tables without such a
    block changes every speaker's, article's and search's pages."""
    watcher = next(w for w in connections[using].execute_wrappers if isinstance(w, WriteWatcher))
    before = watcher.speakers, watcher.articles, watcher.quotes, watcher.aspects
    watcher.speakers, watcher.articles = frozenset(pk for pk in speakers if pk), frozenset(articles)
    watcher.quotes = None if quotes is None else frozenset(quotes)
    watcher.aspects = tuple(aspects)
    try:
        yield
    finally:
        watcher.speakers, watcher.articles, watcher.quotes, watcher.aspects = before


def _raise_for_own_writes() -> None:
    for connection in connections.all(initialized_only=True):
        for wrapper in connection.execute_wrappers:
            if isinstance(wrapper, WriteWatcher) and wrapper.unseen:
                tables, wrapper.unseen = wrapper.unseen, set()
                content_changed(tables)


def _written_table(sql: str) -> str | None:
    """The table readers see that `sql` writes, if it writes one."""
    if sql[:1] not in "IiUuDdRr \n":  # SELECT, SAVEPOINT, ...: most statements stop here
        return None
    written = WRITTEN_TABLE.match(sql)
    return written.group(1) if written is not None and written.group(1) in _public_tables() else None


@cache_in_process
def _public_tables() -> frozenset[str]:
    """The tables readers' pages are made of (not import batches, revisions or sessions)."""
    from quotes.models import Article, Quote, Source, Speaker, SpeakerAlias, SpeakerWord, Statement

    tables = (Article, Quote, Source, Speaker, SpeakerAlias, SpeakerWord, Statement)
    return frozenset(model._meta.db_table for model in tables)


@cache_in_process
def all_version_keys() -> tuple[str, ...]:
    found = [*FOUND_QUOTES_PAGE, *map(named_quotes, BY_QUOTE)]
    found += [of_aspect(table, aspect) for table in BY_QUOTE for aspect in QUOTE_ASPECTS]
    every = [VERSION_KEY, *table_keys([*sorted(_public_tables()), *ONE_SPEAKERS_PAGE, *ONE_ARTICLES_PAGE, *found])]
    return tuple(dict.fromkeys(every))


@cache_in_process
def _quote_versions_prefix() -> str:
    return table_keys([of_quote(0)])[0].removesuffix("0")
