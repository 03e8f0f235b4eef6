"""A headline's `Name says …` or `Name: …` is that person's claim; a finding or a section label is nobody's speech
(issue 17: attribution on real news)."""

import pytest

from tests.extraction.conftest import find

BODY = "\n\nMayor Ana Ruiz spoke in Kelby on Monday. Tom Hale, the council leader, spoke after her."


@pytest.mark.parametrize(("headline", "claim", "speaker", "kind"), [
    ("Ruiz says ferry will run all winter", "ferry will run all winter", "Ana Ruiz", "indirect"),
    # Title Case, content first, the speaker after the claim
    ("Ferry Will Run All Winter, Mayor Ruiz Says", "Ferry Will Run All Winter", "Ana Ruiz", "indirect"),
    # the listener is no part of the claim
    ("Ruiz tells voters she will keep the ferry", "she will keep the ferry", "Ana Ruiz", "indirect"),
    # a name and a colon: the claim, and the words themselves when the headline quotes them
    ("Hale: Ferry must stop in winter", "Ferry must stop in winter", "Tom Hale", "indirect"),
    ("Hale: ‘The Ferry Must Stop’", "The Ferry Must Stop", "Tom Hale", "direct"),
])
def test_a_headline_claim_is_the_named_speakers(extract, headline, claim, speaker, kind):
    text = headline + BODY
    q = find(extract(text), claim)
    assert (q.text, q.speaker, q.kind) == (claim, speaker, kind)
    assert text[q.mention_start:q.mention_end].endswith(speaker.split()[-1])


@pytest.mark.parametrize("headline", [
    "Poll: Ruiz leads Hale by six points",  # a finding
    "The Latest: Ruiz wins a second term as mayor",  # a section label
    "Report says the ferry lost money every winter",  # a document's finding
    "Amid protests, Ruiz claims a second term",  # no claim before the comma
    "Islamic State fighters retreat from the river",  # 'State' is no speech verb
])
def test_a_headline_without_a_speakers_claim_gives_nothing(extract, headline):
    text = headline + BODY
    assert [q for q in extract(text) if q.start < len(headline)] == []
