"""A record of someone's words or figures (a tally, audio, a post, a court document, interviews) speaks for whoever
made it, gave it or was interviewed for it: `according to a tally by the Gazette` is the Gazette's claim, not the
tally's. A record with no maker named stays the speaker. Short invented sentences."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("Attendance fell to 40 percent, according to a count by the Ormsby Courier.", "Ormsby Courier"),
    ("The depot will shut in May, according to audio provided by Radio Kelby.", "Radio Kelby"),
    ("The bus was late every morning, according to a post from councillor Rita Ambler.", "Rita Ambler"),
    ("The appeal was dropped, according to a court document filed by prosecutor Dana Whitlock.", "Dana Whitlock"),
    ("The board will choose a chair on Friday, according to interviews with several trustees.", "several trustees"),
    ("Tomas Lind is thought to have sailed that night, according to an interview his cousin Ola Lind gave.", "Ola Lind"),
])
def test_the_maker_of_a_record_is_the_speaker(extract, text, speaker):
    quotes = extract(text)
    assert len(quotes) == 1 and quotes[0].speaker == speaker


def test_a_record_with_no_maker_named_stays_the_source(extract):
    quotes = extract("The depot will shut in May, according to a leaked memo.")
    assert len(quotes) == 1 and "memo" in (quotes[0].speaker or "")
