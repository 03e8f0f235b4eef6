"""GET /api/quotes/: public quotes with the search page's filters, paged, in a constant number of queries."""

import pytest
from django.db import connection
from django.test import override_settings

from tests.web.reader.conftest import many_quotes


def result_ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


def test_it_lists_public_quotes_newest_first(client, library):
    lib = library
    data = client.get("/api/quotes/").json()
    assert data["count"] == 5 and data["page"] == 1 and data["pages"] == 1
    assert [row["id"] for row in data["results"]] == [
        q.pk for q in (lib.hollow, lib.talks_continue, lib.no_comment, lib.stand_by, lib.peace)
    ]


def test_a_quote_says_who_said_it_where_and_whether_it_was_reviewed(client, library):
    row = client.get("/api/quotes/", {"q": "geneva"}).json()["results"][0]
    assert row == {
        "id": library.talks_continue.pk,
        "text": "the talks would continue in Geneva",
        "parts": [],
        "kind": "indirect",
        "speaker": "Sergei Lavrov",
        "speaker_slug": "sergei-lavrov",
        "speaker_mention": "",
        "reviewed": False,
        "status": "auto",
        "confidence": 0.7,
        "article_id": library.gazette_article.pk,
        "article_title": "Moscow answers",
        "source": "Evening Gazette",
        "published_at": "2016-05-10T18:30:00+00:00",
        "article_url": "https://gazette.example/moscow",
        "permalink": f"http://testserver/quotes/{library.talks_continue.pk}/",
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "ceasefire"}, ["stand_by"]),
        ({"q": "collapsing"}, ["stand_by"]),
        ({"q": "promise OR geneva"}, ["hollow", "talks_continue"]),
        ({"who": "carter"}, ["hollow", "stand_by", "peace"]),
        ({"who": "pentagon"}, ["no_comment"]),
        ({"speaker": "sergei-lavrov"}, ["talks_continue"]),
        ({"date_from": "2016-05-10"}, ["hollow", "talks_continue"]),
        ({"date_to": "2016-03-01"}, ["no_comment", "stand_by"]),
        ({"kind": "partial"}, ["hollow"]),
        ({"reviewed": "true"}, ["hollow", "no_comment"]),
        ({"reviewed": "false"}, ["hollow", "talks_continue", "no_comment", "stand_by", "peace"]),
        ({"q": "talks", "kind": "direct"}, []),
    ],
)
def test_each_filter(client, library, params, expected):
    assert result_ids(client.get("/api/quotes/", params)) == [getattr(library, name).pk for name in expected]


def test_source_filter(client, library):
    assert result_ids(client.get("/api/quotes/", {"source": library.gazette.pk})) == [
        library.hollow.pk,
        library.talks_continue.pk,
    ]


def test_hidden_quotes_are_never_listed_nor_shown(client, library):
    for params in ({}, {"q": "holding"}, {"speaker": "ash-carter"}):
        assert not set(result_ids(client.get("/api/quotes/", params))) & {q.pk for q in library.hidden}
    for quote in library.hidden:
        assert client.get(f"/api/quotes/{quote.pk}/").status_code == 404
    with override_settings(NEWSDESK_DISPLAY_THRESHOLD=0.2):
        assert client.get(f"/api/quotes/{library.must_hold.pk}/").status_code == 200
        assert client.get(f"/api/quotes/{library.talks_holding.pk}/").status_code == 404  # rejected: never


def test_quote_detail(client, library):
    data = client.get(f"/api/quotes/{library.hollow.pk}/").json()
    assert data["text"] == "a hollow promise" and data["reviewed"] is True and data["status"] == "confirmed"


def test_bad_filters_are_a_400_with_the_reasons(client, library):
    response = client.get("/api/quotes/", {"date_from": "yesterday", "kind": "shouted", "speaker": "nobody"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"date_from", "kind", "speaker"}


def test_paging(client, library):
    many_quotes(library.undated_article, library.lavrov, 30)
    first = client.get("/api/quotes/", {"speaker": "sergei-lavrov", "per_page": 20}).json()
    assert first["count"] == 31 and first["pages"] == 2 and len(first["results"]) == 20
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/quotes/?speaker=sergei-lavrov&per_page=20&page=2"
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 11 and second["next"] is None
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}


def test_paging_limits(client, library):
    assert client.get("/api/quotes/", {"page": 9}).status_code == 404
    assert client.get("/api/quotes/", {"page": "x"}).status_code == 404
    assert client.get("/api/quotes/", {"per_page": "x"}).status_code == 400
    many_quotes(library.undated_article, None, 250)
    assert len(client.get("/api/quotes/", {"per_page": 1000}).json()["results"]) == 200


def test_it_is_read_only(client, library):
    assert client.post("/api/quotes/").status_code == 405
    assert client.delete(f"/api/quotes/{library.hollow.pk}/").status_code == 405


@pytest.mark.parametrize("filters", [[], ["q"], ["speaker"], ["source"], ["q", "speaker", "source", "kind"]])
def test_api_quotes_queries(client, library, django_assert_num_queries, filters):
    many_quotes(library.wire_article, library.lavrov, 120)
    possible = {"q": "harbour", "speaker": "sergei-lavrov", "source": library.wire.pk, "kind": "direct"}
    params = {name: possible[name] for name in filters}
    # count and one page joined to article, source and speaker; a speaker or source filter adds its lookup;
    # words add one look in SQLite's full-text index (more than search.RANK_AT_MOST matches are listed newest
    # first; and the corpus's size, which sets that number: read once per process in ten minutes, and each test
    # starts with an empty cache); on PostgreSQL the count is that look, after the words' expected matches that
    # choose where to look (newest_matches.py: a small table's words are listed at once): words alone are reckoned
    # from the planner's statistics (read once per process in ten minutes) and the words' lexemes, words with other
    # filters by a plan
    alone = params.keys() == {"q"}
    looks = ("q" in params) * ((1 + alone) if connection.vendor == "postgresql" else 2)
    with django_assert_num_queries(2 + ("speaker" in params) + ("source" in params) + looks):
        response = client.get("/api/quotes/", {**params, "per_page": 100})
    assert len(response.json()["results"]) == 100
