"""Speakers of real-news shapes (PolNeAR train, issue 17), in short invented sentences: a second participle cue
the parser hangs inside the first one's content ('saying that A - and arguing that B', 'saying: “…” and vowing
to …') has the first one's speaker; a cue cut from a statement that lost to an overlapping one keeps its own
subject instead of none; a relative `that` is the mention as written, as `who` is; an opening mark reused as a
closer (`“…,“ said X`) closes, and a paragraph opening on a closing mark opens."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Lund pushed back on the claims Friday, saying that the plan had support but was sunk by mistrust - and "
     "arguing that he and Moss agreed on nearly everything.", "he and Moss agreed", "Lund"),
    ("The senator emailed supporters saying: \"The fight goes on\" and vowing to compete in the last primary.",
     "The fight goes on", "The senator"),
    ("Mara Voss has defended the plan, saying the mayor had been a pioneer on housing and calling him "
     "\"a builder.\"", "a builder", "Mara Voss"),
])
def test_a_second_participle_has_the_first_ones_speaker(extract, text, fragment, speaker):
    assert find(extract(text), fragment).speaker == speaker


def test_a_finite_verb_coordinated_inside_the_content_is_no_partner(extract):
    # near miss: 'blamed' is Kerr's own verb inside what Ode said, not a second participle of Ode's
    quote = find(extract("Dana Ode spoke on Monday, saying that Kerr had lost the vote and blamed the council."),
                 "Kerr had lost the vote")
    assert quote.speaker == "Dana Ode"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Volunteers handed out tote bags that said, \"Read more, worry less.\"", "Read more", "tote bags"),
    ("The site ran a story in June that said the mill would close.", "the mill would close", "a story"),
])
def test_a_relative_that_is_the_mention_as_written(extract, text, fragment, speaker):
    # like 'who' in 'Lee, who said …': the words' subject as written, resolved to what it stands for
    quote = find(extract(text), fragment)
    assert (quote.speaker_mention, quote.speaker) == ("that", speaker)


def test_a_complementiser_that_is_no_mention(extract):
    # near miss: 'that' opens the content; the firm is the subject as written
    quote = find(extract("The ferry firm said that fares would rise in May."), "fares would rise")
    assert quote.speaker_mention == "The ferry firm"


def test_an_opening_mark_reused_as_a_closer_closes(extract):
    # '“…,“ said X': the typo no longer swallows the attribution, so the next quote carries on with X
    quotes = extract("“It's rare,“ said Dana Pike, a lawyer with the Ferry Rights Forum. “It is hard to pull off.”")
    assert find(quotes, "It's rare").speaker == "Dana Pike"
    assert find(quotes, "hard to pull off").speaker == "Dana Pike"


def test_a_paragraph_opening_on_a_closing_mark_opens(extract):
    text = "Lena Voss spoke in May.\n\n” … they are nothing like him,” she said. “He would be appalled.”"
    assert find(extract(text), "nothing like him").speaker == "Lena Voss"


def test_an_opening_mark_glued_to_a_full_stop_still_opens(extract):
    # near miss: '.“We' has a word after the mark, so it opens a quote as ever
    quote = find(extract("Mia Holt took the stage.“We won,” she said."), "We won")
    assert quote.speaker == "Mia Holt"
