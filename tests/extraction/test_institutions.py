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
