"""The import service over real records and the real extractor: what is stored, what is kept on re-runs."""

import pytest

from quotes.importers.records import ArticleRecord, RecordError
from quotes.models import Article, Quote, QuoteRevision, Speaker
from quotes.services.imports import import_records
from quotes.services.reattribution import reattribute
from tests.conftest import make_quote

pytestmark = pytest.mark.slow

BODY = "\u201cWe will rebuild the pier,\u201d said Mayor Elena Petrova. Petrova said work would start in May."


def test_a_record_that_cannot_be_stored_fails_alone(db):
    records = [
        ArticleRecord(body="One road will close, said engineer Ann Cole.", location="a.jsonl:1", url="https://x.example/" + "a" * 1200),
        RecordError("a.jsonl:2", "invalid JSON"),
        ArticleRecord(body="\u201cThe bridge is safe,\u201d said engineer Ann Cole.", location="a.jsonl:3"),
    ]
    report = import_records(records)
    assert (report.created, report.failed) == (1, 2)
    assert report.errors[-1] == RecordError("a.jsonl:1", "URL longer than 1000 characters")
    assert Article.objects.get().body.startswith("\u201cThe bridge is safe")


def test_known_speakers_are_found_by_alias_across_articles(db, speaker):
    import_records([ArticleRecord(body=BODY, location="x")])
    assert Speaker.objects.filter(name_key="elena petrova").count() == 1
    speaker.refresh_from_db()
    assert speaker.quote_count == speaker.quotes.count() >= 1


def test_reattribute_replaces_only_untouched_automatic_quotes(article, speaker, editor):
    confirmed = make_quote(article, "We will rebuild the pier", speaker=speaker, status=Quote.Status.CONFIRMED)
    QuoteRevision.objects.create(quote=confirmed, user=editor, action=QuoteRevision.Action.CONFIRM)
    stale = make_quote(article, "work would start in May", kind=Quote.Kind.INDIRECT, extractor_version="old")
    n_articles, _ = reattribute([article])
    assert n_articles == 1
    confirmed.refresh_from_db()
    assert confirmed.status == Quote.Status.CONFIRMED  # the editor's verdict stands
    assert not Quote.objects.filter(pk=stale.pk).exists()  # the untouched automatic quote was replaced
    assert article.quotes.exclude(pk=confirmed.pk).filter(start__lt=confirmed.end, end__gt=confirmed.start).count() == 0


def test_a_statement_split_by_its_attribution_is_imported_as_one_quote_in_pieces(db):
    body = "Ana Ruiz is the curator. “We will open the museum in May,” said Ms Ruiz. “The roof is finally done.”"
    import_records([ArticleRecord(body=body, location="museum.txt")])
    quote = Quote.objects.get()
    assert [body[s:e] for s, e in quote.parts] == ["We will open the museum in May", "The roof is finally done."]
    assert quote.text == "We will open the museum in May … The roof is finally done."
    assert (quote.speaker.name, quote.speaker_mention) == ("Ana Ruiz", "Ms Ruiz")


def test_reported_speech_around_its_cue_is_imported_as_one_quote_in_pieces(db):
    body = "The museum, curator Ana Ruiz said, would open in May."
    import_records([ArticleRecord(body=body, location="museum.txt")])
    quote = Quote.objects.get()
    assert quote.text == "The museum … would open in May"
    assert quote.kind == Quote.Kind.INDIRECT and quote.speaker.name == "Ana Ruiz"
