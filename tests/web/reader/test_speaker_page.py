"""The speaker page: who they are, how often and where they were quoted, their latest public quotes."""

import re
from datetime import UTC, date, datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from quotes.charts import period_counts, quotes_over_time
from quotes.models import Article, Quote, Speaker
from quotes.services.speakers import refresh_quote_counts
from tests.conftest import make_quote
from tests.web.reader.conftest import many_quotes


def test_it_shows_the_speaker_and_their_aliases(client, library):
    content = client.get("/speakers/ash-carter/").content.decode()
    assert "<h1>Ash Carter</h1>" in content
    assert "Person" in content and "US Secretary of Defense" in content
    assert re.findall(r'<span class="alias">([^<]+)</span>', content) == ["Ash Carter", "Carter", "Secretary Carter"]


def test_it_counts_and_lists_only_public_quotes(client, library):
    content = client.get("/speakers/ash-carter/").content.decode()
    assert "<strong>2</strong> public quotes" in content
    assert re.findall(r'id="quote-(\d+)"', content) == [str(library.hollow.pk), str(library.stand_by.pk)]
    assert "talks were holding" not in content and "the ceasefire must hold" not in content
    assert 'href="/quotes/?speaker=ash-carter">search all of them' in content


def test_it_charts_quotes_over_time(client, library):
    content = client.get("/speakers/ash-carter/").content.decode()
    svg = content[content.index("<svg") : content.index("</svg>")]
    assert re.findall(r"<title>([^<]+)</title>", svg) == ["Mar 2016: 1", "Apr 2016: 0", "May 2016: 1"]


def test_it_lists_the_sources_that_quoted_them(client, library):
    content = client.get("/speakers/ash-carter/").content.decode()
    sources = content[content.index("Quoted by") :]
    assert "Evening Gazette" in sources and "Wire Service" in sources


def test_a_speaker_without_public_quotes_has_no_page(client, library):
    quiet = Speaker.objects.create(name="Quiet Person", kind=Speaker.Kind.PERSON)
    assert client.get(f"/speakers/{quiet.slug}/").status_code == 404


def test_a_merged_speaker_redirects_to_the_one_it_was_merged_into(client, library):
    old = Speaker.objects.create(name="A. Carter", merged_into=library.ash)
    older = Speaker.objects.create(name="Ashton Carter", merged_into=old)
    response = client.get(f"/speakers/{older.slug}/")
    assert response.status_code == 302 and response["Location"] == "/speakers/ash-carter/"


def test_an_unknown_speaker_is_not_found(client, db):
    assert client.get("/speakers/nobody/").status_code == 404


def test_speaker_page_queries(client, library, django_assert_num_queries):
    many_quotes(library.wire_article, library.ash, 50)
    # speaker, aliases (prefetch), their quotes' counts by month and by source in one (kept as quotes change: no
    # pass over their quotes), latest quotes joined to article/source
    with django_assert_num_queries(4):
        response = client.get("/speakers/ash-carter/")
    assert response.content.count(b'class="quote result') == 10


def test_the_counts_are_kept_by_month_and_source_without_reading_the_quotes(client, library):
    many_quotes(library.wire_article, library.ash, 50)
    with CaptureQueriesContext(connection) as queries:
        client.get("/speakers/ash-carter/")
    counting = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()]
    assert counting == []


def test_the_chart_escapes_and_fills_empty_months():
    svg = quotes_over_time([(date(2024, 1, 1), 2), (date(2024, 3, 1), 4)])
    assert svg.startswith('<svg class="chart"') and svg.count("<rect") == 3
    assert "<title>Feb 2024: 0</title>" in svg


def test_the_chart_counts_by_year_over_long_spans():
    assert period_counts([(date(2010, 5, 1), 1), (date(2014, 2, 1), 3), (date(2014, 9, 1), 1)]) == [
        ("2010", 1),
        ("2011", 0),
        ("2012", 0),
        ("2013", 0),
        ("2014", 4),
    ]
    assert quotes_over_time([]) == ""


def test_quotes_without_a_publication_date_are_charted_when_imported(client, library):
    article = Article.objects.create(title="Undated", body="Carter said “fine”.", content_hash="n" * 64)
    make_quote(article, "fine", speaker=library.ash)
    Article.objects.filter(pk=article.pk).update(imported_at=datetime(2016, 4, 2, tzinfo=UTC))
    refresh_quote_counts([library.ash.pk])  # as an import keeps them
    content = client.get("/speakers/ash-carter/").content.decode()
    assert "<title>Apr 2016: 1</title>" in content
    assert Quote.objects.public().filter(speaker=library.ash).count() == 3
