"""A phrase before the speaker that only says when, where or how the speaker spoke ('Last month, 30 percent said.',
'Growing louder as she spoke, Ms Hale went on.') is the writer's framing, not reported content; a clause before the
speaker still is. Short invented sentences."""

import pytest


@pytest.mark.parametrize("text", [
    "Last month, 30 percent said.",
    "Following a noisy town meeting on Friday, Governor Okafor boasted of his record.",
    "A keen supporter of the plan, Mr Tarrant complained about the delays.",
    "On Tuesday, even as shares were falling, Ms Ivers wrote to investors.",
    "Growing louder as she spoke, Ms Hale continued.",
    "In the note under the video, Abernethy wrote about the vote.",
])
def test_a_fronted_adjunct_of_the_cue_is_no_quote(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text, content", [
    ("The rules are clear, she said.", "The rules are clear"),
    ("Under the plan, rents would rise, the council said.", "rents would rise"),
])
def test_a_clause_before_the_speaker_is_still_the_content(extract, text, content):
    quotes = extract(text)
    assert len(quotes) == 1 and content in quotes[0].text


def test_a_second_report_after_while_keeps_its_clause(extract):
    quotes = extract("Crowds lined the road, KTV reported, while in Kelby the parade began with a moment of silence, "
                     "the Kelby Star reported.")
    assert any("the parade began" in q.text for q in quotes)
