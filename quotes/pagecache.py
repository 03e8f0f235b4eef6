"""Pages kept whole -- anonymous readers', and each editor's desk pages -- until a write to what they show.

Readers' pages (search, speaker pages, permalinks) and the read API show only what is in the quotes tables, and
an anonymous visitor's page holds nothing of theirs (no session, no CSRF token). Such a page is kept in the
shared cache under a digest of its address and the htmx headers that choose its template, with the content
versions it was made under (`content_versions`), and served only while none has risen since. Every write to a
table readers see raises the version of everything, so nothing is invalidated key by key and no stale page can
be served; an edit made outside Django (psql) shows within the page timeout. A view may say that its page shows
less than everything (`shows_one_speaker`, `shows_one_article`, `shows_found_quotes`): it is then filed under
the versions of what it shows, and outlives edits of other speakers', articles' and quotes'.

A reader that read the old rows just before a write committed cannot keep them under the new versions: versions
are looked up before the rows are read (or, for the quotes a page shows, checked after). It needs a cache every
server process shares (CACHE_URL): with each process's own memory a write in one would not reach the pages
another keeps, so settings turn the page cache off without one.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from functools import cache as cache_in_process
from functools import wraps
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers

from quotes.content_versions import (
    BY_QUOTE,
    FOUND_QUOTES_PAGE,
    ONE_ARTICLES_PAGE,
    ONE_SPEAKERS_PAGE,
    VERSION_KEY,
    known_this_request,
    look_up,
    look_up_afresh,
    named_quotes,
    of_article,
    of_aspect,
    of_quote,
    of_speaker,
    table_keys,
)

CSRF_PLACEHOLDER = "csrf-token-of-the-request-0123456789"  # where a kept page's (or card's) CSRF token goes
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
    filed_under = table_keys(tables) or [VERSION_KEY]
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
        versions.update(zip(unknown, look_up(unknown)[0]))
    return all(made >= versions[name] for name, made in zip(filed_under, made_under))


def shows_one_speaker(request: HttpRequest, speaker_id: int) -> None:
    """Say that the page being made shows only this speaker's quotes (a search by speaker, a speaker page), before
    reading them: it is then kept until a write to this speaker's quotes, or to the quotes or speakers without
    naming theirs, or to the articles and sources -- not until any edit of anyone's quote."""
    _shows_only(request, table_keys(ONE_SPEAKERS_PAGE), table_keys([of_speaker(speaker_id)])[0])


def _shows_only(request: HttpRequest, filed_under: list[str], own: str) -> None:
    versions = getattr(request, "page_versions", None)
    if versions is None or any(name not in versions for name in filed_under):
        return  # not a page being kept, or one filed under a lagging version
    versions[own] = look_up([own])[0][0]
    request.page_filed_under = [*filed_under, own]


def shows_one_article(request: HttpRequest, article_id: int) -> None:
    """Say that the page being made shows only this article and its quotes (the desk's article view, a quote's
    permalink), before reading them: it is then kept until a write to this article's quotes, or to the quotes
    without naming their article, to the articles, sources or speakers' names."""
    _shows_only(request, table_keys(ONE_ARTICLES_PAGE), table_keys([of_article(article_id)])[0])


def shows_found_quotes(request: HttpRequest, quote_ids: Iterable[int], found_by: Iterable[str]) -> None:
    """Say, after reading them, which quotes the page being made shows of those a search found by these aspects
    (`content_versions.QUOTE_ASPECTS`: by words, "text"; by kind, "kind"...; every search, "visible"), not by
    speaker. The page is then kept until a write to one of these quotes, or one that changes an aspect it found
    them by in any quote (a rejection, a fixed span, a new quote), or to what every page shows -- not until any
    edit of any quote.

    The quotes' versions are looked up after their rows were read: an edit that named its quotes in between would
    leave a page of the old rows under the new versions, so then the page is kept as any page is. Where readers may
    see a change late (NEWSDESK_PAGE_LAG_S), such pages lag as every page of everything does."""
    if settings.NEWSDESK_PAGE_LAG_S > 0:
        return
    versions = getattr(request, "page_versions", None)
    table = BY_QUOTE[0]
    filed_under = table_keys([*FOUND_QUOTES_PAGE, *(of_aspect(table, aspect) for aspect in found_by)])
    race = table_keys([named_quotes(table)])[0]
    if versions is None or any(name not in versions for name in [*filed_under, race]):
        return
    own = table_keys(dict.fromkeys(map(of_quote, quote_ids)))
    now = look_up_afresh([race, *own])
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
    own, found = look_up(filed_under, also=[key])
    versions = {**dict(zip(filed_under, own)), **(known_this_request())}
    if lagging:
        _lagging.update(version=versions[VERSION_KEY], until=now + lag_s)
    return versions, found.get(key)


@cache_in_process
def _code_version() -> str:
    """The templates and code the pages were made with: a deployment's new pages are not mixed with old ones."""
    root = Path(settings.BASE_DIR)
    files = [*root.glob("templates/**/*.html"), *root.glob("quotes/**/*.py")]
    stamps = sorted((str(path.relative_to(root)), path.stat().st_mtime_ns, path.stat().st_size) for path in files)
    return hashlib.blake2b(repr(stamps).encode(), digest_size=8).hexdigest()
