"""Tags that make a card cheap to render the first time (the card cache serves it after that).

A desk card reversed seven addresses and looped over the same reject reasons and kinds for every quote: half
of its rendering, and a page of 25 cards the cache has not seen is most of a cold review-queue page.
"""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.template.base import FilterExpression, Node, NodeList, Parser, Token
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()

_PK_MARK = "918273645"  # stands for the number in a reversed pattern; no route has it otherwise
KEPT_PER_BLOCK = 64  # a block varies by a few choices, never by a quote


@register.simple_tag
def pk_url(name: str, pk: int) -> str:
    """`{% url name pk %}` for a route whose one argument is an integer, reversed once per URLconf and script
    prefix with a stand-in number: a seventh of the cost of `{% url %}`."""
    return _pattern(name, get_script_prefix(), get_urlconf()).replace(_PK_MARK, str(int(pk)))


@lru_cache(maxsize=256)
def _pattern(name: str, prefix: str, urlconf: str | None) -> str:
    return reverse(name, args=[int(_PK_MARK)], urlconf=urlconf)


class RenderedOnceNode(Node):
    def __init__(self, nodelist: NodeList, varying: list[FilterExpression]) -> None:
        self.nodelist = nodelist
        self.varying = varying
        # Kept on the node, so an edited template (compiled again into new nodes) starts afresh.
        self.rendered: dict[tuple, str] = {}

    def render(self, context: template.Context) -> str:
        key = tuple(expression.resolve(context) for expression in self.varying)
        html = self.rendered.get(key)
        if html is None:
            html = self.nodelist.render(context)
            if len(self.rendered) < KEPT_PER_BLOCK:
                self.rendered[key] = html
        return html


@register.tag
def rendered_once(parser: Parser, token: Token) -> RenderedOnceNode:
    """`{% rendered_once quote.kind %}…{% endrendered_once %}`: the block is rendered once for each value of
    the variables named, then reused. Only for markup that depends on nothing else in the context."""
    varying = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endrendered_once",))
    parser.delete_first_token()
    return RenderedOnceNode(nodelist, varying)
