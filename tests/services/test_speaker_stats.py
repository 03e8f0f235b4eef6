"""A speaker's public quotes by month and source follow every change to the quotes, and always equal a count
made from scratch."""

from datetime import UTC, date, datetime

from quotes import speaker_stats
from quotes.models import Article, Quote
from quotes.services import editing, speaker_edits
from quotes.services.speakers import add_to_quote_counts
from tests.conftest import make_quote

MAY = datetime(2025, 5, 4, 9, 30, tzinfo=UTC)


def kept(speaker) -> tuple[list, list]:
    return speaker_stats.months_and_sources(speaker.pk)


def counted_afresh(speaker) -> tuple[list, list]:
    speaker_stats.recount()  # every speaker's, from their quotes
    return kept(speaker)


def test_imported_quotes_are_added_to_their_month_and_source(article, speaker, source):
    article.published_at = MAY
    article.save()
    quotes = [make_quote(article, "We will rebuild the pier", speaker=speaker)]
    quotes.append(make_quote(article, "work would start in May", speaker=speaker, confidence=0.1))  # hidden
    add_to_quote_counts(quotes)
    assert kept(speaker) == ([(date(2025, 5, 1), 1)], [{"name": source.name, "n": 1}])
    add_to_quote_counts(quotes[:1])  # counted in place: a second import adds to the same rows
    assert kept(speaker)[0] == [(date(2025, 5, 1), 2)]


def test_edits_merges_and_article_dates_change_the_counts(article, speaker, other_speaker, editor, source):
    quote = make_quote(article, "We will rebuild the pier", speaker=speaker)
    make_quote(article, "work would start in May", speaker=speaker, kind="indirect")
    editing.refresh_quote_counts([speaker.pk])
    month = Article.objects.get(pk=article.pk).imported_at.date().replace(day=1)  # undated: its import's month
    assert kept(speaker) == ([(month, 2)], [{"name": source.name, "n": 2}]) == counted_afresh(speaker)
    editing.reject(quote, "not_speech", editor)
    assert kept(speaker)[0] == [(month, 1)]
    article.published_at = MAY
    article.save()
    assert kept(speaker)[0] == [(date(2025, 5, 1), 1)] == counted_afresh(speaker)[0]
    speaker_edits.merge_speakers(speaker, other_speaker, editor)
    assert kept(speaker) == ([], []) and kept(other_speaker)[0] == [(date(2025, 5, 1), 1)]
    assert Quote.objects.public().filter(speaker=other_speaker).count() == 1
