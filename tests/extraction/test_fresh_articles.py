"""End-to-end floors on the fresh evaluation sets: invented articles written and scored before any rule was fitted
to them (tests/fixtures/fresh_articles/gold.py, 14 articles; tests/fixtures/fresh_articles_2/gold.py and
tests/fixtures/fresh_articles_3/gold.py and tests/fixtures/fresh_articles_4/gold.py, 12 articles each, and
tests/fixtures/fresh_articles_5/gold.py, fresh_articles_6/gold.py and fresh_articles_7/gold.py, 10 articles each,
written blind).

Matching is score.py's: one-to-one by token Dice >= 0.5, a predicted quote inside a longer one is not counted,
optional gold quotes are neither missed nor false positives; a match counts end to end when the speaker is one of the
accepted names (titles and articles ignored).

First set first scored at fa038fb (engine unchanged at c20321d): direct e2e F1 0.729, indirect 0.807, speaker
accuracy 0.803; after the general fixes it drove: 0.96, 0.92, 0.95 (2026-12-07).
Second set first scored at d9198f1, before fitting: 0.907, 0.912, 0.929 (145/156); after the fixes it drove: 0.95,
0.95, 0.97.
Third set first scored at 490f1c7 (committed as dc4aeba), before fitting: 0.857, 0.927, 0.898 (158/176); after the
fixes it drove: 0.909, 0.989, 0.949 (2026-12-07).
Fourth set first scored at 50cfa77 (committed as 7c7c759, 0351fc8 after rebase), before fitting: 0.857, 0.837,
0.861 (143/166); after the fixes it drove: 0.919, 0.965, 0.941 (160/170) (2026-12-07).
Fifth set first scored at 7bc9976 (committed as 882eba7), before fitting: 0.659, 0.859, 0.779 (127/163); after the
fixes it drove: 0.983, 0.987, 1.000 (167/167) (2026-12-07).
Sixth set first scored at a9efc80 (recorded at 786b1a9), before fitting: 0.92, 0.84, 0.95 (155/164); after the
fixes it drove: 0.96, 0.90, 0.98 (166/170) at 91593f4.
Seventh set first scored at a9efc80 (recorded at 786b1a9), before fitting: 0.96, 0.86, 0.94 (165/175); after the
fixes it drove: 0.99, 0.90, 0.97 (171/177) at 91593f4.
After a second round of general fixes: sixth set 0.98, 0.94, 0.99 (173/175) and seventh 0.99, 0.93, 0.98 (173/177)
at d4e9c1b.
The floors sit a little under the current figures, so they catch regressions; raise them as the engine improves.
"""

import importlib.util
import re
from pathlib import Path

import pytest

from quotes.extraction import extract_quotes

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FLOORS = {  # per set at the last engine commit (7725c74): 0.97/0.93/0.95, 0.96/0.97/0.97, 0.91/0.99/0.95,
    # 0.99/0.97/0.98 and 0.98/0.99/1.00
    "fresh_articles": {"direct": 0.94, "indirect": 0.90, "speaker": 0.93},
    "fresh_articles_2": {"direct": 0.93, "indirect": 0.94, "speaker": 0.95},
    "fresh_articles_3": {"direct": 0.88, "indirect": 0.96, "speaker": 0.92},
    "fresh_articles_4": {"direct": 0.96, "indirect": 0.94, "speaker": 0.95},
    "fresh_articles_5": {"direct": 0.95, "indirect": 0.96, "speaker": 0.97},
    "fresh_articles_6": {"direct": 0.96, "indirect": 0.92, "speaker": 0.97},  # 0.98/0.94/0.99 at d4e9c1b
    "fresh_articles_7": {"direct": 0.97, "indirect": 0.91, "speaker": 0.96},  # 0.99/0.93/0.98 at d4e9c1b
    "fresh_articles_8": {"direct": 0.93, "indirect": 0.93, "speaker": 0.96},  # 0.96/0.95/0.99 at ed3dc7a
    "fresh_articles_9": {"direct": 0.93, "indirect": 0.94, "speaker": 0.96},  # 0.96/0.97/0.99, never fitted
    "fresh_articles_10": {"direct": 0.97, "indirect": 0.97, "speaker": 0.97},  # 1.00/1.00/1.00 at 0105c64 (0.92/0.90/0.92 before fitting)
    "fresh_articles_11": {"direct": 0.95, "indirect": 0.95, "speaker": 0.96},  # 0.96/0.96/0.97 first, 0.98/0.98/0.99 after fitting some
    "fresh_articles_12": {"direct": 0.93, "indirect": 0.89, "speaker": 0.93},  # 0.85/0.88/0.88 first, 0.96/0.92/0.96 after fitting some
    "fresh_articles_13": {"direct": 0.94, "indirect": 0.91, "speaker": 0.94},  # 0.94/0.93/0.95 first, 0.97/0.94/0.97 after fitting some
    "fresh_articles_14": {"direct": 0.92, "indirect": 0.89, "speaker": 0.91},  # 0.84/0.87/0.87 first, 0.95/0.92/0.94 after fitting some
    "fresh_articles_15": {"direct": 0.96, "indirect": 0.94, "speaker": 0.96},  # 0.99/0.91/0.97 first, 0.99/0.97/0.99 after fitting some
    "fresh_articles_16": {"direct": 0.91, "indirect": 0.90, "speaker": 0.92},  # 0.89/0.88/0.90 first, 0.94/0.93/0.95 after fitting some
    "fresh_articles_17": {"direct": 0.96, "indirect": 0.92, "speaker": 0.95},  # 0.99/0.95/0.98 first, 1.00/0.98/1.00 after fitting some
    "fresh_articles_18": {"direct": 0.86, "indirect": 0.83, "speaker": 0.86},  # 0.89/0.85/0.89 first (reported 0.86 after one gold fix)
    "fresh_articles_19": {"direct": 0.90, "indirect": 0.95, "speaker": 0.94},  # 0.915/0.909/0.934 first, 0.93/0.98/0.96 after fitting some
    "fresh_articles_20": {"direct": 0.97, "indirect": 0.95, "speaker": 0.97},  # 0.81/0.86/0.85 first, 1.00/0.98/1.00 after fitting
    "fresh_articles_21": {"direct": 0.97, "indirect": 0.95, "speaker": 0.96},  # 0.98/0.88/0.95 first, 1.00/0.98/0.99 after fitting
    "fresh_articles_22": {"direct": 0.97, "indirect": 0.95, "speaker": 0.97},  # 0.90/0.92/0.94 first, 1.00/0.98/1.00 after fitting
    "fresh_articles_23": {"direct": 0.95, "indirect": 0.92, "speaker": 0.95},  # 0.92/0.90/0.92 first, 0.98/0.95/0.98 after fitting some
    "fresh_articles_24": {"direct": 0.91, "indirect": 0.87, "speaker": 0.94},  # 0.94/0.90/0.97 first, not fitted
}
TITLES = {"mr", "mrs", "ms", "dr", "prof", "sir", "the", "a", "an"}


