"""One statement, many outlets: quotes of one speaker in different articles joined when they are one statement."""

import threading
from datetime import UTC, datetime

import pytest
from django.db import connection, transaction

from quotes.models import Article, Quote, Source, Statement, StatementKey
from quotes.services import editing, statements
from quotes.services.speaker_edits import merge_speakers
from tests.conftest import carried, make_quote, quote_indexes_with_statistics

FULL = "We will not close the ferry route this winter, and we will find the money to keep it running."
TRIMMED = "we will find the money to keep it running"
RETYPED = "We will not close the ferry route this winter, and we will find the funds to keep it running."
OTHER = "The harbour board has my full support in its talks with the operator about next year's timetable."


@pytest.fixture
def minister(speaker):
    return speaker


def test_the_same_trimmed_and_retyped_copies_make_one_statement(minister):
    full = carried("Wire", FULL, minister)
    same = carried("Ledger", FULL.replace(",", ""), minister, day=2)
    trimmed = carried("Gazette", TRIMMED, minister, day=3)
    retyped = carried("Courier", RETYPED, minister, day=4)
    statement = Statement.objects.get()
    assert set(Quote.objects.values_list("statement", flat=True)) == {statement.pk}
    labels = dict(Quote.objects.values_list("pk", "wording"))
    assert labels == {full.pk: "same", same.pk: "same", trimmed.pk: "trimmed", retyped.pk: "differs"}
    assert statement.reference_id == full.pk
    assert (statement.versions, statement.outlets, statement.differing, statement.to_check) == (4, 4, 1, 1)
    assert statement.latest_at == datetime(2026, 11, 4, tzinfo=UTC)


def test_a_lone_quote_has_no_statement(minister):
    quote = carried("Wire", FULL, minister)
    assert quote.statement_id is None and quote.wording is None
    assert StatementKey.objects.filter(quote=quote).exists()


def test_two_statements_of_one_speaker_are_never_joined(minister):
    carried("Wire", FULL, minister)
    carried("Ledger", OTHER, minister)
    carried("Gazette", FULL, minister)
    carried("Courier", OTHER, minister)
    assert Statement.objects.count() == 2
    for statement in Statement.objects.all():
        assert len({q.text for q in statement.quotes.all()}) == 1


def test_the_same_words_by_two_speakers_are_never_joined(minister, other_speaker):
    carried("Wire", FULL, minister)
    carried("Ledger", FULL, other_speaker)
    assert not Statement.objects.exists()


def test_two_quotes_of_one_article_are_not_copies(minister, source):
    body = f"“{FULL}” the minister said. Later she repeated: “{FULL}”"
    article = Article.objects.create(source=source, body=body, content_hash="x" * 64)
    first = make_quote(article, FULL, speaker=minister)
    second_start = body.rindex(FULL)
    second = Quote.objects.create(article=article, text=FULL, start=second_start, end=second_start + len(FULL),
                                  kind="direct", speaker=minister)
    statements.group([first, second])
    assert not Statement.objects.exists()


def test_a_rejected_quote_joins_nothing(minister):
    carried("Wire", FULL, minister)
    carried("Ledger", FULL, minister, status=Quote.Status.REJECTED, reject_reason="not_speech")
    assert not Statement.objects.exists()


def test_a_new_speaker_moves_the_quote_between_statements(minister, other_speaker, editor):
    carried("Wire", FULL, minister)
    wrong = carried("Ledger", FULL, minister)
    carried("Gazette", OTHER, other_speaker)
    carried("Courier", OTHER, other_speaker)
    mine_before = wrong.statement_id
    theirs_before = Statement.objects.get(speaker=other_speaker).pk
    copy = carried("Herald", OTHER, minister)  # attributed to the wrong speaker: no statement of theirs says this
    assert copy.statement_id is None

    editing.change_speaker(Quote.objects.get(pk=copy.pk), other_speaker, editor)
    copy.refresh_from_db()
    assert copy.statement_id == theirs_before
    assert Statement.objects.get(pk=theirs_before).versions == 3

    editing.change_speaker(Quote.objects.get(pk=wrong.pk), other_speaker, editor)
    wrong.refresh_from_db()
    assert wrong.statement_id is None  # the other speaker never said FULL, and the minister's copy stands alone
    assert not Statement.objects.filter(pk=mine_before).exists()

    editing.undo(Quote.objects.get(pk=wrong.pk), editor)
    wrong.refresh_from_db()
    assert wrong.speaker_id == minister.pk and wrong.statement.versions == 2


