"""A statement in pieces on the desk: one card, one row, marked piece by piece in the article, edited as one."""

import re

import pytest

from quotes.highlight import highlight_body
from quotes.models import Article, Quote
from quotes.services import editing
from tests.conftest import make_quote, make_statement

BODY = "“We will open in May,” said Ms Ruiz. “The roof is done.” Lee said it was over."


@pytest.fixture
def museum(source) -> Article:
    return Article.objects.create(source=source, title="Museum", body=BODY, content_hash="m" * 64)


@pytest.fixture
def statement(museum, speaker) -> Quote:
    return make_statement(museum, "We will open in May", "The roof is done.", speaker=speaker, speaker_mention="Ms Ruiz")


def marked(html: str) -> list[str]:
    return re.findall(r"<mark [^>]*>([^<]*)</mark>", html)


def test_each_piece_is_marked_and_the_attribution_between_them_is_not(statement, museum):
    html = str(highlight_body(BODY, [statement]))
    assert marked(html) == ["We will open in May", "The roof is done."]
    assert "</mark>,” said Ms Ruiz. “<mark" in html
    assert html.count("quote-start") == 1 and html.count(f'data-quote-id="{statement.pk}"') == 2


def test_a_quote_inside_the_attribution_is_marked_as_its_own(statement, museum):
    inside = make_quote(museum, "said Ms Ruiz")
    html = str(highlight_body(BODY, [statement, inside]))
    assert marked(html) == ["We will open in May", "said Ms Ruiz", "The roof is done."]
    assert f'data-quote-ids="{inside.pk}"' in html  # the statement does not cover its attribution


def test_the_article_view_shows_one_card_and_marks_both_pieces(editor_client, statement, museum):
    html = editor_client.get(f"/desk/articles/{museum.pk}/").content.decode()
    assert html.count('class="desk-quote ') == 1
    assert "We will open in May … The roof is done." in html and "in 2 pieces" in html
    assert marked(html) == ["We will open in May", "The roof is done."]


def test_confirming_a_statement_confirms_every_piece_at_once(htmx_client, statement, museum):
    response = htmx_client.post(f"/desk/quotes/{statement.pk}/confirm/", {"version": 1, "in_article": museum.pk})
    html = response.content.decode()
    assert html.count('class="quote-mark speaker-c0 status-confirmed') == 2
    statement.refresh_from_db()
    assert (statement.status, len(statement.parts)) == ("confirmed", 2)


def test_changing_the_speaker_of_a_statement_changes_it_for_every_piece(htmx_client, statement, other_speaker):
    htmx_client.post(f"/desk/quotes/{statement.pk}/speaker/", {"version": 1, "speaker": other_speaker.pk})
    statement.refresh_from_db()
    assert (statement.speaker, statement.status, len(statement.parts)) == (other_speaker, "corrected", 2)


def test_a_span_set_on_a_statement_replaces_its_pieces_and_undo_brings_them_back(statement, editor):
    start = BODY.index("The roof")
    fixed = editing.fix_span(statement, start, start + len("The roof is done."), editor)
    assert (fixed.parts, fixed.text, fixed.start) == ([], "The roof is done.", start)
    assert fixed.span_matches(BODY)
    restored = editing.undo(fixed, editor).quote
    assert (restored.parts, restored.text) == (statement.parts, "We will open in May … The roof is done.")
    assert (restored.start, restored.end) == (statement.start, statement.end)
    assert restored.span_matches(BODY)


def test_setting_a_statement_s_own_outer_span_makes_it_one_piece_with_its_attribution(htmx_client, statement, museum):
    data = {"version": 1, "start": statement.start, "end": statement.end, "in_article": museum.pk}
    html = htmx_client.post(f"/desk/quotes/{statement.pk}/span/", data).content.decode()
    statement.refresh_from_db()
    assert statement.parts == [] and statement.text == "We will open in May,” said Ms Ruiz. “The roof is done."
    assert "in 2 pieces" not in html
