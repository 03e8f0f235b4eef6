"""Shapes the twenty-second fresh set (tests/fixtures/fresh_articles_22: British, Irish, Australian, Indian-English and
wire copy) found failing after it was first scored, each written again here as short invented sentences with other
names and words."""

import pytest
from spacy.tokens import Doc

from quotes.extraction.cues import _own_subject as own_subject
from quotes.extraction.mentions import name_chain
from tests.extraction.conftest import find

_PRESSER = ("Rovers hold on for a point\n\nBy Tam Elwood\n\nNiall Brennock said his side had 'run out of legs' after "
            "Harlow Rovers drew 1-1 at Coldfield on Tuesday.\n\nBrennock, who spent most of the second half on his feet "
            "in the technical area, was in no mood to talk about the table.\n\n")


@pytest.mark.parametrize("lead, words", [
    ("On the equaliser: ‘We’ve watched it twice and it’s still offside. It’s a joke.’", "watched it twice"),
    ("On his captain’s injury – ‘It’s a hamstring, he’ll be out a month.’", "out a month"),
    ("And on whether he would complain to the league: ‘I won’t bother. Nobody listens.’", "Nobody listens"),
    ("As for the crowd: ‘They were brilliant, they’ve been brilliant all season.’", "brilliant all season"),
])
def test_a_quote_after_a_topic_and_a_colon_is_the_manager_the_story_is_about(extract, lead, words):
    # a press-conference write-up: the topic names what he was asked about, not who answered; curly single marks
    # whose closer is also the apostrophe
    quote = find(extract(_PRESSER + lead), words)
    assert quote.kind == "direct" and quote.speaker == "Niall Brennock"


def test_a_topic_lead_holding_its_own_cue_is_read_by_that_cue(extract):
    # near miss: 'On Monday she said:' has a cue of its own, and its subject speaks
    text = _PRESSER + "On Monday the chairman, Ida Farrow, said: ‘He keeps his job.’"
    assert find(extract(text), "keeps his job").speaker == "Ida Farrow"


def test_a_first_name_and_a_surname_read_as_two_subjects_are_one_name(en_vocab):
    # the parser made 'Colm' and 'O’Hare' two subjects of 'said': the last is the subject, the name runs from the first
    words = ["Colm", "O’Hare", "said", "it", "ended"]
    doc = Doc(en_vocab, words=words, heads=[2, 2, 2, 4, 2], deps=["nsubj", "nsubj", "ROOT", "nsubj", "ccomp"],
              pos=["PROPN", "PROPN", "VERB", "PRON", "VERB"], tags=["NNP", "NNP", "VBD", "PRP", "VBD"])
    subject = own_subject(doc[2])
    assert subject.i == 1
    assert name_chain(subject)[:2] == (0, 2)


def test_two_subjects_apart_are_not_one_name(en_vocab):
    # near miss: 'Ruiz and Lund said' are two people
    words = ["Ruiz", "and", "Lund", "said"]
    doc = Doc(en_vocab, words=words, heads=[3, 0, 3, 3], deps=["nsubj", "cc", "nsubj", "ROOT"],
              pos=["PROPN", "CCONJ", "PROPN", "VERB"], tags=["NNP", "CC", "NNP", "VBD"])
    assert name_chain(doc[2])[:2] == (2, 3)


@pytest.mark.parametrize("name", ["Rory O’Neill", "Declan O’Riordan", "Liam O’Donoghue"])
def test_an_o_surname_is_a_name_whatever_the_tagger_says(extract, name):
    # the tagger takes 'O’Neill' for a common noun (so no person is registered and 'he' finds no one), or starts
    # a sentence after the given name
    text = (f"Ferries cancelled\n\nBy Ana Ruiz\n\n{name} said the crossings had been ‘badly run for years’.\n\n"
            "‘Nobody at the port answers the phone,’ he said.")
    quotes = extract(text)
    assert find(quotes, "badly run").speaker == name
    assert find(quotes, "answers the phone").speaker == name