def test_a_hidden_version_counts_no_outlet_until_confirmed(minister, editor):
    carried("Wire", FULL, minister)
    hidden = carried("Ledger", FULL, minister, confidence=0.2)
    statement = Statement.objects.get()
    assert (statement.versions, statement.outlets) == (2, 1)
    editing.confirm(Quote.objects.get(pk=hidden.pk), editor)
    statement.refresh_from_db()
    assert statement.outlets == 2


def test_the_lead_is_a_version_readers_may_see(minister, editor):
    full = carried("Wire", FULL, minister)
    trimmed = carried("Ledger", TRIMMED, minister)
    assert Statement.objects.get().lead_id == full.pk
    editing.reject(Quote.objects.get(pk=full.pk), "not_speech", editor)
    trimmed.refresh_from_db()
    assert trimmed.statement_id is None  # the rejected quote left, so the trimmed one stands alone
    assert not Statement.objects.exists()


def test_a_verdict_on_a_differing_version_is_recorded_and_undone(minister, editor):
    carried("Wire", FULL, minister)
    carried("Ledger", FULL, minister)
    retyped = carried("Gazette", RETYPED, minister)
    judged = editing.judge_wording(Quote.objects.get(pk=retyped.pk), "acceptable", editor)
    assert judged.wording_verdict == "acceptable"
    assert judged.revisions.get().action == "accept_wording"
    assert Statement.objects.get().to_check == 0
    editing.undo(judged, editor)
    retyped.refresh_from_db()
    assert retyped.wording_verdict is None
    assert Statement.objects.get().to_check == 1


def test_a_merge_of_speakers_joins_their_copies(minister, other_speaker, editor):
    carried("Wire", FULL, minister)
    carried("Ledger", FULL, other_speaker)
    merge_speakers(other_speaker, minister, editor)
    assert Statement.objects.get().versions == 2


def test_a_deleted_version_leaves_its_statement(minister):
    carried("Wire", FULL, minister)
    copy = carried("Ledger", FULL, minister)
    Quote.objects.filter(pk=copy.pk).delete()
    statements.refresh([copy.statement_id])
    assert not Statement.objects.exists()


def test_an_early_quote_given_its_right_speaker_joins_their_later_copies(minister, other_speaker, editor):
    early = carried("Wire", OTHER, minister, day=1)  # misattributed
    carried("Ledger", OTHER, other_speaker, day=2)
    carried("Gazette", OTHER, other_speaker, day=3)
    editing.change_speaker(Quote.objects.get(pk=early.pk), other_speaker, editor)
    assert Statement.objects.get().versions == 3


def test_a_few_stock_words_said_again_are_not_one_statement(minister):
    carried("Wire", "No comment.", minister)
    carried("Ledger", "No comment", minister)
    assert not Statement.objects.exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite writes one transaction at a time")
def test_two_workers_storing_copies_at_once_make_one_statement(transactional_db, speaker):
    """The second waits for the first's copy to be committed before it looks for copies, and joins it."""
    first_grouped, release = threading.Event(), threading.Event()
    done = {}

    def store(outlet: str, hold: bool) -> None:
        try:
            with transaction.atomic():
                source = Source.objects.create(name=outlet)
                article = Article.objects.create(source=source, title=outlet, body=f"“{FULL}” she said.",
                                                 content_hash=outlet)
                statements.group([make_quote(article, FULL, speaker=speaker)])
                if hold:
                    first_grouped.set()
                    release.wait(10)
            done[outlet] = True
        finally:
            connection.close()

    first = threading.Thread(target=store, args=("Wire", True))
    first.start()
    assert first_grouped.wait(10)
    second = threading.Thread(target=store, args=("Ledger", False))
    second.start()
    second.join(0.5)
    assert second.is_alive()  # waiting on the first's speaker lock, not grouping without its copy
    release.set()
    first.join(10)
    second.join(10)
    assert done == {"Wire": True, "Ledger": True}
    statement = Statement.objects.get()
    assert statement.versions == 2 and set(statement.quotes.values_list("article__source__name", flat=True)) == {
        "Wire", "Ledger"}


def test_grouping_everything_afresh_leaves_the_planner_statistics_of_statements(minister, sqlite_without_statistics):
    """Statistics taken before grouping say every quote shares one statement (all NULL): a statement's page would
    then be planned as a scan of every quote."""
    carried("Wire", FULL, minister)
    carried("Ledger", FULL, minister, day=2)
    assert not quote_indexes_with_statistics()
    assert statements.group_all() == 1
    assert any("statement" in index for index in quote_indexes_with_statistics())
