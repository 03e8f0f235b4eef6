import pytest
from django.db import IntegrityError, connection, transaction

from quotes.models import Article, Quote, Speaker, SpeakerAlias
from tests.conftest import make_quote


def violates(**create):
    model = create.pop("model")
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.create(**create)


def test_quote_span_must_not_be_empty(article):
    violates(model=Quote, article=article, text="x", start=5, end=5, kind="direct")


def test_quote_confidence_must_lie_between_0_and_1(article):
    violates(model=Quote, article=article, text="We", start=1, end=3, kind="direct", confidence=1.5)
    violates(model=Quote, article=article, text="We", start=1, end=3, kind="direct", confidence=-0.1)


def test_quote_kind_and_status_must_be_known(article):
    violates(model=Quote, article=article, text="We", start=1, end=3, kind="rumour")
    violates(model=Quote, article=article, text="We", start=1, end=3, kind="direct", status="maybe")


def test_a_rejected_quote_carries_a_reason(article):
    violates(model=Quote, article=article, text="We", start=1, end=3, kind="direct", status="rejected")
    quote = make_quote(article, "We will", status="rejected", reject_reason=Quote.RejectReason.NOT_SPEECH)
    assert quote.pk


def test_the_same_span_is_stored_once_per_article(quote):
    violates(model=Quote, article=quote.article, text=quote.text, start=quote.start, end=quote.end, kind="direct")


def test_quote_text_is_the_body_slice(quote):
    assert quote.span_matches(quote.article.body)
    assert quote.article.body[quote.start : quote.end] == quote.text


def test_article_content_hash_is_unique(article):
    violates(model=Article, body="other", content_hash=article.content_hash)


def test_article_url_is_unique_only_when_present(db):
    Article.objects.create(body="one", content_hash="1" * 64, url=None)
    Article.objects.create(body="two", content_hash="2" * 64, url=None)
    Article.objects.create(body="three", content_hash="3" * 64, url="https://news.example/a")
    violates(model=Article, body="four", content_hash="4" * 64, url="https://news.example/a")


def test_alias_is_unique_per_speaker_whatever_the_case(speaker):
    violates(model=SpeakerAlias, speaker=speaker, name="PETROVA")
    other = Speaker.objects.create(name="Ivan Petrova", kind="person")
    assert SpeakerAlias.objects.create(speaker=other, name="Petrova").pk


def test_speakers_with_one_name_get_distinct_slugs(db):
    first = Speaker.objects.create(name="John Smith", kind="person")
    second = Speaker.objects.create(name="John Smith", kind="person")
    assert first.slug == "john-smith"
    assert second.slug == "john-smith-2"


def test_speaker_kind_must_be_known(db):
    violates(model=Speaker, name="X", kind="robot", slug="x")


def test_public_quotes_are_reviewed_or_confident_and_never_rejected(article, settings):
    settings.NEWSDESK_DISPLAY_THRESHOLD = 0.5
    sure = make_quote(article, "We will rebuild", confidence=0.8)
    unsure = make_quote(article, "the pier", confidence=0.3)
    confirmed = make_quote(article, "work would start", confidence=0.2, status="confirmed")
    make_quote(article, "in May", confidence=0.99, status="rejected", reject_reason="not_speech")
    assert set(Quote.objects.public()) == {sure, confirmed}
    assert unsure not in Quote.objects.public()


def test_the_full_text_index_follows_quotes_after_every_migration(article):
    """A migration that rebuilds the quotes table on SQLite drops its triggers (0011 did; 0013 made them again)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'quotes_quote'")
        assert {row[0] for row in cursor.fetchall()} >= {"quotes_quote_fts_ai", "quotes_quote_fts_ad", "quotes_quote_fts_au"}
