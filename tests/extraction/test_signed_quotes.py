"""Quotes signed by a dash and a name on their own line or after the quote: pull quotes, fact-check entries, tweets
(issue 17: attribution on real news)."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # a fact-check entry: the quote, then the signature under it, with or without a description
    ("Checking the claims\n\nThe mayor spoke at length. Tom Hale replied.\n\n"
     "\"The ferry has never lost money in summer.\"\n\n- Ana Ruiz, mayor of Kelby.\n\nThat is not quite right.",
     "never lost money", "Ana Ruiz"),
    ("Checking the claims\n\nTom Hale spoke first.\n\n“We cut the waiting list in half.”\n\n—Ruth Pellow\n\n"
     "The list grew.", "waiting list", "Ruth Pellow"),
    # the tokenizer splits a dash glued to the name
    ("Notebook\n\nDelegates left early.\n\n\"Best night of the week.\"\n\n-Senator Ana Ruiz, after the vote.",
     "Best night", "Ana Ruiz"),
    # signed on the quote's own line
    ("Epigraphs\n\nThe book opens with a line from a sailor.\n\n“The sea keeps what it takes.” ― Jonas Berg",
     "sea keeps", "Jonas Berg"),
    # and with no space between the closing mark and the dash, as some sites set readers' replies
    ("Your views\n\nReaders wrote in after the vote.\n\n“The council never listens to the islands.”― Mari Oduya\n\n"
     "“We will remember this in May.”― Kofi Lund.", "never listens", "Mari Oduya"),
    ("Your views\n\nReaders wrote in after the vote.\n\n“The council never listens to the islands.”― Mari Oduya\n\n"
     "“We will remember this in May.”― Kofi Lund.", "remember this", "Kofi Lund"),
])
def test_a_signed_quote_is_the_signers(extract, text, fragment, speaker):
    q = find(extract(text), fragment)
    assert (q.speaker, q.kind) == (speaker, "direct")
    assert text[q.mention_start:q.mention_end].endswith(speaker.split()[-1])


def test_an_embedded_tweet_is_its_authors_words_without_links(extract):
    text = ("Pier row\n\nThe council voted to close the pier. Tom Hale, its leader, defended the vote.\n\n"
            "<tweet author=\"@anaruiz\">The pier stays open while I am mayor. Come and fish! https://t.co/x1 "
            "pic.twitter.com/y2 — Ana Ruiz (@anaruiz) May 6, 2026</tweet>.\n\nHale did not reply.")
    q = find(extract(text), "pier stays open")
    assert (q.text, q.speaker) == ("The pier stays open while I am mayor. Come and fish!", "Ana Ruiz")


@pytest.mark.parametrize("text", [
    # a list of candidates with dates: the dash introduces no signature
    "Who is running\n\nSen. Ana Ruiz (D-Ore.) — Announced March 3, 2015\n\nGov. Tom Hale (R-Ida.) — Announced May 1, 2015",
    # the writer's own sentence before a dash and a name, with no handle to mark a tweet
    "Pier row\n\nThe pier will stay open for now — Ana Ruiz\n\nThe council meets again in June.",
])
def test_a_dash_and_a_name_alone_make_no_quote(extract, text):
    assert extract(text) == []
