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


@pytest.mark.parametrize("text, expected", [
    # British copy: single marks outside, a double pair nested inside one of them; single style still wins
    ("‘Dad phoned and said, “Come home.” So I did,’ Lena says.\n\n‘Then the farm went.’",
     [("Dad phoned and said, “Come home.” So I did", False), ("Then the farm went.", False)]),
    ("‘I can’t,’ she says. ‘Ben told me, “Leave it,” and I’m glad.’",
     [("I can’t", False), ("Ben told me, “Leave it,” and I’m glad.", False)]),
    # …while American copy with a single-marked headline stays double style
    ("Mayor: ‘We fix it’\n\n“Roads first,” Ana said. “Then parks.”", [("Roads first", False), ("Then parks.", False)]),
])
def test_single_style_with_nested_doubles(text, expected):
    assert segments(text) == expected


@pytest.mark.parametrize("text, expected", [
    # s’ before a word, inside an open quote, with a clear closer still to come: an apostrophe
    ("‘The players’ lounge was shut,’ Tom says.", ["The players’ lounge was shut"]),
    ("‘We owe the Joneses’ boys a meal,’ she says. ‘Twice.’", ["We owe the Joneses’ boys a meal", "Twice."]),
    # no other closer before the next opener: it closes the quote
    ("He called them ‘losers’ and left. ‘Go,’ she says.", ["losers", "Go"]),
    ("Fans called it ‘the Harris’ folly’ and ‘nonsense’.", ["the Harris’ folly", "nonsense"]),
])
def test_plural_possessive_inside_single_quote(text, expected):
    assert [t for t, _ in segments(text)] == expected
