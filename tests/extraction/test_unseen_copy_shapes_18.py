"""Shapes the eighteenth fresh set (tests/fixtures/fresh_articles_18) found failing before any rule was fitted to
it, each written again here as short invented sentences with other names and words."""

import pytest

from tests.extraction.conftest import find

# ---- a transcript belongs to the player named with a double-barrelled surname --------------------------------


TRANSCRIPT = """Fairbanks-Nuur beaten in Harbourview semi-final

HARBOURVIEW — Second seed Odile Fairbanks-Nuur lost 6-2, 6-4 to the qualifier Petra Lindqvist in the semi-finals of the Harbourview Classic on Saturday. Lindqvist, 20, had never reached a final before.

Fairbanks-Nuur, a former champion here, talked to reporters afterwards. What follows is an edited transcript.

Q: What went wrong in the second set?

A: I was too passive. I let her dictate every rally from the baseline.

Q: How is the shoulder?

A: It is fine. I have no complaints about the body.

Lindqvist said later that she had slept badly the night before.
"""


def test_transcript_answers_belong_to_the_player_whose_double_barrelled_name_the_ner_calls_an_organisation(extract):
    quotes = extract(TRANSCRIPT)
    assert find(quotes, "too passive").speaker == "Odile Fairbanks-Nuur"
    assert find(quotes, "no complaints").speaker == "Odile Fairbanks-Nuur"
    assert find(quotes, "slept badly").speaker == "Petra Lindqvist"


@pytest.mark.parametrize("text, words, speaker", [
    # a given name and a double-barrelled surname is a person, whatever the label
    ("Driver Odile Fairbanks-Nuur crashed on lap two.\n\nFairbanks-Nuur said the brakes had failed.", "brakes had failed",
     "Odile Fairbanks-Nuur"),
    # near miss: an organisation word keeps a hyphenated name an organisation
    ("Shares in Anglo-Baltic Shipping fell on Monday.\n\nAnglo-Baltic Shipping said demand had fallen.",
     "demand had fallen", "Anglo-Baltic Shipping"),
])
def test_double_barrelled_names(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


# ---- the person the writer spoke to in a fronted clause is the 'she' of the main clause -----------------------

REVIEW = """Marisol Quennell-Dare's staging of the old comedy opened on Tuesday. The landlord, Jory Penhallow, keeps the inn and the books, and neither adds up.

When I spoke to Quennell-Dare after the dress rehearsal, she told me she had wanted the audience to laugh first and worry later. "Comedy is a trap," she said.
"""


def test_the_person_the_writer_spoke_to_is_the_pronoun_of_the_main_clause(extract):
    quotes = extract(REVIEW)
    assert find(quotes, "laugh first").speaker == "Marisol Quennell-Dare"
    assert find(quotes, "Comedy is a trap").speaker == "Marisol Quennell-Dare"


def test_a_named_subject_of_the_fronted_clause_still_comes_first(extract):
    """Near miss: the fronted clause's own named subject, not the one it spoke to, is the 'he' after it."""
    text = "When Tomas Brandt spoke to Ana Ruiz after the vote, he said the bill was dead."
    assert find(extract(text), "the bill was dead").speaker == "Tomas Brandt"


# ---- 'Name, chair of the X Forum, said': the name the parser hung on the role noun -----------------------------


def test_a_name_before_its_role_in_commas_is_the_speaker(extract):
    text = ("Tenants reacted with anger. Nadia Brask-Obi, chair of the Harbour Tenants Forum, said rents had doubled. "
            "'We are angry,' she said.")
    quotes = extract(text)
    assert find(quotes, "rents had doubled").speaker == "Nadia Brask-Obi"
    assert find(quotes, "We are angry").speaker == "Nadia Brask-Obi"


@pytest.mark.parametrize("text, speaker", [
    # near misses: the name after the role, and a role with no name, are read as before
    ("Tenants reacted with anger. The chair of the Harbour Tenants Forum, Nadia Brask-Obi, said rents had doubled.",
     "Nadia Brask-Obi"),
    ("Tenants reacted with anger. The chair of the Harbour Tenants Forum said rents had doubled.",
     "The chair of the Harbour Tenants Forum"),
])
def test_roles_with_the_name_after_or_none(extract, text, speaker):
    assert find(extract(text), "rents had doubled").speaker == speaker


# ---- a declaration that names its speaker ----------------------------------------------------------------------

DECLARATION = """The count ended at dawn. After a recount, Maeve Tollan-Price of the Harbour Party had won the Eastgate seat by 12 votes.

"I, Sunita Okonjo-Beck, being the acting returning officer for Eastgate, hereby declare the result as follows," she began, before reading the totals.

Tollan-Price said she was delighted. Okonjo-Beck said the recount had been requested by the losing candidate.
"""


def test_a_declaration_that_names_its_speaker_is_hers(extract):
    quotes = extract(DECLARATION)
    assert find(quotes, "hereby declare").speaker == "Sunita Okonjo-Beck"
    assert find(quotes, "recount had been requested").speaker == "Sunita Okonjo-Beck"
    assert find(quotes, "delighted").speaker == "Maeve Tollan-Price"


def test_a_quote_opening_with_i_and_no_name_keeps_its_cue(extract):
    """Near miss: 'I, for one,' names nobody."""
    text = "Maeve Tollan-Price won the seat.\n\n\"I, for one, never doubted it,\" she said."
    assert find(extract(text), "never doubted it").speaker == "Maeve Tollan-Price"


# ---- a spokesperson for an office written as a title -----------------------------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("The Health Secretary, Marta Quinn, visited the ward. A spokeswoman for the Health Secretary said beds would "
     "be found.", "A spokeswoman for the Health Secretary"),
    # near miss: a spokesperson for a named company speaks for the company
    ("Shares slid on Monday. A spokeswoman for Harwick Foods said beds would be found.", "Harwick Foods"),
])
def test_a_spokesperson_for_an_office_is_credited_by_description_not_the_title_word(extract, text, speaker):
    assert find(extract(text), "beds would be found").speaker == speaker


