"""`he` or `she` after a clause fronted in the same sentence (`When Gov. Rowan Tennant opened his campaign, he told
the crowd …`, `After Ana Ruiz lost the vote, she said …`) is that clause's named subject, when the gender agrees;
before, the sentence's own people were not yet in view and the quote had no speaker. Short invented sentences."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("When Gov. Rowan Tennant opened his campaign in a school gym in April, he told the crowd that the election "
     "would be decided in the suburbs.", "Rowan Tennant"),
    ("After Ana Ruiz lost the vote, she said the fight would go on.", "Ana Ruiz"),
])
def test_the_pronoun_is_the_fronted_clauses_subject(extract, text, speaker):
    assert [q.speaker for q in extract(text)] == [speaker]


def test_a_subject_of_the_other_gender_is_not_the_pronoun(extract):
    quotes = extract("Tom Hale spoke first. After Ana Ruiz lost the vote, he said the fight would go on.")
    assert [q.speaker for q in quotes] == ["Tom Hale"]
