"""The fixed cast: an anonymous `client`, a `reader_client` (logged in, no rights), an `editor_client`."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quotes.models import Article, Quote, Source, Speaker, SpeakerAlias, join_pieces
from quotes.permissions import EDITORS_GROUP
from quotes.services import statements
from quotes.services.speakers import refresh_quote_counts

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEMO = Path(__file__).resolve().parents[1] / "demo"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: what one test's search remembered must not answer another's."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def editor(db) -> User:
    user = User.objects.create_user("edna", password="correct horse battery")
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


@pytest.fixture
def reader(db) -> User:
    return User.objects.create_user("rita", password="correct horse battery")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


@pytest.fixture
def source(db) -> Source:
    return Source.objects.create(name="Coastal Courier", domain="courier.example")


@pytest.fixture
def article(source) -> Article:
    body = "“We will rebuild the pier,” said Mayor Elena Petrova. Petrova said work would start in May."
    return Article.objects.create(source=source, title="Pier to be rebuilt", body=body, content_hash="a" * 64)


@pytest.fixture
def speaker(db) -> Speaker:
    speaker = Speaker.objects.create(name="Elena Petrova", kind=Speaker.Kind.PERSON, description="mayor")
    SpeakerAlias.objects.create(speaker=speaker, name="Elena Petrova")
    SpeakerAlias.objects.create(speaker=speaker, name="Petrova")
    return speaker


@pytest.fixture
def other_speaker(db) -> Speaker:
    """A second speaker, for moving quotes between speakers."""
    speaker = Speaker.objects.create(name="Tom Ellery", kind=Speaker.Kind.PERSON)
    SpeakerAlias.objects.create(speaker=speaker, name="Tom Ellery")
    return speaker


def make_quote(article: Article, text: str, **fields) -> Quote:
    start = article.body.index(text)
    fields.setdefault("kind", Quote.Kind.DIRECT)
    fields.setdefault("confidence", 0.9)
    return Quote.objects.create(article=article, text=text, start=start, end=start + len(text), **fields)


def make_statement(article: Article, *words: str, **fields) -> Quote:
    """A quote in pieces, as import stores a statement split by its attribution: `words` in order in the body."""
    pieces, at = [], 0
    for piece in words:
        start = article.body.index(piece, at)
        pieces.append((start, start + len(piece)))
        at = start + len(piece)
    fields.setdefault("kind", Quote.Kind.DIRECT)
    fields.setdefault("confidence", 0.9)
    text = join_pieces(article.body, pieces)
    parts = [list(piece) for piece in pieces]
    return Quote.objects.create(article=article, text=text, start=pieces[0][0], end=pieces[-1][1], parts=parts, **fields)


@pytest.fixture
def ellerys_quote(article, other_speaker) -> Quote:
    """A quote by the other speaker in the same article, matching none of `quote`'s words."""
    quote = make_quote(article, "work would start in May", kind="indirect", speaker=other_speaker)
    refresh_quote_counts([other_speaker.pk])  # as an import keeps them (the speaker page reads them)
    return quote


def made_afresh(client, address: str) -> bool:
    """Whether the page was made (it read the database) rather than served as kept."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries) > 0


@pytest.fixture
def quote(article, speaker) -> Quote:
    quote = make_quote(article, "We will rebuild the pier", speaker=speaker, cue="said", speaker_mention="Mayor Elena Petrova")
    refresh_quote_counts([speaker.pk])  # as an import keeps them (the speaker page reads them)
    return quote


@pytest.fixture
def sqlite_without_statistics(db) -> None:
    """A SQLite database whose planner statistics are gone (PostgreSQL's autovacuum keeps its own: skipped)."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's autovacuum keeps its own statistics")
    if quote_indexes_with_statistics() is not None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM sqlite_stat1")


def quote_indexes_with_statistics() -> set[str] | None:
    """The quote table's indexes SQLite has statistics for; None when it has never run ANALYZE."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone() is None:
            return None
        cursor.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'quotes_quote'")
        return {row[0] for row in cursor.fetchall()}


def carried(outlet: str, text: str, speaker: Speaker, day: int = 1, **fields) -> Quote:
    """`text` as a quote of `speaker` in an article of its own from `outlet`, grouped into statements and counted
    as import groups and counts it (quotes/services/statements.py)."""
    source, _ = Source.objects.get_or_create(name=outlet)
    body = f"Kessport: “{text}” the minister said."
    article = Article.objects.create(
        source=source, title=f"{outlet} story", body=body, content_hash=f"{outlet}-{text}"[:64],
        url=f"https://{outlet.lower().replace(' ', '-')}.example/{Article.objects.count() + 1}", published_at=datetime(2026, 11, day, tzinfo=UTC),
    )
    quote = make_quote(article, text, speaker=speaker, **fields)
    statements.group([quote])
    refresh_quote_counts([speaker.pk])  # and counted as import counts it (the speaker page reads the counts)
    quote.refresh_from_db()
    return quote
