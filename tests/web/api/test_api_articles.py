"""GET /api/articles/ and /api/articles/<id>/ (with the article's public quotes only)."""


def test_articles_newest_first(client, library):
    data = client.get("/api/articles/").json()
    assert [row["title"] for row in data["results"]] == ["Moscow answers", "Carter warns on ceasefire", "Library talk"]
    assert data["results"][0]["source"] == "Evening Gazette"
    assert "body" not in data["results"][0]


def test_articles_by_source(client, library):
    data = client.get("/api/articles/", {"source": library.wire.pk}).json()
    assert [row["title"] for row in data["results"]] == ["Carter warns on ceasefire"]
    assert client.get("/api/articles/", {"source": "wire"}).status_code == 400


def test_article_detail_has_its_body_and_public_quotes_only(client, library):
    data = client.get(f"/api/articles/{library.gazette_article.pk}/").json()
    assert data["body"].startswith("Moscow answered")
    assert [q["text"] for q in data["quotes"]] == ["the talks would continue in Geneva", "a hollow promise"]


def test_article_detail_queries(client, library, django_assert_num_queries):
    with django_assert_num_queries(2):  # the article with its source, its public quotes with their speakers
        client.get(f"/api/articles/{library.wire_article.pk}/")


def test_unknown_article(client, db):
    assert client.get("/api/articles/12345/").status_code == 404


def test_index_lists_the_endpoints(client, db):
    data = client.get("/api/").json()
    assert data["quotes"] == "http://testserver/api/quotes/"
    assert "reviewed" in data["filters"]
