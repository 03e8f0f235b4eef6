"""The search service: safe FTS5 queries, one interface over SQLite and PostgreSQL, highlighting, context."""

import sqlite3

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given
from hypothesis import strategies as st

from quotes.models import Article, Quote, Speaker
from quotes.services import search
from quotes.services.search import (
    QuoteFilters,
    every_match,
    fts5_query,
    matching_speakers,
    quote_in_context,
    search_quotes,
    web_link,
)
from quotes.services.search_marks import highlight
from tests.conftest import make_quote
from tests.web.reader.conftest import Library, build_library, many_quotes, speaker_with_aliases


@pytest.fixture
def library(db) -> Library:
    return build_library()


@pytest.mark.parametrize(
    ("words", "query"),
    [
        ("ceasefire", '"ceasefire"'),
        ("talks  Geneva", '"talks" AND "Geneva"'),
        ('"hollow promise"', '"hollow promise"'),  # a phrase stays a phrase
        ("promise OR geneva", '("promise" OR "geneva")'),
        ("talks promise or geneva", '"talks" AND ("promise" OR "geneva")'),
        ("talks -geneva", '("talks") NOT "geneva"'),
        ('say "no" -"no comment"', '("say" AND "no") NOT "no comment"'),
        ('he said "yes', '"he" AND "said" AND "yes"'),  # an unclosed quote runs to the end
        ("NEAR(a b)", '"NEAR(a" AND "b)"'),  # FTS5 syntax is plain text
        ("text:ceasefire", '"text:ceasefire"'),
        ('ab"cd', '"ab""cd"'),  # inner quotes are doubled
        ("OR talks", '"talks"'),  # OR with nothing before it is a no-op
        ("-geneva", ""),  # nothing left to look for
        ("* ^ - ( )", ""),
        ("", ""),
        ("a\x00b", '"a" AND "b"'),  # FTS5 would read a NUL as the end of the string
    ],
)
def test_fts5_query(words, query):
    assert fts5_query(words) == query


@pytest.fixture(scope="module")
def fts5() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO t(text) VALUES ('We will not stand by while the ceasefire collapses')")
    return db


@given(st.text(max_size=60))
def test_no_input_breaks_fts5(fts5, words):
    query = fts5_query(words)
    if query:
        fts5.execute("SELECT rowid FROM t WHERE t MATCH ?", [query]).fetchall()


@given(st.lists(st.sampled_from(['"', "-", "OR", "or", "*", "(", ")", ":", "^", "NEAR", "AND", "NOT", "a", "é", "'"])))
def test_no_operator_soup_breaks_fts5(fts5, tokens):
    query = fts5_query(" ".join(tokens))
    if query:
        fts5.execute("SELECT rowid FROM t WHERE t MATCH ?", [query]).fetchall()


def test_highlight_marks_words_and_their_forms_and_escapes_the_rest():
    text = "<b>Talks</b> & talking: the talk's end"
    assert highlight(text, "talk") == (
        "&lt;b&gt;<mark>Talks</mark>&lt;/b&gt; &amp; <mark>talking</mark>: the <mark>talk</mark>&#x27;s end"
    )


def test_highlight_skips_excluded_words_and_operators():
    assert highlight("peace or war", "peace OR -war") == "<mark>peace</mark> or war"
    assert highlight("a b", "") == "a b"
    assert highlight("<i>", "") == "&lt;i&gt;"


def test_highlight_short_words_match_whole_words_only():
    assert highlight("US usual us", "us") == "<mark>US</mark> usual <mark>us</mark>"


def test_search_ranks_the_better_match_first(db):
    body = "“Harbour, harbour, harbour,” she said. “The harbour is one topic of many today,” he said."
    article = Article.objects.create(title="Harbour", body=body, content_hash="h" * 64)
    once = make_quote(article, "The harbour is one topic of many today")
    thrice = make_quote(article, "Harbour, harbour, harbour")
    assert list(search_quotes(QuoteFilters(words="harbour"))) == [thrice, once]


def test_search_uses_the_full_text_index(library):
    many_quotes(library.undated_article, None, 3000)  # enough rows that reading them all costs more
    quotes = every_match(QuoteFilters(words="ceasefire"))  # what the ranked page lists its newest matches by
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # rows that earlier tests inserted and rolled back stay in the GIN index's pending list (until a
            # vacuum), and the planner prices a scan of the index by that list's size
            cursor.execute("SELECT gin_clean_pending_list('quote_text_fts_idx')")
            cursor.execute("ANALYZE quotes_quote")
        plan = quotes.explain()
        assert "quote_text_fts_idx" in plan, plan
    else:
        assert "VIRTUAL TABLE INDEX" in quotes.explain()
    assert list(quotes) == [library.stand_by] == list(search_quotes(QuoteFilters(words="ceasefire")))


