"""Pages kept whole -- anonymous readers', and each editor's desk pages -- until a write to what they show.

Readers' pages (search, speaker pages, permalinks) and the read API show only what is in the quotes tables, and
an anonymous visitor's page holds nothing of theirs (no session, no CSRF token). Such a page is kept in the
shared cache under a digest of its address and the htmx headers that choose its template, with the content
version it was made under, and served only while no write has raised that version since; every write to a
table readers see raises it: the database connection itself watches the statements it runs
(an `execute_wrapper`), so an ORM save, a `QuerySet.update`, a bulk import, a merge, a deletion or raw SQL from
any process -- web server, task worker, shell -- makes every kept page out of date. Nothing is invalidated key
by key and no stale page can be served; an edit made outside Django (psql) shows within the page timeout.

The version is raised when a transaction that wrote commits, and before the writing thread's own next page
(it reads its own writes); a reader that read the old rows just before the commit cannot keep them under the
new version. An edit may say whose quotes it changes (`writes_of`): pages of other speakers' and articles'
quotes are then kept. It needs a cache every server process shares (CACHE_URL): with each process's own memory
a write in one would not reach the pages another keeps, so settings turn the page cache off without one.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache as cache_in_process
from functools import wraps
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache, caches
from django.db import connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers

VERSION_KEY = "public-content-version"
CSRF_PLACEHOLDER = "csrf-token-of-the-request-0123456789"  # where a kept page's (or card's) CSRF token goes
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


# The names versions are kept under (`content_changed` raises names, `_table_keys` makes them keys): a table's,
# and what writes that say whose rows they change raise instead of (or writes that do not, besides) it.
def _any_speaker(table: str) -> str:
    return f"{table}:any-speaker"


def _any_article(table: str) -> str:
    return f"{table}:any-article"


def _of_speaker(speaker_id: int) -> str:
    return f"speaker:{speaker_id}"


def _of_article(article_id: int) -> str:
    return f"article:{article_id}"


def _any_quote(table: str) -> str:
    return f"{table}:any-quote"


def _of_quote(quote_id: int) -> str:
    return f"quote:{quote_id}"


def _aspect(table: str, aspect: str) -> str:
    return f"{table}:{aspect}"


def _named_quotes(table: str) -> str:
    """Raised by every write that names its quotes: a page of found quotes made while it rose is not kept."""
    return f"{table}:named-quotes"


SHARED_TABLES = ("quotes_article", "quotes_source", "quotes_speakeralias", "quotes_speakerword")
# What a page of one speaker's quotes is filed under, besides that speaker's own version.
ONE_SPEAKERS_PAGE = [*SHARED_TABLES, *map(_any_speaker, BY_SPEAKER)]
# What a page of one article's quotes (the desk's article view, a permalink) is filed under, besides that
# article's own version: its quotes' writes that named the article do not raise these.
ONE_ARTICLES_PAGE = [*SHARED_TABLES, *map(_any_article, BY_ARTICLE), _any_speaker("quotes_speaker")]
# What a page of quotes a search found by what they say (`shows_found_quotes`) is filed under, besides the aspects
# it found them by and the versions of the quotes it shows.
FOUND_QUOTES_PAGE = [*SHARED_TABLES, _any_speaker("quotes_speaker"), *map(_any_quote, BY_QUOTE)]
# Headers a view sets that the kept page must carry again; the middleware adds its own to every response.
KEPT_HEADERS = ("Content-Type", "Vary", "Content-Disposition", "Cache-Control")


def public_page[**P](
    view: Callable[P, HttpResponse] | None = None, *, tables: Iterable[str] = ()
) -> Any:
    """Serve an anonymous visitor's GET of `view` from the page cache, and keep what it answers (200s only).

    A page made only of some tables names them (`@public_page(tables=[...])`): it is then kept until one of
    those changes, not until any write readers could see (the type-ahead's speakers outlive quote edits)."""
    if view is None:
        return lambda view: public_page(view, tables=tables)
    tables = tuple(tables)

    @wraps(view)
    def wrapped(request: HttpRequest, *args: P.args, **kwargs: P.kwargs) -> HttpResponse:
        if not _anonymous_read(request):
            return view(request, *args, **kwargs)
        return _kept_or_made(request, _page_key(request), tables, lambda: view(request, *args, **kwargs))

    return wrapped


def editors_page[**P](view: Callable[P, HttpResponse]) -> Callable[P, HttpResponse]:
    """Keep a desk page (under `editor_required`) for the editor who asked, until any write to what it shows.

    The same editor asks for the same few pages again and again (the queue's tabs and filters, back to an
    article) between edits, and a desk page is the costliest page to make. It is kept under the editor's own
    key (who they are decides the page's header), never served to anyone else, and made again after any
    write to the quotes tables, so an edit -- theirs or a colleague's -- shows at once. It holds a placeholder
    where each request's CSRF token goes: the token a page is served with is always the request's own."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: P.args, **kwargs: P.kwargs) -> HttpResponse:
        if not _editor_read(request):
            return view(request, *args, **kwargs)
        request.keeping_for_editor = True  # a page made now holds the token's placeholder (`page_context`)
        key = _page_key(request, for_user=_who(request.user))
        response = _kept_or_made(request, key, (), lambda: view(request, *args, **kwargs))
        if not response.streaming:
            response.content = response.content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
        return response

    return wrapped


def _kept_or_made(
    request: HttpRequest, key: str, tables: tuple[str, ...], make: Callable[[], HttpResponse]
) -> HttpResponse:
    """The page kept under `key` while no version it was filed under has risen; else `make()`, kept when it can be
    (filed under `tables`' versions, or everything's, or what the view said it shows: `shows_one_speaker`)."""
    filed_under = _table_keys(tables) or [VERSION_KEY]
    # editors see every change at once; readers' whole-content pages may lag (NEWSDESK_PAGE_LAG_S)
    versions, kept = _versions_and_page(filed_under, key, lag=not getattr(request, "keeping_for_editor", False))
    if kept is not None and _still_current(kept, versions):
        response = HttpResponse(kept[2], headers=kept[3])
    else:
        request.page_versions = versions  # what the view may add to (`shows_one_speaker`)
        response = make()
        if _keepable(request, response):
            filed_under = getattr(request, "page_filed_under", filed_under)
            headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
            made_under = tuple(versions[name] for name in filed_under)
            cache.set(key, (tuple(filed_under), made_under, response.content, headers), settings.NEWSDESK_PAGE_CACHE_S)
    # A kept page never touches the session, so say here that a visitor with another session gets another page.
    patch_vary_headers(response, ("Cookie",))
    return response


def page_context(request: HttpRequest) -> dict[str, Any]:
    """A context processor: while a page is made to be kept for an editor, its CSRF token is a placeholder."""
    return {"csrf_token": CSRF_PLACEHOLDER} if getattr(request, "keeping_for_editor", False) else {}


def _editor_read(request: HttpRequest) -> bool:
    return (
        settings.NEWSDESK_PAGE_CACHE_S > 0
        and request.method in ("GET", "HEAD")
        and request.user.is_authenticated
        and not len(get_messages(request))  # a pending message is shown on the next page, once
    )


def _who(user: Any) -> tuple:
    """What of the editor a desk page shows: their name, and the links their permissions give."""
    return (user.pk, user.get_username(), user.is_staff, user.is_staff or user.has_perm("quotes.add_importbatch"))


def _anonymous_read(request: HttpRequest) -> bool:
    return (
        settings.NEWSDESK_PAGE_CACHE_S > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES  # a pending message is shown on the next page, once
    )


def _keepable(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        # a reader's page asked for a CSRF token: it holds something of this visitor's (an editor's holds the
        # placeholder instead)
        and (getattr(request, "keeping_for_editor", False) or not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
    )


def _page_key(request: HttpRequest, for_user: tuple = ()) -> str:
    htmx = request.headers.get("HX-Request", ""), request.headers.get("HX-History-Restore-Request", "")
    address = (request.scheme, request.get_host(), request.get_full_path(), htmx)
    made_with = (_code_version(), settings.NEWSDESK_DISPLAY_THRESHOLD)  # what readers are shown is a setting
    digest = hashlib.blake2b(repr((address, made_with, for_user)).encode(), digest_size=16).hexdigest()
    return f"page-for-{for_user[0]}:{digest}" if for_user else f"page:{digest}"


def _still_current(kept: tuple, versions: dict[str, int]) -> bool:
    """Whether a kept page shows every write up to `versions` (looked up now; those it was filed under and the
    request has not looked up yet are looked up here). Versions only rise, and a page is made from rows read
    after its versions were looked up, so a page kept under later versions (by a process that looked a moment
    later) is as good as one made now."""
    filed_under, made_under = kept[0], kept[1]
    if unknown := [name for name in filed_under if name not in versions]:
        versions.update(zip(unknown, _versions(unknown)[0]))
    return all(made >= versions[name] for name, made in zip(filed_under, made_under))


def shows_one_speaker(request: HttpRequest, speaker_id: int) -> None:
    """Say that the page being made shows only this speaker's quotes (a search by speaker, a speaker page), before
    reading them: it is then kept until a write to this speaker's quotes, or to the quotes or speakers without
    naming theirs, or to the articles and sources -- not until any edit of anyone's quote."""
    _shows_only(request, _table_keys(ONE_SPEAKERS_PAGE), _table_keys([_of_speaker(speaker_id)])[0])


def _shows_only(request: HttpRequest, filed_under: list[str], own: str) -> None:
    versions = getattr(request, "page_versions", None)
    if versions is None or any(name not in versions for name in filed_under):
        return  # not a page being kept, or one filed under a lagging version
    versions[own] = _versions([own])[0][0]
    request.page_filed_under = [*filed_under, own]


def shows_one_article(request: HttpRequest, article_id: int) -> None:
    """Say that the page being made shows only this article and its quotes (the desk's article view, a quote's
    permalink), before reading them: it is then kept until a write to this article's quotes, or to the quotes
    without naming their article, to the articles, sources or speakers' names."""
    _shows_only(request, _table_keys(ONE_ARTICLES_PAGE), _table_keys([_of_article(article_id)])[0])


def shows_found_quotes(request: HttpRequest, quote_ids: Iterable[int], found_by: Iterable[str]) -> None:
    """Say, after reading them, which quotes the page being made shows of those a search found by these aspects
    (`QUOTE_ASPECTS`: by words, "text"; by kind, "kind"...; every search, "visible"), not by speaker. The page is
    then kept until a write to one of these quotes, or one that changes an aspect it found them by in any quote
    (a rejection, a fixed span, a new quote), or to what every page shows -- not until any edit of any quote.

    The quotes' versions are looked up after their rows were read: an edit that named its quotes in between would
    leave a page of the old rows under the new versions, so then the page is kept as any page is. Where readers may
    see a change late (NEWSDESK_PAGE_LAG_S), such pages lag as every page of everything does."""
    versions = getattr(request, "page_versions", None)
    if settings.NEWSDESK_PAGE_LAG_S > 0:
        return
    table = BY_QUOTE[0]
    filed_under = _table_keys([*FOUND_QUOTES_PAGE, *(_aspect(table, aspect) for aspect in found_by)])
    race = _table_keys([_named_quotes(table)])[0]
    if versions is None or any(name not in versions for name in [*filed_under, race]):
        return
    own = _table_keys(dict.fromkeys(map(_of_quote, quote_ids)))
    now = _look_up_afresh([race, *own])
    if now[0] != versions[race]:
        return
    versions.update(zip(own, now[1:]))
    request.page_filed_under = [*filed_under, *own]


_lagging = {"version": 0, "until": 0.0}


def _versions_and_page(filed_under: list[str], key: str, lag: bool = True) -> tuple[dict[str, int], Any]:
    """The versions a page may be filed under (every one this request knows), and what the cache keeps under
    `key`, in one round trip.

    For a page of everything readers see, with NEWSDESK_PAGE_LAG_S, the content version is one looked up at most
    that long ago by this process: under a steady stream of edits (one a second) pages would otherwise be made
    afresh for nearly every reader, and a newsroom may let the public see a change some seconds late (editors
    always see it at once)."""
    lag_s = settings.NEWSDESK_PAGE_LAG_S
    lagging = lag and filed_under == [VERSION_KEY] and lag_s > 0
    now = time.monotonic()
    if lagging and now < _lagging["until"]:
        return {VERSION_KEY: _lagging["version"]}, cache.get(key)
    own, found = _versions(filed_under, also=[key])
    versions = {**dict(zip(filed_under, own)), **(getattr(_this_request, "versions", None) or {})}
    if lagging:
        _lagging.update(version=versions[VERSION_KEY], until=now + lag_s)
    return versions, found.get(key)


def content_version() -> int:
    """The version of everything readers see: raised by every write to any of their tables."""
    return _versions([VERSION_KEY])[0][0]


def tables_version(tables: Iterable[str]) -> tuple[int, ...]:
    """The versions of these tables alone: raised only by writes to them (the sources, say, rarely change)."""
    return tuple(_versions(_table_keys(tables))[0])


def _table_keys(tables: Iterable[str]) -> list[str]:
    return [f"{VERSION_KEY}:{table}" for table in tables]


def _keys_for(tables: Iterable[str], speaker_id: int | None) -> list[str]:
    """Keys for what is made of these tables: for one speaker's rows only, the speaker's own key instead of the
    tables' that every speaker's edits raise."""
    if speaker_id is None:
        return _table_keys(tables)
    return _table_keys([*(_any_speaker(t) if t in BY_SPEAKER else t for t in tables), _of_speaker(speaker_id)])


def _filed_under(tables: Iterable[str], speaker_id: int | None = None) -> str:
    """The version a key is filed under: of `tables` (for one speaker's rows of them) when named, else of
    everything readers see."""
    return "-".join(map(str, _versions(_keys_for(tables, speaker_id) or [VERSION_KEY])[0]))


# Versions looked up during the request this thread is serving: a page asks for several (its own, the source
# list's, the speaker its address names), and each round trip to Redis is ~0.3 ms. Looked up together on the
# first ask, and forgotten when the thread writes (content_changed) and when the request ends.
_this_request = threading.local()


def request_started(**kwargs: Any) -> None:
    _this_request.versions = {}


def request_finished(**kwargs: Any) -> None:
    _this_request.versions = None


def _versions(keys: list[str], also: Iterable[str] = ()) -> tuple[list[int], dict[str, Any]]:
    """The versions under `keys`, and whatever the cache holds under the `also` keys, in one round trip; the
    thread's own writes raise them first."""
    _raise_for_own_writes()
    return _look_up(keys, also)


def _look_up(keys: list[str], also: Iterable[str] = ()) -> tuple[list[int], dict[str, Any]]:
    known = getattr(_this_request, "versions", None)
    if known is None:  # outside a request: looked up every time
        known, wanted = {}, list(keys)
    else:
        wanted = [key for key in (*_all_version_keys(), *keys) if key not in known] if set(keys) - known.keys() else []
    also = list(also)
    found = cache.get_many(wanted + also) if wanted or also else {}
    found |= _started([key for key in wanted if key not in found])
    known.update((key, found[key]) for key in wanted)
    return [known[key] for key in keys], {key: found[key] for key in also if key in found}


def _look_up_afresh(keys: list[str]) -> list[int]:
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
    return cache.get_many(lost)


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
    for key in [VERSION_KEY, *_table_keys(tables)]:
        try:
            cache.incr(key)
        except ValueError:  # not there (yet): any new start is past every version pages were kept under
            _look_up([key])
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
            names |= set(map(_of_speaker, self.speakers)) if self.speakers is not None else {_any_speaker(table)}
        if table in BY_ARTICLE:
            names |= set(map(_of_article, self.articles)) if self.articles is not None else {_any_article(table)}
        if table in BY_QUOTE:
            if self.quotes is None:
                names.add(_any_quote(table))
            else:
                names |= {*map(_of_quote, self.quotes), _named_quotes(table)}
                names |= {_aspect(table, aspect) for aspect in self.aspects}
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
    from quotes.models import Article, Quote, Source, Speaker, SpeakerAlias, SpeakerWord

    return frozenset(model._meta.db_table for model in (Article, Quote, Source, Speaker, SpeakerAlias, SpeakerWord))


@cache_in_process
def _all_version_keys() -> tuple[str, ...]:
    found = [*FOUND_QUOTES_PAGE, *map(_named_quotes, BY_QUOTE)]
    found += [_aspect(table, aspect) for table in BY_QUOTE for aspect in QUOTE_ASPECTS]
    every = [VERSION_KEY, *_table_keys([*sorted(_public_tables()), *ONE_SPEAKERS_PAGE, *ONE_ARTICLES_PAGE, *found])]
    return tuple(dict.fromkeys(every))


@cache_in_process
def _quote_versions_prefix() -> str:
    return _table_keys([_of_quote(0)])[0].removesuffix("0")


@cache_in_process
def _code_version() -> str:
    """The templates and code the pages were made with: a deployment's new pages are not mixed with old ones."""
    root = Path(settings.BASE_DIR)
    files = [*root.glob("templates/**/*.html"), *root.glob("quotes/**/*.py")]
    stamps = sorted((str(path.relative_to(root)), path.stat().st_mtime_ns, path.stat().st_size) for path in files)
    return hashlib.blake2b(repr(stamps).encode(), digest_size=8).hexdigest()
