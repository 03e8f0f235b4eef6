#!/usr/bin/env python
"""What a page costs to make in one process, with no server and no load: per endpoint, the milliseconds a page
takes the first time (every cache emptied), how much of that was this process's own CPU time (`cpu`: on a machine
other work shares, a steadier figure than the clock's) and how much the database's (`db`: the driver's wait;
`db cpu`: the CPU the PostgreSQL server process spent, read from /proc when it runs here); asked for again (`again`:
the database's buffers and the process's own memos warm), and after an edit of a quote it may not show.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk_bench .venv/bin/python bench/pages.py
    DATABASE_URL=... .venv/bin/python bench/pages.py --only "review queue" --profile   # where the time goes
    DATABASE_URL=... .venv/bin/python bench/pages.py --long-tail   # any speaker, quote, article, words

Uses the addresses bench/web.py loads the server with (run bench/make_corpus.py first). Under load, 16 clients
share two cores: a page that costs c ms of CPU the first time waits for about 8 c ms.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
os.environ.update({"DEBUG": "0", "SECRET_KEY": "bench-only-secret-key-for-load-tests", "ALLOWED_HOSTS": "testserver"})
os.environ.setdefault("CACHE_URL", "redis://127.0.0.1:6379/3")

import web  # noqa: E402  (bench/web.py: the same addresses and editors' sessions)


def server_cpu_s(connection) -> float | None:  # noqa: ANN001
    """The CPU seconds the PostgreSQL backend serving `connection` has used (a server on this machine, Linux), so
    that a page's whole cost, ours and the database's, reads the same on a loaded machine; None elsewhere."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


class DatabaseTime:
    """An execute wrapper adding up the time spent in the database driver."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.queries = 0

    def __call__(self, execute, sql, params, many, context):  # noqa: ANN001, ANN204
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.queries += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=30, help="addresses per endpoint")
    parser.add_argument("--only", help="comma-separated endpoint names")
    parser.add_argument("--profile", action="store_true", help="print where the first makes spend their time")
    parser.add_argument("--long-tail", action="store_true",
                        help="addresses drawn uniformly from the whole corpus (bench/web.py --long-tail)")
    args = parser.parse_args()

    paths, cookies = web.long_tail_paths(editors=1) if args.long_tail else web.sample_paths(editors=1)
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from redis import Redis

    from quotes.models import Quote
    from quotes.services import editing

    # the quotes bench/web.py's editor changes: the newest public ones, far from most pages' quotes
    editable = itertools.cycle(Quote.objects.public().order_by("-id").values_list("id", flat=True)[1000:5000:7])
    reader, editor = Client(), Client()
    editor.cookies.load(cookies[0])
    names = args.only.split(",") if args.only else [name for name in paths if name != "api index"]
    timer = DatabaseTime()
    profile = cProfile.Profile() if args.profile else None
    print(f"{connection.vendor}, {args.pages} addresses per endpoint ({'long tail' if args.long_tail else 'pools'}); "
          f"ms per page (mean, p90); queries per page; load average {os.getloadavg()[0]:.2f}")
    print(f"{'endpoint':20} {'first':>8} {'p90':>7} {'cpu':>7} {'db':>7} {'db cpu':>7} {'queries':>8} {'again':>7} "
          f"{'edited':>7}")
    for name in names:
        urls = paths[name][: args.pages]
        client = editor if urls[0].startswith("/desk/") else reader
        client.get(urls[-1])  # templates compiled, connections open
        Redis.from_url(os.environ["CACHE_URL"]).flushdb()
        caches["local"].clear()
        first, database, queries, cpu = [], 0.0, 0, 0.0
        server_started = server_cpu_s(connection)
        with connection.execute_wrapper(timer):
            for url in urls:
                timer.seconds, timer.queries = 0.0, 0
                if profile:
                    profile.enable()
                started, cpu_started = time.perf_counter(), time.process_time()
                response = client.get(url)
                first.append(time.perf_counter() - started)
                cpu += time.process_time() - cpu_started
                if profile:
                    profile.disable()
                assert response.status_code == 200, (url, response.status_code)
                database += timer.seconds
                queries += timer.queries
        server = server_cpu_s(connection)
        server_ms = f"{(server - server_started) * 1000 / len(urls):7.1f}" if server is not None else f"{'':7}"
        again, edited = [], []
        for url in urls:
            started = time.perf_counter()
            client.get(url)
            again.append(time.perf_counter() - started)
        for url in urls:
            quote = editing.current(next(editable))
            editing.change_kind(quote, "indirect" if quote.kind == "direct" else "direct", None)
            started = time.perf_counter()
            client.get(url)
            edited.append(time.perf_counter() - started)
        ms = [s * 1000 for s in first]
        print(f"{name:20} {statistics.mean(ms):8.1f} {sorted(ms)[int(len(ms) * 0.9)]:7.1f} "
              f"{cpu * 1000 / len(urls):7.1f} {database * 1000 / len(urls):7.1f} {server_ms} {queries / len(urls):8.1f} "
              f"{statistics.mean(again) * 1000:7.1f} "
              f"{statistics.mean(edited) * 1000:7.1f}", flush=True)
    if profile:
        pstats.Stats(profile).sort_stats(os.environ.get("PROFILE_SORT", "cumulative")).print_stats(int(os.environ.get("PROFILE_ROWS", "45")))


if __name__ == "__main__":
    main()
