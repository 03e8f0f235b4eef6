"""Shapes the fourteenth fresh set (tests/fixtures/fresh_articles_14) found failing before any rule was fitted to it,
each written again here as short invented sentences: an agency report's offices, honorifics and fronted participles."""

import pytest

from quotes.extraction.roles import person_noun
from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # a participle opening the sentence is made the subject, the real subject its appositive
    ("The mayor, Ana Ruiz, opened the fair on Monday.\n\nResponding, the local branch of the Green Unity Party "
     "said the fair had cost too much.", "had cost too much", "the local branch of the Green Unity Party"),
    ("Lena Park opened the bridge on Friday.\n\nReacting, the Harbour Residents Association, in a statement signed by "
     "its secretary, insisted that the tolls would hurt trade.", "tolls would hurt trade",
     "Harbour Residents Association"),
])
def test_a_fronted_participle_is_not_the_speaker(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_body_with_an_occupation_like_ending_is_not_a_person(extract):
    text = ("The mayor, Ana Ruiz, opened the fair on Monday.\n\nThe state chapter of the People's Unity Party (PUP), "
            "in a statement, said the fair was a waste of money.")
    assert find(extract(text), "a waste of money").speaker == "The state chapter of the People's Unity Party"
    assert not person_noun("chapter") and person_noun("teacher")


@pytest.mark.parametrize("text, words, speaker", [
    ("The city has opened three new clinics, with the Commissioner for Health, Dr. Amara Okafor-Reid, warning that "
     "staff would be scarce.", "staff would be scarce", "Amara Okafor-Reid"),
    ("Prices rose again in May, with analysts saying the rise would not last.", "would not last", "analysts"),
])
def test_the_noun_of_a_with_clause_says_its_participle(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_statement_in_a_with_clause_still_speaks_for_its_issuer(extract):
    text = "The club answered with a statement saying it would not sell its captain."
    assert find(extract(text), "would not sell").speaker == "The club"


def test_a_with_phrase_on_the_verb_leaves_the_participle_to_the_subject(extract):
    text = "The residents' group filed a complaint with the county ombudsman, arguing that the permit was unlawful."
    assert find(extract(text), "permit was unlawful").speaker == "The residents' group"


def test_a_capitalised_office_after_its_holder_was_named_is_the_holder(extract):
    text = ("The Commissioner for Health, Dr. Amara Okafor-Reid, opened the clinic on Monday.\n\n"
            "Speaking at the opening, the Commissioner stated that the clinic would open at night.")
    assert find(extract(text), "open at night").speaker == "Amara Okafor-Reid"


@pytest.mark.parametrize("text, words, speaker", [
    # 'Hon.' no longer ends the sentence, so the subject before the relative clause is found
    ("The Governor, Prince Tunde Ade, who was represented by his Deputy, Hon. Femi Oke, said the state would pay "
     "for the staff.", "would pay for the staff", "Tunde Ade"),
    ("The chairman of the traders' union, Alhaji Bello Sani-Kura, said the clinics were too few.",
     "clinics were too few", "Bello Sani-Kura"),
    ("Engr. Dayo Ajibade, the permanent secretary, said the pumps had arrived.", "pumps had arrived", "Dayo Ajibade"),
])
def test_honorifics_of_west_african_copy_are_titles(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_bold_interview_label_keeps_a_double_barrelled_surname_whole(extract):
    text = ("Adaeze Okonkwo-Brandt is sitting in a bookshop. She spoke to Jonah Pelletier.\n\n"
            "**Pelletier:** Is that where it started?\n\n**Okonkwo-Brandt:** It started with the orchard, actually.")
    assert find(extract(text), "with the orchard").speaker == "Adaeze Okonkwo-Brandt"


def test_a_role_given_later_beside_a_surname_is_the_persons(extract):
    text = ("Frontrunner Hollis Vantreese told a crowd in Fairholt that the country was in trouble.\n\n"
            "Vantreese, the former two-term governor of Wescott, spoke for nearly 90 minutes.\n\n"
            "The former governor said that the country would build again.")
    assert find(extract(text), "would build again").speaker == "Hollis Vantreese"


@pytest.mark.parametrize("text, words, speaker", [
    ("Harbour Rovers confirmed the news on Sunday. The club issued a statement: “We are devastated by the news.”",
     "We are devastated", "Harbour Rovers"),
    ("Mara Quinn coached the team for a decade. On Sunday she shared a photo of the squad with the caption: "
     "“Proud of every one of you.”", "Proud of every one", "Mara Quinn"),
    ("The arts centre said it would fly its flag.\n\nFrom the Corran Folk Club (@CorranFolk): “We will sing for her "
     "on Thursday night. All welcome.”", "We will sing for her", "Corran Folk Club"),
])
def test_a_quote_after_a_colon_is_the_text_of_what_the_clause_names(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_title_after_a_colon_is_no_quote(extract):
    quotes = extract("The council's report has a title: “Roads for Tomorrow”. It runs to 90 pages.")
    assert not any("Roads for Tomorrow" in q.text for q in quotes)


def test_its_in_a_clause_about_another_subject_leaves_a_name_a_person(extract):
    text = ("Ambrose Keneally praised her.\n\nUna Petrakis said the society would name its archive after her. "
            "“She walked into every kitchen,” she said.")
    assert find(extract(text), "every kitchen").speaker == "Una Petrakis"


def test_it_after_a_statement_read_out_is_its_author_past_an_aside_on_someone_else(extract):
    text = ("A statement from Margaret Oyelowo, whose father lost £41,000, was read to the court by a detective.\n\n"
            "‘My dad worked on the buses for forty years,’ it said.")
    assert find(extract(text), "worked on the buses").speaker == "Margaret Oyelowo"
