"""Lines that open with their speaker and a colon: transcripts, interviews in question-and-answer layout."""

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
    assert not [q for q in quotes if "Will the yard close" in q.text]


def test_a_transcript_line_is_its_speakers_words(extract):
    text = "The anchors pressed the campaign.\n\nBOULDUAN: Why not debate in New York?\n\nPERKINS: We will, in May."
    quotes = extract(text)
    assert find(quotes, "Why not debate").speaker == "BOULDUAN"
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
