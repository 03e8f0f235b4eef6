"""Shapes the tenth fresh set (tests/fixtures/fresh_articles_10) found failing before any rule was fitted to it,
each written again here as short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # a first word that ends like an occupation ('-ian', '-er') opens an organisation's name, not a role before it
    ("The label, Guardian Bellrock Records, said in a statement that it had signed the band.",
     "it had signed the band", "Guardian Bellrock Records"),
    ("Meridian Coldharbour Studios said that it would appeal.", "it would appeal", "Meridian Coldharbour Studios"),
])
def test_an_organisations_first_word_is_not_taken_for_a_role(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a type word no table holds ('Journal', 'Review'), named on past 'of' by the NER: the whole name
    ("The Eastern Journal of Respiratory Care said that the trial had been reviewed by two referees.",
     "the trial had been reviewed", "Eastern Journal of Respiratory Care"),
    ("The Western Review of Applied Physics said that the paper would be corrected.",
     "the paper would be corrected", "Western Review of Applied Physics"),
])
def test_an_organisation_named_past_of_keeps_its_whole_name(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # the author named after 'by' or 'from', or as the owner, is who a report's words belong to
    ("“He pulled the shirt,” the report by umpire Dana Whitlock said. “A penalty was the only decision.”",
     "He pulled the shirt", "Dana Whitlock"),
    ("Rents rose 5 percent, according to the annual report from the Ashby Tenants Institute, despite new rules.",
     "Rents rose 5 percent", "Ashby Tenants Institute"),
    ("The Ashby Tenants Institute published its figures on Monday. The average rent is 900 crowns, according to "
     "the institute's report, and rising.", "The average rent is 900 crowns", "Ashby Tenants Institute"),
])
def test_a_document_with_a_named_author_speaks_for_the_author(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_report_of_whom_it_surveys_does_not_speak_for_them(extract):
    found = [q for q in extract("A report of 900 tenants found that rents rose.") if "rents rose" in q.text]
    assert not found or found[0].speaker != "900 tenants"


@pytest.mark.parametrize("text, words, speaker", [
    # 'his mother' just named is no candidate for the 'he' who tells of her
    ("Owen Tal, 40, said he learned to bake by watching. His mother, he said, never weighed anything.\n\n"
     "“If she frowned at your loaf, you started again,” he said.", "If she frowned at your loaf", "Owen Tal"),
    ("Ruth Amsel said she learned the trade from her family. Her father, she said, kept no accounts.\n\n"
     "“If he nodded, the deal was done,” she said.", "If he nodded", "Ruth Amsel"),
])
def test_a_pronoun_is_not_the_relative_of_the_other_gender_just_named(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_speech_verb_of_the_clause_around_a_cue_is_no_new_attribution(extract):
    # 'explained' belongs to 'His mother' written before the cue: the whole clause is what he said
    quote = find(extract("Owen Tal said he learned to bake by watching. His mother, he said, rarely explained "
                         "anything twice."), "rarely explained anything twice")
    assert quote.speaker == "Owen Tal" and quote.text.startswith("His mother")


def test_the_spokesperson_is_the_one_the_copy_named_with_that_role(extract):
    quotes = extract("Holmbrook College said it would not talk. A college spokesman, Piet Varga, said the lease was "
                     "legal.\n\nAsked about the police, the spokesman said the college hoped the sit-in would end.")
    assert find(quotes, "the college hoped").speaker == "Piet Varga"


def test_the_other_of_two_unnamed_sources_is_neither_named_person(extract):
    quotes = extract("Minister Ana Ruiz said the vote had failed. Two officials said that a deal was close. One of "
                     "the officials said the mood had soured. The other said a new draft would come on Friday.")
    assert find(quotes, "a new draft would come").speaker == "The other"


def test_a_plural_role_word_taken_for_a_verb_leaves_the_name_the_subject(extract):
    # the parser reads 'fisheries' as a verb with the name its subject, between the commas before 'said'
    quotes = extract("Campaigners urged the minister to act. Leona Brandt, fisheries policy officer at the group "
                     "Deep Blue, said every delay made the cuts deeper.")
    assert find(quotes, "every delay made the cuts deeper").speaker == "Leona Brandt"


@pytest.mark.parametrize("text, words, speaker", [
    # 'Sgt.' keeps its full stop: the quote before 'police spokeswoman Sgt. Name said' is hers, and the role
    # noun before the rank lets 'the spokeswoman' find her later
    ("\"It was a cruel attack,\" police spokeswoman Sgt. Nia Okafor said at a briefing. \"We are grateful.\"",
     "It was a cruel attack", "Nia Okafor"),
    ("\"It was a cruel attack,\" police spokeswoman Sgt. Nia Okafor said.\n\nSergeant Okafor said the man was "
     "armed. He ran off with the cash, the spokeswoman said, and was caught a day later.",
     "He ran off with the cash", "Nia Okafor"),
    ("The file went to Det. Insp. Rob Hale, who said the evidence was clear.", "the evidence was clear", "Rob Hale"),
])
def test_a_rank_abbreviation_is_a_title_not_a_sentences_end(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_post_on_x_ends_its_sentence_and_the_next_quote_goes_on(extract):
    quotes = extract("\"Fair pay? Ask anyone on the night buses,\" the drivers' union posted on X. \"That is the "
                     "whole dispute.\"")
    assert find(quotes, "That is the whole dispute").speaker == "the drivers' union"


def test_an_initial_x_stays_inside_a_name(extract):
    quotes = extract("\"We have voted,\" said Peter X. Dunleavy, the branch secretary.")
    assert find(quotes, "We have voted").speaker == "Peter X. Dunleavy"


def test_a_clause_around_a_cue_ends_where_a_new_attribution_begins(extract):
    # '…, he now says, are "…," though he joked that …': two statements, each whole
    quotes = extract("Dennis Rudd said he had doubted it. The new pumps, he now says, are \"the best money we spent,\" "
                     "though he joked that he still could not work the app his son installed.")
    first = find(quotes, "The new pumps")
    assert first.speaker == "Dennis Rudd" and "joked" not in first.text
    assert find(quotes, "could not work the app").speaker == "Dennis Rudd"


def test_a_way_of_speaking_with_that_reports_a_clause(extract):
    assert find(extract("Lena Voss whispered that the vote was already lost."),
                "the vote was already lost").speaker == "Lena Voss"
    assert find(extract("Lena Voss joked that the budget would not cover the coffee."),
                "the budget would not cover").speaker == "Lena Voss"
    assert not [q for q in extract("Lena Voss joked about the weather all evening.") if "weather" in q.text]


def test_a_person_the_ner_runs_on_into_an_employer_keeps_a_persons_name(extract):
    quotes = extract("\"The queues were long,\" said Priyanka Sethuraman of Harbour Rights Watch.")
    assert find(quotes, "The queues were long").speaker == "Priyanka Sethuraman"


def test_a_role_noun_after_a_proper_noun_chain_is_not_a_role_of_that_chain(extract):
    # a capitalised run in a headline ('Gospel Singer') is no holder of the role 'singer'
    quotes = extract("Gospel Singer Just Sent A Message To The Senate\n\nPopular gospel and soul singer Marla Quist "
                     "says she has a word for the senators.\n\n\"Listen to the people,\" the soul singer says into the "
                     "camera.")
    assert find(quotes, "Listen to the people").speaker == "Marla Quist"


def test_an_aside_between_commas_after_a_cue_is_not_what_was_said(extract):
    quotes = extract("Rolf Akers answered a question about a rumour, first spread by a tabloid last week, that he "
                     "had told donors he would quit.")
    assert not [q for q in quotes if q.text.startswith("first spread")]
