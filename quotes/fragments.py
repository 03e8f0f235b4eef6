"""Quote cards rendered once and kept in the shared cache, keyed by everything they show.

A page of results is mostly its cards: 25 reader cards are ~6 ms of template rendering, 25 desk cards (with
their forms and history) ~25 ms, and the same quotes come back on many pages (a speaker's latest quotes are
on their page, on every search for them and in the queue). The cache key is a digest of the card template's
source and of every value the card displays, so an edit, a speaker's new name or a changed template makes a
new key: nothing is ever invalidated and a stale card cannot be served. Cards holding forms are rendered with
a placeholder CSRF token, replaced by the request's own token on the way out.

Because a key's card never changes, each process also keeps the cards it used last in memory, in front of
the shared cache: under load a round trip to Redis for 25 cards cost more than rendering a few of them.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template import engines
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from quotes.pagecache import CSRF_PLACEHOLDER

CARD_TIMEOUT_S = 24 * 3600

KEPT_IN_PROCESS = 5_000  # cards of 1-4 KB: a few MB per server process

_digests: dict[str, tuple[int, str]] = {}
_recent: OrderedDict[str, str] = OrderedDict()
_recent_lock = threading.Lock()  # a server process may run several request threads


def render_cards[Item](
    request: HttpRequest,
    template_name: str,
    items: Sequence[Item],
    shown: Callable[[Item], tuple],
    context: Callable[[Item], dict[str, Any]],
    before_rendering: Callable[[list[Item]], None] | None = None,
) -> list[SafeString]:
    """Each item rendered with `template_name` and `context(item)`, from the cache where it holds the card.

    `shown(item)` must name every value the card displays; `before_rendering` loads what only a card being
    rendered needs (e.g. its history), for the cards the cache did not have.
    """
    if not items:
        return []
    prefix = f"card:{template_digest(template_name)}:"
    keys = [prefix + hashlib.blake2b(repr(shown(item)).encode(), digest_size=16).hexdigest() for item in items]
    with _recent_lock:
        found = {key: _recent[key] for key in keys if key in _recent}
    if len(found) < len(keys):
        found |= cache.get_many([key for key in keys if key not in found])
    missing = [(key, item) for key, item in zip(keys, items) if key not in found]
    if missing:
        if before_rendering is not None:
            before_rendering([item for _, item in missing])
        template = get_template(template_name)
        rendered = {key: template.render({**context(item), "csrf_token": CSRF_PLACEHOLDER}, request) for key, item in missing}
        cache.set_many(rendered, CARD_TIMEOUT_S)
        found |= rendered
    _keep(found)
    token = None
    cards = []
    for key in keys:
        html = found[key]
        # a page kept for an editor keeps the placeholder too, and is given each request's token when served
        if CSRF_PLACEHOLDER in html and not getattr(request, "keeping_for_editor", False):
            token = token or get_token(request)
            html = html.replace(CSRF_PLACEHOLDER, token)
        cards.append(mark_safe(html))  # rendered by the template engine, which escaped every value
    return cards


def _keep(cards: dict[str, str]) -> None:
    """Remember these cards in this process, forgetting the least recently used beyond KEPT_IN_PROCESS."""
    with _recent_lock:
        for key, html in cards.items():
            _recent[key] = html
            _recent.move_to_end(key)
        while len(_recent) > KEPT_IN_PROCESS:
            _recent.popitem(last=False)


def template_digest(template_name: str) -> str:
    """A digest of the source of the file that defines `template_name` (a partial's file for `file#partial`),
    read again whenever the file changes."""
    file_name = template_name.partition("#")[0]
    path = _template_path(file_name)
    stamp = os.stat(path).st_mtime_ns
    known = _digests.get(path)
    if known is None or known[0] != stamp:
        with open(path, "rb") as source:
            known = (stamp, hashlib.blake2b(source.read(), digest_size=8).hexdigest())
        _digests[path] = known
    return known[1]


def _template_path(file_name: str) -> str:
    engine = engines["django"].engine
    for loader in engine.template_loaders:
        for origin in loader.get_template_sources(file_name):
            if os.path.exists(origin.name):
                return origin.name
    raise LookupError(f"No template file {file_name} (looked in {settings.TEMPLATES[0]['DIRS']}).")
