"""A reported clause followed by 'and' and another speech verb with a subject of its own ('… and she accused …',
'… and 40 percent said …'): a new statement, even with no comma before the conjunction (invented sentences)."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, first, second", [
    ("Councillor Rhea Moss said the harbour fund had been spent on consultants and she accused the treasurer of "
     "hiding the invoices.", "the harbour fund had been spent on consultants",
     "the treasurer of hiding the invoices"),
    ("In the county survey, 58 percent said the buses ran late and 31 percent said the fares were too high.",
     "the buses ran late", "the fares were too high"),
    ("Moss said the ferry timetable was “a shambles” but she insisted that the crews were not to blame.",
     "the ferry timetable was “a shambles”", "the crews were not to blame"),
])
def test_a_second_speaker_after_and_ends_the_first_content(extract, text, first, second):
    quotes = extract(text)
    assert find(quotes, first).text == first
    assert find(quotes, second).text == second


def test_a_second_that_clause_after_and_is_kept(extract):
    text = "Rhea Moss said the audit was late and that the board had not seen it."
    assert find(extract(text), "audit").text == "the audit was late and that the board had not seen it"
