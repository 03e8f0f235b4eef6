"""What the million-quote benchmarks rely on: quotes carry their article's date on every write path, counts
stop at a cap, and word searches rank only their newest matches instead of every match."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quotes.importers.records import ArticleRecord
from quotes.models import Article, Quote, Source, Speaker
from quotes.services import counting, editing, search
from quotes.services.imports import import_records
from quotes.services.search import QuoteFilters
from tests.conftest import make_quote

MAY = datetime(2025, 5, 4, 9, 30, tzinfo=UTC)


def dated(title: str, body: str, when: datetime | None) -> Article:
    return Article.objects.create(title=title, body=body, content_hash=title.ljust(64, "x"), published_at=when)


def test_a_saved_quote_takes_its_articles_date(db):
    article = dated("a", "Mayor Ruiz said “the pier opens in May”.", MAY)
    assert make_quote(article, "the pier opens in May").published_at == MAY
    undated = dated("b", "Ruiz said “no date here”.", None)
    assert make_quote(undated, "no date here").published_at is None  # and sorts last


def test_bulk_created_quotes_take_their_articles_date_even_when_only_the_id_is_given(db, django_assert_num_queries):
    article = dated("c", "“One,” she said. “Two,” she said.", MAY)
    rows = [Quote(article_id=article.pk, text="One", start=1, end=4, kind="direct"),
            Quote(article_id=article.pk, text="Two", start=17, end=20, kind="direct")]
    with django_assert_num_queries(2):  # the articles' dates in one query, then the insert
        Quote.objects.bulk_create(rows)
    assert set(Quote.objects.values_list("published_at", flat=True)) == {MAY}


def test_an_editors_added_quote_takes_its_articles_date(db, editor):
    article = dated("d", "Ruiz said the pier would open in May.", MAY)
    quote = editing.add_quote(article, 10, 37, None, "indirect", editor)
    assert Quote.objects.get(pk=quote.pk).published_at == MAY


@pytest.mark.slow
def test_imported_quotes_take_their_articles_date_and_source(db):
    body = "“The harbour will reopen on Monday,” said harbourmaster Ann Cole. Boats queued all night."
    record = ArticleRecord(location="t:1", body=body, title="Harbour", url="https://x.example/1", published_at=MAY)
    import_records([record], source_name="Harbour Gazette")
    assert Quote.objects.count() >= 1
    assert set(Quote.objects.values_list("published_at", flat=True)) == {MAY}
    assert set(Quote.objects.values_list("source__name", flat=True)) == {"Harbour Gazette"}


def many(n: int, when: datetime) -> None:
    article = dated(f"many-{when:%Y}", " ".join(f"Budget line {i}." for i in range(n)), when)
    offsets = [article.body.index(f"Budget line {i}.") for i in range(n)]
    Quote.objects.bulk_create(
        Quote(article=article, text=f"Budget line {i}.", start=s, end=s + len(f"Budget line {i}."), kind="direct")
        for i, s in enumerate(offsets)
    )


@pytest.fixture
def counts_capped_at_20(monkeypatch):
    monkeypatch.setattr(counting, "COUNT_CAP", 20)


def test_counts_stop_at_the_cap_and_say_so(db):
    many(30, MAY)
    found, count_of = search.search_and_count(QuoteFilters())
    paginator = counting.CappedPaginator(found, per_page=10, cap=25, count_of=count_of)
    assert (paginator.count, paginator.capped, paginator.num_pages) == (25, True, 3)
    exact = counting.CappedPaginator(found, per_page=10, cap=30, count_of=count_of)
    assert (exact.count, exact.capped) == (30, False)


def test_the_search_page_shows_a_capped_count(client, db, counts_capped_at_20):
    many(30, MAY)
    assert "20+ quotes" in client.get("/quotes/").content.decode()


@pytest.mark.parametrize("by_speaker", [False, True])
def test_word_searches_count_their_matches_up_to_the_cap(client, db, counts_capped_at_20, by_speaker):
    many(30, MAY)
    speaker = Speaker.objects.create(name="Ann Cole")
    Quote.objects.filter(text__in=["Budget line 7.", *(f"Budget line {i}." for i in range(10, 30))]).update(
        speaker=speaker
    )
    make_quote(dated("other", "“Budget talk,” said Bo.", MAY), "Budget talk")  # by nobody: not Ann Cole's
    params = {"speaker": speaker.slug} if by_speaker else {}

    def summary(words: str) -> str:
        page = client.get("/quotes/", {"q": words, **params}).content.decode()
        return " ".join(page.split('class="summary">')[1].split()[:2])

    assert summary("budget") == "20+ quotes"
    assert summary("line 7") == "1 quote"
    assert summary("line -7") == ("20 quotes" if by_speaker else "20+ quotes")
    assert summary("talk") == ("0 quotes" if by_speaker else "1 quote")


def test_a_broad_word_is_looked_up_once_per_process(client, db, monkeypatch):
    monkeypatch.setattr(search, "BROAD_MATCHES", 5)
    many(30, MAY)
    client.get("/quotes/", {"q": "budget"})
    with CaptureQueriesContext(connection) as looked_again:
        client.get("/quotes/", {"q": "budget"})
    assert not [q["sql"] for q in looked_again if "COUNT(" in q["sql"]]  # "more than 5" is remembered


def test_sqlite_walks_the_date_index_only_for_words_in_more_quotes_than_the_corpus_size_warrants(db, monkeypatch):
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL chooses its own plan (quotes/services/newest_matches.py)")
    monkeypatch.setattr(search, "BROAD_MATCHES", 1)
    many(30, MAY)  # "budget" in 30 quotes, "line 1" in 11 ("line 1", "line 10" ... "line 19")
    newest = Quote.objects.order_by("-pk").values_list("pk", flat=True).first()
    assert search._broad_matches() == int((search.WALK_FACTOR * newest) ** 0.5)  # 23 for the first 30 quotes

    def listed_by_walking(words: str) -> bool:
        with CaptureQueriesContext(connection) as queries:
            search.search_quotes(QuoteFilters(words=words))
        return any("+quotes_quote.id IN" in q["sql"] for q in queries)

    assert search._broad_matches() < 30  # walked past 23 matches, joined up to it
    assert listed_by_walking("budget")
    assert not listed_by_walking('"line 1"')


def test_word_searches_rank_only_their_newest_matches_and_say_so(client, db, monkeypatch):
    many(6, datetime(2019, 1, 1, tzinfo=UTC))
    many(6, MAY)
    assert len(list(search.search_quotes(QuoteFilters(words="budget")))) == 12
    monkeypatch.setattr(search, "RANKED_AMONG", 5)
    ranked = list(search.search_quotes(QuoteFilters(words="budget")))
    assert [q.published_at.year for q in ranked] == [2025] * 5
    assert "5+ quotes" in client.get("/quotes/", {"q": "budget"}).content.decode()
    assert client.get("/api/quotes/", {"q": "budget"}).json()["count_capped"] is True
    # the exports stream every match, newest first
    assert [q.published_at.year for q in search.every_match(QuoteFilters(words="budget"))] == [2025] * 6 + [2019] * 6


def test_quotes_carry_their_articles_source_however_they_are_made(db, editor):
    gazette = Source.objects.create(name="Evening Gazette")
    body = "“Yes,” she said. “No,” he said."
    article = Article.objects.create(source=gazette, title="t", body=body, content_hash="s" * 64)
    saved = Quote.objects.create(article=article, text="Yes", start=1, end=4, kind="direct")
    bulk = Quote.objects.bulk_create([Quote(article_id=article.pk, text="No", start=18, end=20, kind="direct")])[0]
    assert saved.source_id == bulk.source_id == gazette.pk
    added = editing.add_quote(article, 0, 5, None, "direct", editor)
    assert added.source_id == gazette.pk
    # an article moved to another source takes its quotes' copies with it
    wire = Source.objects.create(name="Wire")
    article.source = wire
    article.save()
    assert set(Quote.objects.values_list("source", flat=True)) == {wire.pk}
