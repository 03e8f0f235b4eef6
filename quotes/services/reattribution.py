"""Re-running the extractor over stored articles: it replaces only the quotes nobody touched."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef

from quotes import extraction
from quotes.models import Article, Quote, QuoteRevision
from quotes.services import statements
from quotes.services.deletion import counted_by
from quotes.services.imports import chunked, save_quotes
from quotes.services.speakers import SpeakerDirectory, refresh_quote_counts


def replaceable_quotes(article: Article):
    """Quotes the extractor may replace: automatic, its own, and never touched by an editor."""
    touched = QuoteRevision.objects.filter(quote=OuterRef("pk"))
    return article.quotes.filter(status=Quote.Status.AUTO, origin=Quote.Origin.EXTRACTOR).exclude(Exists(touched))


def reattribute(articles: Iterable[Article], chunk_size: int = 32) -> tuple[int, int]:
    """Re-run the engine; replaces only untouched automatic quotes. Returns (articles, quotes stored)."""
    speakers = SpeakerDirectory()
    model = settings.NEWSDESK_SPACY_MODEL
    n_articles = n_quotes = 0
    for chunk in chunked(articles, chunk_size):
        results = extraction.extract_many([a.body for a in chunk], model_name=model)
        for article, found in zip(chunk, results):
            try:
                with transaction.atomic():
                    old = replaceable_quotes(article)
                    affected, left = counted_by(old)
                    old.delete()
                    kept = list(article.quotes.values_list("start", "end"))
                    quotes = save_quotes(article, found, speakers, keep_clear_of=kept)
                    statements.refresh(left)  # the statements the replaced quotes were versions of
                    article.extractor_version = extraction.EXTRACTOR_VERSION
                    article.save(update_fields=["extractor_version"])
                    refresh_quote_counts(affected | {q.speaker_id for q in quotes})
            except BaseException:
                speakers.rollback()
                raise
            speakers.commit()
            n_articles += 1
            n_quotes += len(quotes)
    return n_articles, n_quotes
