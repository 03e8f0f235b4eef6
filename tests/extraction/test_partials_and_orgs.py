"""Partial quotes after call/describe/praise, organisation nominals with names in apposition,
spokespeople of a named kind of organisation, possessive organisation nominals (model-backed).

Every row is a new sentence written for the rule, not taken from any evaluation text.
"""

import pytest

from tests.extraction.conftest import find

pytestmark = pytest.mark.slow

# (text, quoted words, speaker): an evaluative phrase after call / describe as / praise as is speech
PARTIALS = [
    ("Editor Tom Fairley called the novel “the most assured debut I have read in a decade”.",
     "the most assured debut I have read in a decade", "Tom Fairley"),
    ("Critic Jane Moss described the film as “quietly devastating”.", "quietly devastating", "Jane Moss"),
    ("The coach, Ivan Petrov, praised the performance as “a triumph”.", "a triumph", "Ivan Petrov"),
    ("Reviewer Sam Obi called the album “the record we have been waiting for”.",
     "the record we have been waiting for", "Sam Obi"),
    ("Residents' leader Maria Gomez called the scheme \"an insult to everyone who lives here\".",
     "an insult to everyone who lives here", "Maria Gomez"),
]

# Title Case short names after call / describe as are labels, not quotes
LABELS = [
    "Fans call the striker “the Dragon”.",
    "Locals call the lane “Salt Road”.",
    "Supporters described the goalkeeper as “the Wall”.",
    "Her latest novel “Winter Harbour” was published in May.",
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
