"""Quote cards are written afresh for every page made (quotes/reader_cards.py, quotes/desk_cards.py): every change
shows at once, and each editor's forms carry their own CSRF token."""

import re
from datetime import datetime

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import dateformat

from quotes.markup import day_month_year
from quotes.services import editing, speaker_edits

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_renamed_speaker_shows_at_once_on_cards(client, quote, speaker):
    assert "Elena Petrova" in client.get("/quotes/").text
    speaker_edits.update_speaker(speaker, "Elena Petrova-Ruiz", speaker.kind, speaker.description)
    page = client.get("/quotes/").text
    assert "Elena Petrova-Ruiz" in page


def test_a_confirmed_quote_shows_its_badge_at_once_on_cards(client, quote, editor):
    assert "reviewed by an editor" not in client.get(f"/speakers/{quote.speaker.slug}/").text
    editing.confirm(quote, editor)
    assert "reviewed by an editor" in client.get(f"/speakers/{quote.speaker.slug}/").text


def test_search_words_are_marked_on_their_own_cards(client, quote):
    assert "<mark>pier</mark>" in client.get("/quotes/?q=pier").text
    assert "<mark>" not in client.get("/quotes/").text


def test_an_edit_shows_in_the_history(editor_client, quote, editor):
    assert "History (0)" in editor_client.get("/desk/?status=all").text
    editing.reject(quote, "not_speech", editor)
    page = editor_client.get("/desk/?status=all").text
    assert "History (1)" in page
    assert "status: auto → rejected" in page


def test_desk_cards_carry_each_editor_their_own_csrf_token(editor, quote):
    tokens = []
    for _ in range(2):
        client = Client(enforce_csrf_checks=True)
        client.force_login(editor)
        page = client.get(f"/desk/articles/{quote.article_id}/").text
        card = page[page.index(f'id="quote-{quote.pk}"') :]
        tokens.append((client, CSRF_INPUT.search(card).group(1)))
    (first, first_token), (second, second_token) = tokens
    confirm = f"/desk/quotes/{quote.pk}/confirm/"
    # Only each editor's own token is accepted (no JavaScript needed).
    assert second.post(confirm, {"version": quote.version, "csrfmiddlewaretoken": first_token}).status_code == 403
    answer = second.post(confirm, {"version": quote.version, "csrfmiddlewaretoken": second_token})
    assert answer.status_code == 302
    quote.refresh_from_db()
    assert quote.status == "confirmed"


@pytest.mark.parametrize(
    "when",
    [datetime(2026, 12, 7, 9, 5), datetime(2016, 1, 31, 0, 0), datetime(2020, 5, 3, 23, 59), datetime(1999, 9, 9, 12, 30)],
)
def test_a_cards_date_reads_as_the_date_filter_writes_it(when):
    assert day_month_year(when) == dateformat.format(when, "j M Y")
    assert day_month_year(when, clock=True) == dateformat.format(when, "j M Y H:i")
