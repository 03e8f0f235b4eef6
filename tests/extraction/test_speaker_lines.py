"""Lines that open with their speaker and a colon: transcripts, interviews in question-and-answer layout."""

import pytest

from tests.extraction.conftest import find

INTERVIEW = """Harbour chief speaks

Marta Lind has run the Kessock shipyard for twenty years. We spoke to her on Monday.

Q: Will the yard close?

A: We never planned to sell the yard. The orders are there.

Q: And the workers?

A: Every one of them keeps a job.
"""


def test_the_answers_of_an_interview_are_the_interviewees_quotes(extract):
    quotes = extract(INTERVIEW)
    assert find(quotes, "never planned").speaker == "Marta Lind"
    assert find(quotes, "keeps a job").speaker == "Marta Lind"
    q = find(quotes, "never planned")  # the label is the mention, as 'she' would be (issue 17)
    assert INTERVIEW[q.mention_start:q.mention_end] == "A"
    assert not [q for q in quotes if "Will the yard close" in q.text]


def test_a_transcript_line_is_its_speakers_words(extract):
    text = "The anchors pressed the campaign.\n\nBOULDUAN: Why not debate in New York?\n\nPERKINS: We will, in May."
    quotes = extract(text)
    assert find(quotes, "Why not debate").speaker == "Boulduan"  # a name in capitals is written as a name
    assert find(quotes, "We will, in May").text == "We will, in May."


def test_a_named_line_in_quote_marks_leaves_the_marks_out(extract):
    text = "Rally report\n\nThe crowd was small.\n\nGovernor Ana Ruiz: ‘We are going all the way.’"
    q = find(extract(text), "all the way")
    assert q.text == "We are going all the way." and q.speaker == "Ana Ruiz" and q.kind == "direct"


def test_labels_that_are_not_speakers_give_no_quote(extract):
    text = "The talks ended.\n\nUpdate: this story was changed at noon.\n\nWASHINGTON: the talks ended early."
    assert extract(text) == []


def test_nothing_in_a_question_is_a_quote(extract):
    text = INTERVIEW.replace("Q: And the workers?", "Q: After the orders, are you thinking of selling?")
    assert not [q for q in extract(text) if "After the orders" in q.text]


def test_a_transcript_with_bold_names(extract):
    text = ("The presenter, Dan Osei, spoke to the architect Marguerite Ilunga.\n\n"
            "**Dan Osei:** Whose idea was this?\n\n**Marguerite Ilunga:** It started with the parents, actually.")
    q = find(extract(text), "started with the parents")
    assert (q.speaker, q.cue, q.text) == ("Marguerite Ilunga", ":", "It started with the parents, actually.")


PANEL = """Talk show

The host, Chris Marlow, asked two reporters, Nadia Osei and Tom Quill, about the toll.

Marlow: Is the toll a good idea?

Osei: Nobody I know calls it fair. They call it ‘a tax on getting to work.’

Quill: The bridge has to be paid for somehow.
"""


def test_a_surname_the_article_names_in_full_is_a_speaker_label(extract):
    quotes = extract(PANEL)
    q = find(quotes, "Nobody I know")
    assert (q.speaker, q.text) == ("Nadia Osei", "Nobody I know calls it fair. They call it ‘a tax on getting to work.’")
    assert find(quotes, "paid for somehow").speaker == "Tom Quill"


def test_a_transcript_quoted_paragraph_by_paragraph_leaves_its_labels_out(extract):
    text = ("The exchange went as follows:\n\n\"MARLOW: Did you vote for the toll?\n\n"
            "\"OSEI: I did not. I voted against it twice.\"\n\nThe debate moved on.")
    quotes = extract(text)
    assert find(quotes, "Did you vote").text == "Did you vote for the toll?"
    q = find(quotes, "voted against")
    assert (q.text, q.speaker) == ("I did not. I voted against it twice.", "Osei")


def test_a_label_in_capitals_is_written_as_the_fullest_name_given(extract):
    text = ("Transcript\n\nThe anchors pressed the campaign.\n\nJANE ROSTOV: Why not debate?\n\n"
            "PAUL ABARA: We will debate in May.\n\nROSTOV: Why not now?")
    quotes = extract(text)
    q = find(quotes, "Why not now")
    assert q.speaker == "Jane Rostov" and text[q.mention_start:q.mention_end] == "ROSTOV"
    q = find(quotes, "in May")
    assert q.speaker == "Paul Abara" and text[q.mention_start:q.mention_end] == "PAUL ABARA"


@pytest.mark.parametrize("text", [
    "Delegate count\n\nThe race is close.\n\nAna Ruiz: 1,204.\n\nTom Hale: 987.",  # a tally, not words
    "Follow us\n\nThe race is close.\n\nTwitter: @ruizcampaign.",
    "Morning briefing\n\nThe race is close.\n\nUN: TALKS COLLAPSE IN GENEVA “The talks have failed,” a report said.",
    # a one-off word in capitals that names nobody in the article is a shout or a heading, not a speaker
    "Ferry news\n\nThe race is close.\n\nWOW: The ferry will run all winter.",
])
def test_labels_before_no_words_or_a_headline_make_no_speaker_line(extract, text):
    assert not [q for q in extract(text) if q.cue == ":"]


def test_a_surname_label_in_capitals_takes_the_name_the_introduction_gives(extract):
    text = ("Transcript\n\nAn excerpt of the briefing with Harbour Master Jane Rostov and Paul Abara.\n\n"
            "ROSTOV: The quay reopens on Monday.\n\nABARA: The ferry follows a week later.")
    quotes = extract(text)
    assert find(quotes, "quay reopens").speaker == "Jane Rostov"
    assert find(quotes, "ferry follows").speaker == "Paul Abara"
