"""Deleting in the admin counts again what counted the deleted quotes: speakers' counts and statements."""

from quotes.models import Article, Quote, Speaker, Statement
from quotes.speaker_stats import SpeakerMonth
from tests.conftest import carried

FULL = "We will not close the ferry route this winter, and we will find the money to keep it running."


def test_deleting_an_article_dissolves_a_statement_left_with_one_version_and_recounts_its_speaker(admin_client, speaker):
    kept = carried("Wire", FULL, speaker)
    gone = carried("Ledger", FULL, speaker, day=2)
    assert Statement.objects.count() == 1 and Speaker.objects.get(pk=speaker.pk).quote_count == 2
    response = admin_client.post(f"/admin/quotes/article/{gone.article_id}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Article.objects.filter(pk=gone.article_id).exists()
    assert not Statement.objects.exists()
    kept.refresh_from_db()
    assert (kept.statement_id, kept.wording) == (None, None)
    speaker.refresh_from_db()
    assert (speaker.quote_count, speaker.public_quote_count) == (1, 1)
    assert sum(SpeakerMonth.objects.filter(speaker=speaker).values_list("n", flat=True)) == 1


def test_deleting_a_selection_of_articles_keeps_the_statement_of_those_left(admin_client, speaker):
    quotes = [carried(outlet, FULL, speaker, day=n) for n, outlet in enumerate(["Wire", "Ledger", "Gazette"], 1)]
    response = admin_client.post("/admin/quotes/article/", {
        "action": "delete_selected", "_selected_action": [quotes[0].article_id], "post": "yes",
    })
    assert response.status_code == 302
    statement = Statement.objects.get()
    assert (statement.versions, statement.outlets) == (2, 2)
    assert statement.reference_id in {quotes[1].pk, quotes[2].pk}
    assert Speaker.objects.get(pk=speaker.pk).quote_count == 2


def test_deleting_a_quote_counts_its_statement_and_speaker_again(admin_client, speaker):
    quotes = [carried(outlet, FULL, speaker, day=n) for n, outlet in enumerate(["Wire", "Ledger", "Gazette"], 1)]
    response = admin_client.post(f"/admin/quotes/quote/{quotes[0].pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Quote.objects.filter(pk=quotes[0].pk).exists()
    assert Statement.objects.get().versions == 2
    assert Speaker.objects.get(pk=speaker.pk).quote_count == 2
