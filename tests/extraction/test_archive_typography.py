"""Wire and archive typography: two apostrophes (or two backticks) as double quote marks, closers reused as openers."""

import pytest

from quotes.extraction.layout import split_layout
from quotes.extraction.quote_marks import find_quote_segments
from tests.extraction.conftest import find


def segment_texts(text):
    return [text[s.start:s.end] for s in find_quote_segments(text, split_layout(text).paragraphs)]


@pytest.mark.parametrize("text, expected", [
    ("''We will not move,'' said Ana Ruiz.", ["We will not move"]),
    ("``We will not move,'' said Ana Ruiz.", ["We will not move"]),
    ("''First.'' Then ''second,'' she said.", ["First.", "second"]),
    ("The union’s chief said ”we are done” on Monday.", ["we are done"]),
    ("The rivals' shares and the players'' wages fell.", []),
])
def test_doubled_marks_pair_as_double_quotes(text, expected):
    assert segment_texts(text) == expected


def test_a_quote_in_doubled_apostrophes_goes_to_the_speaker_after_it(extract):
    text = "''The bridge will reopen in May,'' said Ana Ruiz, the city engineer."
    q = find(extract(text), "bridge will reopen")
    assert q.kind == "direct"
    assert q.text == "The bridge will reopen in May"
    assert q.speaker == "Ana Ruiz"


def test_a_question_in_doubled_apostrophes_takes_the_asker(extract):
    text = "Tomas Lind spoke at the harbour. ''Why should fishermen pay for it?'' Mr. Lind asked."
    q = find(extract(text), "Why should fishermen")
    assert q.cue == "asked"
    assert q.speaker == "Tomas Lind"


def test_the_second_sentence_after_the_attribution_is_still_a_quote(extract):
    text = ("Mayor Carla Fenn spoke on Tuesday. ''We will be asking both councils to help,'' she said. "
            "''Nobody should be left without a ferry.''")
    quotes = extract(text)
    assert find(quotes, "asking both councils").speaker == "Carla Fenn"
    assert find(quotes, "Nobody should be left").speaker == "Carla Fenn"


def test_a_name_inside_the_quote_is_not_its_speaker(extract):
    text = "''I have known Peter Vance for twenty years,'' said Joan Mercer."
    assert find(extract(text), "known Peter Vance").speaker == "Joan Mercer"


def test_a_closing_mark_reused_as_an_opener_still_opens(extract):
    text = "”We are not going anywhere,” said Rita Osei, the shop’s owner."
    q = find(extract(text), "not going anywhere")
    assert q.kind == "direct" and q.speaker == "Rita Osei"
