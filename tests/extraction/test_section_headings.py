"""`Reed: Win big.` over a paragraph about Reed, then `Voss: Keep it close.` over one about Voss: short labelled
lines that head the sections of a round-up are the writer's headings, not the candidates' words. A transcript takes
turns (one labelled line after another) and keeps every line. Short invented articles."""

ROUND_UP = """What each candidate needs on Tuesday.

Here is what each candidate needs to do in the county vote.

Reed: Win big.

Mayor Tom Reed has led in every poll this year, and his aides expect a large turnout.

Voss: Keep it close.

If Lena Voss keeps the margin under ten points, she can claim momentum heading into the spring.

Hart: Survive.

Ian Hart has run a quiet campaign, and his backers hope his ground game pays off.
"""

TRANSCRIPT = """Transcript of the debate.

REED: We will win.

VOSS: No, you will not.

REED: Watch us.
"""


def test_the_headings_of_a_round_up_are_no_quotes(extract):
    quotes = extract(ROUND_UP)
    assert not any(q.text in ("Win big.", "Keep it close.", "Survive.") for q in quotes)


def test_two_headings_are_not_enough_to_call_a_list(extract):
    text = ROUND_UP.split("Hart: Survive.")[0]
    assert any(q.text == "Win big." for q in extract(text))


def test_a_transcript_keeps_its_short_lines(extract):
    assert [q.text for q in extract(TRANSCRIPT)] == ["We will win.", "No, you will not.", "Watch us."]
