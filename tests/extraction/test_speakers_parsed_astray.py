"""Speakers the small parser hangs astray: a name after an inverted cue made the subject of the quoted words
that follow, or of nothing; a participle cue after a preposition tagged a subordinator ('upon saying'); a
participle hung on the people a message was sent to; a subject whose relative clause runs up to the cue; the
cue's own phrase of occasion before a second 'said'; a participle hung inside the object of a denial. Short invented
sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, fragment, speaker", [
    # the name after 'said' parsed as the subject of the quote's second half
    ('"The worry," said Greta Holm, a surveyor who runs the county office, "is that the dunes will not hold."',
     "the dunes will not hold", "Greta Holm"),
    # 'upon' tagged a subordinator: the participle is still the sentence subject's
    ("Dara Quill, a longtime fan of the band, earned loud cheers upon saying, “The drummer carried the whole "
     "night.”", "drummer carried", "Dara Quill"),
    # the relative clause on the subject runs up to the cue: its last noun is not the speaker
    ("With the vote a week away, a harbour board clerk who spoke anonymously to describe the bids said Tuesday, "
     "\"Clearly the deal is close.\"", "Clearly the deal",
     "a harbour board clerk who spoke anonymously to describe the bids"),
    # 'in a second hearing' hangs on the second 'said'; the treasurer said both
    ("The treasurer at first said she had not seen the ledger, but in a second hearing said she had read it "
     "twice.", "she had read it twice", "The treasurer"),
    # 'explaining' hung on the verb of what Moreau denied
    ("Reached by phone, Moreau denied the notion that a cabinet reshuffle is coming, explaining that she was unaware "
     "of any plan.", "she was unaware", "Moreau"),
    # ads placed and signs carried speak for whoever placed or carried them (plural nouns: the model has no lemmas)
    ("By March the shareholder group had written to the board and bought full-page newspaper ads calling the sale a "
     "\"reckless gamble.\"", "reckless gamble", "the shareholder group"),
    ("A crowd of nurses had gathered outside the hospital, carrying signs saying, \"Safe staffing saves lives.\"",
     "Safe staffing", "A crowd of nurses"),
    # 'made a point of saying': the one who made it
    ("Mayor Ana Ruiz spoke last. And she made a point of saying the new library \"belongs to every child in "
     "town.\"", "belongs to every child", "Ana Ruiz"),
])
def test_the_speaker_is_found_where_the_parser_left_it(extract, text, fragment, speaker):
    assert find(extract(text), fragment).speaker == speaker


def test_a_message_sent_to_people_speaks_for_its_sender(extract):
    quote = find(extract("The club quickly emailed a newsletter to members stating, “Council Votes to Keep the Pool "
                         "Open.”"), "Council Votes")
    assert quote.speaker_mention == "The club"
