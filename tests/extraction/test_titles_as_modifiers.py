"""A quoted title or slogan written right before the noun it names ('the “Night Desk” host', 'a “Save the Pier”
badge') is a name used as a modifier, never someone's words; a speaker's quoted adjective before a noun stays a
partial quote. Short invented sentences."""

import pytest


@pytest.mark.parametrize("text", [
    "After the news spread, the “Harbour Lights” star posted a photo of her family.",
    "“We were wrong,” Ms Arden admitted during an interview for the “Plain Talk” podcast on Friday.",
    "The “Night Desk” host wrote on Monday that the plan was dead.",
    "Critics of the “Stop the Tolls” campaign said the group was small.",
    "Ms Oyelaran, the “Harbour Lights” star, said she was moving on.",
])
def test_a_quoted_name_before_its_noun_is_no_quote(extract, text):
    assert [q for q in extract(text) if q.kind == "partial"] == []


def test_a_quoted_adjective_before_a_noun_is_still_the_speakers(extract):
    quotes = extract("Mr Lund called it a “shameful” decision.")
    assert len(quotes) == 1 and "shameful" in quotes[0].text and quotes[0].speaker == "Lund"
