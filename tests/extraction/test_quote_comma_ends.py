"""Reported content that ends on a quote closing with its own comma ('…was “fair,” adding that …'): the comma
inside the marks ends the clause as one outside them would, and the closing mark stays with the quoted words
(invented sentences of real copy's shapes)."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, content, speaker, second", [
    # a speech participle after the quote is a second statement of the speaker's, not more of the first
    ("Mayor Lena Ortiz said the new budget was “a careful one,” adding that no library would close this year.",
     "the new budget was “a careful one,”", "Lena Ortiz", "no library would close this year"),
    ("The coach, Bram Visser, said his side had been “plain unlucky,” noting that two goals were ruled out.",
     "his side had been “plain unlucky,”", "Bram Visser", "two goals were ruled out"),
    ("Ortiz said the tram extension was “long overdue,” explaining, “Half the town has no bus after six.”",
     "the tram extension was “long overdue,”", "Lena Ortiz", "Half the town has no bus after six."),
    # a promise or an admission after the quote is a second statement too
    ("Visser said the squad was “ready for the cup,” promising that the club would field its best side.",
     "the squad was “ready for the cup,”", "Bram Visser", "the club would field its best side"),
    ("Visser said, “We owe the fans a better season,” promising the club will sign two new strikers.",
     "We owe the fans a better season", "Bram Visser", None),
    # the writer's aside on the last thing named
    ("Visser said the club had “kept every promise,” which surprised even his critics on the board.",
     "the club had “kept every promise,”", "Bram Visser", None),
])
def test_the_content_ends_at_the_quotes_comma(extract, text, content, speaker, second):
    quotes = extract("Lena Ortiz is the mayor. Bram Visser coaches the club.\n\n" + text)
    q = find(quotes, content.split()[1])
    assert q.text == content and q.speaker == speaker
    if second is not None:
        assert find(quotes, second).text == second


def test_a_second_that_clause_after_the_quote_still_belongs(extract):
    text = "Lena Ortiz said the tram plan was “fair,” and that the vote should go ahead in May."
    assert find(extract(text), "tram").text == "the tram plan was “fair,” and that the vote should go ahead in May"
