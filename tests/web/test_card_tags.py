"""The tags that make a card cheap to render the first time give exactly what Django's own would."""

import re

import pytest
from django.template import engines
from django.urls import reverse, set_script_prefix

from quotes.templatetags import cards
from tests.conftest import make_quote


def render(source: str, **context) -> str:
    return engines["django"].from_string("{% load cards %}" + source).render(context)


@pytest.mark.parametrize(
    ("name", "pk"),
    [("desk-confirm", 1), ("desk-reject", 918273), ("desk-article", 42), ("reader-quote", 1_000_001)],
)
def test_pk_url_gives_the_address_reverse_gives(name, pk):
    assert render("{% pk_url name pk %}", name=name, pk=pk) == reverse(name, args=[pk])


def test_pk_url_keeps_the_script_prefix_of_a_site_served_under_a_path():
    set_script_prefix("/newsroom/")
    try:
        assert render("{% pk_url 'reader-quote' 7 %}") == "/newsroom/quotes/7/"
    finally:
        set_script_prefix("/")
    assert render("{% pk_url 'reader-quote' 7 %}") == "/quotes/7/"


def test_pk_url_refuses_what_is_not_a_number():
    with pytest.raises(ValueError):
        render("{% pk_url 'reader-quote' pk %}", pk="7/../admin")


def test_a_rendered_once_block_is_rendered_again_for_each_value_it_varies_by():
    template = engines["django"].from_string(
        "{% load cards %}{% rendered_once kind %}{{ kind }}:{{ other }}{% endrendered_once %}"
    )
    assert template.render({"kind": "direct", "other": 1}) == "direct:1"
    assert template.render({"kind": "partial", "other": 2}) == "partial:2"
    # the contract: nothing but the named values may change what the block shows
    assert template.render({"kind": "direct", "other": 3}) == "direct:1"


def test_a_rendered_once_block_stays_right_past_the_values_it_keeps():
    template = engines["django"].from_string("{% load cards %}{% rendered_once n %}<{{ n }}>{% endrendered_once %}")
    for n in range(cards.KEPT_PER_BLOCK * 2):
        assert template.render({"n": n}) == f"<{n}>"


def test_an_edited_template_starts_with_nothing_rendered():
    source = "{% load cards %}{% rendered_once %}{{ word }}{% endrendered_once %}"
    assert engines["django"].from_string(source).render({"word": "old"}) == "old"
    assert engines["django"].from_string(source).render({"word": "new"}) == "new"


def test_each_desk_card_selects_its_own_kind_and_posts_to_its_own_quote(editor_client, article):
    texts = {"We will rebuild": "direct", "rebuild the pier": "partial", "work would start": "indirect", "in May": "direct"}
    quotes = [make_quote(article, text, kind=kind) for text, kind in texts.items()]
    page = editor_client.get("/desk/?status=all").text
    cards = {int(pk): card for pk, card in re.findall(r'<li id="quote-(\d+)"(.*?)<details', page, re.S)}
    assert set(cards) == {quote.pk for quote in quotes}
    for quote in quotes:
        card = cards[quote.pk]
        assert re.findall(r'<option value="(\w+)" selected>', card) == [quote.kind]
        for action in ("confirm", "undo", "reject", "kind", "speaker"):
            assert f'action="{reverse(f"desk-{action}", args=[quote.pk])}"' in card
        assert card.count('name="reason"') == 4
