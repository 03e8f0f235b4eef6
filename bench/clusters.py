#!/usr/bin/env python
"""Benchmark: "one statement, many outlets" -- import throughput with statement grouping off and on, and what a
statement's page costs beside a quote's alone, on a big corpus.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h20_bench .venv/bin/python bench/clusters.py
    DATABASE_URL=... .venv/bin/python bench/clusters.py --articles 200 --rounds 2 --requests 300

The database is a corpus made by bench/make_corpus.py and grouped once (`manage.py group_statements`; the script
does it when no quote is indexed yet, and says how long it took). It then imports generated articles
(bench/extraction.py's news; every third article carried by three outlets: as written, trimmed, and with words
retyped) through
the real import (spaCy, writer process), alternately with NEWSDESK_GROUP_STATEMENTS off and on, a fresh set of
articles each time, and prints articles/s for each and their ratio (target: on >= 90% of off), with the CPU
each article cost the parsing process and the writer process (which groups, beside the parser). Last it asks for
quote pages (Django's test client; every page is made afresh) of quotes in a statement
and of quotes alone, and prints the median and 95th percentile; with --load SECONDS, the same pages through
gunicorn under 16 connections (`load_test`), as bench/web.py --long-tail asks for the others. Everything it
imported is deleted at the end.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUOTED = re.compile(r"“([^”]*?)([.,!?]?)”")
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("ALLOWED_HOSTS", "localhost")


def module(name: str, filename: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / filename)
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def generator():
    return module("bench_extraction", "extraction.py")


def outlets(text: str, n: int, carried_by: int) -> list[str]:
    """One generated article as `carried_by` outlets (1 or 3) carry it: as written, with its last paragraph cut
    (its quotes trimmed with it), and retyped (a word of its quotes changed). The generator draws quotes from a
    few sentences, so each article's are made its own ("… in district 17"): otherwise every speaker of the same
    name would repeat every other's words, and nearly every quote would be a copy."""
    text = QUOTED.sub(lambda m: f"“{m.group(1)} in district {n}{m.group(2)}”", text)
    site, headline, *paras = text.split("\n\n")
    trimmed = paras[:-2] + paras[-1:]
    retyped = [p.replace(" will ", " shall ").replace(" not ", " never ") for p in paras]
    return [
        "\n\n".join([f"Wire {n}", headline, *paras]),
        "\n\n".join([f"Courier {n}", headline + " (update)", *trimmed]),
        "\n\n".join([f"Gazette {n}", headline + ", says report", *retyped]),
    ][:carried_by]


def load_test(seconds: int, connections: int = 16) -> None:
    """Statement pages under load as bench/web.py --long-tail puts the others (gunicorn, 4 sync workers, DEBUG
    off, wrk with 16 connections, every page made afresh): every quote page of a statement, and as many quote
    pages of quotes alone drawn uniformly from the corpus, in the same run."""
    import random

    from django.core.management import call_command

    from quotes.models import Quote

    web = module("bench_web", "web.py")
    call_command("collectstatic", interactive=False, verbosity=0)  # what gunicorn serves with DEBUG off
    rng = random.Random(7)
    grouped = list(Quote.objects.public().filter(statement__isnull=False).values_list("pk", flat=True))
    grouped = rng.sample(grouped, min(3000, len(grouped)))  # as many as web.py --long-tail draws per endpoint
    ids = Quote.objects.public().filter(statement__isnull=True).values_list("pk", flat=True)
    top = ids.order_by("-pk").first() or 0
    alone = [pk for n in range(len(grouped)) if (pk := ids.filter(pk__gte=rng.randint(1, top)).order_by("pk")
                                                  .values_list("pk", flat=True).first())]
    os.environ.update({"DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1", "SECRET_KEY": web.SECRET})
    with web.serving() as base:
        web.wrk(base, [f"/quotes/{pk}/" for pk in (grouped[:8] + alone[:8])], [], 2, connections)  # start-up
        print(f"under load, {connections} connections, gunicorn 4 sync workers, {seconds}s each:")
        for label, pool in [("quote page, in a statement", grouped), ("quote page, alone", alone)]:
            row = web.wrk(base, [f"/quotes/{pk}/" for pk in pool], [], seconds, connections)
            print(f"{label:28} {row['rps']:7.1f} req/s  p50 {row['p50']:6.1f} ms  p95 {row['p95']:6.1f} ms  "
                  f"p99 {row['p99']:6.1f} ms  errors {row['errors']} ({len(pool)} addresses); {load()}", flush=True)


