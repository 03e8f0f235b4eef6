"""Shapes the eighth fresh set (tests/fixtures/fresh_articles_8) found failing before any rule was fitted to it,
each written again here as short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # a quoted nickname between a given name no table knows and a surname the copy uses again: one person
    ("Sipho “Bullet” Dlamini scored 90 as the Hawks won.\n\nDlamini said his coach had told him to relax.\n\n"
     "“I just played straight,” the 24-year-old said.", "I just played straight", "Sipho Dlamini"),
    ("Kwame 'Tank' Asante lifted the belt in Accra.\n\n“I knew in the third round,” Asante said.",
     "I knew in the third round", "Kwame Asante"),
])
def test_a_nickname_inside_a_name_is_dropped_from_the_speakers_name(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # 'she' inside the clause she speaks: the clause's subject is a thing, so she is the person named before
    ("Dr. Nadia Perez, a chemist, said the lead readings were worrying. But a single set of tests, she cautioned, "
     "could not prove the cause.", "could not prove the cause", "Nadia Perez"),
    ("Omar Haddad said the bridge was sound. But the latest batch of scans, he warned, could not rule out damage.",
     "could not rule out damage", "Omar Haddad"),
])
def test_a_thing_as_the_clauses_subject_is_not_the_pronoun_inside_it(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # an office written as 'Title of the Body' before the name: neither 'Leader' nor the body's word is the speaker
    ("Leader of the Opposition Mark Dlomo, of the People's Party, attacked the budget. He told the House that "
     "schools had been forgotten.\n\nDlomo said: “Fix the roofs first.”", "Fix the roofs first", "Mark Dlomo"),
    ("Leader of the Opposition Mark Dlomo, of the People's Party, attacked the budget. He told the House that "
     "schools had been forgotten.", "schools had been forgotten", "Mark Dlomo"),
    ("Secretary of State Ruth Amadi said talks would resume in May. Amadi said the sanctions would stay.",
     "the sanctions would stay", "Ruth Amadi"),
])
def test_an_office_of_a_body_before_a_name_is_not_part_of_it(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker
