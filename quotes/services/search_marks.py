"""The searched words marked in a quote's text: escaped, with the words (and their inflections) in <mark>, as
`word_scores` reads the reader's terms for ranking."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.utils.html import escape
from django.utils.safestring import SafeString

from quotes.services import word_scores


def highlight(text: str, words: str) -> SafeString:
    """`text`, escaped, with the words searched for (and their inflections) wrapped in <mark>."""
    return highlighter(words)(text)


def highlighter(words: str) -> Callable[[str], SafeString]:
    """`highlight` for many texts and the same words: the pattern is made once."""
    pattern = highlight_pattern(words)
    if pattern is None:
        return escape

    def marked(text: str) -> SafeString:
        html, position = [], 0
        for match in pattern.finditer(text):
            html += [escape(text[position : match.start()]), "<mark>", escape(match.group()), "</mark>"]
            position = match.end()
        html.append(escape(text[position:]))
        return SafeString("".join(html))  # every piece of the text escaped above

    return marked


def highlight_pattern(words: str) -> re.Pattern[str] | None:
    stems = word_scores.query_stems(words)
    if not stems:
        return None
    alternatives = [
        re.escape(stem) + (r"\w*" if len(stem) >= 3 else r"\b") for stem in sorted(stems, key=len, reverse=True)
    ]
    return re.compile(r"\b(?:" + "|".join(alternatives) + ")", re.IGNORECASE)
