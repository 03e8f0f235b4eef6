"""Desk cards come from the card cache, yet every change shows at once: the key is what the card displays. Reader
cards are written afresh, and show every change too."""

import os
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from quotes import fragments
from quotes.services import editing, speaker_edits
from tests.conftest import make_quote

pytestmark = pytest.mark.usefixtures("page_cache_off")  # cards are what these tests watch

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def card_keys() -> list[str]:
    return [key for key in cache._cache if ":card:" in key]  # LocMemCache's own store: what was kept


def test_reader_cards_are_written_afresh_and_never_kept(client, quote):
    # a reader card costs less to write from its row than a round trip to the shared cache (quotes/reader_cards.py)
    assert 'id="quote-' in client.get("/quotes/").text
    assert card_keys() == []


def test_a_renamed_speaker_shows_at_once_on_cached_cards(client, quote, speaker):
    assert "Elena Petrova" in client.get("/quotes/").text
    speaker_edits.update_speaker(speaker, "Elena Petrova-Ruiz", speaker.kind, speaker.description)
    page = client.get("/quotes/").text
    assert "Elena Petrova-Ruiz" in page


def test_a_confirmed_quote_shows_its_badge_at_once_on_cached_cards(client, quote, editor):
    assert "reviewed by an editor" not in client.get(f"/speakers/{quote.speaker.slug}/").text
    editing.confirm(quote, editor)
    assert "reviewed by an editor" in client.get(f"/speakers/{quote.speaker.slug}/").text


def test_search_words_are_marked_on_their_own_cards(client, quote):
    assert "<mark>pier</mark>" in client.get("/quotes/?q=pier").text
    assert "<mark>" not in client.get("/quotes/").text


def test_the_desk_loads_history_only_for_cards_it_renders(editor_client, quote, article):
    make_quote(article, "work would start in May", kind="indirect", confidence=0.3)
    with CaptureQueriesContext(connection) as first:
        editor_client.get("/desk/?status=all")
    with CaptureQueriesContext(connection) as second:
        editor_client.get("/desk/?status=all")
    history = [q["sql"] for q in first.captured_queries if "quotes_quoterevision" in q["sql"]]
    assert len(history) == 1
    assert not [q["sql"] for q in second.captured_queries if "quotes_quoterevision" in q["sql"]]


def test_an_edit_shows_in_the_cached_history(editor_client, quote, editor):
    assert "History (0)" in editor_client.get("/desk/?status=all").text
    editing.reject(quote, "not_speech", editor)
    page = editor_client.get("/desk/?status=all").text
    assert "History (1)" in page
    assert "status: auto → rejected" in page


def test_cached_desk_cards_carry_each_editor_their_own_csrf_token(editor, quote):
    tokens = []
    for _ in range(2):
        client = Client(enforce_csrf_checks=True)
        client.force_login(editor)
        page = client.get(f"/desk/articles/{quote.article_id}/").text
        assert fragments.CSRF_PLACEHOLDER not in page
        card = page[page.index(f'id="quote-{quote.pk}"') :]
        tokens.append((client, CSRF_INPUT.search(card).group(1)))
    (first, first_token), (second, second_token) = tokens
    confirm = f"/desk/quotes/{quote.pk}/confirm/"
    # The second editor's page came from the cache, yet only its own token is accepted (no JavaScript needed).
    assert second.post(confirm, {"version": quote.version, "csrfmiddlewaretoken": first_token}).status_code == 403
    answer = second.post(confirm, {"version": quote.version, "csrfmiddlewaretoken": second_token})
    assert answer.status_code == 302
    quote.refresh_from_db()
    assert quote.status == "confirmed"


def test_a_changed_template_gives_cards_a_new_key(tmp_path, settings):
    template = tmp_path / "card.html"
    template.write_text("{% partialdef card %}<p>{{ quote }}</p>{% endpartialdef %}")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    before = fragments.template_digest("card.html#card")
    assert fragments.template_digest("card.html#card") == before
    template.write_text("{% partialdef card %}<div>{{ quote }}</div>{% endpartialdef %}")
    os.utime(template, ns=(1, 1))
    assert fragments.template_digest("card.html#card") != before


def test_each_process_keeps_the_cards_it_used_in_front_of_the_shared_cache(editor_client, quote):
    editor_client.get("/desk/?status=all")
    cache.clear()  # the shared cache lost them (evicted, restarted): this process still has them
    with CaptureQueriesContext(connection) as again:
        page = editor_client.get("/desk/?status=all").text
    assert f'id="quote-{quote.pk}"' in page
    assert not [q["sql"] for q in again.captured_queries if "quotes_quoterevision" in q["sql"]]


def test_the_cards_kept_in_a_process_are_bounded(editor_client, article, speaker, monkeypatch):
    monkeypatch.setattr(fragments, "KEPT_IN_PROCESS", 2)
    make_quote(article, "We will rebuild the pier", speaker=speaker)
    make_quote(article, "work would start in May", speaker=speaker, kind="indirect")
    make_quote(article, "Mayor Elena Petrova", speaker=speaker, kind="partial")
    editor_client.get("/desk/?status=all")
    assert len(fragments._recent) == 2
