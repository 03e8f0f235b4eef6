"""HTML fragments (feed entries, `content` fields) to plain paragraphs; whole pages go through trafilatura."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_TAG = re.compile(r"<(?:p|br|div|span|a|b|i|em|strong|img|h[1-6]|ul|ol|li|blockquote|figure|!--)[\s>/]", re.IGNORECASE)
_BLOCKS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption section article header footer tr table pre".split()
)
_SKIP = frozenset("script style noscript template iframe svg".split())


def looks_like_html(text: str) -> bool:
    return bool(text) and "<" in text and bool(_TAG.search(text))


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Paragraphs separated by a blank line, entities decoded, scripts and styles dropped."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    paragraphs = ("".join(collector.parts)).split("\n\n")
    lines = (" ".join(p.split()) for p in paragraphs)
    return "\n\n".join(line for line in lines if line)
