"""A full name the tagger gave no person label (`turned pundit Des Mulgrew`), introduced by a person's role word,
is the person a later lone surname names when that surname is the subject of a speech verb (`Mulgrew said`): the
quote is Des Mulgrew's, not a one-word speaker's. Short invented sentences."""

import pytest


@pytest.mark.parametrize("intro", [
    "Former Rovers captain turned pundit Des Mulgrew did not hold back.",
    "Pundit Des Mulgrew did not hold back.",
])
def test_a_surname_after_a_name_a_role_introduced_is_the_full_name(extract, intro):
    text = intro + "\n\n“In my day you would knock on the door,” Mulgrew said on the show."
    assert [q.speaker for q in extract(text)] == ["Des Mulgrew"]
