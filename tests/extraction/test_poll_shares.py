"""Poll figures side by side: a second share's answer after a bare 'and'/'but' ('… and one in four said …'), a
share compared without a comma ('… made up compared to nearly four in 10 …'), and no stray 'but' left at the end of
the first answer. Each share's answer is its own quote. Short invented sentences."""

import pytest

from tests.extraction.conftest import find


def test_a_second_share_after_a_bare_and_is_its_own_quote(extract):
    quotes = extract("Of the nurses polled, 36 percent said the hospital doesn’t value them much and one in four said "
                     "the board was openly hostile to the union, about the same as before.")
    first = find(quotes, "value them much")
    assert first.text == "the hospital doesn’t value them much"
    assert find(quotes, "openly hostile").speaker == "one in four"


@pytest.mark.parametrize("text, first_text", [
    # a comparison without a comma: the writer's, not the first share's answer
    ("Among tenants, 58 percent said rents were too high compared to about three in 10 who said they were fair.",
     "rents were too high"),
    # a bare 'but' before the second share is neither answer's
    ("In the poll, 62 percent of voters say taxes are too high but 31 percent of them say the rates are fair.",
     "taxes are too high"),
])
def test_the_first_share_s_answer_stops_before_the_second(extract, text, first_text):
    assert find(extract(text), first_text).text == first_text
