"""A quoted phrase that hangs from the same cue as the record just before it, with only a comma, a conjunction or
an article between, is more of that statement: `called the deal “a betrayal” and “a sellout”` is one verdict, and
`pledged to defend the budget “this year, next year, always”` one pledge, not a record with no words of its own.
A quote that a new verb or a sentence end sets apart stays on its own. Short invented sentences."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # two verdicts joined by 'and'
    ("Councillor Rita Ambler called the ferry timetable “a shambles” and “an insult to commuters.”",
     "the ferry timetable “a shambles” and “an insult to commuters.”"),
    # straight marks, the second after 'and a'
    ('Coach Dario Penn called the referee "biased" and a "menace to the game."',
     'the referee "biased" and a "menace to the game."'),
    # a reported pledge that ends in the speaker's own words
    ("Mayor Odile Brandt pledged to defend the lido budget “this year, next year, always.”",
     "to defend the lido budget “this year, next year, always.”"),
])
def test_a_second_quote_on_the_same_cue_extends_the_first(extract, text, expected):
    quotes = extract(text)
    assert [q.text for q in quotes] == [expected]


def test_a_new_verb_between_keeps_two_records(extract):
    quotes = extract("Rita Ambler called the timetable “a shambles” and then said the operator was “hopeless.”")
    assert len(quotes) == 2
    assert all("shambles" not in q.text or "hopeless" not in q.text for q in quotes)


def test_quotes_in_two_sentences_stay_apart(extract):
    quotes = extract("Rita Ambler called the timetable “a shambles.” Commuters were “furious,” she said.")
    assert not any("shambles" in q.text and "furious" in q.text for q in quotes)
