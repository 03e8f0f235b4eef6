"""Every page carries a Content-Security-Policy allowing only the site's own scripts and styles, and no page
holds inline code the policy would refuse (htmx and keys.js come from static files)."""

import re

import pytest

from tests.conftest import make_quote

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=", re.IGNORECASE)
HANDLER = re.compile(r"\son[a-z]+=", re.IGNORECASE)


@pytest.fixture
def pages(quote, article, speaker):
    return ["/", "/quotes/?q=pier", f"/quotes/{quote.pk}/", f"/speakers/{speaker.slug}/", "/accounts/login/",
            "/desk/", f"/desk/articles/{article.pk}/", f"/desk/quotes/{quote.pk}/", "/desk/speakers/",
            "/desk/accuracy/"]


def test_every_page_has_the_policy_and_no_inline_code(editor_client, pages, article, editor):
    make_quote(article, "work would start in May", kind="indirect", confidence=0.2)
    for page in pages:
        response = editor_client.get(page)
        assert response.status_code == 200, page
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy and "default-src 'self'" in policy
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), page
        assert not INLINE_STYLE.search(html), page
        assert not HANDLER.search(html), page


def test_htmx_is_told_not_to_add_its_inline_styles(client, db):
    assert '"includeIndicatorStyles": false' in client.get("/").content.decode()
