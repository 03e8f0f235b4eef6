"""Institutions and long organisation names (model-backed).

Every row is a new sentence written for the rule, not taken from any evaluation text.
"""

import pytest

from tests.extraction.conftest import find

pytestmark = pytest.mark.slow

# (text, fragment, speaker, kind): "the zoo" is the zoo the article named, never a person introduced later
INSTITUTION_NOMINALS = [
    ("Two otter pups were born at Fenwick Zoo. The zoo said the pups would stay hidden until spring. "
     "Zoo keeper Ian Hale said they were “doing well”.", "pups would stay hidden", "Fenwick Zoo", "organisation"),
    ("A rare painting has gone on show at Thornbury Gallery. The gallery said it had waited years for the loan. "
     "Gallery director Ruth Amis said she was “thrilled”.", "waited years", "Thornbury Gallery", "organisation"),
    ("Patients at Kelby Hospital were moved overnight. The hospital said no one was hurt. "
     "Hospital chief executive Tom Reid said staff had been “magnificent”.", "no one was hurt", "Kelby Hospital",
     "organisation"),
    ("Museum director Ana Ruiz said the roof leaked. The museum said repairs would start in June.",
     "repairs would start", "the museum", "organisation"),
]


@pytest.mark.parametrize("text, fragment, speaker, kind", INSTITUTION_NOMINALS)
def test_institution_nominal_is_the_organisation(extract, text, fragment, speaker, kind):
    q = find(extract(text), fragment)
    assert q.speaker is not None and q.speaker.lower() == speaker.lower()
    assert q.speaker_kind == kind


def test_role_phrase_head_still_names_the_person(extract):
    q = find(extract("Two otter pups were born at Fenwick Zoo. Zoo keeper Ian Hale said they were doing well."),
             "doing well")
    assert q.speaker == "Ian Hale"


# (text, fragment, speaker): organisation names that run on through several of/for, 'and' and hyphenated words
LONG_OF_NAMES = [
    ("Frog numbers have halved since 1990, according to the International Union for Conservation of Nature.",
     "Frog numbers", "International Union for Conservation of Nature"),
    ("Pensions will cost more, according to the Institute for Fiscal Studies.", "Pensions will cost more",
     "Institute for Fiscal Studies"),
    ("Trade will shrink this year, the Organisation for Economic Co-operation and Development said.",
     "Trade will shrink", "Organisation for Economic Co-operation and Development"),
    ("Wages grew faster than prices in March, the Office for National Statistics said.", "Wages grew faster",
     "Office for National Statistics"),
    ("The Royal Society for the Protection of Birds said the heron had returned.", "heron had returned",
     "Royal Society for the Protection of Birds"),
]


@pytest.mark.parametrize("text, fragment, speaker", LONG_OF_NAMES)
def test_long_of_for_names_stay_whole(extract, text, fragment, speaker):
    q = find(extract(text), fragment)
    assert q.speaker == speaker
    assert q.speaker_kind == "organisation"


# (text, fragment, speaker, kind): a name typed by an organisation noun inside a PP is that organisation
TYPED_IN_PP = [
    ("House prices fell 4 percent, a study by the housing charity Roofline has found. "
     "The charity said prices in Hull had fallen most.", "prices in Hull", "Roofline", "organisation"),
    ("Bills will rise again, warnings from the watchdog Fairwater suggest. The watchdog said it would act.",
     "it would act", "Fairwater", "organisation"),
    ("Talks broke down, according to a letter from the union Workright. The union said it would ballot members.",
     "ballot members", "Workright", "organisation"),
    ("The company Ana Ruiz founded in 2010 has been sold. Ruiz said she was sad.", "she was sad", "Ana Ruiz",
     "person"),
]


@pytest.mark.parametrize("text, fragment, speaker, kind", TYPED_IN_PP)
def test_name_typed_by_an_organisation_noun_in_a_pp(extract, text, fragment, speaker, kind):
    q = find(extract(text), fragment)
    assert q.speaker == speaker
    assert q.speaker_kind == kind


# (text, fragment, speaker): a surname that is also an organisation or plural word links to the person
ORG_LIKE_SURNAMES = [
    ("Rugby coach Martin Mills paid tribute. “She never gave up,” Mills said.", "never gave up", "Martin Mills"),
    ("The bakery's founder, Joanna Banks, opened it in 1998. “We never looked back,” Banks said.",
     "never looked back", "Joanna Banks"),
    ("Singer Maya Rivers cancelled the tour. Rivers said she needed rest.", "needed rest", "Maya Rivers"),
    ("Head teacher Peter Church welcomed the result. Church said the pupils had worked hard.", "worked hard",
     "Peter Church"),
    ("Novelist Clare House won the prize. House said she was “stunned”.", "stunned", "Clare House"),
]


@pytest.mark.parametrize("text, fragment, speaker", ORG_LIKE_SURNAMES)
def test_org_like_surname_links_to_the_person(extract, text, fragment, speaker):
    q = find(extract(text), fragment)
    assert q.speaker == speaker
    assert q.speaker_kind == "person"
