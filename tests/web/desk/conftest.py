import pytest

from tests.conftest import make_quote

HTMX = {"HX-Request": "true"}


@pytest.fixture
def htmx_client(editor_client):
    """The editor's client, sending what htmx sends."""
    editor_client.defaults.update({"HTTP_HX_REQUEST": "true", "HTTP_HX_CURRENT_URL": "http://testserver/desk/"})
    return editor_client


@pytest.fixture
def second_quote(article):
    return make_quote(article, "work would start in May", kind="indirect", confidence=0.3)
