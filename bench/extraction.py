"""Benchmark: words/s of the bare spaCy pipeline against `extract_many` over the same generated news.

    .venv/bin/python bench/extraction.py [--articles 240] [--seed 7] [--batch-size 32]
    .venv/bin/python bench/extraction.py --texts FOLDER      # real news: every .txt file under FOLDER

The corpus is generated from templates (wire, broadsheet and local styles; direct, reported, relayed
and partial quotes; pronouns, surnames, nominals), deterministic for a seed; or, with `--texts`, read
from files and normalised as `extract_quotes` does before the engine reads them. Both runs use the same
components (the model without the lemmatizer); the ratio is extraction speed over parsing speed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy  # noqa: E402

from quotes.extraction import DEFAULT_MODEL, extract_many, load_pipeline  # noqa: E402
from quotes.extraction.pipeline import UNUSED_COMPONENTS  # noqa: E402
from quotes.importers.encoding import decode  # noqa: E402
from quotes.importers.records import normalise_text  # noqa: E402

FIRST = ["Ana", "Tom", "Mia", "Oskar", "Leila", "David", "Grace", "Samuel", "Ruth", "Kenji", "Priya", "Marcus",
         "Helena", "Ivan", "Chloe", "Omar", "Sofia", "Colm", "Nadia", "Pieter", "Joanne", "Gareth", "Elif", "Ray"]
LAST = ["Ruiz", "Hale", "Ford", "Brandt", "Okafor", "Lindqvist", "Marsh", "Oyelaran", "Pellow", "Watanabe",
        "Sandhu", "Oduya", "Voss", "Petrov", "Dubois", "Said", "Fennelly", "Kowalczyk", "Lund", "Pike", "Hughes"]
ROLES = ["Finance Minister", "union leader", "chief executive", "Detective Inspector", "Councillor", "Dr.",
         "head teacher", "festival director", "club manager", "Health Secretary", "the mayor,"]
ORGS = ["Brightwell Foods", "Avelside Water", "the Harbour Trust", "Northgate Council", "Unify", "Kessford Police",
        "the Fiscal Council", "Morland Capital", "the Red Lantern Society", "Central Assessment"]
NOMINALS = {"Brightwell Foods": "the company", "Avelside Water": "the company", "Unify": "the union",
            "Northgate Council": "the council", "the Fiscal Council": "the council", "Kessford Police": "police"}
CUES = ["said", "told reporters", "added", "warned", "argued", "insisted", "explained", "noted"]
TOPICS = ["the budget", "the new stadium", "the water supply", "school meals", "the ceasefire", "bus fares",
          "the hospital merger", "flood defences", "the pay offer", "the library closures"]
CLAIMS = ["{t} would cost far more than planned", "the plan for {t} had been rushed", "{t} was fair and affordable",
          "talks on {t} would resume next week", "nobody had been consulted about {t}",
          "{t} would be reviewed by the end of the year", "the decision on {t} had been taken in good faith"]
QUOTES = ["We have done everything we can, and we will keep going", "This is not over",
          "Nobody in this town wanted to see {t} go", "I take full responsibility for that",
          "The numbers simply do not add up", "We will not be taken for granted",
          "People have waited long enough for {t}", "It is a good day for everyone who depends on {t}"]


def article(rng: random.Random, n: int) -> str:
    people = [(rng.choice(FIRST), rng.choice(LAST), rng.choice(ROLES)) for _ in range(3)]
    org = rng.choice(ORGS)
    topic = rng.choice(TOPICS)
    paras = []
    head = f"{org.replace('the ', '').title()} faces questions over {topic}"
    style = n % 3
    if style == 0:
        lead = f"LONDON, May {1 + n % 28} (Wire) — "
    elif style == 1:
        lead = f"story{n}Kessford, Jun {1 + n % 28}: "
    else:
        lead = ""
    claim = rng.choice(CLAIMS).format(t=topic)
    paras.append(f"{lead}{claim[0].upper() + claim[1:]}, {org} said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.")
    for first, last, role in people:
        q1 = rng.choice(QUOTES).format(t=topic)
        q2 = rng.choice(QUOTES).format(t=topic)
        cue = rng.choice(CUES)
        pron = "she" if first in {"Ana", "Mia", "Leila", "Grace", "Ruth", "Priya", "Helena", "Chloe", "Sofia",
                                  "Nadia", "Joanne", "Elif"} else "he"
        form = rng.randrange(5)
        if form == 0:
            paras.append(f"{role} {first} {last} {cue} that {rng.choice(CLAIMS).format(t=topic)}. "
                         f"“{q1},” {pron} said. “{q2}.”")
        elif form == 1:
            paras.append(f"“{q1},” said {first} {last}, a {rng.choice(['retired teacher', 'local trader'])} "
                         f"who has lived in the town for {rng.randrange(5, 40)} years. “{q2}.”")
        elif form == 2:
            paras.append(f"{first} {last} called the proposal “{rng.choice(['a disgrace', 'overdue', 'reckless'])}” "
                         f"and said {rng.choice(CLAIMS).format(t=topic)}.")
            paras.append(f"{last} added: “{q1}.”")
        elif form == 3:
            paras.append(f"The {rng.choice(['Wire', 'Courier'])} quoted {first} {last} as saying "
                         f"{rng.choice(CLAIMS).format(t=topic)}. According to {last}, {rng.choice(CLAIMS).format(t=topic)}.")
        else:
            paras.append(f"“{q1}. {q2}.\n\n“{rng.choice(QUOTES).format(t=topic)}.”")
            paras.append(f"{first} {last}, {role.lower()} of the group, said {pron} was “{rng.choice(['hopeful', 'angry'])}”.")
    nominal = NOMINALS.get(org)
    if nominal:
        paras.append(f"{nominal[0].upper() + nominal[1:]} said in a statement that {rng.choice(CLAIMS).format(t=topic)}, "
                     f"adding that {rng.choice(CLAIMS).format(t=topic)}.")
    paras.append("The festival, known as the “Lantern Week”, returns in the autumn with the film “Salt Flats”.")
    tail = rng.choice(["Share this article", "Leave a comment", "(Reporting by Ana Ruiz; Editing by Tom Hale)"])
    return "\n\n".join([rng.choice(["Metro Daily", "The Courier"]), head, *paras, tail]) + "\n"


def corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [article(rng, i) for i in range(n)]


def read_texts(folder: Path) -> list[str]:
    """Every .txt file under `folder`, in name order, as the engine reads it."""
    paths = sorted(folder.rglob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt files under {folder}")
    return [normalise_text(decode(p.read_bytes())) for p in paths]


def best_seconds(runs: dict, texts: list[str], repeat: int) -> dict[str, float]:
    """Best time of each run, interleaved so that machine noise hits both alike."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            t0 = time.perf_counter()
            run(texts)
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--texts", type=Path, help="a folder of .txt articles to use instead of the generated corpus")
    args = parser.parse_args()
    texts = read_texts(args.texts) if args.texts else corpus(args.articles, args.seed)
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(args.model, exclude=list(UNUSED_COMPONENTS))
    load_pipeline(args.model)
    list(bare.pipe(texts[:8]))  # warm both up
    extract_many(texts[:8], model_name=args.model)

    def run_bare(xs: list[str]) -> None:
        for _ in bare.pipe(xs, batch_size=args.batch_size):
            pass

    quotes = 0

    def run_engine(xs: list[str]) -> None:
        nonlocal quotes
        quotes = sum(len(qs) for qs in extract_many(xs, model_name=args.model, batch_size=args.batch_size))

    best = best_seconds({"bare": run_bare, "engine": run_engine}, texts, args.repeat)
    bare_wps, engine_wps = words / best["bare"], words / best["engine"]
    origin = f"files under {args.texts}" if args.texts else f"generated, seed {args.seed}"
    print(f"corpus: {len(texts)} articles, {words:,} words, {quotes:,} quotes ({origin})")
    print(f"best of {args.repeat} runs each, interleaved; batch size {args.batch_size}")
    print(f"components: {', '.join(load_pipeline(args.model).pipe_names)}")
    print(f"bare spaCy pipeline: {bare_wps:,.0f} words/s")
    print(f"extract_many:        {engine_wps:,.0f} words/s")
    print(f"ratio: {engine_wps / bare_wps:.1%}")


if __name__ == "__main__":
    main()
