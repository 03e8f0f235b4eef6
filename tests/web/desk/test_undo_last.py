"""`u` undoes the editor's own latest change, whichever quote it was made on and wherever the selection is now."""

import json

from django.contrib.auth.models import Group, User

from quotes.models import Article, Quote, QuoteRevision
from quotes.permissions import EDITORS_GROUP
from quotes.services import editing

UNDO_LAST = "/desk/undo/last/"


def status_of(quote: Quote) -> str:
    quote.refresh_from_db()
    return quote.status


def test_it_undoes_my_latest_change_then_the_one_before(htmx_client, editor, quote, second_quote):
    editing.confirm(quote, editor)
    editing.confirm(second_quote, editor)
    response = htmx_client.post(UNDO_LAST)
    assert (status_of(quote), status_of(second_quote)) == ("confirmed", "auto")
    html = response.content.decode()
    assert "Undone: confirm of" in html
    assert f'id="quote-{second_quote.pk}"' in html and 'hx-swap-oob="true"' in html  # the card, wherever it shows
    assert json.loads(response["HX-Trigger"])["quoteChanged"]["pk"] == second_quote.pk
    htmx_client.post(UNDO_LAST)
    assert status_of(quote) == "auto"
    assert "no change left to undo" in htmx_client.post(UNDO_LAST).content.decode()


def test_it_leaves_other_editors_changes_alone(htmx_client, editor, quote, second_quote):
    other = User.objects.create_user("otto")
    other.groups.add(Group.objects.get(name=EDITORS_GROUP))
    editing.confirm(quote, editor)
    editing.confirm(second_quote, other)
    htmx_client.post(UNDO_LAST)
    assert (status_of(quote), status_of(second_quote)) == ("auto", "confirmed")


def test_in_the_article_of_the_change_the_body_comes_too(htmx_client, editor, article, quote):
    editing.confirm(quote, editor)
    html = htmx_client.post(UNDO_LAST, {"in_article": article.pk}).content.decode()
    assert 'id="article-body"' in html and "speaker-c" in html


def test_in_another_article_that_articles_body_is_left_alone(htmx_client, editor, article, quote):
    elsewhere = Article.objects.create(title="Elsewhere", body="Nothing said.", content_hash="z" * 64)
    editing.confirm(quote, editor)
    html = htmx_client.post(UNDO_LAST, {"in_article": elsewhere.pk}).content.decode()
    assert 'id="article-body"' not in html and f'id="quote-{quote.pk}"' in html
    assert status_of(quote) == "auto"


def test_undoing_an_added_quote_deletes_its_card(htmx_client, editor, article):
    added = editing.add_quote(article, 1, 25, None, "direct", editor)
    html = htmx_client.post(UNDO_LAST, {"in_article": article.pk}).content.decode()
    assert f'<li id="quote-{added.pk}" hx-swap-oob="delete">' in html
    assert not Quote.objects.filter(pk=added.pk).exists()


def test_a_bulk_action_is_undone_as_one(htmx_client, editor, article, quote, second_quote):
    editing.confirm_article(article, editor)
    response = htmx_client.post(UNDO_LAST)
    assert "Undone for 2 quotes" in response.content.decode()
    assert set(Quote.objects.values_list("status", flat=True)) == {"auto"}


def test_a_change_someone_made_since_is_not_overwritten(htmx_client, editor, quote):
    other = User.objects.create_user("otto")
    confirmed = editing.confirm(quote, editor)
    editing.change_kind(confirmed, "partial", other)
    html = htmx_client.post(UNDO_LAST).content.decode()
    assert "Someone changed this quote after you did" in html
    assert status_of(quote) == "corrected"
    assert QuoteRevision.objects.filter(undone=True).count() == 0


def test_without_javascript_it_redirects_back_with_a_message(editor_client, editor, quote):
    editing.confirm(quote, editor)
    response = editor_client.post(UNDO_LAST, {"next": "/desk/?status=all"})
    assert (response.status_code, response["Location"]) == (302, "/desk/?status=all")
    assert status_of(quote) == "auto"


def test_readers_may_not(reader_client, quote):
    assert reader_client.post(UNDO_LAST).status_code == 403


def test_every_desk_page_offers_it(editor_client, quote, article):
    for address in ("/desk/", f"/desk/articles/{article.pk}/", f"/desk/quotes/{quote.pk}/"):
        assert 'id="undo-last"' in editor_client.get(address).content.decode()
