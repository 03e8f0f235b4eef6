"""A headline ending in a full stop reads as body, so the dateline opening the next paragraph is not split off
by the layout; the parser must still not take its place name for the speaker (PolNeAR train, in our own words)."""

import pytest

from quotes.extraction.layout import split_layout
from quotes.extraction.pipeline import later_datelines
from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    ("Mayor backs the toll.\n\nHALDEN, May 4 (Wire) — Former transport minister Ida Brekke told councillors that "
     "the toll should be scrapped.", "the toll should be scrapped", "Ida Brekke"),
    ("Senator hits the road.\n\nPort Alder (NTB) – Senator Jonas Vik on Monday toured the shipyards, accusing the "
     "board of wasting money.", "the board of wasting money", "Jonas Vik"),
])
def test_a_dateline_under_a_headline_with_a_full_stop_is_not_the_speaker(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_only_a_dateline_with_an_agency_or_a_date_starts_a_sentence():
    # a plain capitalised word and a dash may be a person's words in a transcript: left alone
    text = "Mayor backs the toll.\n\nBREKKE - We will scrap it.\n"
    assert later_datelines(split_layout(text)) == set()
    text = "Mayor backs the toll.\n\nHALDEN (Wire) — The toll will go.\n"
    assert later_datelines(split_layout(text)) == {text.index("The toll")}
