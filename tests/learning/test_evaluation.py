"""The in-project scorer matches quotes exactly as the development-set scorer does."""

import importlib.util

import pytest

from quotes import evaluation
from quotes.evaluation import Prediction, Reference, Score, score_article
from tests.conftest import SHARED_EVAL


def test_a_perfect_prediction_scores_one():
    refs = [Reference("We will win the vote", "direct", ("Ana Ruiz",)), Reference("prices would rise", "indirect", ("Tom Hale",))]
    preds = [Prediction("We will win the vote", "direct", "Ana Ruiz"), Prediction("prices would rise", "indirect", "Mr Tom Hale")]
    score = score_article(refs, preds, Score())
    assert score.kinds["direct"].end_to_end_f1 == 1.0
    assert score.kinds["indirect"].end_to_end_f1 == 1.0


def test_overlap_matches_but_a_wrong_speaker_costs_end_to_end():
    refs = [Reference("We will win the vote on Monday", "direct", ("Ana Ruiz", "Ruiz"))]
    preds = [Prediction("We will win the vote", "direct", "Tom Hale"), Prediction("An extra", "partial", None)]
    s = score_article(refs, preds, Score()).kinds["direct"]
    assert (s.tp, s.fp, s.fn, s.right_speaker) == (1, 1, 0, 0)
    assert s.precision == 0.5 and s.recall == 1.0 and s.end_to_end_f1 == 0.0


def test_a_nested_partial_is_not_counted():
    preds = [Prediction("it was “fair” and overdue", "indirect", "Ana"), Prediction("fair", "partial", "Ana")]
    assert [p.text for p in evaluation.drop_nested(preds)] == ["it was “fair” and overdue"]


def test_a_missed_reference_is_a_false_negative():
    s = score_article([Reference("Talks ended", "indirect", ("officials",))], [], Score()).kinds["indirect"]
    assert (s.tp, s.fn) == (0, 1)


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="the shared development scorer is not beside the project")
@pytest.mark.parametrize(
    ("a", "b"),
    [("We will win", "we WILL win!"), ("the Pentagon said", "Pentagon"), ("", "x"), ("Ash Carter", "Dr Ash Carter")],
)
def test_it_agrees_with_the_development_scorer(a, b):
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_EVAL / "score.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    assert evaluation.dice(a, b) == shared.dice(a, b)
    assert evaluation.speaker_ok(a, [b]) == shared.speaker_ok(a, [b])
