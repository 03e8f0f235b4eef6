"""Speaker resolution, seventh round: a definite descriptor takes the most recent holder of its role, named or
not (model-backed).

Every row is a new sentence written for the rule, not taken from any evaluation text.
"""

import pytest

from tests.extraction.conftest import find

pytestmark = pytest.mark.slow

# an indefinite nominal followed by a named holder of the same role is that person (bridging)
BRIDGING = [
    ("A Crown Court judge on Monday halted the trial of three men. Judge Maria Costa said the evidence had been "
     "mishandled. “The police did not follow the rules,” the judge said.", "follow the rules", "Maria Costa"),
    ("A county coroner opened an inquest into the crash on Friday. Coroner Peter Lamb said the driver had been "
     "speeding. “This was avoidable,” the coroner said.", "avoidable", "Peter Lamb"),
    ("An Olympic swimmer was banned for two years yesterday. The ban on swimmer Tia Grant, 24, followed a missed "
     "test. “I will appeal,” the swimmer said.", "appeal", "Tia Grant"),
]

# with no named holder after it, the indefinite nominal stays the antecedent
NO_NAMED_AFTER = [
    ("Judge Tom Hale retired last spring. A senior judge, speaking on condition of anonymity, said the courts "
     "were overwhelmed. “We cannot cope,” the judge said.", "cannot cope", "A senior judge"),
    ("A junior doctor at the hospital, who asked not to be named, said shifts ran to 14 hours. “We are "
     "exhausted,” the doctor said.", "exhausted", "A junior doctor at the hospital"),
]


@pytest.mark.parametrize("text, fragment, speaker", BRIDGING + NO_NAMED_AFTER)
def test_a_descriptor_takes_the_most_recent_holder_of_its_role(extract, text, fragment, speaker):
    assert find(extract(text), fragment).speaker == speaker


# two coordinated role words before a name: the name speaks, whatever the parser made of the 'and'
COORDINATED_ROLES = [
    ("Chairman and founder Li Wei said the firm would double its staff.", "double its staff", "Li Wei"),
    ("Writer and director Ola Ade said the film had taken six years to finish.", "six years", "Ola Ade"),
    ("Co-founder and chief executive Amina Yusuf said the plant would open in May.", "open in May",
     "Amina Yusuf"),
    ("Mother-of-three and nurse Jo Banks said the ward had been short of staff all winter.", "short of staff",
     "Jo Banks"),
    ("Farmer and parish councillor Tom Reed told the meeting the bridge was unsafe.", "bridge was unsafe",
     "Tom Reed"),
    ("“We sold out in a week,” singer and songwriter Maya Dunn said.", "sold out", "Maya Dunn"),
    ("Teachers and parents said the school should stay open.", "stay open", "Teachers"),
    # a hyphenated first role word the parser split into several subjects of the cue
    ("Co-founder and managing director Priya Nair said: “We will hire forty engineers.”", "forty engineers",
     "Priya Nair"),
    ("Vice-chair and treasurer Ruth Hale said the accounts were in good order.", "good order", "Ruth Hale"),
    ("Co-owner and head chef Luis Ortega said the menu would change every season.", "every season",
     "Luis Ortega"),
    ("Vice-president and co-founder Raj Patel said: “We grew faster than we planned.”", "grew faster",
     "Raj Patel"),
    ("The nurses and Dr Ruth Okoye said the ward was full.", "ward was full", "The nurses"),
]


@pytest.mark.parametrize("text, fragment, speaker", COORDINATED_ROLES)
def test_coordinated_role_words_before_a_name(extract, text, fragment, speaker):
    assert find(extract(text), fragment).speaker == speaker


# 'according to' an organisation nominal followed by its name; names the NER ran past the parser
ACCORDING_NAMED = [
    ("According to the campaign group Better Streets, pollution on the high road fell by a third.",
     "pollution on the high road", "Better Streets"),
    ("Pollution fell, according to the campaign group Better Streets.", "Pollution fell", "Better Streets"),
    ("According to the think tank Green Futures, emissions fell.", "emissions fell", "Green Futures"),
    ("Cycling campaigners said the road had been the scene of three serious crashes in two years. According "
     "to the charity Safe Roads Westshire, the council had ignored repeated calls for a cycle lane.",
     "ignored repeated calls", "Safe Roads Westshire"),
    ("Hospital waiting lists grew again in the spring, according to the watchdog Care Standards Wales.",
     "waiting lists", "Care Standards Wales"),
    ("The pressure group Green Streets Now said the scheme had failed.", "scheme had failed", "Green Streets Now"),
]


@pytest.mark.parametrize("text, fragment, speaker", ACCORDING_NAMED)
def test_named_organisations_after_their_type_noun(extract, text, fragment, speaker):
    q = find(extract(text), fragment)
    assert (q.speaker, q.speaker_kind) == (speaker, "organisation")