def load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300, help="generated articles per run")
    parser.add_argument("--carried-every", type=int, default=3, help="every Nth article is carried by 3 outlets")
    parser.add_argument("--rounds", type=int, default=1, help="off/on pairs, alternating")
    parser.add_argument("--requests", type=int, default=200, help="page requests of each kind")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--load", type=int, default=0, metavar="SECONDS",
                        help="then load-test statement pages and quote pages through gunicorn, this long each")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db.models import F
    from django.test import Client

    from quotes import extraction
    from quotes.importers.text import parse_text
    from quotes.models import Article, Quote, Statement, StatementKey
    from quotes.services import statements
    from quotes.services.imports import import_records

    quotes_before = Quote.objects.count()
    print(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]} "
          f"{settings.DATABASES['default']['NAME']}; {quotes_before:,} quotes, {load()}", flush=True)
    if quotes_before and not StatementKey.objects.exists():
        t0 = time.perf_counter()
        n = statements.group_all(chunk=5000)
        took = time.perf_counter() - t0
        print(f"grouped the corpus: {quotes_before / took:,.0f} quotes/s ({took:.0f}s), {n:,} statements; {load()}")
    print(f"keys: {StatementKey.objects.count():,}; statements: {Statement.objects.count():,}", flush=True)

    def writer_cpu() -> float:  # the import's writer process (rules, writes, grouping), once it has ended
        times = os.times()
        return times.children_user + times.children_system

    news = generator()
    extraction.load_pipeline(settings.NEWSDESK_SPACY_MODEL)
    first_new = (Article.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    rates: dict[bool, list[float]] = {False: [], True: []}
    run = 0
    try:
        for _ in range(args.rounds):
            for grouping in (False, True):
                run += 1
                texts = news.corpus(args.articles, args.seed * 100 + run)
                records = [
                    parse_text(version, f"bench-{run}-{i}-{k}.txt")
                    for i, text in enumerate(texts)
                    for k, version in enumerate(outlets(text, run * 10_000 + i, 3 if i % args.carried_every == 0 else 1))
                ]
                settings.NEWSDESK_GROUP_STATEMENTS = grouping
                cpu0, writer0 = time.process_time(), writer_cpu()
                report = import_records(records, chunk_size=64)
                rate = report.created / report.elapsed
                rates[grouping].append(rate)
                per_article = 1000 / max(report.created, 1)
                print(f"import, grouping {'on ' if grouping else 'off'}: {report.created} articles, "
                      f"{report.quotes_found} quotes, {rate:.2f} articles/s; CPU per article: parsing process "
                      f"{(time.process_time() - cpu0) * per_article:.1f} ms, writer process "
                      f"{(writer_cpu() - writer0) * per_article:.1f} ms; {load()}", flush=True)
        if args.rounds:
            off, on = max(rates[False]), max(rates[True])
            print(f"import with grouping: {on / off:.1%} of the throughput without it (best of {args.rounds}; "
                  "target 90%)")
        fresh = Statement.objects.filter(quotes__article_id__gte=first_new).distinct().count()
        print(f"statements among the imported articles: {fresh:,}")

        client = Client(SERVER_NAME="localhost")  # an allowed host with DEBUG on or off
        grouped = list(Quote.objects.public().filter(statement__lead=F("pk")).values_list("pk", flat=True)[:500])
        alone = list(Quote.objects.public().filter(statement__isnull=True).order_by("-pk").values_list("pk", flat=True)[:500])
        for label, pool in [("quote page, in a statement", grouped), ("quote page, alone", alone),
                            ("API quote, in a statement", grouped)]:
            if not pool:
                continue
            prefix = "/api/quotes/" if label.startswith("API") else "/quotes/"
            times = []
            for i in range(args.requests):
                pk = pool[i % len(pool)]
                t0 = time.perf_counter()
                response = client.get(f"{prefix}{pk}/")
                times.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200, (pk, response.status_code)
            times.sort()
            print(f"{label:28} median {statistics.median(times):6.1f} ms  p95 {times[int(len(times) * .95)]:6.1f} ms "
                  f"({args.requests} requests over {len(pool)} quotes); {load()}", flush=True)
        if args.load:
            load_test(args.load)
    finally:
        imported = Article.objects.filter(pk__gte=first_new)
        left = set(Quote.objects.filter(article__in=imported).values_list("statement_id", flat=True))
        imported.delete()
        statements.refresh(left)


if __name__ == "__main__":
    main()
