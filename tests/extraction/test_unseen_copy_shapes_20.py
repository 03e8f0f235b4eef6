"""Shapes the twentieth fresh set (tests/fixtures/fresh_articles_20) found failing after it was first scored, each
written again here as short invented sentences with other names and words."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # the NER labelled nothing in 'Rosalind Pellow-Anyanwu, 38, ...' and the tagger took the given name for a verb;
    # the surname alone later says something
    *[(f"A small press has won the Orrin Medal for a debut.\n\nRosalind {surname}, 38, a former ferry ticket clerk "
       f"from Lisker, was named the winner for \"The Tide Clock\" at a ceremony on Thursday night.\n\nAccepting the "
       f"medal, a visibly shaken {surname} began by apologising for not having written a speech.\n\n\"My sister read "
       f"every draft,\" {surname} said.", "read every draft", f"Rosalind {surname}")
      for surname in ("Pellow-Anyanwu", "Tebbitt-Okoro")],
    # the name after a role runs on over the hyphen of its surname
    ("Headline\n\nSolstice team principal Augustin Moreau-Diallo praised his driver.\n\n"
     "\"People talk about her speed,\" he said.", "talk about her speed", "Augustin Moreau-Diallo"),
])
def test_a_double_barrelled_surname_keeps_both_halves_and_its_given_name(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_hyphenated_company_after_a_verb_is_not_taken_for_a_surname(extract):
    # near miss: a sentence-initial verb before a hyphenated brand name makes no person
    text = ("Shoppers queued from dawn.\n\nBuy Kessel-Varga shares now, the banner read.\n\n"
            "\"We sold out by nine,\" Karin Lunde said.")
    quotes = extract(text)
    assert find(quotes, "sold out by nine").speaker == "Karin Lunde"
    assert all(q.speaker != "Buy Kessel-Varga" for q in quotes)


@pytest.mark.parametrize("surname", ["Fairbanks-Oyo", "Fairbanks"])
def test_a_name_in_commas_closing_a_described_subject_keeps_a_double_barrelled_surname(extract, surname):
    text = ("Corvane shares rise\n\nShares of Corvane Systems rose 4 percent on Monday.\n\nAn analyst at Kestle "
            f"Partners, Ottilie {surname}, wrote in a note to clients that the launch was \"the most careful pitch this "
            "year.\"")
    assert find(extract(text), "the launch was").speaker == f"Ottilie {surname}"


def test_a_word_shown_on_a_screen_is_no_quote_and_no_speaker(extract):
    text = ("A startup showed its new assistant on Tuesday.\n\n\"People were told that smart software means giving "
            "your life away,\" Ines Marlowe said, standing in front of a screen showing the word \"Offline\" in huge "
            "letters. \"We think that is a false choice.\"")
    quotes = extract(text)
    assert all(q.text != "Offline" for q in quotes)
    assert find(quotes, "a false choice").speaker == "Ines Marlowe"
