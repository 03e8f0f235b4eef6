"""Where reported content stops: shapes where the speaker's clause goes on past a comma, a relative clause, a
coordinated verb or an abbreviation's point (invented sentences of real copy's shapes)."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, content, speaker", [
    # ', and that …' / ', but that …': a second that-clause of the same cue
    ("He also set out some new positions, saying he would send up to 3,000 soldiers to the region to defeat the "
     "rebels, and that he won't rule out accepting outside money in the general election.",
     "he would send up to 3,000 soldiers to the region to defeat the rebels, and that he won't rule out accepting "
     "outside money in the general election", None),
    ("Vale insisted the rules were fair, but that the deadline had been too short for families.",
     "the rules were fair, but that the deadline had been too short for families", "Vale"),
    # a relative clause inside the subject, then the clause's verb in quote marks: the clause goes on
    ("Vale said the old library, which is loved by students, \"could close within a year\" without new funding.",
     "the old library, which is loved by students, \"could close within a year\" without new funding", "Vale"),
    # a comma right after 'that' opens a fronted phrase of the clause
    ("Aides said that, with the mayor focused on the ferry strike through the summer, there have been few talks "
     "about the budget.", "with the mayor focused on the ferry strike through the summer, there have been few talks "
     "about the budget", "Aides"),
    # a cleft ('it was X who …'): the relative clause is what the sentence asserts
    ("Tomas Lind argued it was the harbour master, not the mayor, who had delayed the repairs.",
     "it was the harbour master, not the mayor, who had delayed the repairs", "Tomas Lind"),
    # a verb joined to a verb of the reported clause, in its form, is not a second cue
    ("Greta Moss said the council still has time to step up and show that it cares about the island.",
     "the council still has time to step up and show that it cares about the island", "Greta Moss"),
    ("Greta Moss said the governor was acting rashly and showing contempt for the island with his plan.",
     "the governor was acting rashly and showing contempt for the island with his plan", "Greta Moss"),
    # the point of an abbreviated title or of 'No.' ends no sentence
    ("Rosa Neri said she was upset that he would insult the parents of Capt. Ruben Okafor.",
     "she was upset that he would insult the parents of Capt. Ruben Okafor", "Rosa Neri"),
    ("Ivo Brandt has said he is not interested in the No. 2 spot on a ticket with her.",
     "he is not interested in the No. 2 spot on a ticket with her", "Ivo Brandt"),
])
def test_the_reported_clause_runs_on(extract, text, content, speaker):
    q = find(extract(text), content.split()[2])
    assert q.text == content and q.speaker == speaker


@pytest.mark.parametrize("text, content", [
    # no cleft: the relative clause is the writer's gloss on the last thing named
    ("Ana Ruiz said it's proof the town can still close the gap in funding, which stood at 2 million in May.",
     "it's proof the town can still close the gap in funding"),
    # a verb in another form than the one before it is not joined to it
    ("Ana Ruiz said the mayor is not a builder and believe me, she knows it.", "the mayor is not a builder"),
    # a second speech verb of the speaker's own still ends the first clause
    ("Greta Moss said the plan was fair, and warned that critics would be disappointed.", "the plan was fair"),
])
def test_the_reported_clause_still_stops(extract, text, content):
    assert find(extract(text), content.split()[2]).text == content


@pytest.mark.parametrize("text, content", [
    ("Ruiz said the union had backed the plan — a rare show of support for the mayor.",
     "the union had backed the plan"),
    ("Ruiz said the budget for the port had reached nearly $2 million — a high sum for a small town.",
     "the budget for the port had reached nearly $2 million"),
    ("Ruiz said the firm had sold shares to three banks and two airlines — all businesses the mayor has attacked.",
     "the firm had sold shares to three banks and two airlines"),
])
def test_a_gloss_after_a_dash_is_the_writers(extract, text, content):
    assert find(extract(text), content.split()[2]).text == content


@pytest.mark.parametrize("text, content", [
    # who the person just named is: part of the sentence reported
    ("Police said officers stopped him because they were searching for another man - a suspect with a warrant.",
     "officers stopped him because they were searching for another man - a suspect with a warrant"),
    # a hyphen inside a name is no dash
    ("Vance said he did not recall whether the couple had stayed at Mar-a-Lago in Palm Beach.",
     "he did not recall whether the couple had stayed at Mar-a-Lago in Palm Beach"),
    # a clause after the dash is not a gloss
    ("Ruiz said the strike would end soon — the workers had won.", "the strike would end soon — the workers had won"),
])
def test_what_follows_a_dash_can_still_be_the_speakers(extract, text, content):
    assert find(extract(text), content.split()[2]).text == content


@pytest.mark.parametrize("text, content", [
    ('Lind said his team did not want "that nonsense," in an interview with the Courier on Sunday.',
     'his team did not want "that nonsense,"'),
    ('Lind said the ferry owners were "out of their minds" during a speech in Leeds on Friday.',
     'the ferry owners were "out of their minds"'),
])
def test_the_occasion_after_the_quoted_words_is_not_said(extract, text, content):
    assert find(extract(text), content.split()[2]).text == content


@pytest.mark.parametrize("text, content", [
    ('Lind said the town would be "very competitive" in the spring.', 'the town would be "very competitive" in the spring'),
    ('Lind said the crowd would "stay calm" at his rally.', 'the crowd would "stay calm" at his rally'),
])
def test_a_phrase_after_the_quoted_words_can_still_be_said(extract, text, content):
    assert find(extract(text), content.split()[2]).text == content


@pytest.mark.parametrize("text, content", [
    ("The agency said only that the talks would go on next week.", "the talks would go on next week"),
    ("Ruiz would say only that the ferry is safe.", "the ferry is safe"),
])
def test_a_limit_on_what_was_said_is_the_writers(extract, text, content):
    assert find(extract(text), content.split()[1]).text == content


@pytest.mark.parametrize("text, content, speaker", [
    ("However, the ferry will run through the winter, Ruiz said.", "the ferry will run through the winter", "Ruiz"),
    ("In fact, the harbour has never been busier, according to the port authority.",
     "the harbour has never been busier", "the port authority"),
    ("Still, the council will meet on Friday, officials said.", "the council will meet on Friday", "officials"),
    ("However, that plan will cost the town dearly, the editor said.", "that plan will cost the town dearly",
     "the editor"),
])
def test_a_connective_opening_the_sentence_is_the_writers(extract, text, content, speaker):
    q = find(extract(text), content.split()[1])
    assert q.text == content and speaker in q.speaker


def test_a_connective_inside_the_quote_marks_is_the_speakers(extract):
    q = find(extract('"However, the ferry will run," Ruiz said.'), "ferry")
    assert q.text == "However, the ferry will run"


def test_a_dateline_opening_a_later_paragraph_is_not_content(extract):
    text = ("Port news.\n\nHALDEN (Wire) - The ferry company lost money for the third year in a row, according to its "
            "annual report.\n\nKIRKWALL - The harbour will close for a week, officials said.\n")
    quotes = extract(text)
    assert find(quotes, "ferry company").text == "The ferry company lost money for the third year in a row"
    assert find(quotes, "harbour").text == "The harbour will close for a week"
