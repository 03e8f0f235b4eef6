"""A clause said without 'that', with a time between it and the cue: the time is the cue's, the clause is the
quote ('said after the vote he would appeal', 'told supporters this weekend she would run')."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, content, speaker", [
    ("Coach Dee Harmon said after the match he would not accept the offer.", "he would not accept the offer",
     "Dee Harmon"),
    ("Mayor Lena Ruiz told residents this weekend she would not seek a third term.",
     "she would not seek a third term", "Lena Ruiz"),
    ("The mayor said Monday the pier would reopen.", "the pier would reopen", "The mayor"),
])
def test_the_time_before_a_bare_clause_is_the_cues(extract, text, content, speaker):
    q = find(extract(text), content)
    assert (q.text, q.kind, q.speaker) == (content, "indirect", speaker)


@pytest.mark.parametrize("text", [
    "Coach Dee Harmon said goodbye as the bus left.",  # a clause with its subordinator is when, not what
])
def test_an_adverbial_clause_is_not_said(extract, text):
    assert extract(text) == []


def test_a_date_that_is_the_subject_stays_in_the_quote(extract):
    q = find(extract("Coach Dee Harmon said last season was the hardest of his career."), "hardest")
    assert q.text == "last season was the hardest of his career"


def test_the_next_exchange_ends_the_statement(extract):
    """'…, and when pressed on why, she replied, “…”': the question and the reply that follow are another
    statement, not more of the first."""
    text = ("Mayor Lena Ruiz said the ferry would run all winter, and when pressed on the cost, the mayor replied, "
            "“We will find the money.”")
    q = find(extract(text), "ferry")
    assert q.text == "the ferry would run all winter"
