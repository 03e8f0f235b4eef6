"""`pk_url`: an address with an integer id, reversed once per route (the desk's cards ask for seven per quote)."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()

_PK_MARK = "918273645"  # stands for the number in a reversed pattern; no route has it otherwise


@register.simple_tag
def pk_url(name: str, pk: int) -> str:
    """`{% url name pk %}` for a route whose one argument is an integer, reversed once per URLconf and script
    prefix with a stand-in number: a seventh of the cost of `{% url %}`."""
    return _pattern(name, get_script_prefix(), get_urlconf()).replace(_PK_MARK, str(int(pk)))


def pk_urls(names: tuple[str, ...], pk: int) -> list[str]:
    """`pk_url` for several routes and one id, the URLconf and script prefix looked up once."""
    prefix, urlconf, pk_text = get_script_prefix(), get_urlconf(), str(int(pk))
    return [_pattern(name, prefix, urlconf).replace(_PK_MARK, pk_text) for name in names]


@lru_cache(maxsize=16)
def plain_url(name: str, prefix: str, urlconf: str | None) -> str:
    """`reverse(name)` for a route without arguments, once per URLconf and script prefix."""
    return reverse(name, urlconf=urlconf)


@lru_cache(maxsize=256)
def _pattern(name: str, prefix: str, urlconf: str | None) -> str:
    return reverse(name, args=[int(_PK_MARK)], urlconf=urlconf)
