#!/usr/bin/env python
"""Benchmark: one large import shared by several task workers, with db_worker and with RQ, on PostgreSQL.

    .venv/bin/python bench/distributed_import.py                        # 5,000 articles; 1 and 2 workers
    .venv/bin/python bench/distributed_import.py --articles 500 --workers 1,2,3 --modes db,rq
    .venv/bin/python bench/distributed_import.py --database-url postgres://postgres@127.0.0.1:5432/other

For each queue (`db`: django-tasks-db's `manage.py db_worker`; `rq`: our `quotes.rq_backend.RQBackend` and
`manage.py rq_worker` with Redis on 127.0.0.1:6379) and each worker count, it empties the database, stores the
generated JSON Lines file as an uploaded batch, splits it into chunks (one queued task per chunk), starts the
workers in burst mode and times them until the batch is done. Then it checks the result by counts: every
article stored once, every chunk done at its first attempt, the same number of quotes as every other run (the
extractor is deterministic: a lost or repeated chunk would change it) and each speaker's count matching its
quotes. The database is emptied first: give it one of its own (default `newsdesk_dist`, created if missing).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/newsdesk_dist"
REDIS_URL = "redis://127.0.0.1:6379/0"
PREFIX = "newsdesk-bench-"


def jsonl(n: int, seed: int) -> bytes:
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = []
    for i, text in enumerate(module.corpus(n, seed)):
        site, headline, *body = text.split("\n\n")
        lines.append(json.dumps({"title": headline, "body": "\n\n".join(body[:-1]), "source": site,
                                 "url": f"https://bench.example/{i}"}))
    return ("\n".join(lines) + "\n").encode()


def ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as con:
        if not con.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            con.execute(f'CREATE DATABASE "{name}"')


def empty_database() -> None:
    from django_tasks_db.models import DBTaskResult

    from quotes.models import Article, ImportBatch, Quote, QuoteRevision, Source, Speaker

    for model in (QuoteRevision, Quote, Article, ImportBatch, Speaker, Source, DBTaskResult):
        model.objects.all().delete()


def worker_command(mode: str, n: int) -> list[str]:
    manage = [sys.executable, "manage.py"]
    if mode == "db":
        return [*manage, "db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload",
                "--worker-id", f"bench-{n}"]
    return [*manage, "rq_worker", "--burst", "--url", REDIS_URL, "--prefix", PREFIX, "--worker-id", f"bench-{n}"]


def run(mode: str, workers: int, data: bytes, chunk_size: int) -> dict:
    from django.db.models import Count, F, Q
    from django.test.utils import override_settings
    from django_tasks_db.models import DBTaskResult

    from quotes.models import Article, ImportBatch, ImportUpload, Quote, Speaker
    from quotes.rq_backend import rq_queue
    from quotes.services import batches

    empty_database()
    queue = rq_queue(REDIS_URL, PREFIX + "default")
    if mode == "rq":
        queue.empty()  # jobs left by an interrupted run
    backend = ({"BACKEND": "django_tasks_db.DatabaseBackend"} if mode == "db" else
               {"BACKEND": "quotes.rq_backend.RQBackend", "OPTIONS": {"URL": REDIS_URL, "PREFIX": PREFIX}})
    with override_settings(TASKS={"default": backend}):
        batch = ImportBatch.objects.create(source_name="Bench", files=["bench.jsonl"])
        ImportUpload.objects.create(batch=batch, name="bench.jsonl", size=len(data), data=data)
        t0 = time.perf_counter()
        chunks = batches.plan_batch(batch.pk, chunk_size=chunk_size)  # reads the file, queues one task per chunk
        plan_s = time.perf_counter() - t0
    queued = DBTaskResult.objects.count() if mode == "db" else queue.count
    print(f"    planned {chunks} chunks, {queued} tasks queued", flush=True)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("NEWSDESK_TASK_BACKEND", None)
    t0 = time.perf_counter()
    procs = [subprocess.Popen(worker_command(mode, n), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for n in range(1, workers + 1)]
    errors = []
    for proc in procs:
        _, err = proc.communicate()
        errors.append(err[-2000:])
        if proc.returncode:
            raise SystemExit(f"a {mode} worker failed:\n{err[-3000:]}")
    seconds = time.perf_counter() - t0
    batch.refresh_from_db()
    work = batch.chunks.exclude(number=0)
    miscounted = Speaker.objects.annotate(n=Count("quotes", filter=~Q(quotes__status="rejected"))).exclude(
        quote_count=F("n"))
    return {
        "mode": mode, "workers": workers, "chunks": chunks, "plan_s": plan_s, "seconds": seconds,
        "status": batch.status, "created": batch.created, "articles": Article.objects.count(),
        "distinct_urls": Article.objects.values("url").distinct().count(), "quotes": Quote.objects.count(),
        "quotes_found": batch.quotes_found, "retried_chunks": work.exclude(attempts=1).count(),
        "open_chunks": work.exclude(status="done").count(),
        "claimed_by": len(set(work.exclude(claimed_by="").values_list("claimed_by", flat=True))),
        "miscounted_speakers": miscounted.count(), "worker_errors": [e for e in errors if e.strip()],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--chunk-size", type=int, default=50)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--modes", default="db,rq", help="db (db_worker), rq (RQ workers), or both")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--database-url", default=DEFAULT_DB)
    args = parser.parse_args()
    ensure_database(args.database_url)
    os.environ.update({"DATABASE_URL": args.database_url, "DJANGO_SETTINGS_MODULE": "newsdesk.settings",
                       "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only")})
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    data = jsonl(args.articles, args.seed)
    print(f"{args.articles:,} articles ({len(data) / 1e6:.1f} MB of JSON Lines), chunks of {args.chunk_size}, "
          f"load average {os.getloadavg()[0]:.2f} at start", flush=True)
    rows = []
    for mode in args.modes.split(","):
        for workers in map(int, args.workers.split(",")):
            row = run(mode, workers, data, args.chunk_size)
            rows.append(row)
            ok = (row["status"] == "done" and row["articles"] == row["created"] == row["distinct_urls"] == args.articles
                  and row["quotes"] == row["quotes_found"] == rows[0]["quotes"] and not row["retried_chunks"]
                  and not row["open_chunks"] and not row["miscounted_speakers"])
            row["ok"] = ok
            if not ok:
                print(f"    {row}", flush=True)
            print(f"{mode:>3} x{workers}: {row['articles']:,} articles, {row['quotes']:,} quotes in "
                  f"{row['seconds']:.1f}s = {args.articles / row['seconds']:.1f} articles/s "
                  f"({row['claimed_by']} workers took chunks; exactly once: {'yes' if ok else 'NO'})", flush=True)
    print(f"\n{'queue':6} " + " ".join(f"{f'{w} worker(s)':>14}" for w in args.workers.split(",")))
    for mode in args.modes.split(","):
        cells = [f"{args.articles / r['seconds']:9.1f} art/s" for r in rows if r["mode"] == mode]
        print(f"{mode:6} " + " ".join(f"{c:>14}" for c in cells))
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    if not all(r["ok"] for r in rows):
        raise SystemExit("some run lost or repeated work: see the lines above")


if __name__ == "__main__":
    main()
