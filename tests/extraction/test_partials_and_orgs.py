"""Partial quotes after call/describe/praise, organisation nominals with names in apposition,
spokespeople of a named kind of organisation, possessive organisation nominals (model-backed).

Every row is a new sentence written for the rule, not taken from any evaluation text.
"""

import pytest

from tests.extraction.conftest import find

pytestmark = pytest.mark.slow

# (text, quote, speaker): an evaluative phrase after call / describe as / praise as is speech; after call and
# describe the quote starts at the thing judged
PARTIALS = [
    ("Editor Tom Fairley called the novel “the most assured debut I have read in a decade”.",
     "the novel “the most assured debut I have read in a decade”", "Tom Fairley"),
    ("Critic Jane Moss described the film as “quietly devastating”.", "the film as “quietly devastating”", "Jane Moss"),
    ("The coach, Ivan Petrov, praised the performance as “a triumph”.", "a triumph", "Ivan Petrov"),
    ("Reviewer Sam Obi called the album “the record we have been waiting for”.",
     "the album “the record we have been waiting for”", "Sam Obi"),
    ("Residents' leader Maria Gomez called the scheme \"an insult to everyone who lives here\".",
     "the scheme \"an insult to everyone who lives here\"", "Maria Gomez"),
]

# Title Case short names after call / describe as are labels, not quotes
LABELS = [
    "Fans call the striker “the Dragon”.",
    "Locals call the lane “Salt Road”.",
    "Supporters described the goalkeeper as “the Wall”.",
    "Her latest novel “Winter Harbour” was published in May.",
    # a work's title after "copy of", "production of", "edition of"
    "A copy of “Great Expectations” was posted back to the library.",
    "A new production of “The Cherry Orchard” opens at the Lyceum on Friday.",
    "The first edition of “Salt Country” sold out in a week.",
    # a programme the speaker appeared on (issue 17)
    "The mayor said on “Kelby Tonight.”",
    "Ana Ruiz told “Morning Live” about the ferry.",
    "Ana Ruiz said on KTV's “Morning Live.”",
]


@pytest.mark.parametrize("text, words, speaker", PARTIALS)
def test_evaluative_phrase_after_call_is_a_partial_quote(extract, text, words, speaker):
    quotes = extract(text)
    q = find(quotes, words)
    assert q.text == words
    assert q.kind == "partial"
    assert q.speaker == speaker


@pytest.mark.parametrize("text", LABELS)
def test_title_case_name_after_call_is_a_label(extract, text):
    assert extract(text) == []


# (text, fragment, speaker): a name in apposition to an organisation or role nominal, commas or not
NOMINAL_WITH_NAME = [
    ("Rents have risen by a third, according to the charity Safe Homes.", "Rents have risen", "Safe Homes"),
    ("According to the watchdog Ofgem, prices will fall in April.", "prices will fall", "Ofgem"),
    ("Hundreds were evacuated. According to the fire service's chief officer, Dan Kerr, the blaze is contained.",
     "the blaze is contained", "Dan Kerr"),
    ("The charity Open Doors said demand had doubled since March.", "demand had doubled", "Open Doors"),
    ("Tenants were not warned, the campaign group Fair Rent said.", "Tenants were not warned", "Fair Rent"),
    ("The regulator Ofcom told broadcasters that the rules would be enforced.", "rules would be enforced", "Ofcom"),
]

# (text, fragment, speaker): "a council spokesman" speaks for the council, not for whoever spoke last
MODIFIED_SPOKESPEOPLE = [
    ("The charity Safe Harbour said donations had fallen.\n\nA police spokeswoman said two men had been arrested.",
     "two men", "police"),
    ("Kenmore District Council approved the budget. The charity Hope Works said it was dismayed.\n\n"
     "A council spokesperson said the cuts were unavoidable.", "unavoidable", "Kenmore District Council"),
    ("Bright Futures, a youth charity, said it had warned of the risk.\n\n"
     "A hospital spokesperson told the BBC that the ward would reopen.", "the ward would reopen", "the hospital"),
    ("Northfield Police were called at 10pm. The charity Open Road said its van had been stolen. "
     "A police spokesman said inquiries were continuing.", "inquiries", "Northfield Police"),
    ("Green Fields Trust said the move was welcome. A council spokesman said the plans were being reviewed.",
     "being reviewed", "the council"),
    ("The charity Hope Works said it was dismayed. A spokesman for the council said the decision was final.",
     "was final", "the council"),
    ("Greenway Homes said the site was safe.\n\n“We have passed every inspection,” a company spokesman said.",
     "every inspection", "Greenway Homes"),
    # no modifier: the organisation that spoke before
    ("The Red Kite Trust said the birds were thriving. A spokesperson said numbers had tripled.", "tripled",
     "Red Kite Trust"),
]


@pytest.mark.parametrize("text, fragment, speaker", NOMINAL_WITH_NAME + MODIFIED_SPOKESPEOPLE)
def test_organisation_speakers(extract, text, fragment, speaker):
    q = find(extract(text), fragment)
    assert q.speaker == speaker
    assert q.speaker_kind == "organisation" or speaker == "Dan Kerr"


# (text, fragment, speaker): an organisation nominal with a noun possessor is specific
POSSESSED_NOMINALS = [
    ("The Disaster Relief Agency sent 200 workers. Rescue teams searched the town, where the governor's office "
     "said 40 buildings had collapsed.", "40 buildings", "the governor's office"),
    ("The National Health Agency issued a warning. The county's health department said three cases had been "
     "confirmed.", "three cases", "The county's health department"),
    ("Harbour Freight Ltd cancelled sailings. “We are doing all we can,” the port's operations office said.",
     "all we can", "the port's operations office"),
    # named in the article: the name
    ("Officials at the Dunmore County Health Department met on Monday. The county's health department said "
     "the outbreak was over.", "the outbreak was over", "Dunmore County Health Department"),
]


@pytest.mark.parametrize("text, fragment, speaker", POSSESSED_NOMINALS)
def test_possessed_organisation_nominal_stays_itself(extract, text, fragment, speaker):
    q = find(extract(text), fragment)
    assert (q.speaker, q.speaker_kind) == (speaker, "organisation")


def test_a_partial_quote_the_parser_hung_under_the_called_objects_verb(extract):
    text = "In May, Ruiz called the board's plans to sell the old quay to a developer “a betrayal,” and left."
    q = find(extract(text), "a betrayal")
    assert q.kind == "partial" and q.speaker == "Ruiz" and q.text.endswith("“a betrayal,”")


def test_quoted_words_under_an_ordinary_verb_are_no_partial_quote(extract):
    assert extract("She wanted to open a “community hub” in the old mill.") == []


def test_an_accusation_reaches_quoted_words_down_a_chain_of_gerunds(extract):
    # 'of stopping … from being able to “…”': three verbs between the accusation and the quoted words
    quote = find(extract("Sen. Ana Ruiz accused the mayor of stopping residents from being able to “have any say in the "
                         "harbour plan.”"), "have any say")
    assert (quote.cue, quote.speaker) == ("accused", "Ana Ruiz")