def _tokens(text):
    return [t.lower() for t in re.findall(r"\w+", text or "")]


def _dice(a, b):
    sa, sb = set(_tokens(a)), set(_tokens(b))
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


def _name(name):
    return " ".join(t for t in _tokens(name) if t not in TITLES)


def _articles(name):
    spec = importlib.util.spec_from_file_location(f"{name}_gold", FIXTURES / name / "gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ARTICLES


def _score(articles):
    """{kind: [tp, fp, fn, right speaker]} over all articles, as score.py counts them."""
    stats = {"direct": [0, 0, 0, 0], "indirect": [0, 0, 0, 0]}
    for art in articles:
        found = [(q.text, q.kind, q.speaker) for q in extract_quotes(art["text"])]
        preds = [p for p in found if not any(p[0] in o[0] and len(o[0]) > len(p[0]) for o in found)]
        used = set()
        for g in art["quotes"]:
            best, best_i = max(((_dice(p[0], g["text"]), i) for i, p in enumerate(preds) if i not in used),
                               default=(0.0, None))
            s = stats["indirect" if g["kind"] == "indirect" else "direct"]
            if best >= 0.5:
                used.add(best_i)
                if not g.get("optional"):
                    s[0] += 1
                    s[3] += bool(_name(preds[best_i][2])) and _name(preds[best_i][2]) in {_name(a) for a in g["speaker"]}
            elif not g.get("optional"):
                s[2] += 1
        for i, p in enumerate(preds):
            if i not in used:
                stats["indirect" if p[1] == "indirect" else "direct"][1] += 1
    return stats


def _e2e_f1(tp, fp, fn, right):
    p, r = (right / (tp + fp) if tp + fp else 0.0), (right / (tp + fn) if tp + fn else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.fixture(scope="module", params=sorted(FLOORS))
def fresh_set(request):
    return request.param, _score(_articles(request.param))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_quotes_are_in_their_articles(name):
    articles = _articles(name)
    assert len({a["id"] for a in articles}) == len(articles)
    for art in articles:
        for g in art["quotes"]:
            assert g["text"] in art["text"], (art["id"], g["text"])
            assert g["kind"] in {"direct", "partial", "indirect"} and g["speaker"] and all(g["speaker"])


def test_end_to_end_f1_floors(fresh_set):
    name, stats = fresh_set
    for kind in ("direct", "indirect"):
        assert _e2e_f1(*stats[kind]) >= FLOORS[name][kind], (name, kind, stats[kind])


def test_speaker_accuracy_floor(fresh_set):
    name, stats = fresh_set
    matched = stats["direct"][0] + stats["indirect"][0]
    right = stats["direct"][3] + stats["indirect"][3]
    assert right / matched >= FLOORS[name]["speaker"], (name, right, matched)
