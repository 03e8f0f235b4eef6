"""Readers see a statement once, with every outlet that carried it and the words each changed."""

import pytest

from quotes.models import Quote
from tests.conftest import carried

FULL = "We will not close the ferry route this winter, and we will find the money to keep it running."
TRIMMED = "we will find the money to keep it running"
MISQUOTED = "We will close the ferry route this winter, and we will find the money to keep it running."


@pytest.fixture
def statement(speaker):
    """One statement by the minister, carried by three outlets: in full, trimmed, and with "not" dropped."""
    return [
        carried("Wire", FULL, speaker, day=1),
        carried("Ledger", TRIMMED, speaker, day=2),
        carried("Gazette", MISQUOTED, speaker, day=3),
    ]


def test_the_quote_page_lists_every_outlets_wording_with_the_changed_words_marked(client, statement):
    full, trimmed, misquoted = (Quote.objects.get(pk=q.pk) for q in statement)
    page = client.get(f"/quotes/{full.pk}/").content.decode()
    assert "Carried by 3 outlets" in page
    for outlet, quote in [("Wire", full), ("Ledger", trimmed), ("Gazette", misquoted)]:
        assert f'id="version-{quote.pk}"' in page and outlet in page
    assert f'href="/quotes/{misquoted.pk}/"' in page and 'href="https://gazette.example/3"' in page
    assert '<del title="left out">not</del>' in page  # the one word the Gazette dropped, and no other
    assert page.count("<del") == 1 and "<ins" not in page and 'class="changed"' not in page
    assert "wording differs" in page and "trimmed" in page


def test_a_quote_alone_says_nothing_about_outlets(client, quote):
    page = client.get(f"/quotes/{quote.pk}/").content.decode()
    assert "Carried by" not in page and 'id="versions"' not in page


def test_the_speaker_page_and_the_search_list_the_statement_once(client, statement, speaker):
    lead = statement[0]
    speaker_page = client.get(f"/speakers/{speaker.slug}/").content.decode()
    results = client.get("/quotes/", {"q": "ferry"}).content.decode()
    for page in (speaker_page, results):
        assert page.count('class="quote result') == 1
        assert f'id="quote-{lead.pk}"' in page and "Carried by 3 outlets" in page


def test_one_outlets_quotes_show_its_own_version(client, statement):
    gazette = statement[2]
    results = client.get("/quotes/", {"source": gazette.source_id}).content.decode()
    assert f'id="quote-{gazette.pk}"' in results and results.count('class="quote result') == 1


def test_a_rejected_lead_hands_the_listing_to_another_version(editor_client, client, statement, speaker, editor):
    from quotes.services import editing

    editing.reject(Quote.objects.get(pk=statement[0].pk), "not_speech", editor)
    page = client.get(f"/speakers/{speaker.slug}/").content.decode()
    assert page.count('class="quote result') == 1 and "Carried by 2 outlets" in page


def test_search_pages_make_as_many_queries_with_statements(client, statement, speaker, django_assert_max_num_queries):
    # the statement's outlets come with the quotes (one join), not one query per card
    with django_assert_max_num_queries(6):
        client.get(f"/speakers/{speaker.slug}/")
