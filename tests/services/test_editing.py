"""Editing quotes on a real database: versions, revisions, undo, bulk actions, speaker counts."""

import pytest
from django.contrib.auth.models import User

from quotes.models import Quote, QuoteRevision
from quotes.services import accuracy, editing
from tests.conftest import make_quote


@pytest.fixture
def rival(db) -> User:
    return User.objects.create_user("rex")


def test_confirm_bumps_the_version_and_writes_a_revision(quote, editor):
    confirmed = editing.confirm(quote, editor, seen_version=1)
    assert (confirmed.status, confirmed.version) == (Quote.Status.CONFIRMED, 2)
    revision = QuoteRevision.objects.get(quote=quote)
    assert (revision.action, revision.user, revision.undone) == ("confirm", editor, False)
    assert revision.before["status"] == "auto" and revision.after["status"] == "confirmed"
    assert (revision.before["version"], revision.after["version"]) == (1, 2)


def test_a_stale_edit_changes_nothing_and_carries_the_current_quote(quote, editor, rival, other_speaker):
    mine, theirs = Quote.objects.for_desk().get(pk=quote.pk), Quote.objects.for_desk().get(pk=quote.pk)
    editing.change_speaker(theirs, other_speaker, rival, seen_version=1)
    with pytest.raises(editing.StaleVersion) as stale:
        editing.reject(mine, Quote.RejectReason.TITLE, editor, seen_version=1)
    assert stale.value.current.speaker == other_speaker
    assert "Tom Ellery" in str(stale.value)
    quote.refresh_from_db()
    assert (quote.status, quote.speaker, quote.version) == (Quote.Status.CORRECTED, other_speaker, 2)
    assert QuoteRevision.objects.filter(quote=quote).count() == 1


def test_a_version_older_than_the_loaded_quote_is_refused(quote, editor):
    editing.confirm(quote, editor)
    with pytest.raises(editing.StaleVersion):
        editing.change_kind(Quote.objects.for_desk().get(pk=quote.pk), "partial", editor, seen_version=1)


def test_changing_the_speaker_corrects_the_quote_and_both_counts(quote, editor, speaker, other_speaker):
    editing.refresh_quote_counts([speaker.pk])
    changed = editing.change_speaker(quote, other_speaker, editor, seen_version=1)
    assert (changed.speaker, changed.status) == (other_speaker, Quote.Status.CORRECTED)
    speaker.refresh_from_db()
    other_speaker.refresh_from_db()
    assert (speaker.quote_count, other_speaker.quote_count) == (0, 1)
    revision = QuoteRevision.objects.get(quote=quote)
    assert (revision.before["speaker_name"], revision.after["speaker_name"]) == ("Elena Petrova", "Tom Ellery")


def test_reject_needs_a_known_reason_and_leaves_the_speaker_count(quote, editor, speaker):
    with pytest.raises(editing.EditError):
        editing.reject(quote, "", editor)
    rejected = editing.reject(quote, Quote.RejectReason.SCARE_QUOTE, editor)
    assert (rejected.status, rejected.reject_reason) == ("rejected", "scare_quote")
    speaker.refresh_from_db()
    assert speaker.quote_count == 0


def test_change_kind_refuses_an_unknown_kind(quote, editor):
    with pytest.raises(editing.EditError):
        editing.change_kind(quote, "sarcasm", editor)
    assert editing.change_kind(quote, "partial", editor).kind == "partial"


def test_fixing_a_span_trims_spaces_and_quote_marks_and_takes_the_text(quote, editor, article):
    start = article.body.index("“We")
    end = article.body.index(",” said") + 2
    fixed = editing.fix_span(quote, start, end, editor)
    assert fixed.text == "We will rebuild the pier,"
    assert article.body[fixed.start : fixed.end] == fixed.text
    assert fixed.status == Quote.Status.CORRECTED


@pytest.mark.parametrize("start, end", [(-1, 4), (5, 5), (10, 10_000), (0, 1)])
def test_a_span_outside_the_body_or_without_words_is_refused(quote, editor, start, end):
    with pytest.raises(editing.EditError):
        editing.fix_span(quote, start, end, editor)  # (0, 1) is only the opening quotation mark
    quote.refresh_from_db()
    assert quote.version == 1


def test_a_span_another_quote_already_has_is_refused(quote, editor, article):
    other = make_quote(article, "work would start in May")
    with pytest.raises(editing.EditError, match="exactly this span"):
        editing.fix_span(other, quote.start, quote.end, editor)
    other.refresh_from_db()
    assert other.version == 1


def test_an_added_quote_is_the_editors_and_undoing_it_removes_it(article, editor, speaker):
    start = article.body.index("work would")
    added = editing.add_quote(article, start, start + 23, speaker, "indirect", editor)
    assert (added.origin, added.status, added.text) == ("editor", "corrected", "work would start in May")
    assert QuoteRevision.objects.get(quote=added).action == "create"
    speaker.refresh_from_db()
    assert speaker.quote_count == 1
    outcome = editing.undo(added, editor)
    assert outcome.quote is None
    assert not Quote.objects.filter(pk=added.pk).exists()
    speaker.refresh_from_db()
    assert speaker.quote_count == 0


