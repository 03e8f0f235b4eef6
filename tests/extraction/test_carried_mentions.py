"""A quote standing alone after reported speech ('Trade, he said, is “ten times the gain.” “It helps everyone.”')
is its own record, not a piece of the reported clause, but it carries the same speaker mention: the 'he' that
named its speaker. Short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, fragment, mention", [
    ("But when it comes to the plant, ''we've all worked hard,'' he said. ''And now they want to close it?''",
     "now they want to close it", "he"),
    ("The gain from open trade is \"ten times the size of the losses,\" he said. \"It really helps working people.\"",
     "It really helps working people", "he"),
    ("“I think that speaks volumes,” she said, adding that the campaign would work hard. “I think they are waiting "
     "to be courted.”", "waiting to be courted", "she"),
])
def test_a_quote_carried_on_from_reported_speech_keeps_its_mention(extract, text, fragment, mention):
    quote = find(extract(text), fragment)
    assert quote.speaker_mention == mention
