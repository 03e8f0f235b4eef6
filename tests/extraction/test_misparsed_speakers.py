"""Speakers the small parser loses: an unfamiliar surname after an inverted cue tagged as an adverb ('“…,” said
Skelton, explaining …'), and a cue the parser hangs beside a participle aside it made the root ('Sen. Ana Ortiz,
noting the size of the crowd, said, “…”'). Short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, fragment, speaker", [
    ("“Having access to the file is valuable,” said Skelly, explaining he had worked with Vito.",
     "Having access to the file", "Skelly"),
    ("But Sen. Richard J. Durwin (D-Ill.), noting the size of the crowd, said, \"Let me tell you, she has a heck of "
     "an email list.\"", "heck of an email list", "Richard J. Durwin"),
])
def test_a_misparsed_speaker_is_still_found(extract, text, fragment, speaker):
    assert find(extract(text), fragment).speaker == speaker


def test_a_date_after_the_cue_is_no_speaker(extract):
    quote = find(extract("Ms Pell was asked about the vote. “We will win,” said Tuesday's winner."), "We will win")
    assert quote.speaker_mention == "Tuesday's winner"
