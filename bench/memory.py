#!/usr/bin/env python
"""Benchmark: peak memory of importing a 1 GB JSON Lines file and of exporting a million quotes.

    .venv/bin/python bench/memory.py import [--size-mb 1024] [--cap 1000]   # /tmp/newsdesk-1gb.jsonl, new SQLite
    DATABASE_URL=sqlite:////tmp/newsdesk_bench.sqlite3 .venv/bin/python bench/memory.py export
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk_bench .venv/bin/python bench/memory.py export

Each measurement runs in a child process; the parent prints the child's peak RSS from `os.wait4`'s rusage
(ru_maxrss), so nothing the parent holds is counted.

import: writes the file once (articles from bench/extraction.py's generator, each line a new URL), then the
child reads it line by line, every line parsed into an ArticleRecord as the importer does, and hands the first
--cap records to `services.imports.import_records` (the NLP, ~20 articles/s here, makes all 400,000 a matter
of hours); the rest are read and parsed but not imported, so the whole gigabyte streams through the reader.
export: the child requests /api/quotes/export.csv (every public quote, newest first) through Django's test
client with DEBUG off and consumes the streamed response, counting rows and bytes.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BIG_FILE = Path("/tmp/newsdesk-1gb.jsonl")


def write_file(path: Path, size_mb: int, seed: int = 3) -> None:
    if path.exists() and path.stat().st_size >= size_mb * 1024 * 1024:
        return
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pool = [text.split("\n\n") for text in module.corpus(2000, seed)]
    written, limit = 0, size_mb * 1024 * 1024
    with path.open("w", encoding="utf-8") as out:
        for n in itertools.count():
            site, headline, *body = pool[n % len(pool)]
            line = json.dumps({"title": f"{headline} ({n})", "body": f"Story {n}.\n\n" + "\n\n".join(body[:-1]),
                               "source": site, "url": f"https://memory.example/{n}"}) + "\n"
            out.write(line)
            written += len(line.encode())
            if written >= limit:
                break


def child_import(path: Path, cap: int) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from quotes import importers
    from quotes.services.imports import import_records

    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    # the import command's own path: JSON Lines counted, then streamed from disk line by line
    total, stream = importers.plan_paths([path], max_bytes=settings.NEWSDESK_IMPORT_MAX_BYTES)
    report = import_records(itertools.islice(stream, cap))
    imported_s = time.perf_counter() - t0
    rest = sum(1 for _ in stream)  # the rest of the file: read and parsed, not imported
    print(f"read {total:,} lines ({path.stat().st_size / 1e9:.2f} GB) in {time.perf_counter() - t0:.0f}s; "
          f"imported the first {report.created:,} articles ({report.quotes_found:,} quotes) in {imported_s:.0f}s; "
          f"{rest:,} more records parsed")


def child_export() -> None:
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    t0 = time.perf_counter()
    response = Client().get("/api/quotes/export.csv")
    rows = size = 0
    for piece in response.streaming_content:
        size += len(piece)
        rows += piece.count(b"\n")
    print(f"exported {rows - 1:,} quotes ({size / 1e6:.0f} MB of CSV) from {connection.vendor} "
          f"in {time.perf_counter() - t0:.0f}s")


def measure(args: list[str], env: dict[str, str]) -> None:
    proc = subprocess.Popen([sys.executable, __file__, *args], env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"the child failed ({proc.returncode})")
    print(f"peak RSS of the child: {usage.ru_maxrss / 1024:.0f} MB; load average {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["import", "export", "child-import", "child-export"])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--cap", type=int, default=1000, help="articles to run through the NLP (import)")
    parser.add_argument("--file", type=Path, default=BIG_FILE)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DEBUG"] = "0"  # DEBUG keeps every query in memory
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    if args.what == "child-import":
        return child_import(args.file, args.cap)
    if args.what == "child-export":
        return child_export()
    env = {**os.environ}
    if args.what == "import":
        t0 = time.perf_counter()
        write_file(args.file, args.size_mb)
        print(f"{args.file}: {args.file.stat().st_size / 1e9:.2f} GB (made in {time.perf_counter() - t0:.0f}s)")
        env["DATABASE_URL"] = os.environ.get("MEMORY_DATABASE_URL") or f"sqlite:///{tempfile.mkdtemp()}/memory.sqlite3"
        measure(["child-import", "--file", str(args.file), "--cap", str(args.cap)], env)
    else:
        measure(["child-export"], env)


if __name__ == "__main__":
    main()