# the named subject of a content-first sentence is the most recent organisation for its type noun
CONTENT_FIRST_ORG = [
    ("London-based Voltpark has raised £12m to build its first factory, the company said on Tuesday.",
     "raised £12m", "Voltpark"),
    ("Shares in Norbank fell 5 percent after the lender said profits had halved.", "profits had halved", "Norbank"),
    ("Edinburgh-based Corrie Labs will hire 200 staff next year, the firm said.", "200 staff", "Corrie Labs"),
    ("Family-owned Braddock Mills has closed its last site, the company confirmed on Friday.", "last site",
     "Braddock Mills"),
    ("Rival carmaker Kestrel Motors cut its prices last week. Paris-listed Arvane will open two plants in Spain, "
     "the company said.", "two plants", "Arvane"),
    ("Sales at Fenwick Stores rose 4 percent in the quarter, the retailer said. The retailer added that it would "
     "open ten shops.", "ten shops", "Fenwick Stores"),
    ("Ana Ruiz has resigned as finance director, the company said.", "has resigned", "the company"),
    ("Staff struck for a second day, the union said.", "second day", "the union"),
    # only company-like nominals, only organisation-like names: never a place, a river or a storm
    ("Dozens of families left their homes after the River Wear rose overnight, police said.", "families left",
     "police"),
    ("Three bridges were shut after the Severn flooded, police said.", "bridges were shut", "police"),
    ("Trains were halted after Storm Dudley brought down power lines, the airport said.", "Trains were halted",
     "the airport"),
    ("Deliveries stopped after Storm Isha closed the ports, the retailer said.", "Deliveries stopped",
     "the retailer"),
    ("Output slowed after the River Tees flooded its plant, the company said.", "Output slowed", "the company"),
    ("Sales fell after Leeds raised parking fees, the retailer said.", "Sales fell", "the retailer"),
    ("Rents rose after Norcliffe Housing bought the block, the council said.", "Rents rose", "the council"),
]


@pytest.mark.parametrize("text, fragment, speaker", CONTENT_FIRST_ORG)
def test_the_named_subject_of_a_content_first_sentence_is_the_organisation(extract, text, fragment, speaker):
    assert find(extract(text), fragment).speaker == speaker


# a bare surname two relatives share: the article's main subject, unless the other was the last sentence's subject
SHARED_SURNAME = [
    ("Dame Helen Ward, the surgeon, has died aged 91, her family said. Her daughter, Susan Ward, said her mother "
     "had died peacefully. The funeral will be held in York. Ward once told an interviewer that she had chosen "
     "surgery because “nobody said I couldn't”.", "chosen surgery", "Helen Ward"),
    ("Sir Malcolm Reid, the conductor, has died aged 84, his publicist said. His son, Daniel Reid, said his father "
     "had been ill for some months. Tributes came from orchestras around the world. Reid once said that music "
     "“should frighten you a little”.", "frighten you", "Malcolm Reid"),
    ("Veteran campaigner Joan Hale has been honoured by the city. Her granddaughter, Megan Hale, 19, said the award "
     "was overdue. Hale said she had only done what anyone would do.", "anyone would do", "Megan Hale"),
    ("Ruth Marsh and her husband Peter Marsh ran the shop for 40 years. Peter Marsh said the rent had tripled. "
     "Marsh added that they would retire.", "would retire", "Peter Marsh"),
]


@pytest.mark.parametrize("text, fragment, speaker", SHARED_SURNAME)
def test_a_shared_bare_surname_prefers_the_main_subject(extract, text, fragment, speaker):
    q = find(extract(text), fragment)
    assert q.speaker == speaker
    assert q.confidence < find(extract(text.replace(" Ward once", " Helen Ward once")
                                       .replace(" Reid once", " Malcolm Reid once")
                                       .replace("overdue. Hale", "overdue. Megan Hale")
                                       .replace("Marsh added", "Peter Marsh added")), fragment).confidence


# right after the relative's own sentence, a bare surname telling of a past occasion is the main subject's
PAST_OCCASION_SURNAME = [
    ("Sir Peter Lowe has died aged 88, his family said. His son, Mark Lowe, said his father had loved the sea. "
     "Lowe said in 1979 that sailing had saved his life.", "sailing had saved", "Peter Lowe"),
    ("Sir Peter Lowe has died aged 88, his family said. His son, Mark Lowe, said his father had loved the sea. "
     "Lowe told reporters years ago that sailing had saved his life.", "sailing had saved", "Peter Lowe"),
    ("Lady Ann Mercer has died aged 93, her family said. Her niece, Clare Mercer, said her aunt had been in good "
     "spirits. Mercer once said that she had never owned a car.", "never owned a car", "Ann Mercer"),
    ("Sir Peter Lowe has died aged 88, his family said. His son, Mark Lowe, said his father had loved the sea. "
     "Lowe said the family would hold a private service.", "private service", "Mark Lowe"),
]


@pytest.mark.parametrize("text, fragment, speaker", PAST_OCCASION_SURNAME)
def test_a_bare_surname_telling_of_the_past_is_the_main_subject(extract, text, fragment, speaker):
    assert find(extract(text), fragment).speaker == speaker

