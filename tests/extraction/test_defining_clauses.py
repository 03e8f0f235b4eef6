"""A speech verb in a clause that only sorts a group ('Those who said the economy mattered most backed Lee',
'Voters who say taxes are too high were split') is the writer's claim about poll respondents, not anyone's
statement; a named person counted 'among those who say …', and an aside on a name ('Ms Lee, who said …'), still
report speech. Short invented sentences."""

import pytest


@pytest.mark.parametrize("text", [
    "Those who said the economy was their top issue split about evenly.",
    "A majority of those who said honesty mattered most supported Ms Vale.",
    "Voters who say the economy is most important were even more likely to back him.",
    "Mrs. Lin received even stronger support from those who said trade helps the economy.",
])
def test_a_clause_sorting_respondents_is_no_quote(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text, content", [
    ("Ana Ruiz, a nurse from Orden, is among those who say they will not vote for Mr. Tam.", "will not vote"),
    ("Ms Lee, who said the bill was flawed, voted against it.", "the bill was flawed"),
    ("Democrats who said the bill was flawed voted against it.", "the bill was flawed"),
])
def test_speech_of_people_the_writer_names_or_counts_stays(extract, text, content):
    assert any(content in q.text for q in extract(text))
