#!/usr/bin/env python
"""Fill a database with a realistic synthetic archive, fast (bulk inserts, no NLP).

    DEBUG=1 .venv/bin/python bench/make_corpus.py                      # 100k articles, 1M quotes, 50k speakers
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk_bench DEBUG=1 .venv/bin/python bench/make_corpus.py
    DEBUG=1 .venv/bin/python bench/make_corpus.py --articles 1000 --quotes 10000 --speakers 500   # a small one

Shaped like real news: speakers quoted on a Zipf curve (a few very often, most rarely), ten years of dates
weighted towards recent ones, most quotes automatic with some reviewed and a few rejected, and every
quote's offsets pointing into its article's body (`body[start:end] == text`).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")

FIRST = (
    "Ash Amara Elena Tom Ana Gareth Fiona Kenji Claire Omar Priya Derek Ruth Owen Lena Viktor Anne Peter Sarah "
    "Marion Duncan Tariq Ingrid Pablo Mei Kwame Olga Hassan Jonas Yuki Rosa Ivan Leila Sven Chioma Marco Nadia "
    "Carlos Helen David Fatima Lars Grace Hiroshi Zainab Pierre Emma Raj Sofia Kofi Irina Diego Julia Sam"
).split()
LAST = (
    "Carter Nwosu Petrova Hale Ruiz Hughes Marsh Watanabe Dubois Said Sandhu Amos Pellow Price Halas Kowalski "
    "Lindqvist Whitfield Okafor Reid Pryce Ellery Brandt Achterberg Ganiev Moreau Rossi Novak Kim Haddad Mensah "
    "Silva Jensen Tanaka Schmidt Costa Ivanova Osei Larsen Fischer Gallagher Murphy Khan Ahmed Singh Patel Zhang "
    "Wang Li Chen Nakamura Adeyemi Bauer Horvat Kovacs Nielsen Eriksen Laine Mbeki Diallo Varga Popescu Novotny"
).split()
TITLES = ["Minister", "Councillor", "Dr", "Senator", "Mayor", "Professor", "Chief Executive", "Judge", "Coach"]
ORGS = ["Council", "Agency", "Union", "Water", "Foods", "Party", "Trust", "Society", "Ministry", "Bank", "Police"]
PLACES = "Porthaven Kessport Leedham Eastfield Tarrow Ormsby Solvik Avelside Brightwell Marlow Dunmore Caldry".split()
GROUPS = ["officials", "residents", "campaigners", "analysts", "doctors", "teachers", "farmers", "diplomats"]
WORDS = (
    "the a of to and in that is for it we will not be are this have on with our government people said they "
    "would there was all can plan money school hospital budget council water strike pay workers union police "
    "election vote party minister war peace talks deal trade prices tax jobs housing rent climate flood river "
    "energy fuel transport rail ferry road bridge children families health care nurses doctors patients court "
    "judge law case evidence report figures data growth economy market bank interest rates inflation cost living "
    "community town city village region country future past year week month today tomorrow never always again "
    "safe fair wrong right clear serious difficult simple important real honest open free public private local "
    "national support cut raise close open build protect decide agree reject promise warn fear hope believe know"
).split()
CUES = ["said"] * 10 + ["told reporters", "added", "warned", "argued", "insisted", "said in a statement"]


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1 / (rank ** s) for rank in range(1, n + 1)]


def sentence(rng: random.Random, word_weights: list[float], lo: int = 6, hi: int = 22) -> str:
    words = rng.choices(WORDS, weights=word_weights, k=rng.randint(lo, hi))
    text = " ".join(words)
    return text[0].upper() + text[1:]


def make_speakers(rng: random.Random, n: int):
    from quotes.models import Speaker, SpeakerAlias, SpeakerWord, name_key

    speakers, aliases, seen = [], [], set()
    names = iter(itertools.product(FIRST, LAST))
    for i in range(n):
        roll = rng.random()
        if roll < 0.8:
            first, last = next(names, (rng.choice(FIRST), f"{rng.choice(LAST)}-{i}"))
            name, kind, extra = f"{first} {last}", "person", [last, f"{rng.choice(TITLES)} {first} {last}"]
        elif roll < 0.92:
            name, kind, extra = f"{rng.choice(PLACES)} {rng.choice(ORGS)} {i}", "organisation", []
        else:
            name, kind, extra = f"{rng.choice(PLACES)} {rng.choice(GROUPS)} {i}", "group", []
        key = name_key(name)
        if key in seen:
            name, key = f"{name} {i}", name_key(f"{name} {i}")
        seen.add(key)
        speakers.append(Speaker(name=name, name_key=key, kind=kind, slug=f"s{i}-{key.replace(' ', '-')}"[:200]))
        aliases.append([name, *extra])
    Speaker.objects.bulk_create(speakers, batch_size=5000)
    speakers = list(Speaker.objects.order_by("pk").only("pk", "name", "kind"))
    rows = [
        SpeakerAlias(speaker_id=s.pk, name=a, name_key=name_key(a))
        for s, names_ in zip(speakers, aliases)
        for a in dict.fromkeys(names_)
    ]
    SpeakerAlias.objects.bulk_create(rows, batch_size=5000, ignore_conflicts=True)  # indexes their words too
    names = [(s.pk, name_key(s.name)) for s in speakers]  # bulk-made speakers skip save(), which indexes a name
    for start in range(0, len(names), 10_000):
        SpeakerWord.objects.add(names[start : start + 10_000])
    return speakers, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--speakers", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", action="store_true", help="add to the existing data instead of replacing it")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, transaction

    from quotes.models import Article, ImportBatch, Quote, QuoteRevision, Source, Speaker

    started = time.monotonic()
    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    word_weights = zipf_weights(len(WORDS), 0.9)
    if not args.keep:
        for model in (QuoteRevision, Quote, Article, ImportBatch, Speaker, Source):
            model.objects.all().delete()
    sources = Source.objects.bulk_create([Source(name=f"{p} {k}", domain=f"{p.lower()}.example")
                                          for p in PLACES for k in ("Times", "Courier", "Post")])
    speakers, n_aliases = make_speakers(rng, args.speakers)
    t_speakers = time.monotonic()
    print(f"speakers: {len(speakers):,} with {n_aliases:,} aliases in {t_speakers - started:.1f}s", flush=True)

    weights = list(itertools.accumulate(zipf_weights(len(speakers))))
    rng.shuffle(speakers)  # the most quoted are a random mix of kinds, not the first names made
    now = datetime.now(UTC)
    per_article = args.quotes / args.articles
    statuses = ["auto"] * 85 + ["confirmed"] * 10 + ["corrected"] * 3 + ["rejected"] * 2
    made_quotes = 0
    chunk = 2000
    for first in range(0, args.articles, chunk):
        articles = []
        n = min(chunk, args.articles - first)
        for i in range(first, first + n):
            days = int(3650 * (1 - rng.random() ** 1.6))  # more recent news than old
            published = now - timedelta(days=days, minutes=rng.randint(0, 1439))
            articles.append(Article(
                source=rng.choice(sources), title=sentence(rng, word_weights, 5, 10), body="",
                url=f"https://news.example/{i}", published_at=published,
                content_hash=hashlib.sha256(f"{args.seed}:{i}".encode()).hexdigest(), extractor_version="bench",
            ))
        quote_plan = []
        for article in articles:
            k = max(0, round(rng.gauss(per_article, per_article / 3)))
            parts, quotes = [], []
            offset = 0
            for _ in range(k):
                speaker = rng.choices(speakers, cum_weights=weights)[0]
                text = sentence(rng, word_weights)
                kind = rng.choices(["direct", "indirect", "partial"], weights=[45, 50, 5])[0]
                lead = "“" if kind != "indirect" else ""
                tail = f"{'”' if lead else ''}, {speaker.name} {rng.choice(CUES)}. {sentence(rng, word_weights, 4, 12)}. "
                start = offset + len(lead)
                quotes.append((speaker, text, start, kind))
                parts.append(lead + text + tail)
                offset += len(parts[-1])
            article.body = "".join(parts) or sentence(rng, word_weights) + "."
            quote_plan.append(quotes)
        with transaction.atomic():
            Article.objects.bulk_create(articles, batch_size=1000)
            rows = []
            for article, quotes in zip(articles, quote_plan):
                for speaker, text, start, kind in quotes:
                    status = rng.choice(statuses)
                    rows.append(Quote(
                        article_id=article.pk, text=text, start=start, end=start + len(text), kind=kind,
                        cue="said", speaker_id=speaker.pk, speaker_mention=speaker.name,
                        confidence=round(min(1.0, max(0.05, rng.betavariate(5, 1.6))), 3), status=status,
                        reject_reason="not_speech" if status == "rejected" else "", extractor_version="bench",
                        published_at=article.published_at,
                    ))
            Quote.objects.bulk_create(rows, batch_size=2000)
        made_quotes += len(rows)
        done = first + n
        if done % 20000 < chunk or done == args.articles:
            print(f"articles: {done:,}  quotes: {made_quotes:,}  {time.monotonic() - started:.0f}s", flush=True)

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE quotes_speaker SET quote_count = (SELECT COUNT(*) FROM quotes_quote q "
            "WHERE q.speaker_id = quotes_speaker.id AND q.status <> 'rejected'), "
            "public_quote_count = (SELECT COUNT(*) FROM quotes_quote q WHERE q.speaker_id = quotes_speaker.id "
            "AND (q.status IN ('confirmed', 'corrected') OR (q.status = 'auto' AND q.confidence >= %s)))",
            [settings.NEWSDESK_DISPLAY_THRESHOLD],
        )
    from quotes import speaker_stats

    speaker_stats.recount()  # every speaker's quotes by month and source, as imports keep them
    with connection.cursor() as cursor:
        # What autovacuum does to a settled archive, done now: without the visibility map PostgreSQL cannot
        # answer a count from an index alone (a queue's counts read the table: 8 ms instead of 0.6 ms each).
        cursor.execute("VACUUM (ANALYZE)" if connection.vendor == "postgresql" else "ANALYZE")
    elapsed = time.monotonic() - started
    print(f"made {args.articles:,} articles, {made_quotes:,} quotes, {len(speakers):,} speakers "
          f"on {connection.vendor} in {elapsed:.1f}s")


if __name__ == "__main__":
    main()
