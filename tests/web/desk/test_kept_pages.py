"""Desk pages are kept for the editor who asked, until anything they show changes; each carries its request's
own CSRF token."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from quotes.pagecache import CSRF_PLACEHOLDER
from quotes.permissions import EDITORS_GROUP
from quotes.services import editing

DESK_PAGES = ["/desk/", "/desk/?status=all", "/desk/articles/{article}/", "/desk/quotes/{quote}/"]


def address(template: str, quote) -> str:
    return template.format(article=quote.article_id, quote=quote.pk)


def shown(client, page: str) -> str:
    """The page without its CSRF tokens, which differ on every request."""
    html = client.get(page).text
    return re.sub(r'("x-csrftoken": "|name="csrfmiddlewaretoken" value=")[^"]+', r"\1", html)


@pytest.fixture
def colleague(db) -> User:
    user = User.objects.create_user("colin", password="correct horse battery")
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


@pytest.mark.parametrize("page", DESK_PAGES)
def test_a_desk_page_asked_again_is_served_kept(editor_client, quote, page, django_assert_num_queries):
    first = editor_client.get(address(page, quote))
    with django_assert_num_queries(4):  # the session, the editor, their permissions (2): the page itself is kept
        again = editor_client.get(address(page, quote))
    assert again.status_code == first.status_code == 200


@pytest.mark.parametrize("page", DESK_PAGES)
def test_an_edit_shows_on_the_kept_page_at_once(editor_client, quote, editor, page):
    before = shown(editor_client, address(page, quote))
    assert shown(editor_client, address(page, quote)) == before
    editing.reject(quote, "not_speech", editor)
    after = shown(editor_client, address(page, quote))
    assert after != before
    if page == "/desk/":  # the default tab lists automatic quotes only
        assert "We will rebuild the pier" not in after


def test_every_page_carries_the_requests_own_token_and_it_works(quote, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    client.get("/desk/")
    kept = client.get("/desk/").text
    assert CSRF_PLACEHOLDER not in kept
    token = re.search(r'"x-csrftoken": "([^"]+)"', kept).group(1)
    form_token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', kept).group(1)
    response = client.post(f"/desk/quotes/{quote.pk}/confirm/", {"version": quote.version}, headers={"X-CSRFToken": token, "HX-Request": "true"})
    assert response.status_code == 200
    assert client.post(reverse("logout"), {"csrfmiddlewaretoken": form_token}).status_code == 302


def test_a_kept_page_is_never_served_to_another_editor(client, quote, editor, colleague):
    client.force_login(editor)
    assert "edna" in client.get("/desk/").text
    other = Client()
    other.force_login(colleague)
    page = other.get("/desk/").text
    assert "colin" in page and "edna" not in page


def test_a_page_with_a_pending_message_is_shown_not_kept(editor_client, quote):
    editor_client.get("/desk/")
    editor_client.post(f"/desk/quotes/{quote.pk}/reject/", {"version": 1, "reason": "no"})  # without htmx: a message
    first = editor_client.get("/desk/").text
    assert 'class="messages"' in first
    assert 'class="messages"' not in editor_client.get("/desk/").text


def test_a_lost_permission_is_refused_even_with_a_kept_page(editor_client, quote, editor):
    editor_client.get("/desk/")
    editor.groups.clear()
    assert editor_client.get("/desk/").status_code == 403


def test_an_articles_page_outlives_edits_of_other_articles_quotes(editor_client, quote, editor, source, django_assert_num_queries):
    from quotes.models import Article
    from tests.conftest import make_quote

    other = Article.objects.create(source=source, title="Ferry resumes", body="“Boats run again,” said Ana.", content_hash="b" * 64)
    elsewhere = make_quote(other, "Boats run again")
    page = f"/desk/articles/{quote.article_id}/"
    before = shown(editor_client, page)
    editing.confirm(elsewhere, editor)
    with django_assert_num_queries(4):  # the session, the editor, their permissions (2): still kept
        editor_client.get(page)
    editing.confirm(quote, editor)
    assert shown(editor_client, page) != before  # an edit of its own quote makes it again
    assert "desk-quote status-confirmed" in editor_client.get(f"/desk/articles/{other.pk}/").text
