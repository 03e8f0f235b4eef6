"""Reported speech with its cue in the middle of the clause: one quote whose pieces leave the attribution out."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, pieces, speaker", [
    ("The museum, Ms Ruiz said, would open in May.", ["The museum", "would open in May"], "Ruiz"),
    ("The new bridge, engineers said, was safe to cross.", ["The new bridge", "was safe to cross"], "engineers"),
    ("If the ferry stops, Tomas Lind said, the island will empty.",
     ["If the ferry stops", "the island will empty"], "Tomas Lind"),
    ("The harbour fees, the council wrote, had not changed since 2010.",
     ["The harbour fees", "had not changed since 2010"], "the council"),
    # a 'that' after the cue belongs to the clause around it, not to the cue (issue 17)
    ("The trouble with the toll, Tomas Lind said, is that it hits the poorest drivers.",
     ["The trouble with the toll", "is that it hits the poorest drivers"], "Tomas Lind"),
])
def test_the_clause_around_a_parenthetical_cue_is_one_quote_in_pieces(extract, text, pieces, speaker):
    q = find(extract(text), pieces[0])
    assert q.kind == "indirect"
    assert [text[s:e] for s, e in q.parts] == pieces
    assert q.text == text[q.start:q.end] and q.start == q.parts[0][0] and q.end == q.parts[-1][1]
    assert q.speaker == speaker


def test_an_adjunct_after_the_cue_is_not_content(extract):
    q = find(extract("Talks ended, officials said, after a week."), "Talks ended")
    assert q.text == "Talks ended" and q.parts == ()


def test_a_chained_participle_after_the_cue_is_its_own_quote(extract):
    quotes = extract("Fares will rise, the operator said, adding that timetables would not change.")
    assert find(quotes, "Fares will rise").text == "Fares will rise"
    assert find(quotes, "timetables would not change").cue == "adding"


@pytest.mark.parametrize("text", [
    "On Monday, Tomas Lind said, the island would empty.",
    "Asked about the fees, Tomas Lind said, the island would empty.",
])
def test_a_fronted_adverbial_or_question_is_not_content(extract, text):
    q = find(extract(text), "island")
    assert q.text == "the island would empty" and q.parts == ()


@pytest.mark.parametrize("text, pieces", [
    ("Survival, Ms Ruiz says, depends on the tourists.", ["Survival", "depends on the tourists"]),
    ("That, they say, will be easier in May.", ["That", "will be easier in May"]),
])
def test_one_word_before_a_parenthetical_cue_is_the_clauses_subject(extract, text, pieces):
    q = extract(text)[0]
    assert [text[s:e] for s, e in q.parts] == pieces


def test_a_that_subject_is_content_but_a_that_complementiser_is_not(extract):
    assert extract("Rita Osei said that was wrong.")[0].text == "that was wrong"
    assert extract("Rita Osei said that the ferry was late.")[0].text == "the ferry was late"