# ---- organisation names with '&' -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("Crews worked all night. Varrow Heat & Power, the utility that serves the valley, said in a statement that it "
     "had restored supply.", "Varrow Heat & Power"),
    ("Divers searched the wreck. The shipping line that owned the vessel, Amsel & Dray, said in a statement that it "
     "had restored supply.", "Amsel & Dray"),
])
def test_an_ampersand_keeps_an_organisation_name_whole(extract, text, speaker):
    assert find(extract(text), "restored supply").speaker == speaker


def test_and_is_not_read_as_an_ampersand(extract):
    """Near miss: 'and' may join two names, so it does not glue them into one without an organisation word."""
    text = ("Divers searched the wreck. The firm that owned the vessel, Amsel and Dray, said in a statement that it "
            "had restored supply.")
    assert find(extract(text), "restored supply").speaker != "Amsel and Dray"


# ---- a statement with its cue as an aside, right after a quote -------------------------------------------------


def test_a_statement_with_an_aside_cue_after_a_quote_is_its_own_quote(extract):
    text = ('Helen Marsh trimmed the score. "It ran far too long," she said. "Nobody will miss it." The changes, she '
            'added, had been agreed with the composer\'s family.')
    quotes = extract(text)
    assert find(quotes, "agreed with the composer").text.startswith("The changes, she added")
    assert find(quotes, "agreed with the composer").speaker == "Helen Marsh"
    assert find(quotes, "Nobody will miss it").speaker == "Helen Marsh"


def test_a_short_attribution_after_a_quote_still_belongs_to_it(extract):
    """Near miss: '“Why?” she asked, smiling.' is the quote's attribution, not a statement of its own."""
    quotes = extract('Helen Marsh trimmed the score. "Why not?" she asked, smiling.')
    assert [q.text for q in quotes] == ["Why not?"]


# ---- a bare capitalised dateline under a headline and a byline -------------------------------------------------

LEDE = """Ostrelian central bank holds rates at 3.5%, signals cut "not before autumn"

By Nils Oduya-Berg, Economics Correspondent

TORREN — The Central Bank of Ostrelia left its main rate unchanged at 3.5% on Tuesday for a third straight meeting, saying prices were rising faster than it had forecast and that it would need "a few more months of data" before cutting.

The decision was predicted by all 19 economists polled by the Torren Evening Post.
"""


def test_a_bare_dateline_under_a_byline_is_not_the_subject(extract):
    quote = find(extract(LEDE), "prices were rising")
    assert quote.speaker == "Central Bank of Ostrelia"
    assert quote.text.startswith("prices were rising")


def test_a_capitalised_word_and_a_colon_in_the_second_paragraph_is_no_dateline(extract):
    """Near miss: 'NAME: words' is a speaker's line, never a dateline to split off."""
    text = "Council budget vote\n\nHALE: We will not cut the libraries.\n\nHALE: Nor the pools."
    assert find(extract(text), "cut the libraries").text == "We will not cut the libraries."


# ---- an organisation named in apposition to its description --------------------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("The prime minister spoke first. Brennick's employer, the independent Tarvian broadcaster Radio Solmund, said "
     "in a post that it was deeply disappointed.", "Radio Solmund"),
    # near miss: a person named after a role in the same shape is read as before
    ("The prime minister spoke first. Brennick's lawyer, the veteran solicitor Ana Ruiz, said in a post that it was "
     "deeply disappointed.", "Ana Ruiz"),
])
def test_a_name_in_apposition_to_an_organisation_noun_is_the_speaker(extract, text, speaker):
    assert find(extract(text), "deeply disappointed").speaker == speaker
