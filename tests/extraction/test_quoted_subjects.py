"""A short quote before an inverted cue ('“Safety,” said Grimm') can be parsed as the verb's subject beside the
speaker; words inside quote marks never name who said them. Short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Voters here worry about one thing. \"Safety,\" said Grimm, a Dorn supporter.", "Safety", "Grimm"),
    ("\"He voted against all of them. Every single amendment,\" said Cruz, who had written some of them.",
     "Every single amendment", "Cruz"),
])
def test_a_quoted_word_parsed_as_subject_is_not_the_speaker(extract, text, fragment, speaker):
    quote = find(extract(text), fragment)
    assert quote.speaker == speaker


def test_a_quoted_word_beside_a_nominal_speaker(extract):
    quote = find(extract("\"Meh,\" wrote a Dorn supporter who runs a fan account."), "Meh")
    assert quote.speaker_mention.startswith("a Dorn supporter")
