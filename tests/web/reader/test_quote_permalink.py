"""A quote's permalink: the quote inside its paragraph, with the article's title, source, date and link."""

from quotes.models import Article, Quote
from tests.conftest import make_quote


def test_it_shows_the_quote_inside_its_paragraph(client, library):
    response = client.get(f"/quotes/{library.stand_by.pk}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert (
        '<p>“<mark class="quoted">We will not stand by while the ceasefire collapses</mark>,” said Ash Carter. '
        "Carter added that talks were holding.</p>" in content
    )
    assert "Defence chiefs met" not in content  # the paragraph before is not part of the context


def test_it_shows_the_article_title_source_date_and_link(client, library):
    content = client.get(f"/quotes/{library.talks_continue.pk}/").content.decode()
    assert "<h1>Moscow answers</h1>" in content
    assert "Evening Gazette" in content and "10 May 2016" in content
    assert 'href="https://gazette.example/moscow"' in content
    assert 'href="/speakers/sergei-lavrov/">Sergei Lavrov</a>' in content
    assert "automatic · confidence 0.70" in content


def test_it_says_an_editor_reviewed_it(client, library):
    assert b"reviewed by an editor" in client.get(f"/quotes/{library.hollow.pk}/").content


def test_hidden_quotes_have_no_permalink(client, library):
    for quote in library.hidden:
        assert client.get(f"/quotes/{quote.pk}/").status_code == 404
    assert client.get("/quotes/999999/").status_code == 404


def test_article_text_is_escaped(client, db):
    body = "<script>alert(1)</script>\n<i>Well</i>, “we <b>won</b>,” said Ana & Bo."
    article = Article.objects.create(
        title="<em>Title</em>", body=body, content_hash="e" * 64, url="javascript:alert(1)"
    )
    quote = make_quote(article, "we <b>won</b>")
    content = client.get(f"/quotes/{quote.pk}/").content.decode()
    assert (
        '&lt;i&gt;Well&lt;/i&gt;, “<mark class="quoted">we &lt;b&gt;won&lt;/b&gt;</mark>,” said Ana &amp; Bo.'
        in content
    )
    assert "<h1>&lt;em&gt;Title&lt;/em&gt;</h1>" in content
    assert "<script>alert" not in content and "<b>won" not in content
    assert "javascript:" not in content  # a non-web address is not made a link


def test_a_quote_whose_offsets_no_longer_fit_the_body_is_shown_alone(client, library):
    Quote.objects.filter(pk=library.stand_by.pk).update(start=0, end=5)
    content = client.get(f"/quotes/{library.stand_by.pk}/").content.decode()
    assert '<p><mark class="quoted">We will not stand by while the ceasefire collapses</mark></p>' in content


def test_permalink_queries(client, library, django_assert_num_queries):
    # the quote joined to its article, source, speaker and statement
    with django_assert_num_queries(1):
        client.get(f"/quotes/{library.stand_by.pk}/")
