"""Readers are offered only speakers with public quotes, counted by their public quotes; the desk sees all.
The API serves only http(s) article addresses."""

import pytest

from quotes.models import Article, Quote, Speaker
from quotes.services import editing
from quotes.services.speakers import add_to_quote_counts, refresh_quote_counts
from tests.conftest import make_quote
from tests.web.reader.conftest import speaker_with_aliases

HTMX = {"HX-Request": "true"}


@pytest.fixture
def hidden_speaker(library) -> Speaker:
    """Quoted only below the display threshold and in a rejected quote."""
    carl = speaker_with_aliases("Carla Carter", Speaker.Kind.PERSON)
    body = "Carla Carter said the budget was a disgrace. Carla Carter said sorry."
    article = Article.objects.create(title="Budget", body=body, content_hash="h" * 64)
    make_quote(article, "the budget was a disgrace", speaker=carl, kind="indirect", confidence=0.2)
    make_quote(article, "sorry", speaker=carl, kind="indirect", status=Quote.Status.REJECTED, reject_reason="not_speech")
    refresh_quote_counts([carl.pk])
    carl.refresh_from_db()
    return carl


def names(response) -> list[str]:
    return [row["name"] for row in response.json()["results"]]


def test_a_speaker_with_only_hidden_quotes_is_offered_to_no_reader(client, hidden_speaker):
    assert (hidden_speaker.quote_count, hidden_speaker.public_quote_count) == (1, 0)
    assert "Carla Carter" not in names(client.get("/api/speakers/"))
    assert "Carla Carter" not in names(client.get("/api/speakers/", {"who": "carla"}))
    assert client.get(f"/api/speakers/{hidden_speaker.slug}/").status_code == 404
    assert client.get(f"/speakers/{hidden_speaker.slug}/").status_code == 404
    suggestions = client.get("/", {"who": "Carla"}).content.decode()
    assert "Carla Carter" not in suggestions
    assert "Carla Carter" not in client.get("/", {"who": "Carla"}, headers=HTMX).content.decode()


def test_the_desk_finds_a_speaker_with_only_hidden_quotes(editor_client, hidden_speaker):
    options = editor_client.get("/desk/speakers/", {"q": "carla"}, headers=HTMX).content.decode()
    assert "Carla Carter" in options and "1 quote" in options


def test_readers_counts_are_of_public_quotes_only(client, library):
    ash = client.get("/api/speakers/ash-carter/").json()
    assert ash["quote_count"] == 2  # stand_by and hollow; not the hidden must_hold nor the rejected talks_holding
    listed = {row["name"]: row["quote_count"] for row in client.get("/api/speakers/", {"who": "carter"}).json()["results"]}
    assert listed == {"Ash Carter": 2, "Jimmy Carter": 1}
    page = client.get("/", {"who": "Ash"}).content.decode()
    assert "2 quotes" in page and "3 quotes" not in page


def test_confirming_a_hidden_quote_makes_its_speaker_public(client, editor, hidden_speaker):
    hidden = Quote.objects.get(speaker=hidden_speaker, status=Quote.Status.AUTO)
    editing.confirm(hidden, editor)
    hidden_speaker.refresh_from_db()
    assert hidden_speaker.public_quote_count == 1
    assert "Carla Carter" in names(client.get("/api/speakers/", {"who": "carla"}))
    assert client.get(f"/speakers/{hidden_speaker.slug}/").status_code == 200


def test_a_bulk_confirmation_and_a_rejection_keep_the_public_count(editor, hidden_speaker):
    result = editing.confirm_many(Quote.objects.filter(speaker=hidden_speaker), editor)
    hidden_speaker.refresh_from_db()
    assert hidden_speaker.public_quote_count == 1
    editing.undo_group(result.group, editor)
    hidden_speaker.refresh_from_db()
    assert hidden_speaker.public_quote_count == 0


def test_imported_quotes_raise_the_public_count_only_when_shown(db, article, speaker):
    sure = Quote(article=article, speaker=speaker, text="x", start=0, end=1, confidence=0.9)
    unsure = Quote(article=article, speaker=speaker, text="y", start=1, end=2, confidence=0.1)
    add_to_quote_counts([sure, unsure])
    speaker.refresh_from_db()
    assert (speaker.quote_count, speaker.public_quote_count) == (2, 1)


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "JAVASCRIPT:alert(1)", "data:text/html,x",
                                 "//evil.example/x"])
def test_the_api_serves_only_web_addresses_of_articles(client, library, url):
    Article.objects.filter(pk=library.wire_article.pk).update(url=url)
    quote = client.get(f"/api/quotes/{library.stand_by.pk}/").json()
    assert quote["article_url"] is None
    assert client.get(f"/api/articles/{library.wire_article.pk}/").json()["url"] is None
    rows = client.get("/api/articles/").json()["results"]
    assert all(row["url"] is None or row["url"].startswith("https://") for row in rows)
    exported = b"".join(client.get("/api/quotes/export.json").streaming_content).decode()
    assert url not in exported


def test_web_addresses_are_served_as_given(client, library):
    assert client.get(f"/api/articles/{library.wire_article.pk}/").json()["url"] == "https://wire.example/carter"
