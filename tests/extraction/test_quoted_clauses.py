"""A reported clause that opens with the speaker's quoted words and goes on in the writer's (`said that “A” and
that the county should not bear “B”`, `added that “A” and “B”`) is one indirect quote holding both, so the part
after the first quote is not lost; a quote the clause ends with, or one the writer picks up after a comma, stays
the speaker's own words. Short invented sentences."""

import pytest


@pytest.mark.parametrize("text, expected, speaker", [
    ("Ms. Vale said that “this cannot be a local fight” and that the county should not bear “the bulk of the "
     "cost.”", "“this cannot be a local fight” and that the county should not bear “the bulk of the cost.”",
     "Vale"),
    ("Mr. Hale added that “many of our drivers are volunteers” and “nobody will be stronger on safety.”",
     "“many of our drivers are volunteers” and “nobody will be stronger on safety.”", "Hale"),
])
def test_a_clause_going_on_past_its_first_quote_is_one_indirect_quote(extract, text, expected, speaker):
    assert [(q.text, q.kind, q.speaker) for q in extract(text)] == [(expected, "indirect", speaker)]


def test_a_clause_that_is_all_one_quote_stays_a_quote(extract):
    quotes = extract("Ms. Vale said that “this cannot be a local fight.”")
    assert [(q.text, q.kind) for q in quotes] == [("this cannot be a local fight.", "partial")]


def test_the_writer_takes_over_after_a_comma(extract):
    quotes = extract("Ms. Vale says, “Please stay back,” until the sirens are heard.")
    assert [q.text for q in quotes] == ["Please stay back"]