def test_undo_walks_back_through_the_editors_actions(quote, editor, other_speaker, speaker):
    quote = editing.change_speaker(quote, other_speaker, editor)
    quote = editing.change_kind(quote, "partial", editor)
    quote = editing.undo(quote, editor).quote
    assert (quote.kind, quote.speaker) == ("direct", other_speaker)
    quote = editing.undo(quote, editor).quote
    assert (quote.kind, quote.speaker, quote.status) == ("direct", speaker, "auto")
    assert list(QuoteRevision.objects.filter(quote=quote).values_list("action", "undone").order_by("pk")) == [
        ("change_speaker", True),
        ("change_kind", True),
        ("undo", False),
        ("undo", False),
    ]
    with pytest.raises(editing.EditError, match="no change"):
        editing.undo(quote, editor)


def test_undo_refuses_to_overwrite_a_later_change_by_someone_else(quote, editor, rival):
    quote = editing.confirm(quote, editor)
    quote = editing.change_kind(quote, "partial", rival)
    with pytest.raises(editing.EditError, match="after you"):
        editing.undo(quote, editor)
    quote.refresh_from_db()
    assert (quote.kind, quote.status) == ("partial", "corrected")


def test_undo_of_a_stale_copy_is_refused(quote, editor):
    quote = editing.confirm(quote, editor)
    with pytest.raises(editing.StaleVersion):
        editing.undo(quote, editor, seen_version=1)


def test_bulk_confirm_is_one_group_undone_as_one(article, editor, quote):
    other = make_quote(article, "work would start in May", confidence=0.2)
    done = make_quote(article, "said Mayor", status=Quote.Status.REJECTED, reject_reason="not_speech")
    result = editing.confirm_article(article, editor)
    assert result.changed == 2 and result.group is not None
    assert set(Quote.objects.filter(status="confirmed").values_list("pk", flat=True)) == {quote.pk, other.pk}
    assert set(QuoteRevision.objects.values_list("group", flat=True)) == {result.group}
    undone = editing.undo(Quote.objects.for_desk().get(pk=other.pk), editor)
    assert undone.bulk.changed == 2
    assert set(Quote.objects.values_list("status", flat=True)) == {"auto", "rejected"}
    done.refresh_from_db()
    assert done.status == "rejected"
    assert QuoteRevision.objects.filter(group=result.group, undone=True).count() == 2


def test_bulk_undo_leaves_quotes_changed_since(article, editor, quote, rival):
    other = make_quote(article, "work would start in May", confidence=0.2)
    result = editing.confirm_many(article.quotes.all(), editor)
    editing.change_kind(Quote.objects.for_desk().get(pk=other.pk), "indirect", rival)
    undone = editing.undo_group(result.group, editor)
    assert (undone.changed, undone.skipped) == (1, 1)
    other.refresh_from_db()
    quote.refresh_from_db()
    assert (quote.status, other.status, other.kind) == ("auto", "corrected", "indirect")


def test_bulk_confirm_with_nothing_to_confirm_has_no_group(article, editor):
    result = editing.confirm_article(article, editor)
    assert (result.changed, result.group) == (0, None)


def test_setting_the_speaker_it_already_has_changes_nothing(quote, editor, speaker):
    same = editing.change_speaker(quote, speaker, editor, seen_version=1)
    quote.refresh_from_db()
    assert (same.status, quote.status, quote.version) == ("auto", "auto", 1)
    assert not QuoteRevision.objects.filter(quote=quote).exists()
    assert accuracy.overall().judged == 0


def test_setting_the_kind_it_already_has_changes_nothing(quote, editor):
    editing.change_kind(quote, quote.kind, editor, seen_version=1)
    quote.refresh_from_db()
    assert (quote.status, quote.version) == ("auto", 1)
    assert not QuoteRevision.objects.exists()
    assert accuracy.overall().judged == 0


def test_a_no_change_edit_on_a_stale_copy_is_still_refused(quote, editor, speaker):
    fresh = editing.confirm(quote, editor)
    with pytest.raises(editing.StaleVersion):
        editing.change_kind(fresh, fresh.kind, editor, seen_version=1)


def test_only_its_author_or_staff_may_undo_a_bulk_action(article, editor, quote, rival):
    result = editing.confirm_article(article, editor)
    with pytest.raises(editing.EditError, match="Only the editor"):
        editing.undo_group(result.group, rival)
    with pytest.raises(editing.EditError):
        editing.undo_group(result.group, None)
    quote.refresh_from_db()
    assert quote.status == "confirmed"
    rival.is_staff = True
    rival.save()
    assert editing.undo_group(result.group, rival).changed == 1
    quote.refresh_from_db()
    assert quote.status == "auto"
