"""Speakers the small parser hangs off something other than their cue (PolNeAR train, written again in our own
words): a name fenced by an appositive before the cue, made an appositive of the quote's last noun; a speaker in
apposition to the object of a fronted phrase; a name after an inverted cue made the subject of a participle; a
quote after the writer's colon, whose pronoun is the lead-in's subject; a description after an inverted cue; the
mention a quote standing alone after the same speaker's quote carries over."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # the appositive is a role with a preposition after it
    ("The bridge has been shut since May.\n\n“Nobody expected the repairs to take this long,” Petra Lindqvist, "
     "a senior engineer at the yard, said at a briefing on Monday.", "Nobody expected", "Petra Lindqvist"),
    # a possessive role after a name with a middle initial
    ("The bridge has been shut since May.\n\n''We were rivals, but also friends,'' Anton J. Mercer, the mayor's "
     "former deputy, said of their years on the council.", "We were rivals", "Anton J. Mercer"),
])
def test_a_name_fenced_by_an_appositive_before_the_cue_is_the_speaker(extract, text, words, speaker):
    q = find(extract(text), words)
    assert q.kind == "direct" and q.speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("The bridge has been shut since May.\n\nIn a statement to the Courier, her press secretary, Dalia "
     "Moreno, said: “The repairs will be finished by spring.”", "repairs will be finished", "Dalia Moreno"),
    ("The bridge has been shut since May.\n\nBut in a call with reporters on June 3, Maj. Oskar T. Brandvold, "
     "an army spokesman in Tromsdal, said, “The convoy will move tonight.”", "convoy will move", "Oskar T. Brandvold"),
])
def test_the_speaker_in_apposition_to_a_fronted_phrase_is_the_speaker(extract, text, words, speaker):
    q = find(extract(text), words)
    assert q.kind == "direct" and q.speaker == speaker


def test_a_name_after_an_inverted_cue_and_before_a_participle_is_the_speaker(extract):
    text = ("The bakery closed in June.\n\n''I'm better with my hands than with my head,'' said Moira Callan, "
            "half laughing.")
    q = find(extract(text), "better with my hands")
    assert q.speaker == "Moira Callan"


def test_an_appositive_after_a_quote_that_opens_no_clause_names_nobody(extract):
    # the comma-fenced phrase follows the writer's own words, not a quote: the cue's subject stays the
    # parser's ('The plan, a draft the mayor wrote, said …' is a document speaking)
    text = "The ferry runs twice a day.\n\nThe plan, a draft from the harbour board, said fares would rise."
    q = find(extract(text), "fares would rise")
    assert q.speaker != "harbour board"


@pytest.mark.parametrize("text, words, speaker", [
    ("The hall was full.\n\nIn her speech, Ms Reyes stressed the need for patience: “Build the bridge and then "
     "build another,” she said.", "Build the bridge", "Reyes"),
    ("The hall was full.\n\nA few minutes later, Tomas Berg turned to the cost of the project: “There is simply "
     "no money left,” he said.", "There is simply", "Tomas Berg"),
])
def test_a_quote_after_the_writers_colon_is_direct_and_the_lead_ins_subject_speaks(extract, text, words, speaker):
    # the writer's lead-in before the colon is no one's words, and 'she'/'he' is its named subject
    q = find(extract(text), words)
    assert q.kind == "direct" and q.text.startswith(words) and speaker in q.speaker


def test_a_description_after_an_inverted_cue_is_not_part_of_the_content(extract):
    text = "Fees have doubled. Many factors push up the price of tuition, said Marek Kowal, a loan adviser who has " \
           "written two books."
    q = find(extract(text), "Many factors")
    assert q.text == "Many factors push up the price of tuition" and q.speaker == "Marek Kowal"


@pytest.mark.parametrize("text, words, speaker", [
    # a common noun after the inverted cue, with a relative clause after its comma
    ("The vote is close.\n\n\"A man came in and said we should all leave,\" said the shopkeeper, who like many "
     "in the street did not want to be named.", "A man came in", "the shopkeeper"),
    # the cue read as a modifier of the name after it
    ("The vote is close.\n\n\"Debate recap,\" tweeted campaign spokesman Alex Conway. \"We won the night.\"",
     "Debate recap", "Alex Conway"),
])
def test_the_noun_after_an_inverted_cue_is_the_speaker(extract, text, words, speaker):
    q = find(extract(text), words)
    assert q.speaker == speaker and "tweeted" not in (q.speaker_mention or "")


@pytest.mark.parametrize("text, words, speaker", [
    ("The vote is close.\n\n\"If she wins, there is nothing you can do,\" Holt said before adding: \"Maybe there "
     "is, I don't know.\"", "Maybe there is", "Holt"),
    ("The vote is close.\n\nIn the debate, Ms Varga said, \"I do take responsibility.\" She followed that by "
     "saying, \"I am not a natural politician.\"", "not a natural politician", "Varga"),
])
def test_a_cue_after_a_preposition_speaks_for_the_subject_of_the_verb_it_hangs_on(extract, text, words, speaker):
    assert speaker in find(extract(text), words).speaker


def test_a_quote_standing_alone_after_the_same_speakers_quote_carries_its_mention(extract):
    text = ("Tom Vale took the stage at noon.\n\n\"We will build a great bridge,\" he said to a big cheer.\n\n"
            "\"And the county will pay for it.\"")
    q = find(extract(text), "county will pay")
    assert q.speaker == "Tom Vale" and q.speaker_mention == "he"
