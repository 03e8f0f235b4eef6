"""A quote opened by a person's name and a colon inside a paragraph ('… - Mara Quist: “…”', as newsletters quote
their sources after a dash): the name is the speaker (invented sentences)."""

from tests.extraction.conftest import find


def test_a_name_after_a_dash_names_the_quote(extract):
    text = ("Turnout in the valley towns held up better than expected - Mara Quist: “The early vote told us nothing "
            "about the late surge, and we said so at the time.” Quist and Dahl also looked at postal ballots.")
    q = find(extract(text), "early vote")
    assert (q.text, q.kind, q.speaker) == (
        "The early vote told us nothing about the late surge, and we said so at the time.", "direct", "Mara Quist")


def test_a_colon_after_a_plain_word_names_nobody(extract):
    text = "The result was plain to everyone in the hall that night - landslide: “Nobody saw the late surge coming.”"
    assert all(q.speaker != "landslide" for q in extract(text))
