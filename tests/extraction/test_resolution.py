"""Speaker resolution phenomena seen failing on fresh articles, each in several styles (model-backed).

Every row is a new sentence written for the rule, not taken from any evaluation text.
"""

import pytest

from tests.extraction.conftest import find

pytestmark = pytest.mark.slow

# (text, fragment, speaker, kind)
APPOSITIVE_ORG = [
    ("The firm behind the scheme, Dalton Homes, said it would appeal.", "appeal", "Dalton Homes", "organisation"),
    ("The charity that runs the shelter, Safe Harbour, said funding had been cut.", "funding", "Safe Harbour",
     "organisation"),
    ("The airline's owner, Corvia Group, said flights would resume on Friday.", "flights", "Corvia Group",
     "organisation"),
    ("The insurer that covers the stadium, Halden Mutual, said claims would be paid in full.", "claims",
     "Halden Mutual", "organisation"),
    ("The bank's parent company, Morrow Holdings, told investors that it would cut 400 jobs.", "400 jobs",
     "Morrow Holdings", "organisation"),
]
ORG_NOMINAL = [
    ("Kingsford Rovers have appointed a new coach after a poor start. The club said in a statement that the "
     "decision had been difficult.", "decision", "Kingsford Rovers", "organisation"),
    ("Ashcombe Athletic sacked their manager on Sunday. “We thank him for his work,” the club said.", "thank him",
     "Ashcombe Athletic", "organisation"),
    ("Pellham have signed the Danish striker Lars Moen. The club said Moen would join after the World Cup.",
     "Moen would join", "Pellham", "organisation"),
    ("Supermarket group Brightmoor reported a fall in profits. The company said trading had been tough.",
     "trading", "Brightmoor", "organisation"),
    ("Carmaker Voltra recalled 20,000 vehicles on Monday. The firm said no injuries had been reported.",
     "injuries", "Voltra", "organisation"),
    ("Airline Skyvale cancelled 300 flights. The airline said passengers would be rebooked.", "rebooked",
     "Skyvale", "organisation"),
    # no named organisation to take: the nominal stays
    ("Despite the row, the firm on Monday said it would stay in the town.", "stay", "the firm", "organisation"),
]
DESCRIPTOR = [
    ("Captain Ben Adeyemi said the squad felt let down. “We gave it everything,” the 31-year-old said. "
     "“It wasn't enough.”", "We gave it", "Ben Adeyemi", "person"),
    ("Captain Ben Adeyemi said the squad felt let down. “We gave it everything,” the 31-year-old said. "
     "“It wasn't enough.”", "enough", "Ben Adeyemi", "person"),
    ("Striker Leo Marsh scored twice on Saturday. “I just kept going,” the veteran said.", "kept going",
     "Leo Marsh", "person"),
    ("Pensioner Edna Cole lost her savings in the scam. “I feel so stupid,” the 84-year-old told the BBC.",
     "stupid", "Edna Cole", "person"),
    ("Mother of two Kelly Dunne lost her job in March. “I don't know how we'll pay the rent,” the mother of two "
     "said.", "rent", "Kelly Dunne", "person"),
    ("Detective Inspector Carla Mendes said the man had been targeted. “He was vulnerable,” the detective said.",
     "vulnerable", "Carla Mendes", "person"),
]
CATAPHORA = [
    ("Britain's finance minister warned on Monday that borrowing would rise. “We will not gamble with the public "
     "finances,” Minister Rachel Osei told a news conference.", "borrowing", "Rachel Osei", "person"),
    ("The city's mayor said the budget was balanced. Mayor Linda Greaves told councillors that no services would "
     "be cut.", "budget was balanced", "Linda Greaves", "person"),
    ("The chief executive said profits had doubled. Chief executive Sam Ware told analysts the company would "
     "expand.", "profits had doubled", "Sam Ware", "person"),
    # nobody with that role follows: the nominal stays
    ("A senior minister said the talks had collapsed. Officials in Paris declined to comment.", "collapsed",
     "A senior minister", "person"),
]
HYPHENATED = [
    ("Her co-author, Dr. Tomas Berg, said more work was needed.", "more work", "Tomas Berg", "person"),
    ("The company's co-founder, Maya Lind, said the product would launch in May.", "launch", "Maya Lind", "person"),
    ("Co-founder Nadia Vance said the start-up had raised $5 million.", "raised", "Nadia Vance", "person"),
    ("Vice-president Carla Ruiz said the talks had stalled.", "stalled", "Carla Ruiz", "person"),
    ("Former deputy-mayor Tom Akers said the plan was a mistake.", "mistake", "Tom Akers", "person"),
    ("The non-executive director, Paul Grant, said he would step down.", "step down", "Paul Grant", "person"),
    ("Ex-minister Dan Price said the policy had failed.", "policy", "Dan Price", "person"),
    ("Anne Smith-Jones runs the bakery. Smith-Jones said rents had doubled.", "rents", "Anne Smith-Jones",
     "person"),
    ("Mary O'Brien-Walsh chairs the committee. O'Brien-Walsh said the report would be published in May.",
     "report", "Mary O'Brien-Walsh", "person"),
    ("Dr Jean-Paul Martin led the study. Martin said the results were surprising.", "surprising",
     "Jean-Paul Martin", "person"),
]
LONE_SURNAME = [
    ("Kerr said the council had done nothing. He added that he would sue.", "done nothing", "Kerr", "person"),
    ("Kerr said the council had done nothing. He added that he would sue.", "sue", "Kerr", "person"),
    ("Okonjo said the ministry would investigate. She declined to say when.", "investigate", "Okonjo", "person"),
    ("Varga said the proposal was dead. “It will never pass,” he told reporters.", "never pass", "Varga", "person"),
]
QUESTIONS = [
    ("“Why did nobody warn us?” asked Ella Bright, whose home was flooded.", "warn us", "Ella Bright", "person"),
    ("Ella Bright asked: “Why did nobody warn us?”", "warn us", "Ella Bright", "person"),
    ("Asked whether she would resign, Hughes said: “Absolutely not.”", "Absolutely", "Hughes", "person"),
]
ALL = APPOSITIVE_ORG + ORG_NOMINAL + DESCRIPTOR + CATAPHORA + HYPHENATED + LONE_SURNAME + QUESTIONS


@pytest.mark.parametrize("text, fragment, speaker, kind", ALL)
def test_speaker_resolution(extract, text, fragment, speaker, kind):
    q = find(extract(text), fragment)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_asked_opener_is_not_reported_content(extract):
    quotes = extract("Asked whether she would resign, Hughes said: “Absolutely not.”")
    assert [q.text for q in quotes] == ["Absolutely not."]


def test_descriptor_mention_covers_the_age(extract):
    text = "Captain Ben Adeyemi spoke first. “We gave it everything,” the 31-year-old said."
    q = find(extract(text), "We gave it")
    assert text[q.mention_start:q.mention_end] == "the 31-year-old"


def test_cue_clause_before_according_to_keeps_its_speaker(extract):
    q = find(extract("Economists said growth would slow, according to a note sent to clients."), "growth")
    assert (q.text, q.speaker) == ("growth would slow", "Economists")


@pytest.mark.parametrize("text, content", [
    ("Ana Ruiz said on Monday prices would rise.", "prices would rise"),
    ("Meridian Airways said on Tuesday it would cut 2,000 jobs.", "it would cut 2,000 jobs"),
    ("Tom Hale said in 2019 the club was broke.", "the club was broke"),
])
def test_a_date_after_the_cue_is_not_content(extract, text, content):
    assert [q.text for q in extract(text)] == [content]
