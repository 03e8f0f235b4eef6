"""Deleting articles or quotes outside the desk (the admin, a script): what counted the deleted quotes counts again.

A quote's speaker counts it (`quote_count`, the monthly and per-outlet statistics) and its statement counts it as
a version; a plain cascade leaves those numbers as they were, and a statement with a deleted reference.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet

from quotes.models import Article, Quote
from quotes.services import statements
from quotes.services.speakers import refresh_quote_counts


def delete_articles(articles: QuerySet[Article]) -> int:
    """Delete the articles with their quotes; returns how many articles went."""
    with transaction.atomic():
        counted = counted_by(Quote.objects.filter(article__in=articles))
        deleted = articles.delete()[1].get(Article._meta.label, 0)
        _count_again(*counted)
    return deleted


def delete_quotes(quotes: QuerySet[Quote]) -> int:
    """Delete the quotes (with their revisions and keys); returns how many went."""
    with transaction.atomic():
        counted = counted_by(quotes)
        deleted = quotes.delete()[1].get(Quote._meta.label, 0)
        _count_again(*counted)
    return deleted


def counted_by(quotes: QuerySet[Quote]) -> tuple[set[int], set[int]]:
    """The speakers and statements that count these quotes, to count again once they are gone or replaced."""
    speakers, found = set(), set()
    for speaker_id, statement_id in quotes.values_list("speaker_id", "statement_id"):
        speakers.add(speaker_id)
        found.add(statement_id)
    return speakers, found


def _count_again(speakers: set[int], found: set[int]) -> None:
    refresh_quote_counts(speakers)
    statements.refresh(found)  # a statement left with one version dissolves