def test_matching_speakers(library):
    assert list(matching_speakers("carter")) == [library.ash, library.jimmy]
    assert list(matching_speakers("Pentagon")) == [library.pentagon]
    assert list(matching_speakers("sergei l")) == [library.lavrov]
    assert list(matching_speakers("  ")) == []
    hyphen = speaker_with_aliases("Jean-Luc Martin", Speaker.Kind.PERSON)
    assert list(matching_speakers("luc")) == [hyphen]
    Speaker.objects.filter(pk=library.jimmy.pk).update(merged_into=library.ash)
    assert list(matching_speakers("carter")) == [library.ash]


def test_search_by_typed_name_reaches_every_matching_speaker(library):
    found = set(search_quotes(QuoteFilters(who="carter")))
    assert found == {library.stand_by, library.hollow, library.peace}


def test_quote_in_context(library):
    context = quote_in_context(library.talks_continue)
    assert context.before == "Sergei Lavrov said "
    assert context.quote == "the talks would continue in Geneva"
    assert context.after.startswith(". Carter called the plan")


def test_quote_in_context_of_the_first_and_last_paragraph(db):
    article = Article.objects.create(title="t", body="“First,” said A.\n“Last,” said B.", content_hash="c" * 64)
    assert quote_in_context(make_quote(article, "First")).before == "“"
    last = quote_in_context(make_quote(article, "Last"))
    assert (last.before, last.after) == ("“", ",” said B.")


def test_web_link():
    assert web_link("https://a.example/x") == "https://a.example/x"
    assert web_link("HTTP://a.example") == "HTTP://a.example"
    assert web_link("javascript:alert(1)") is None
    assert web_link("") is None and web_link(None) is None


def test_rejected_quotes_never_match(library):
    assert not set(search_quotes(QuoteFilters(words="holding"))) & {library.talks_holding}
    assert Quote.objects.filter(pk=library.talks_holding.pk, status=Quote.Status.REJECTED).exists()


def test_count_each_at_most_counts_every_query_in_one_and_stops_at_the_cap(library, django_assert_num_queries):
    from quotes.services.counting import count_each_at_most

    quotes = Quote.objects.all()
    total = quotes.count()
    with django_assert_num_queries(1):
        counted = count_each_at_most([quotes, quotes.none(), quotes.filter(pk__in=[]), quotes.filter(kind="direct")], 2)
    assert counted == [min(total, 3), 0, 0, min(quotes.filter(kind="direct").count(), 3)]
    assert total > 3  # so the cap was reached


def test_word_scores_prefer_more_of_the_words_in_a_shorter_quote():
    from quotes.services.word_scores import best_first

    rows = [(1, "The harbour is one topic of many we discussed at length today"), (2, "Harbours, harbour, harbour"),
            (3, "The harbour wall and the harbour gate")]
    assert [pk for pk, _ in sorted(best_first(rows, "harbour"), key=lambda row: row[1])] == [2, 3, 1]
    # a short stem matches only itself, as highlighted: 'us' is not in 'usual'
    scores = dict(best_first([(1, "usual business"), (2, "all of us")], "us"))
    assert scores[1] == 0 and scores[2] < 0
    assert best_first([(1, "anything")], "-harbour") == [(1, 0.0)]


def test_sqlite_lists_the_matches_it_read_by_id_or_walks_the_dates_when_there_are_many(db, monkeypatch):
    if connection.vendor != "sqlite":
        pytest.skip("the FTS5 index is SQLite's")
    body = "“The ferry runs at dawn,” she said. “The ferry is late,” he said. “The bus is late,” she said."
    article = Article.objects.create(title="Ferries", body=body, content_hash="f" * 64)
    quotes = [make_quote(article, text) for text in ("The ferry runs at dawn", "The ferry is late", "The bus is late")]
    with CaptureQueriesContext(connection) as queries:
        few = list(search_quotes(QuoteFilters(words="ferry")))
    sqls = [q["sql"] for q in queries]
    assert sum("MATCH" in sql for sql in sqls) == 1  # read once, then listed by id
    assert any("json_each" in sql for sql in sqls)
    assert set(few) == set(quotes[:2])

    caches["local"].clear()
    monkeypatch.setattr(search, "_broad_matches", lambda: 1)  # two matches are many: walk the date index
    with CaptureQueriesContext(connection) as queries:
        many = list(search_quotes(QuoteFilters(words="ferry")))
    assert any("+quotes_quote.id IN (SELECT rowid" in q["sql"] for q in queries)
    assert not any("json_each" in q["sql"] for q in queries)
    assert many == few
