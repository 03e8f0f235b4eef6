from quotes.models import Article, Quote


def test_home_page_shows_an_article_and_its_quote(live_server, page, article, quote):
    page.goto(live_server.url + "/")
    assert page.locator("h2", has_text="Pier to be rebuilt").is_visible()
    assert page.locator("q", has_text="We will rebuild the pier").is_visible()
    assert "Elena Petrova" in page.locator(".quote").first.inner_text()


def test_article_text_is_shown_escaped(live_server, page, db):
    body = "<script>document.title='pwned'</script> “Hello,” said Ana."
    article = Article.objects.create(title="<b>Bold</b> claims", body=body, content_hash="b" * 64)
    start = body.index("Hello")
    Quote.objects.create(article=article, text="Hello", start=start, end=start + 5, kind="direct", confidence=0.9)
    page.goto(live_server.url + "/")
    assert page.title() != "pwned"
    assert page.locator("h2", has_text="<b>Bold</b> claims").is_visible()
