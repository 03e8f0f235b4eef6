"""A page of one speaker's (or one article's) quotes is kept until those quotes change, not until anyone's do."""

import pytest

from quotes.models import Quote, Speaker
from quotes.services import editing, speaker_edits
from tests.conftest import made_afresh, make_quote

ONE_SPEAKERS_PAGES = [
    "/quotes/?speaker={slug}",
    "/quotes/?speaker={slug}&q=pier",
    "/speakers/{slug}/",
    "/api/quotes/?speaker={slug}",
]


@pytest.fixture
def ellery(other_speaker) -> Speaker:
    return other_speaker




@pytest.mark.parametrize("address", ONE_SPEAKERS_PAGES)
def test_an_edit_of_another_speakers_quote_keeps_the_page(client, quote, ellerys_quote, editor, address):
    mine = address.format(slug="elena-petrova")
    assert made_afresh(client, mine)
    editing.confirm(ellerys_quote, editor)
    editing.change_kind(editing.current(ellerys_quote.pk), "direct", editor)
    assert not made_afresh(client, mine)
    theirs = address.format(slug="tom-ellery").replace("q=pier", "q=work")
    assert "direct" in client.get(theirs).text  # the other speaker's page is made again


@pytest.mark.parametrize("address", ONE_SPEAKERS_PAGES)
def test_an_edit_of_the_speakers_quote_shows_at_once(client, quote, ellerys_quote, editor, address, speaker):
    make_quote(quote.article, "Mayor Elena Petrova", speaker=speaker, kind="partial")  # still quoted after the edit
    editing.refresh_quote_counts([speaker.pk])
    mine = address.format(slug="elena-petrova")
    client.get(mine)
    editing.reject(quote, "not_speech", editor)
    assert made_afresh(client, mine)
    assert "We will rebuild the pier" not in client.get(mine).text


def test_a_quote_given_to_another_speaker_leaves_one_page_and_joins_the_other(client, quote, ellery, editor):
    client.get("/quotes/?speaker=elena-petrova"), client.get("/quotes/?speaker=tom-ellery")
    moved = editing.change_speaker(quote, ellery, editor)
    assert "We will rebuild the pier" not in client.get("/quotes/?speaker=elena-petrova").text
    assert "We will rebuild the pier" in client.get("/quotes/?speaker=tom-ellery").text
    editing.undo(moved, editor)  # and back
    assert "We will rebuild the pier" in client.get("/quotes/?speaker=elena-petrova").text
    assert "We will rebuild the pier" not in client.get("/quotes/?speaker=tom-ellery").text


def test_an_added_quote_and_its_undoing_show_on_the_speakers_page(client, quote, article, ellery, editor):
    client.get("/speakers/tom-ellery/")
    start = article.body.index("work would start")
    added = editing.add_quote(article, start, start + 23, ellery, "indirect", editor)
    assert "work would start in May" in client.get("/speakers/tom-ellery/").text
    editing.undo(added, editor)
    assert "work would start in May" not in client.get("/speakers/tom-ellery/").text


def test_a_write_that_names_no_speaker_reaches_every_speakers_page(client, quote, ellerys_quote):
    client.get("/quotes/?speaker=elena-petrova")
    Quote.objects.filter(pk=quote.pk).update(kind="indirect")  # an import, a script: whose rows is not said
    assert made_afresh(client, "/quotes/?speaker=elena-petrova")
    assert "indirect quote" in client.get("/quotes/?speaker=elena-petrova").text


def test_a_renamed_speaker_shows_at_once_on_their_page(client, quote, speaker):
    client.get("/quotes/?speaker=elena-petrova")
    speaker_edits.update_speaker(speaker, "Elena Petrova-Ruiz", speaker.kind, speaker.description)
    assert "Elena Petrova-Ruiz" in client.get("/quotes/?speaker=elena-petrova").text


def test_a_merge_moves_the_quotes_on_both_speakers_pages(client, quote, speaker, ellery, editor):
    client.get("/quotes/?speaker=tom-ellery"), client.get("/quotes/?speaker=elena-petrova")
    speaker_edits.merge_speakers(speaker, ellery, editor)
    assert "We will rebuild the pier" in client.get("/quotes/?speaker=tom-ellery").text
    assert "We will rebuild the pier" in client.get("/quotes/?speaker=elena-petrova").text  # the slug follows the merge


def test_the_queue_of_one_speaker_outlives_edits_of_anothers_quotes(
    editor_client, quote, ellerys_quote, editor, speaker, django_assert_num_queries
):
    address = f"/desk/?speaker={speaker.pk}&status=all"
    editor_client.get(address)
    editing.confirm(ellerys_quote, editor)
    with django_assert_num_queries(4):  # session, user, permissions (2): the editor's kept page
        editor_client.get(address)
    # the same queue restored from htmx's history: another page, made with the counts and sources remembered
    with django_assert_num_queries(6):  # session, user, permissions (2), the page of quotes, their history
        editor_client.get(address, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    editing.confirm(editing.current(quote.pk), editor)
    assert '<span class="count" data-status="confirmed">1</span>' in editor_client.get(address).text


def test_a_permalink_outlives_edits_of_other_articles_quotes(client, quote, editor, source):
    from quotes.models import Article

    other = Article.objects.create(source=source, title="Ferry resumes", body="“Boats run again,” said Ana.", content_hash="b" * 64)
    elsewhere = make_quote(other, "Boats run again")
    permalink = f"/quotes/{quote.pk}/"
    client.get(permalink)
    editing.confirm(elsewhere, editor)
    assert not made_afresh(client, permalink)
    editing.reject(editing.current(quote.pk), "not_speech", editor)
    assert client.get(permalink).status_code == 404
