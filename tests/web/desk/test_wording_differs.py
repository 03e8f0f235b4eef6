"""The desk's "Wording differs": statements whose versions differ, each version judged and undone by an editor."""

import pytest
from django.test import Client

from quotes.models import Quote, QuoteRevision, Statement
from tests.conftest import carried

FULL = "We will not close the ferry route this winter, and we will find the money to keep it running."
TRIMMED = "we will find the money to keep it running"
MISQUOTED = "We will close the ferry route this spring, and we will find the money to keep it running."
OTHER = "The harbour board has my full support in its talks with the operator about next year's timetable."


@pytest.fixture
def misquote(speaker, other_speaker):
    """The minister's statement in full twice, trimmed once, and misquoted once; a statement of another speaker
    carried twice, word for word."""
    carried("Wire", FULL, speaker, day=1)
    carried("Ledger", FULL, speaker, day=2)
    carried("Courier", TRIMMED, speaker, day=3)
    carried("Herald", OTHER, other_speaker, day=5)
    carried("Post", OTHER, other_speaker, day=6)
    return carried("Gazette", MISQUOTED, speaker, day=4)


def test_it_lists_the_statements_that_differ_with_their_changed_words(editor_client, misquote):
    page = editor_client.get("/desk/wording/").content.decode()
    assert page.count('class="statement"') == 1  # not the one carried word for word
    assert f'id="version-{misquote.pk}"' in page
    assert '<del title="left out">not</del>' in page
    assert '<mark class="changed" title="reference: winter">spring</mark>' in page
    assert 'value="misquote"' in page and 'value="acceptable"' in page


def test_an_editor_marks_a_difference_acceptable_and_undoes_it(htmx_client, misquote):
    response = htmx_client.post(f"/desk/wording/{misquote.pk}/judge/", {"verdict": "acceptable", "version": 1})
    assert response.status_code == 200 and "Acceptable difference" in response.content.decode()
    assert Quote.objects.get(pk=misquote.pk).wording_verdict == "acceptable"
    assert QuoteRevision.objects.get(quote=misquote).action == "accept_wording"
    assert "Every differing version has been judged" in htmx_client.get("/desk/wording/").content.decode()
    assert f'id="version-{misquote.pk}"' in htmx_client.get("/desk/wording/?judged=1").content.decode()

    version = Quote.objects.get(pk=misquote.pk).version
    undone = htmx_client.post(f"/desk/wording/{misquote.pk}/undo/", {"version": version})
    assert undone.status_code == 200 and 'value="misquote"' in undone.content.decode()
    assert Quote.objects.get(pk=misquote.pk).wording_verdict is None
    assert Statement.objects.get(pk=misquote.statement_id).to_check == 1


def test_a_confirmed_misquote_is_recorded(editor_client, misquote):
    response = editor_client.post(f"/desk/wording/{misquote.pk}/judge/", {"verdict": "misquote", "version": 1})
    assert response.status_code == 302 and response["Location"] == f"/desk/wording/#version-{misquote.pk}"
    assert Quote.objects.get(pk=misquote.pk).wording_verdict == "misquote"
    assert QuoteRevision.objects.get(quote=misquote).action == "mark_misquote"


def test_a_stale_verdict_changes_nothing(htmx_client, misquote, editor):
    from quotes.services import editing

    editing.confirm(Quote.objects.get(pk=misquote.pk), editor)  # version 2 now
    response = htmx_client.post(f"/desk/wording/{misquote.pk}/judge/", {"verdict": "misquote", "version": 1})
    assert "Someone else changed this quote" in response.content.decode()
    assert Quote.objects.get(pk=misquote.pk).wording_verdict is None


def test_an_unknown_verdict_is_refused(htmx_client, misquote):
    response = htmx_client.post(f"/desk/wording/{misquote.pk}/judge/", {"verdict": "fine", "version": 1})
    assert response.status_code == 400
    assert Quote.objects.get(pk=misquote.pk).wording_verdict is None


def test_it_is_for_editors_only(reader_client, misquote):
    assert Client().get("/desk/wording/")["Location"].startswith("/accounts/login/")
    assert reader_client.get("/desk/wording/").status_code == 403
    assert reader_client.post(f"/desk/wording/{misquote.pk}/judge/", {"verdict": "misquote", "version": 1}).status_code == 403
    assert Quote.objects.get(pk=misquote.pk).wording_verdict is None


def test_verdicts_need_post_and_a_csrf_token(editor, editor_client, misquote):
    assert editor_client.get(f"/desk/wording/{misquote.pk}/judge/").status_code == 405
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    assert strict.post(f"/desk/wording/{misquote.pk}/judge/", {"verdict": "misquote", "version": 1}).status_code == 403
    assert Quote.objects.get(pk=misquote.pk).wording_verdict is None


def test_article_text_is_escaped(editor_client, speaker):
    carried("Wire", FULL, speaker, day=1)
    carried("Ledger", FULL, speaker, day=2)
    carried("Gazette", FULL.replace("money", "<b>money</b>"), speaker, day=3)
    page = editor_client.get("/desk/wording/").content.decode()
    assert "<b>" not in page and '&lt;<ins title="added">b</ins>&gt;money' in page