def test_a_td_after_an_irish_name_with_a_particle_is_no_part_of_it(extract):
    # 'TD' (a member of the Dáil) follows the name as 'MP' does; 'Deputy Ó Ceallaigh' later is the same man
    text = ("Housing plan criticised\n\nBy Ana Ruiz\n\nOpposition housing spokesman Cathal Ó Ceallaigh TD described the "
            "plan as 'a list of old promises'.\n\n'The minister says the homes are coming,' Deputy Ó Ceallaigh said. "
            "'Nobody has seen one yet.'\n\nHe said his party would table a motion next week.")
    quotes = extract(text)
    for words in ("a list of old promises", "homes are coming", "seen one yet", "table a motion"):
        assert find(quotes, words).speaker == "Cathal Ó Ceallaigh"


def test_a_reports_title_set_off_by_commas_is_not_a_quote(extract):
    text = ("Clinic waits grow\n\nBy Ana Ruiz\n\nThe audit, 'Still in the Queue', found that 9,000 people had waited "
            "more than a year.")
    quotes = extract(text)
    assert all(q.text != "Still in the Queue" for q in quotes)
    assert find(quotes, "9,000 people").speaker == "The audit"


def test_a_title_set_off_after_a_report_keeps_what_the_report_found(extract):
    # near miss: a quote after a comma that is not Title Case is the report's words
    text = "Clinic waits grow\n\nBy Ana Ruiz\n\nThe audit said, 'waiting lists are growing in every region.'"
    assert find(extract(text), "waiting lists are growing").speaker == "The audit"


@pytest.mark.parametrize("text, words, speaker", [
    ("Clinic waits grow\n\nBy Ana Ruiz\n\nThe review recommends that clinics publish their waiting times every month.",
     "clinics publish their waiting times", "The review"),
    ("Clinic waits grow\n\nBy Ana Ruiz\n\nThe panel recommended that the two trusts be merged by April.",
     "the two trusts be merged", "The panel"),
])
def test_what_a_report_recommends_in_a_that_clause_is_its_reported_speech(extract, text, words, speaker):
    quote = find(extract(text), words)
    assert quote.kind == "indirect" and quote.speaker == speaker


def test_recommending_a_thing_is_no_speech(extract):
    # near miss: no that-clause, no reported content
    text = "Clinic waits grow\n\nBy Ana Ruiz\n\nThe review recommended a new booking system for the clinics."
    assert not extract(text)


def test_a_name_given_in_a_clause_on_an_appositive_names_the_speaker(extract):
    # 'Her neighbour, a farmer who gave his name only as Ravi,': the name is on the appositive, not the subject
    text = ("Floods hit villages\n\nBy Ana Ruiz\n\nAt a relief camp, Sunita Rao, 61, said the water had come "
            "at night.\n\nHer neighbour, a fisherman who gave his name only as Ravi, said his boat was “gone”.\n\n"
            "“Every monsoon they promise a wall,” he said.")
    quotes = extract(text)
    assert find(quotes, "his boat was").speaker == "Ravi"
    assert find(quotes, "promise a wall").speaker == "Ravi"


def test_an_organisation_named_after_its_kind_keeps_a_role_word_opening_its_name(extract):
    # 'Passenger' is a role word ('passenger Ana Ruiz'), but after 'consumer group' it opens the group's name
    text = ("Rail fares rise\n\nBy Ana Ruiz\n\nCampaign group Commuter Voice said season tickets should be frozen.")
    assert find(extract(text), "season tickets").speaker == "Commuter Voice"


def test_a_spokeswoman_named_after_her_organisation_is_a_person(extract):
    # 'union spokeswoman Lise Marchetti': the union's word before her role makes no firm of her, so 'she' finds her
    text = ("Strike talks\n\nBy Ana Ruiz\n\n\"We have waited long enough,\" union spokeswoman Lise Marchetti said."
            "\n\nShe said the union would meet the ministry \"tomorrow, or tonight\".")
    quotes = extract(text)
    assert find(quotes, "meet the ministry").speaker == "Lise Marchetti"
