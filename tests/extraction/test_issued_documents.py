"""Words a document carries are the words of whoever issued it: 'X released a video that says …', 'X ran a piece
that noted …'. A document that nobody in the sentence issued keeps speaking for itself. Short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Senator Paul Rand has released a Web video that accuses Governor Lee of flip-flopping on trade.",
     "flip-flopping on trade", "Paul Rand"),
    ("In selling the courses, Sam Dorn released a marketing video that said, \"We are going to teach you "
     "everything.\"", "teach you everything", "Sam Dorn"),
    ("Mayor Tess Brandt is releasing a new 30-second ad that urges voters in the city to \"send a message\" in May.",
     "send a message", "Tess Brandt"),
])
def test_a_relative_clause_on_an_issued_document_is_the_issuers(extract, text, fragment, speaker):
    assert find(extract(text), fragment).speaker == speaker


def test_a_document_nobody_in_the_sentence_issued_speaks_for_itself(extract):
    quote = find(extract("The page was replaced by a message that said, \"Sorry, this item is gone.\""), "item is gone")
    assert quote.speaker == "a message"
    assert quote.speaker_mention == "that"  # the mention as written, as 'who' is in 'Lee, who said …'
