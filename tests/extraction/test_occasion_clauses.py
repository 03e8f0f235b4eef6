"""'said at a briefing that …': the parser hangs the 'that' clause on the occasion named between the cue and it, as
if it described the briefing; it is what was said (the fifth fresh set, in our own words)."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    ("Chief Orla Banning said at a briefing that the crews were exhausted.", "the crews were exhausted",
     "Orla Banning"),
    ("Mayor Ivo Petrak said during the debate that taxes would rise.", "taxes would rise", "Ivo Petrak"),
    ("Its director, Hana Voss, said at an evening briefing that crews had been “outpaced” by the flames.",
     "crews had been “outpaced” by the flames", "Hana Voss"),
])
def test_a_that_clause_after_the_occasion_of_speaking_is_what_was_said(extract, text, words, speaker):
    quote = find(extract(text), words)
    assert quote.kind == "indirect" and quote.speaker == speaker
    assert quote.text == words  # not the 'that', nor a partial quote inside it alone


@pytest.mark.parametrize("text, words", [
    ("Ms. Lorne said at a hearing that she attended that costs were rising.", "costs were rising"),
    ("Ms. Lorne said at a briefing that she chaired that the plan was dead.", "the plan was dead"),
])
def test_a_real_relative_clause_on_the_occasion_is_not_the_content(extract, text, words):
    assert find(extract(text), words).text == words


def test_a_meeting_that_lasted_hours_is_no_quote(extract):
    assert extract("The mayor spoke at a meeting that lasted four hours.") == []


def test_a_programme_named_in_apposition_is_a_title_not_a_quote(extract):
    text = ("Her deputy, Ivo Sarn, appearing on the state broadcaster's results programme, “Count Night,” said "
            "through an interpreter that the party would “accept the result, whatever it is.”")
    quotes = extract(text)
    assert len(quotes) == 1 and "Count Night" not in quotes[0].text
    assert quotes[0].text.startswith("the party would") and quotes[0].speaker == "Ivo Sarn"


@pytest.mark.parametrize("text, words, speaker", [
    ("Turnout was 61 percent, the electoral board said, the highest in a generation.", "Turnout was 61 percent",
     "the electoral board"),
    ("Exports fell 3 percent, the ministry said, the steepest drop in a decade.", "Exports fell 3 percent",
     "the ministry"),
])
def test_a_clause_before_a_cue_that_hangs_on_a_gloss_after_it_is_what_was_said(extract, text, words, speaker):
    quote = find(extract(text), words)
    assert quote.text == words and quote.speaker.removeprefix("the ") == speaker.removeprefix("the ")
