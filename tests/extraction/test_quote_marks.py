"""The quote-mark scanner on plain strings."""

import pytest

from quotes.extraction.layout import split_layout
from quotes.extraction.quote_marks import find_quote_segments


def segments(text):
    paras = split_layout(text).paragraphs
    return [(text[s.start:s.end], s.continues_prev) for s in find_quote_segments(text, paras)]


@pytest.mark.parametrize("text, expected", [
    ("“We won,” Ana said. “Now we rest.”", [("We won", False), ("Now we rest.", False)]),  # trailing comma dropped
    ('"We won," Ana said. "Now we rest."', [("We won", False), ("Now we rest.", False)]),  # straight marks
    ("'We won,' Ana said. 'Now we rest.'", [("We won", False), ("Now we rest.", False)]),  # UK single style
    ("“He said, ‘Go,’ and left,” Ana said.", [("He said, ‘Go,’ and left", False)]),  # nested pair not emitted
    ("the ’90s, rock ’n’ roll, the rivals’ shares, Teachers' union", []),  # apostrophes
    ("“A cut.\n\n“Now we rest.”", [("A cut.", False), ("Now we rest.", True)]),  # paragraph continuation
    ('"Fine," he said. "Next week.\n\nThe plan was dropped.', [("Fine", False), ("Next week.", False)]),
    ("She said\u200b “no” twice.", [("no", False)]),
    ("“Unclosed to the end", [("Unclosed to the end", False)]),
])
def test_segments(text, expected):
    assert segments(text) == expected


def test_marks_never_pair_across_paragraphs():
    text = "He called it “odd.\n\nNobody agreed” later."
    assert all("\n" not in t for t, _ in segments(text))
