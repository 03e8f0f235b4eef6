"""A speaker's verdict in a few quoted words on a thing the writer names (`called the plan “a disgrace”`,
`described the vote as “peaceful”`, `accused the mayor of a “U-turn”`) is one partial quote that starts at the
thing judged, so readers see what was called a disgrace; the demand `called for “…”`, a passive `was described
as “…”` and a label that is not one speaker's words stay as they were. Short invented sentences."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Senator Ada Moss called the plan “a disgrace” on Monday.", "the plan “a disgrace”"),
    ("Ada Moss described the vote as largely “very peaceful.”", "the vote as largely “very peaceful.”"),
    ("Ada Moss accused the mayor of a “U-turn.”", "the mayor of a “U-turn.”"),
    ("Ada Moss called it a \"fundamental mistake,\" and left the room.", "it a \"fundamental mistake,\""),
    ("Ada Moss has called the new stadium deal “a gift to the owners.”", "the new stadium deal “a gift to the owners.”"),
])
def test_a_verdict_starts_at_the_thing_judged_and_keeps_its_marks(extract, text, expected):
    assert [(q.text, q.kind, q.speaker) for q in extract(text)] == [(expected, "partial", "Ada Moss")]


@pytest.mark.parametrize("text, words", [
    ("Ada Moss called for “a full and open inquiry” into the contract.", "a full and open inquiry"),
    ("The vote was described as “very peaceful” by Ada Moss.", "very peaceful"),
])
def test_a_demand_or_a_passive_keeps_only_the_quoted_words(extract, text, words):
    quotes = [q for q in extract(text) if words in q.text]
    assert all(not q.text.startswith(("into", "The vote", "for")) for q in quotes)


def test_the_verdict_is_cut_where_a_clause_comes_between(extract):
    quotes = extract("Ada Moss called what the council did on Monday “a disgrace”.")
    assert all(not q.text.startswith("what the council did") for q in quotes)
