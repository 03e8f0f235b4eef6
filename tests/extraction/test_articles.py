"""Fresh mini-articles in several house styles, each with every quote and speaker it should yield.

Written for generalisation checks (none is taken from the development set): wire copy with a
cataphoric role noun, a UK broadsheet with single quote marks and a hyphenated surname, US politics
with two men and "he", business nominals, a sports club without an organisation suffix, a court
report with age descriptors, a science story with "according to a study", a local charity with a
named appositive, and a lone surname the NER takes for an organisation.
"""

import pytest

from tests.extraction.conftest import find

pytestmark = pytest.mark.slow

ARTICLES = {
    "wire_finance": (
        "Borrowing to rise as Treasury misses target\n\n"
        "LONDON, March 4 (Wire) — Britain's finance minister warned on Tuesday that government borrowing would "
        "rise this year after tax receipts fell short of forecasts.\n\n"
        "“We will not gamble with the public finances,” Finance Minister Rachel Osei told a news conference in "
        "London. “Every pound will be accounted for.”\n\n"
        "The opposition's treasury spokesman, Daniel Crewe, said the figures showed the plan had failed.\n\n"
        "Economists at Harwell Bank said growth would slow to 0.8 percent, according to a note sent to clients.\n",
        [("government borrowing would rise", "indirect", "Rachel Osei"),
         ("We will not gamble", "direct", "Rachel Osei"),
         ("Every pound", "direct", "Rachel Osei"),
         ("the plan had failed", "indirect", "Daniel Crewe"),
         ("growth would slow to 0.8 percent", "indirect", "Economists at Harwell Bank")],
    ),
    "uk_broadsheet_single_marks": (
        "Residents fight plans for riverside flats\n\n"
        "The developer behind the scheme, Dalton Homes, said it would appeal against the council's decision.\n\n"
        "Local campaigner Margaret Ellery-Shaw, who has lived on the street for 40 years, said the flats would "
        "block the light. 'We are not against housing,' the 68-year-old said. 'We are against this.'\n\n"
        "Ellery-Shaw added that more than 300 residents had signed a petition.\n\n"
        "The company said in a statement that the design had been changed twice to meet objections.\n",
        [("it would appeal", "indirect", "Dalton Homes"),
         ("the flats would block the light", "indirect", "Margaret Ellery-Shaw"),
         ("We are not against housing", "direct", "Margaret Ellery-Shaw"),
         ("We are against this", "direct", "Margaret Ellery-Shaw"),
         ("more than 300 residents", "indirect", "Margaret Ellery-Shaw"),
         ("the design had been changed", "indirect", "Dalton Homes")],
    ),
    "us_politics_two_men": (
        "Senators clash over border bill\n\n"
        "WASHINGTON — Senator Mark Delaney accused the White House on Wednesday of stalling the border bill, "
        "while Senator Luis Ortega defended the administration.\n\n"
        "“This bill has been sitting on a desk for six months,” Delaney told reporters outside the Capitol. "
        "He said the delay was costing lives.\n\n"
        "Ortega, a Democrat from New Mexico, rejected that. “Nobody is stalling anything,” he said. "
        "“We are negotiating in good faith.”\n",
        [("stalling the border bill", "indirect", "Mark Delaney"),
         ("sitting on a desk", "direct", "Mark Delaney"),
         ("the delay was costing lives", "indirect", "Mark Delaney"),
         ("Nobody is stalling", "direct", "Luis Ortega"),
         ("negotiating in good faith", "direct", "Luis Ortega")],
    ),
    "business_retail": (
        "Brightmoor profits slide as shoppers cut back\n\n"
        "Supermarket group Brightmoor reported a 12 percent fall in half-year profits on Thursday, blaming "
        "higher energy bills and weaker spending.\n\n"
        "The company said trading in the first weeks of the new quarter had been tough. Its chief executive, "
        "Priya Natarajan, said the chain would not raise prices before Christmas.\n\n"
        "“Our customers are under pressure and we will not add to it,” she said.\n\n"
        "Analysts at Corley Securities said the results were worse than expected.\n",
        [("trading in the first weeks", "indirect", "Brightmoor"),
         ("the chain would not raise prices", "indirect", "Priya Natarajan"),
         ("Our customers are under pressure", "direct", "Priya Natarajan"),
         ("the results were worse", "indirect", "Analysts at Corley Securities")],
    ),
    "sports_club": (
        "Kingsford Rovers sack manager after derby defeat\n\n"
        "Kingsford Rovers have sacked manager Tony Briggs after Saturday's 4-0 defeat at Ashby.\n\n"
        "The club said in a statement that the decision had not been taken lightly.\n\n"
        "Captain Ben Adeyemi said the squad felt let down by their own performance. “We gave it everything in "
        "training,” the 31-year-old said. “It just wasn't enough on the day.”\n\n"
        "Briggs, who joined in 2022, declined to comment.\n",
        [("the decision had not been taken lightly", "indirect", "Kingsford Rovers"),
         ("the squad felt let down", "indirect", "Ben Adeyemi"),
         ("We gave it everything", "direct", "Ben Adeyemi"),
         ("It just wasn't enough", "direct", "Ben Adeyemi")],
    ),
    "court": (
        "Builder jailed for fraud\n\n"
        "A builder who took deposits for work he never did has been jailed for three years.\n\n"
        "Gary Holt, 52, of Mill Lane, admitted 14 counts of fraud at Ashford Crown Court.\n\n"
        "Judge Helen Marsh told him: “You preyed on elderly people who trusted you.”\n\n"
        "Prosecutor Simon Reid said Holt had taken more than £80,000 from his victims. One of them, pensioner "
        "Edna Cole, said she had lost her savings. “I feel so stupid,” the 84-year-old said.\n\n"
        "Holt's barrister, Anne Pryce-Evans, said her client was deeply ashamed.\n",
        [("You preyed on elderly people", "direct", "Helen Marsh"),
         ("Holt had taken more than", "indirect", "Simon Reid"),
         ("she had lost her savings", "indirect", "Edna Cole"),
         ("I feel so stupid", "direct", "Edna Cole"),
         ("her client was deeply ashamed", "indirect", "Anne Pryce-Evans")],
    ),
    "science_study": (
        "Night-shift workers face higher heart risk, study finds\n\n"
        "People who work night shifts for more than ten years are a third more likely to develop heart disease, "
        "according to a study published on Monday.\n\n"
        "The research, led by Dr. Sofia Lindqvist at the Karolinska Institute, followed 40,000 nurses for two "
        "decades. Her co-author, Dr. Tomas Berg, said more work was needed to understand why.\n\n"
        "“We are not telling anyone to quit their job,” Lindqvist said. “But employers should take note.”\n",
        [("a third more likely", "indirect", "a study"),
         ("more work was needed", "indirect", "Tomas Berg"),
         ("We are not telling anyone", "direct", "Sofia Lindqvist"),
         ("employers should take note", "direct", "Sofia Lindqvist")],
    ),
    "local_charity": (
        "Shelter funding cut\n\n"
        "The charity that runs the town's only night shelter, Safe Harbour, said on Friday that its council "
        "grant had been halved.\n\n"
        "Its director, Joanne Pike, said the shelter could close by the spring. “We have 30 beds and we fill "
        "them every night,” she said.\n\n"
        "Councillor Raj Mistry, the council's cabinet member for housing, said money was tight. Mistry added "
        "that the council would look for other funding.\n",
        [("its council grant had been halved", "indirect", "Safe Harbour"),
         ("the shelter could close", "indirect", "Joanne Pike"),
         ("We have 30 beds", "direct", "Joanne Pike"),
         ("money was tight", "indirect", "Raj Mistry"),
         ("the council would look for other funding", "indirect", "Raj Mistry")],
    ),
    "lone_surname": (
        "Flood victims demand answers\n\n"
        "Kerr said the council had ignored repeated warnings about the culvert. He added that his family had "
        "been forced to move into a caravan.\n\n"
        "“Why did nobody warn us?” asked Ella Bright, whose home in Brook Street was also flooded.\n",
        [("the council had ignored repeated warnings", "indirect", "Kerr"),
         ("his family had been forced", "indirect", "Kerr"),
         ("Why did nobody warn us", "direct", "Ella Bright")],
    ),
}


CASES = [(name, text, fragment, kind, speaker) for name, (text, rows) in ARTICLES.items()
         for fragment, kind, speaker in rows]


@pytest.fixture(scope="module")
def extracted(extract):
    return {name: extract(text) for name, (text, _) in ARTICLES.items()}


@pytest.mark.parametrize("name, text, fragment, kind, speaker", CASES, ids=[f"{c[0]}:{c[2][:24]}" for c in CASES])
def test_article_quote(extracted, name, text, fragment, kind, speaker):
    q = find(extracted[name], fragment)
    assert (q.kind, q.speaker) == (kind, speaker)
    assert text[q.start:q.end] == q.text


def test_every_article_has_only_the_expected_quotes(extracted):
    for name, (_, rows) in ARTICLES.items():
        assert len(extracted[name]) == len(rows), (name, [q.text for q in extracted[name]])
