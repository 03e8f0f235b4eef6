import pytest

from quotes.models import Quote, QuoteRevision
from quotes.services import accuracy
from tests.conftest import make_quote


def test_each_outcome_is_counted_once(reviewed_article):
    o = accuracy.overall()
    assert (o.confirmed, o.corrected, o.rejected, o.added, o.speaker_changed) == (1, 2, 1, 1, 1)
    assert o.precision == pytest.approx(3 / 4)
    assert o.exact_precision == pytest.approx(1 / 4)
    assert o.recall == pytest.approx(3 / 4)
    assert o.speaker_accuracy == pytest.approx(2 / 3)


def test_quotes_nobody_reviewed_do_not_count(reviewed_article):
    make_quote(reviewed_article, "it was over", kind="indirect", status="auto")
    assert accuracy.overall().judged == 4


def test_an_undone_speaker_change_is_not_a_speaker_error(reviewed_article):
    QuoteRevision.objects.filter(action="change_speaker").update(undone=True)
    assert accuracy.overall().speaker_changed == 0


def test_an_editor_added_quote_later_rejected_is_not_a_miss(reviewed_article):
    Quote.objects.filter(origin="editor").update(status="rejected", reject_reason="duplicate")
    assert accuracy.overall().added == 0


def test_breakdown_by_kind_and_version(reviewed_article):
    by_kind = {row.label: row for row in accuracy.breakdown("kind")}
    assert by_kind["direct"].judged == 3 and by_kind["direct"].rejected == 1
    assert by_kind["indirect"].judged == 1 and by_kind["indirect"].added == 1
    by_version = {row.label: row for row in accuracy.breakdown("version")}
    assert by_version["v1"].precision == 1.0
    assert by_version["v2"].precision == pytest.approx(1 / 2)


def test_breakdown_by_cue_source_and_month(reviewed_article):
    by_cue = {row.label: row for row in accuracy.breakdown("cue")}
    assert by_cue["said"].judged == 3
    assert by_cue["(none)"].rejected == 1
    assert [row.label for row in accuracy.breakdown("source")] == ["Wire"]
    (month,) = accuracy.breakdown("month")
    assert month.judged == 4 and len(month.label) == 7


def test_no_reviews_gives_no_figures(db):
    o = accuracy.overall()
    assert o.judged == 0 and o.precision is None and o.recall is None and o.speaker_accuracy is None
