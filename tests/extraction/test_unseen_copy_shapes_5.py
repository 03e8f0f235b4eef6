"""Shapes the fifth fresh set (tests/fixtures/fresh_articles_5) found failing before any rule was fitted to it,
each written again here as short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # an unusual first name and a double-barrelled surname: the NER calls the full name a place (FAC)
    ("The first thing a visitor sees in Philippa Okonjo-Marsh’s workshop is the kiln.\n\n“Clay forgives "
     "nothing,” Okonjo-Marsh says, brushing dust from a bowl. She has fired pots here since 1998.",
     "Clay forgives nothing", "Philippa Okonjo-Marsh"),
    # the NER labels only the surname; the given name hangs on it as a compound
    ("Prudence Aldana-Roux's kitchen is full of jars.\n\n\"Every jar is a summer,\" Aldana-Roux says, lifting "
     "one to the light. She is 64.", "Every jar is a summer", "Prudence Aldana-Roux"),
    # the NER labels nothing at all in the possessive
    ("Inside Ottoline Fairbrass-Oyelaran's boatshed the air smells of varnish.\n\nFairbrass-Oyelaran says the "
     "first hull took her six years. She still sails it every weekend.", "first hull took her",
     "Ottoline Fairbrass-Oyelaran"),
    # a company's short form is no person's surname: 'it', not 'she', goes on from it
    ("Deutsche Telekom cut its forecast on Monday. Telekom said demand had slowed. It gave no figures.",
     "demand had slowed", "Deutsche Telekom"),
])
def test_a_surname_used_alone_finds_the_full_name_the_ner_mislabelled(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Otilie Brandvold-Sæther has painted the fjord for thirty years. Her largest canvas, “The Winter Ferry,” "
     "hangs in the station hall.\n\n“It took me two winters,” she says.", "two winters", "Otilie Brandvold-Sæther"),
    ("Rosamund Achterberg-Lowe opens her show on Friday. The main piece, “The Keeper of the Light,” fills a whole "
     "room. She says it took a year to finish.", "took a year", "Rosamund Achterberg-Lowe"),
    ("Lionel Abernathy-Quist is 71. The centrepiece of the show, \"The Salt Road,\" maps every inn on the old "
     "drove road.\n\n\"I walked all of it,\" he says.", "walked all of it", "Lionel Abernathy-Quist"),
])
def test_a_works_title_beside_the_subject_is_not_a_speaker(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # the critic belongs to a past occasion ('once'); present-tense 'she' goes back to the article's subject
    ("Her latest novel sold well. “It nearly broke me,” says Ines Dragomir.\n\nA critic at the Westbrook Courier "
     "once called her prose “wallpaper with verbs.” She shrugs at that now.\n\n“I framed the review,” she says.",
     "I framed the review", "Ines Dragomir"),
    # the critic's own words stay the critic's
    ("Her latest novel sold well. “It nearly broke me,” says Ines Dragomir.\n\nA critic at the Westbrook Courier "
     "once called her prose “wallpaper with verbs.” She shrugs at that now.", "wallpaper with verbs",
     "A critic at the Westbrook Courier"),
    # a paper written with 'the' ('the Dunlow Sentinel') is not a person just introduced
    ("“It nearly broke me,” says Ines Dragomir. She is 61, and has written nine novels.\n\nCritics have not "
     "always been kind. A reviewer in the Dunlow Sentinel once called her prose “wallpaper with verbs.” She shrugs "
     "at that now.\n\n“I framed the review,” she says.", "I framed the review", "Ines Dragomir"),
    # in the moment of the story, an unnamed witness keeps the pronoun that follows
    ("Maura Quist runs the ferry. A passenger said the crossing had been rough. “I was sick twice,” she said.",
     "I was sick twice", "A passenger"),
])
def test_an_anecdotes_unnamed_figure_does_not_take_present_tense_pronouns(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker
