"""Content versions: every write to what readers see raises them, once per transaction, when it commits; the
tables' own versions move only with writes to those tables; a thread sees its own writes at once."""

import pytest
from django.core.cache import cache
from django.db import connection, transaction

from quotes import content_versions
from quotes.models import Article, Quote, Source
from quotes.services import editing
from tests.conftest import make_quote


@pytest.mark.django_db(transaction=True)
def test_a_transaction_raises_the_version_once_when_it_commits(article):
    before = content_versions.content_version()
    with transaction.atomic():
        quote = make_quote(article, "We will rebuild the pier")
        Quote.objects.filter(pk=quote.pk).update(confidence=0.8)
        Article.objects.filter(pk=article.pk).update(title="Pier rebuilt")
        registered = [callback for _, callback, _ in connection.run_on_commit]
        assert len([c for c in registered if getattr(c, "__func__", None) is content_versions.WriteWatcher.committed]) == 1
        # what another process sees until the commit: a reader there may still keep the old rows
        assert cache.get(content_versions.VERSION_KEY) == before
    assert cache.get(content_versions.VERSION_KEY) == before + 1


def test_a_tables_version_moves_only_with_writes_to_that_table(client, quote, editor):
    sources = content_versions.tables_version(["quotes_source"])
    quotes = content_versions.tables_version(["quotes_quote"])
    editing.confirm(quote, editor)
    assert content_versions.tables_version(["quotes_source"]) == sources
    assert content_versions.tables_version(["quotes_quote"]) > quotes
    Source.objects.create(name="Harbour Herald")
    assert content_versions.tables_version(["quotes_source"]) > sources
    assert "Harbour Herald" in client.get("/quotes/").text  # the remembered source list is made again


@pytest.mark.parametrize(
    ("sql", "writes"),
    [
        ('UPDATE "quotes_quote" SET "status" = %s', True),
        ('INSERT INTO "quotes_article" ("title") VALUES (%s)', True),
        ('INSERT OR IGNORE INTO "quotes_speakerword" ("key") VALUES (%s)', True),
        ('DELETE FROM "quotes_speakeralias" WHERE "id" IN (%s)', True),
        ("  update quotes_source set name = %s", True),
        ('UPDATE "quotes_quoterevision" SET "undone" = %s', False),
        ('INSERT INTO "quotes_importbatch" ("status") VALUES (%s)', False),
        ('DELETE FROM "django_session" WHERE "expire_date" < %s', False),
        ('SELECT * FROM "quotes_quote"', False),
        ('SAVEPOINT "s1"', False),
    ],
)
def test_which_statements_change_what_readers_see(db, sql, writes):
    assert (content_versions._written_table(sql) is not None) is writes


def test_a_thread_sees_its_own_write_within_one_request(quote):
    content_versions.request_started()
    try:
        sources = content_versions.tables_version(["quotes_source"])
        assert content_versions.tables_version(["quotes_source"]) == sources
        Source.objects.create(name="Harbour Herald")
        assert content_versions.tables_version(["quotes_source"]) > sources
    finally:
        content_versions.request_finished()


def test_an_edit_raises_named_quotes_before_the_quotes_own_version(quote, editor, monkeypatch):
    """A page that reads a quote's new version must also see "a named quote changed" risen, or it would keep the
    rows it read before the edit under the new version (pagecache.shows_found_quotes)."""
    raised = []
    incr = cache.incr
    monkeypatch.setattr(cache, "incr", lambda key, *args, **kwargs: raised.append(key) or incr(key, *args, **kwargs))
    editing.change_kind(quote, "indirect", editor)
    content_versions.look_up([content_versions.VERSION_KEY])  # the thread's own writes are raised here
    names = [key.removeprefix(content_versions.VERSION_KEY + ":") for key in raised]
    assert names.index("quotes_quote:named-quotes") < names.index(f"quote:{quote.pk}")


@pytest.mark.django_db(transaction=True)
def test_a_committed_edit_is_raised_once_not_again_on_the_threads_next_look_up(article, editor, monkeypatch):
    quote = make_quote(article, "We will rebuild the pier")
    content_versions.look_up([content_versions.VERSION_KEY])
    raised = []
    incr = cache.incr
    monkeypatch.setattr(cache, "incr", lambda key, *args, **kwargs: raised.append(key) or incr(key, *args, **kwargs))
    editing.change_kind(editing.current(quote.pk), "indirect", editor)
    assert raised.count(content_versions.VERSION_KEY) == 1  # when it committed
    content_versions.look_up([content_versions.VERSION_KEY])
    assert raised.count(content_versions.VERSION_KEY) == 1
