"""Whole-pipeline behaviour on fresh sentences (wire, broadsheet, local styles); model loaded once."""

import pytest

from quotes.extraction import DISPLAY_THRESHOLD
from tests.extraction.conftest import find

pytestmark = pytest.mark.slow

# (text, a fragment of the quote, kind, speaker)
DIRECT = [
    ("“We won,” Ana Ruiz said.", "We won", "direct", "Ana Ruiz"),  # speaker after
    ("“No,” said Tom Hale.", "No", "direct", "Tom Hale"),  # inverted
    ("Mayor Elena Petrova said: “The bridge will open in June.”", "bridge", "direct", "Elena Petrova"),  # before
    ("“The plan,” said Ana Ruiz, “was flawed from the start.”", "flawed", "direct", "Ana Ruiz"),  # split around cue
    ("“We won,” Ana Ruiz said. “Now we rest.”", "Now we rest", "direct", "Ana Ruiz"),  # chain
    ('"This is a great day," Mayor John Smith said. "We have waited."', "waited", "direct", "John Smith"),
    ("“We won the cup.\n\n“Now we rest,” said Pat Kerr.", "Now we rest", "direct", "Pat Kerr"),
    ("“This is our moment,” Prime Minister Lena Holt told parliament.", "our moment", "direct", "Lena Holt"),
    ("Sam Okafor told reporters: “The strike goes ahead.”", "strike goes", "direct", "Sam Okafor"),
    ("“People said it would fail. It did not,” Ana Ruiz said.", "It did not", "direct", "Ana Ruiz"),
    ("“No,” Ana Ruiz was quoted as saying.", "No", "direct", "Ana Ruiz"),
    ("'We won,' Ana Ruiz said. 'Now we rest.'", "Now we rest", "direct", "Ana Ruiz"),  # UK single marks
]

REPORTED = [
    ("The mayor, Elena Petrova, said the bridge would open in June.", "bridge would open", "Elena Petrova"),
    ("Prices will rise next year, the bank said.", "Prices will rise", "the bank"),  # content first
    ("Talks will resume in June, officials said on Friday.", "Talks will resume", "officials"),
    ("OSLO, May 6 (Wire) — Talks ended without a deal, officials said, after a week.", "Talks ended", "officials"),
    ("Union leader Sam Okafor told Reuters that the strike would go ahead.", "strike would", "Sam Okafor"),
    ("Ana Ruiz denied that she had lied to the committee.", "she had lied", "Ana Ruiz"),
    ("Ana Ruiz reiterated that the school would stay open.", "school would", "Ana Ruiz"),
    ("Ana Ruiz said in a statement on Monday that prices would rise.", "prices would rise", "Ana Ruiz"),
    ("Ana Ruiz welcomed the move but said schools needed money.", "schools needed money", "Ana Ruiz"),
    ("According to the health ministry, 40 people have died.", "40 people have died", "the health ministry"),
    ("At least 40 people have died, according to the health ministry.", "40 people", "the health ministry"),
    ("According to figures from the health department, nine children were admitted.", "nine children",
     "the health department"),
    ("Senior US officials said the strategy had failed.", "strategy had failed", "Senior US officials"),
    ("Detective Jo Ray of Ormsby Police said the inquiry was continuing.", "inquiry was", "Jo Ray"),
    ("Despite the row, the firm on Monday said it would stay in the town.", "it would stay", "the firm"),
    ("Ministers insist the plan is affordable.", "plan is affordable", "Ministers"),
    ("In an interview with the Herald, Green Party leader Tom Bell said the scheme was a waste.", "scheme",
     "Tom Bell"),
]


@pytest.mark.parametrize("text, fragment, kind, speaker", DIRECT)
def test_direct(extract, text, fragment, kind, speaker):
    q = find(extract(text), fragment)
    assert (q.kind, q.speaker) == (kind, speaker)
    assert q.confidence >= DISPLAY_THRESHOLD


@pytest.mark.parametrize("text, fragment, speaker", REPORTED)
def test_reported(extract, text, fragment, speaker):
    q = find(extract(text), fragment)
    assert (q.kind, q.speaker) == ("indirect", speaker)
    assert q.confidence >= DISPLAY_THRESHOLD


