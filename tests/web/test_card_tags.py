"""The tags that make a card cheap to render the first time give exactly what Django's own would."""


import pytest
from django.template import engines
from django.urls import reverse, set_script_prefix


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
