"""A page of quotes a search found (by words, kind, review state) is kept until the quotes it shows change, or a
write changes what the search finds quotes by -- not until any edit of any quote."""

import pytest
from django.db import connection

from quotes import content_versions
from quotes.models import Article, Quote
from quotes.services import editing, speaker_edits
from tests.conftest import made_afresh, make_quote

FOUND_BY_WORDS = ["/quotes/?q=pier", "/api/quotes/?q=pier", "/quotes/?q=pier&page=1"]




@pytest.mark.parametrize("address", FOUND_BY_WORDS)
def test_an_edit_of_a_quote_the_page_does_not_show_keeps_it(client, quote, ellerys_quote, editor, address):
    assert made_afresh(client, address)
    confirmed = editing.confirm(ellerys_quote, editor)
    editing.change_speaker(editing.change_kind(confirmed, "direct", editor), None, editor)
    assert not made_afresh(client, address)


@pytest.mark.parametrize("address", FOUND_BY_WORDS)
def test_an_edit_of_a_quote_the_page_shows_reaches_it_at_once(client, quote, ellerys_quote, editor, address):
    client.get(address)
    editing.change_kind(quote, "indirect", editor)
    assert made_afresh(client, address)
    assert "indirect" in client.get(address).text


def test_a_quote_whose_new_span_has_the_words_joins_the_search_and_leaves_on_undo(client, quote, editor):
    assert "work would" not in client.get("/quotes/?q=petrova").text  # no quote's words say "Petrova" yet
    body = quote.article.body
    fixed = editing.fix_span(quote, body.index("Petrova said"), len(body), editor)
    assert "said work would start in May" in client.get("/quotes/?q=petrova").text
    editing.undo(fixed, editor)
    assert "work would start" not in client.get("/quotes/?q=petrova").text


def test_a_rejected_quote_leaves_the_count_of_pages_that_do_not_show_it(client, article, speaker, editor):
    many = Article.objects.create(title="Harbour", body=" ".join(f"Pier {n} is ready." for n in range(30)),
                                  content_hash="b" * 64)
    found = [make_quote(many, f"Pier {n} is ready", speaker=speaker) for n in range(30)]
    assert "30 quotes" in client.get("/quotes/?q=pier").text
    oldest_not_on_page_one = min(found, key=lambda quote: quote.pk)
    editing.reject(oldest_not_on_page_one, "not_speech", editor)
    assert "29 quotes" in client.get("/quotes/?q=pier").text


def test_a_hidden_quote_confirmed_joins_the_search(client, article, speaker, quote, ellerys_quote, editor):
    Quote.objects.filter(pk=ellerys_quote.pk).update(confidence=0.1)  # below the threshold: readers do not see it
    assert "work would start in" not in client.get("/quotes/?q=may").text
    editing.confirm(editing.current(ellerys_quote.pk), editor)
    assert "work would start in" in client.get("/quotes/?q=may").text


def test_an_added_quote_and_its_undoing_show_in_the_search(client, quote, article, other_speaker, editor):
    client.get("/quotes/?q=may")
    start = article.body.index("work would start")
    added = editing.add_quote(article, start, start + 23, other_speaker, "indirect", editor)
    assert "work would start in" in client.get("/quotes/?q=may").text
    editing.undo(added, editor)
    assert "work would start in" not in client.get("/quotes/?q=may").text


def test_a_page_found_by_kind_sees_a_quote_change_kind(client, quote, ellerys_quote, editor):
    assert "work would start" not in client.get("/quotes/?kind=direct").text
    assert "work would start" not in client.get("/api/quotes/?kind=direct").text
    editing.change_kind(ellerys_quote, "direct", editor)
    assert "work would start" in client.get("/quotes/?kind=direct").text
    assert "work would start" in client.get("/api/quotes/?kind=direct").text


def test_a_page_of_reviewed_quotes_sees_a_confirmation(client, quote, ellerys_quote, editor):
    assert "work would start" not in client.get("/quotes/?reviewed=on").text
    editing.confirm(ellerys_quote, editor)
    assert "work would start" in client.get("/quotes/?reviewed=on").text
    client.get("/quotes/?q=pier")
    editing.confirm(editing.current(quote.pk), editor)  # the confirmed quote is shown: its card changes
    assert "reviewed by an editor" in client.get("/quotes/?q=pier").text


def test_a_write_that_names_no_quotes_reaches_every_search(client, quote, ellerys_quote):
    client.get("/quotes/?q=pier")
    Quote.objects.filter(pk=ellerys_quote.pk).update(text="the pier will open")  # an import, a script
    assert made_afresh(client, "/quotes/?q=pier")


def test_a_speakers_new_name_shows_on_the_cards_that_name_them(client, quote, speaker, editor):
    client.get("/quotes/?q=pier")
    speaker_edits.update_speaker(speaker, "Elena Petrova-Ruiz", speaker.kind, speaker.description)
    assert "Elena Petrova-Ruiz" in client.get("/quotes/?q=pier").text


def test_an_edit_between_reading_the_quotes_and_filing_the_page_is_not_lost(client, quote, editor):
    """Another editor's change of a shown quote commits after the page read its rows and before the page looked up
    that quote's version: the page (of the old row) must not be kept under the new version."""
    edited = []

    def edit_once_the_cards_are_read(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not edited and '"quotes_quote"."kind"' in sql and sql.lstrip().upper().startswith("SELECT"):
            edited.append(True)
            with content_versions.writes_of(speakers=[quote.speaker_id], articles=[quote.article_id], quotes=[quote.pk],
                                     aspects=["kind"]):
                Quote.objects.filter(pk=quote.pk).update(kind="indirect")
        return result

    with connection.execute_wrapper(edit_once_the_cards_are_read):
        assert "direct quote" in client.get("/quotes/?q=pier").text  # made from the row before the change
    assert edited
    assert "indirect quote" in client.get("/quotes/?q=pier").text
