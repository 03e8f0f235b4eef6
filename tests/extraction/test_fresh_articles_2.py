"""End-to-end floors on the second fresh evaluation set (tests/fixtures/fresh_articles_2/gold.py): 12 invented
articles written blind and scored before any rule was fitted to them.

Matching is score.py's: one-to-one by token Dice >= 0.5, a predicted quote inside a longer one is not counted,
optional gold quotes are neither missed nor false positives; a match counts end to end when the speaker is one of the
accepted names (titles and articles ignored).

First scored at d9198f1, before fitting: direct e2e F1 0.907, indirect 0.912, speaker accuracy 0.929 (145/156).
The floors are those figures less 0.03, so they guard against regressions; raise them as the engine improves.
"""

import importlib.util
import re
from pathlib import Path

import pytest

from quotes.extraction import extract_quotes

pytestmark = pytest.mark.slow

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "fresh_articles_2" / "gold.py"
FLOORS = {"direct": 0.877, "indirect": 0.882, "speaker": 0.899}  # first scored, before fitting: 0.907, 0.912, 0.929
TITLES = {"mr", "mrs", "ms", "dr", "prof", "sir", "the", "a", "an"}


def _tokens(text):
    return [t.lower() for t in re.findall(r"\w+", text or "")]


def _dice(a, b):
    sa, sb = set(_tokens(a)), set(_tokens(b))
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


def _name(name):
    return " ".join(t for t in _tokens(name) if t not in TITLES)


def _articles():
    spec = importlib.util.spec_from_file_location("fresh_gold_2", GOLD)
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


@pytest.fixture(scope="module")
def stats():
    return _score(_articles())


def test_gold_set_shape():
    articles = _articles()
    assert len(articles) == 12
    assert len({a["id"] for a in articles}) == len(articles)
    for art in articles:
        for g in art["quotes"]:
            assert g["text"] in art["text"], (art["id"], g["text"])
            assert g["kind"] in {"direct", "partial", "indirect"}, (art["id"], g["text"])
            assert g["speaker"] and all(g["speaker"]), (art["id"], g["text"])


@pytest.mark.parametrize("kind", ["direct", "indirect"])
def test_end_to_end_f1_floor(stats, kind):
    assert _e2e_f1(*stats[kind]) >= FLOORS[kind], (kind, stats[kind])


def test_speaker_accuracy_floor(stats):
    matched = stats["direct"][0] + stats["indirect"][0]
    right = stats["direct"][3] + stats["indirect"][3]
    assert right / matched >= FLOORS["speaker"], (right, matched)


def test_figures_as_first_scored(stats):
    """The set's figures, printed for the log (-s): direct/indirect e2e F1 and speaker accuracy."""
    matched = stats["direct"][0] + stats["indirect"][0]
    right = stats["direct"][3] + stats["indirect"][3]
    print(f"fresh set 2: direct e2e F1 {_e2e_f1(*stats['direct']):.3f}, indirect {_e2e_f1(*stats['indirect']):.3f}, "
          f"speaker accuracy {right / matched:.3f} ({right}/{matched})")
