#!/usr/bin/env python
"""Load-test the site as deployed: gunicorn with DEBUG off, wrk on loopback, per endpoint and mixed.

    DATABASE_URL=sqlite:////tmp/newsdesk_bench.sqlite3 DEBUG=1 .venv/bin/python bench/make_corpus.py   # once
    DATABASE_URL=sqlite:////tmp/newsdesk_bench.sqlite3 .venv/bin/python bench/web.py   # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk_bench .venv/bin/python bench/web.py

Needs Debian's wrk (`apt-get install wrk`). Prints requests/s, p50, p95, p99 and errors per endpoint.
`--long-tail`: addresses drawn uniformly from the whole corpus (`long_tail_paths`), the headline figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
SECRET = "bench-only-secret-key-for-load-tests"

REPORT_LUA = r"""
local paths = {%(paths)s}
local cookies = {%(cookies)s}
local threads = 0
function setup(thread)  -- each wrk thread starts at its own place in the list
  thread:set("offset", threads * 7919)
  threads = threads + 1
end
function init(args) n = offset or 0 end
request = function()
  n = n + 1
  local path = paths[(n %% #paths) + 1]
  local headers = {}
  -- readers are anonymous; only the desk's pages carry a session, of one editor after another
  if #cookies > 0 and string.sub(path, 1, 6) == "/desk/" then headers["Cookie"] = cookies[(n %% #cookies) + 1] end
  return wrk.format("GET", path, headers)
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
               + summary.errors.status + summary.errors.timeout
  io.write(string.format('{"requests": %%d, "seconds": %%f, "p50": %%f, "p95": %%f, "p99": %%f, "errors": %%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors))
end
"""


@contextmanager
def serving(workers: int = 4, worker_class: str = "sync", threads: int = 1) -> Iterator[str]:
    """The site under gunicorn on a free loopback port, as deployed (the environment's settings): its address,
    once it answers."""
    port = free_port()
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "newsdesk.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(workers),
         "-k", worker_class, "--threads", str(threads), "--log-level", "warning"],
        cwd=ROOT, env={**os.environ},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sample_paths(editors: int) -> tuple[dict[str, list[str]], list[str]]:
    """Real ids and words from the corpus, and the session cookies of `editors` logged-in editors."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore

    from quotes.models import Article, Quote, Source, Speaker

    if not Quote.objects.exists():
        raise SystemExit("The database has no quotes: run bench/make_corpus.py first.")
    # Wide pools, visited in a shuffled round: a cache sees each address a few times in a run, not hundreds.
    rng = random.Random(7)
    top = list(Speaker.objects.filter(merged_into__isnull=True).order_by("-quote_count")[:2000])
    speakers = top[:50] + rng.sample(top[50:], 250)  # the most quoted are asked for most
    newest = Quote.objects.public().order_by("-id").values_list("id", flat=True)[:20000]
    quote_ids = rng.sample(list(newest), 500)
    article_ids = rng.sample(list(Article.objects.order_by("-id").values_list("id", flat=True)[:5000]), 300)
    sources = list(Source.objects.values_list("id", flat=True)[:20])
    words = [
        "budget", "school hospital", "water strike", "peace talks", "climate flood", "tax", "election", "police",
        "housing", "rebuild", '"we will"', "vaccine", "court ruling", "ceasefire", "bridge", "minister", "jobs",
        "prices", "energy", "border", "talks -peace", "hospital OR clinic", "storm", "teachers", "airport",
    ]
    # the last word that is a word ("Ahmed" in "Sven Ahmed-15584": the corpus numbers its namesakes)
    surnames = [parts[-1] for s in speakers if (parts := [w for w in re.split(r"[\s-]+", s.name) if w.isalpha()])]
    cookies = []
    for n in range(editors):  # several editors at the desk: each has their own kept desk pages
        editor, _ = User.objects.get_or_create(username=f"bench-editor-{n}", defaults={"is_staff": True})
        session = SessionStore()
        session[SESSION_KEY] = str(editor.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = editor.get_session_auth_hash()
        session.save()
        cookies.append(f"sessionid={session.session_key}")
    paths = {
        "search by speaker": [f"/quotes/?speaker={s.slug}" for s in speakers]
        + [f"/quotes/?speaker={s.slug}&page=2" for s in speakers[:50]],
        "full-text search": [f"/quotes/?q={quote_plus(w)}" for w in words]
        + [f"/quotes/?q={quote_plus(w)}&page=2" for w in words[:10]],
        # a type-ahead asks for the ten most quoted matches, not the API's default page of 50
        "speaker type-ahead": [f"/api/speakers/?who={quote_plus(name[:n])}&per_page=10"
                               for name in surnames for n in (3, 5)],
        "speaker page": [f"/speakers/{s.slug}/" for s in speakers],
        "quote permalink": [f"/quotes/{pk}/" for pk in quote_ids],
        "api quotes": ["/api/quotes/", *(f"/api/quotes/?speaker={s.slug}" for s in speakers[:100]),
                       *(f"/api/quotes/?q={quote_plus(w)}" for w in words)],
        "review queue": ["/desk/", "/desk/?status=auto&kind=direct", "/desk/?status=all", "/desk/?status=confirmed",
                         *(f"/desk/?source={pk}" for pk in sources),
                         *(f"/desk/?speaker={s.pk}&status=all" for s in speakers[:50])],
        "desk article": [f"/desk/articles/{pk}/" for pk in article_ids],
        "api index": ["/api/"],  # no database: what gunicorn, Django's middleware and wrk cost on their own
    }
    for urls in paths.values():
        rng.shuffle(urls)
    return paths, cookies


def long_tail_paths(editors: int, size: int = 3000) -> tuple[dict[str, list[str]], list[str]]:
    """Addresses drawn uniformly from the whole corpus, as real traffic asks for them: any speaker with a public
    quote (of ~50,000), any public quote, any article, two or three words of the corpus's vocabulary, the queue
    of any speaker. `size` addresses per endpoint, so that in a 12 s pass almost none is asked for twice and
    nearly every page is made from nothing (what the kept-page figures of `sample_paths` leave out)."""
    import django

    django.setup()
    from django.db.models import Max, Min

    from quotes.models import Article, Quote, Speaker

    paths, cookies = sample_paths(editors)  # the editors' sessions, and "api index"
    rng = random.Random(18)
    live = list(Speaker.objects.for_readers().values_list("pk", "slug", "name"))
    speakers = rng.sample(live, min(size, len(live)))

    def uniform_ids(model: type, public: bool) -> list[int]:
        """`size` ids drawn uniformly from the id range: for each random id, the first row at or after it."""
        bounds = model.objects.aggregate(lo=Min("pk"), hi=Max("pk"))
        rows = Quote.objects.public() if public else model.objects.all()
        ids = []
        for n in sorted(rng.randint(bounds["lo"], bounds["hi"]) for _ in range(size)):
            if (found := rows.filter(pk__gte=n).order_by("pk").values_list("pk", flat=True).first()) is not None:
                ids.append(found)
        return ids

    quote_ids, article_ids = uniform_ids(Quote, public=True), uniform_ids(Article, public=False)
    # the vocabulary of quotes drawn from the whole corpus; each search two or three of its words, uniformly
    texts = Quote.objects.filter(pk__in=quote_ids[:500]).values_list("text", flat=True)
    vocabulary = sorted({word.lower() for text in texts for word in re.findall(r"[A-Za-z]{3,}", text)})
    words = [" ".join(rng.sample(vocabulary, rng.choice((2, 3)))) for _ in range(size)]
    surnames = [parts[-1] for _, _, name in speakers if (parts := [w for w in re.split(r"[\s-]+", name) if w.isalpha()])]
    paths |= {
        "search by speaker": [f"/quotes/?speaker={slug}" for _, slug, _ in speakers],
        "full-text search": [f"/quotes/?q={quote_plus(w)}" for w in words],
        "speaker type-ahead": [f"/api/speakers/?who={quote_plus(name[: rng.choice((3, 4, 5))])}&per_page=10"
                               for name in surnames],
        "speaker page": [f"/speakers/{slug}/" for _, slug, _ in speakers],
        "quote permalink": [f"/quotes/{pk}/" for pk in quote_ids],
        "api quotes": [f"/api/quotes/?speaker={slug}" for _, slug, _ in speakers],
        "review queue": [f"/desk/?speaker={pk}" + ("&status=all" if n % 2 else "") for n, (pk, _, _) in enumerate(speakers)],
        "desk article": [f"/desk/articles/{pk}/" for pk in article_ids],
    }
    for name, urls in paths.items():
        if name != "api index":
            rng.shuffle(urls)
    return paths, cookies


def wrk(base: str, paths: list[str], cookies: list[str], seconds: int, connections: int) -> dict:
    script = REPORT_LUA % {"paths": ", ".join(json.dumps(p) for p in paths), "cookies": ", ".join(map(json.dumps, cookies))}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", f.name, base],
        capture_output=True, text=True, check=True,
    ).stdout
    os.unlink(f.name)
    row = json.loads(out.strip().splitlines()[-1])
    row["rps"] = row["requests"] / row["seconds"] if row["seconds"] else 0.0
    return row


class Editing(threading.Thread):
    """An editor at work while the readers read: every `interval` seconds one quote's kind is changed through the
    desk's own service (a versioned update, its revision, the speaker's count), as a busy desk does."""

    def __init__(self, per_second: float) -> None:
        super().__init__(daemon=True)
        self.interval = 1 / per_second
        self.stopped = threading.Event()
        self.edits = 0

    def run(self) -> None:
        from django.db import connection

        from quotes.models import Quote
        from quotes.services import editing

        ids = list(Quote.objects.public().order_by("-id").values_list("id", flat=True)[:5000])
        rng = random.Random(11)
        while not self.stopped.wait(self.interval):
            quote = editing.current(rng.choice(ids))
            editing.change_kind(quote, "indirect" if quote.kind == "direct" else "direct", None)
            self.edits += 1
        connection.close()


def ask_for_each(base: str, paths: list[str], cookies: list[str], clients: int) -> tuple[float, int]:
    """Ask once for every address (a desk page as every editor) that a pass may ask for, `clients` at a time: the
    seconds it took and the answers that were not 200. After the first pass, which at cold speeds may not reach
    every address in its time (the mixed workload's thousands), so that the steady pass asks for pages the site
    has made before."""
    asks = [(path, cookie) for path in paths for cookie in (cookies if path.startswith("/desk/") else [""])]

    def ask(path_and_cookie: tuple[str, str]) -> bool:
        path, cookie = path_and_cookie
        request = urllib.request.Request(base + path, headers={"Cookie": cookie} if cookie else {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
                return response.status == 200
        except OSError:  # HTTPError included
            return False

    started = time.monotonic()
    with ThreadPoolExecutor(clients) as pool:
        answered = list(pool.map(ask, asks))
    return time.monotonic() - started, answered.count(False)


def empty_the_cache(cache_url: str) -> None:
    """Empty the shared cache (with a per-process cache, only a new server would)."""
    if cache_url:
        from redis import Redis

        Redis.from_url(cache_url).flushdb()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=15, help="per endpoint")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker (gthread only)")
    # sync workers take a connection only when free; gthread workers keep the keep-alive connections they
    # accepted, so a busy worker's clients queue while another idles (p95 2-3x the median instead of ~1.3x)
    parser.add_argument("--worker-class", default="sync", choices=["sync", "gthread"])
    parser.add_argument("--only", help="comma-separated endpoint names")
    parser.add_argument("--editors", type=int, default=4, help="editors taking turns at the desk's pages")
    parser.add_argument("--cache-url", default="redis://127.0.0.1:6379/2",
                        help="the shared cache (sessions), emptied first ('' for each process's own)")
    parser.add_argument("--edits-per-s", type=float, default=0,
                        help="quotes changed per second while the pages are read")
    parser.add_argument("--long-tail", action="store_true",
                        help="addresses drawn uniformly from the whole corpus, one pass each (pages made, not kept)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk")

    os.environ.update({"SECRET_KEY": SECRET, "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1", "CACHE_URL": args.cache_url})
    paths, cookies = long_tail_paths(args.editors) if args.long_tail else sample_paths(args.editors)
    from django.db import connection

    vendor = connection.vendor
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    with serving(args.workers, args.worker_class, args.threads) as base:
        names = args.only.split(",") if args.only else list(paths)
        print(f"{vendor}, {args.connections} connections, gunicorn {args.worker_class} {args.workers}x{args.threads}, "
              f"{args.seconds}s per endpoint, cache {args.cache_url or 'per process'}, "
              f"{args.edits_per_s:g} edits/s, {args.editors} editors, "
              f"{'long tail' if args.long_tail else 'address pools'}, "
              f"load average {os.getloadavg()[0]:.2f} at start")
        print("addresses per endpoint: " + ", ".join(f"{name} {len(urls)}" for name, urls in paths.items()))
        print(f"{'endpoint':22} {'pass':6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
        mixed = [p for name in names for p in paths[name] if name != "api index"]
        # Every server process compiles its templates and opens its connections on its first requests (~1 s):
        # a cost of starting, not of an empty cache, so it is paid here, before any pass is measured.
        wrk(base, [paths[name][0] for name in paths], cookies, 2, args.connections)
        editor = Editing(args.edits_per_s) if args.edits_per_s > 0 else None
        if editor:
            editor.start()
        for name in [*names, "mixed"]:
            urls = mixed if name == "mixed" else paths[name]
            # "first": the shared cache emptied and the addresses new to the database's buffers; "steady": the same
            # addresses again, once every one has been asked for (every page is made afresh either way).
            empty_the_cache(args.cache_url)
            wrk(base, ["/api/"], [], 1, args.connections)  # warm the processes and their connections only
            # the long tail: one pass, whose addresses are (nearly) all new to the caches
            for phase in ("tail",) if args.long_tail else ("first", "steady"):
                note = ""
                if phase == "steady":
                    took, failed = ask_for_each(base, urls, cookies, args.connections)
                    note = f"   (after asking for every address once: {took:.1f}s, {failed} errors)"
                row = wrk(base, urls, cookies, args.seconds, args.connections)
                print(f"{name:22} {phase:6} {row['rps']:8.1f} {row['p50']:8.1f} {row['p95']:8.1f} {row['p99']:8.1f} "
                      f"{row['errors']:7d}{note}", flush=True)
        if editor:
            editor.stopped.set()
            editor.join()
            print(f"{editor.edits} quotes changed during the run ({args.edits_per_s:g} a second)")
        print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
