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