def test_reported_content_spans(extract):
    text = "Ana Ruiz said in a statement on Monday that prices would rise."
    assert [q.text for q in extract(text)] == ["prices would rise"]
    text = "The firm said it was “deeply sorry” and would pay for repairs."
    assert [q.text for q in extract(text)] == ["it was “deeply sorry” and would pay for repairs"]
    text = "Lee Chan said sales had risen, but declined to comment further."
    assert [q.text for q in extract(text)] == ["sales had risen"]


def test_adding_that_inherits_the_speaker(extract):
    quotes = extract("Ana Ruiz said she was sorry, adding that she would resign.")
    assert [(q.text, q.speaker) for q in quotes] == [("she was sorry", "Ana Ruiz"),
                                                     ("she would resign", "Ana Ruiz")]


def test_coordinated_cues_give_two_quotes(extract):
    quotes = extract("The union Unite said it had not been consulted and warned that it would ballot members.")
    assert [(q.text, q.speaker) for q in quotes] == [("it had not been consulted", "Unite"),
                                                     ("it would ballot members", "Unite")]


def test_listener_is_never_the_speaker(extract):
    q = find(extract("“Fine,” Ana Ruiz told Lee Chan."), "Fine")
    assert q.speaker == "Ana Ruiz"
    q = find(extract("Whelan told reporters that Reid had “clearly played the ball”."), "Reid had")
    assert q.speaker == "Whelan"


def test_relayed_quote(extract):
    q = find(extract("The Wire quoted Ana Ruiz as saying talks had failed."), "talks had failed")
    assert (q.speaker, q.relayed_by, q.kind) == ("Ana Ruiz", "Wire", "indirect")


def test_no_content_no_quote(extract):
    assert extract("Ana Ruiz declined to comment.") == []
    assert extract("Ana Ruiz said nothing.") == []


def test_partials(extract):
    q = find(extract("Ana Ruiz called the vote “a betrayal of the town”."), "betrayal")
    assert (q.kind, q.speaker) == ("partial", "Ana Ruiz")
    quotes = extract("Ana Ruiz said the plan was “fair” and “overdue”.")
    assert [(q.text, q.kind) for q in quotes] == [("the plan was “fair” and “overdue”", "indirect")]
    q = find(extract("He described the decision as “a disgrace” and vowed to fight on."), "disgrace")
    assert q.kind == "partial"


@pytest.mark.parametrize("text", [
    "Her film “Salt Flats” won the prize.",
    "The report, titled “Open Doors”, was published on Monday.",
    "The so-called “forever chemicals” were found in the river.",
    "The river, which locals call “the Snake”, rose overnight.",
    "Brandt, nicknamed “the Postman” by fans, scored twice.",
    "Fans held banners reading “Save Our Club” outside.",
    "The council launched a campaign under the slogan “Two Doses, No Doubts”.",
    "The band's new album, “Night Drive”, is out on Friday.",
    "Whitlock, known to friends as “Smiler”, was jailed.",
    "“Salt Flats” will be released in the autumn.",
])
def test_not_quotes(extract, text):
    assert [q for q in extract(text) if q.confidence >= 0.5] == []


def test_label_inside_speaker_noun_phrase(extract):
    quotes = extract("Ray Dunn, a miner whom locals call “the Mole”, said the pit would close.")
    assert [(q.text, q.speaker) for q in quotes] == [("the pit would close", "Ray Dunn")]


def test_reported_speech_inside_a_direct_quote_is_not_emitted(extract):
    quotes = extract("“People said this budget would never pass. It has passed,” Helen Voss said.")
    assert len(quotes) == 1 and quotes[0].speaker == "Helen Voss"


def test_scraped_junk_never_becomes_quotes(extract):
    text = ("Daily Post\n\n“We will fight,” says mayor\n\nleedsLeeds, Feb 2: Staff struck, the union said.\n\n"
            "(Reporting by Ana Ruiz; Editing by Tom Hale)\nShare this article\n")
    quotes = extract(text)
    assert [(q.text, q.speaker) for q in quotes] == [("Staff struck", "the union")]
