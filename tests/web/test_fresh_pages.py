"""Every page is made afresh from the database: whatever writes to what it shows -- a desk edit, a bulk import, a
merge, raw SQL -- is on the next page asked for, for readers and editors alike."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from quotes.models import Quote, Speaker
from quotes.services import editing, speaker_edits
from tests.conftest import make_quote

READER_PAGES = ["/quotes/", "/quotes/?speaker=elena-petrova", "/quotes/?q=pier", "/speakers/elena-petrova/",
                "/quotes/{quote}/", "/api/quotes/", "/api/quotes/{quote}/", "/api/articles/{article}/"]
DESK_PAGES = ["/desk/", "/desk/?status=all", "/desk/?speaker={speaker}", "/desk/articles/{article}/",
              "/desk/quotes/{quote}/"]


def address(template: str, quote: Quote) -> str:
    return template.format(article=quote.article_id, quote=quote.pk, speaker=quote.speaker_id)


def shown(client: Client, page: str) -> str:
    """The page without its CSRF tokens, which differ from request to request."""
    html = client.get(page).text
    return re.sub(r'("x-csrftoken": "|name="csrfmiddlewaretoken" value=")[^"]+', r"\1", html)


@pytest.mark.parametrize("page", READER_PAGES)
def test_a_desk_edit_shows_on_the_readers_next_page(client, quote, editor, page):
    before = shown(client, address(page, quote))
    editing.change_kind(quote, "indirect", editor)
    assert shown(client, address(page, quote)) != before


@pytest.mark.parametrize("page", DESK_PAGES)
def test_an_edit_shows_on_the_editors_next_page(editor_client, quote, editor, page):
    before = shown(editor_client, address(page, quote))
    editing.reject(quote, "not_speech", editor)
    after = shown(editor_client, address(page, quote))
    assert after != before
    if page == "/desk/":  # the default tab lists automatic quotes only
        assert "We will rebuild the pier" not in after


def test_bulk_created_quotes_show_at_once(client, quote, article):
    assert client.get("/api/quotes/").json()["count"] == 1
    start = article.body.index("work would start")
    Quote.objects.bulk_create([Quote(article=article, text="work would start", start=start, end=start + 16, kind="indirect", confidence=0.9)])
    assert client.get("/api/quotes/").json()["count"] == 2


def test_raw_sql_shows_at_once(client, quote):
    assert client.get(f"/quotes/{quote.pk}/").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("UPDATE quotes_quote SET status = 'rejected', reject_reason = 'not_speech' WHERE id = %s", [quote.pk])
    assert client.get("/api/quotes/").json()["count"] == 0
    assert client.get(f"/quotes/{quote.pk}/").status_code == 404


def test_a_merge_shows_on_the_speaker_page_at_once(client, quote, speaker, editor, article):
    other = Speaker.objects.create(name="E. Petrova", kind=Speaker.Kind.PERSON)
    make_quote(article, "work would start in May", kind="indirect", speaker=other)  # a page readers may see
    editing.refresh_quote_counts([other.pk])  # as an import keeps them
    assert client.get(f"/speakers/{other.slug}/").status_code == 200
    speaker_edits.merge_speakers(other, speaker, editor)
    assert client.get(f"/speakers/{other.slug}/").status_code == 302


def test_a_renamed_speaker_shows_at_once(client, quote, speaker):
    client.get("/api/quotes/")
    speaker.name = "Elena Petrova-Ruiz"
    speaker.save()
    assert client.get("/api/quotes/").json()["results"][0]["speaker"] == "Elena Petrova-Ruiz"


def test_reader_pages_hold_no_csrf_token_and_set_no_cookie(client, quote):
    page = client.get("/quotes/")
    assert "x-csrftoken" not in page.text and not page.cookies


def test_every_desk_page_carries_the_requests_own_token_and_it_works(quote, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    page = client.get("/desk/").text
    token = re.search(r'"x-csrftoken": "([^"]+)"', page).group(1)
    form_token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    headers = {"X-CSRFToken": token, "HX-Request": "true"}
    response = client.post(f"/desk/quotes/{quote.pk}/confirm/", {"version": quote.version}, headers=headers)
    assert response.status_code == 200
    assert client.post(reverse("logout"), {"csrfmiddlewaretoken": form_token}).status_code == 302


def test_a_pending_message_is_shown_once(editor_client, quote):
    # without JavaScript an edit's note is a message on the next page, and only there
    editor_client.post(f"/desk/quotes/{quote.pk}/confirm/", {"version": quote.version + 5})
    assert "ul class=\"messages\"" in editor_client.get("/desk/").text
    assert "ul class=\"messages\"" not in editor_client.get("/desk/").text
