"""Every desk URL: anonymous users go to log in, readers get 403, writes refuse GET."""

import uuid

import pytest

from quotes.models import Quote

PAGES = ["/desk/", "/desk/articles/{article}/", "/desk/quotes/{quote}/", "/desk/speakers/"]
ACTIONS = [
    "/desk/quotes/{quote}/confirm/",
    "/desk/quotes/{quote}/reject/",
    "/desk/quotes/{quote}/kind/",
    "/desk/quotes/{quote}/span/",
    "/desk/quotes/{quote}/speaker/",
    "/desk/quotes/{quote}/undo/",
    "/desk/articles/{article}/add/",
    "/desk/articles/{article}/confirm-all/",
    "/desk/bulk-confirm/",
    "/desk/undo/{group}/",
    "/desk/speakers/{speaker}/edit/",
    "/desk/speakers/{speaker}/merge/",
    "/desk/merges/1/undo/",
]


def fill(url: str, quote: Quote) -> str:
    return url.format(quote=quote.pk, article=quote.article_id, speaker=quote.speaker_id, group=uuid.uuid4())


@pytest.mark.parametrize("url", PAGES + ACTIONS)
def test_anonymous_users_are_sent_to_log_in(client, quote, url):
    method = client.get if url in PAGES else client.post
    response = method(fill(url, quote))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_anonymous_htmx_requests_are_redirected_by_htmx(client, quote):
    response = client.post(f"/desk/quotes/{quote.pk}/confirm/", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response["HX-Redirect"].startswith("/accounts/login/")


@pytest.mark.parametrize("url", PAGES + ACTIONS)
def test_readers_are_refused(reader_client, quote, url):
    method = reader_client.get if url in PAGES else reader_client.post
    response = method(fill(url, quote), {"version": 1, "reason": "title", "speaker": quote.speaker_id})
    assert response.status_code == 403
    quote.refresh_from_db()
    assert (quote.status, quote.version) == (Quote.Status.AUTO, 1)


@pytest.mark.parametrize("url", ACTIONS)
def test_actions_refuse_get(editor_client, quote, url):
    assert editor_client.get(fill(url, quote)).status_code == 405


def test_staff_without_the_group_may_use_the_desk(client, quote, django_user_model):
    client.force_login(django_user_model.objects.create_user("stan", is_staff=True))
    assert client.get("/desk/").status_code == 200


def test_writes_need_a_csrf_token(quote, editor):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    response = strict.post(f"/desk/quotes/{quote.pk}/confirm/", {"version": 1})
    assert response.status_code == 403
    quote.refresh_from_db()
    assert quote.status == Quote.Status.AUTO
