"""'X called Y Z' and 'X described (dismissed) Y as Z' without quote marks: X's verdict on Y in the writer's words,
an indirect quote of X.

A name given ('friends call him Ted'), a label people use, a maybe ('would call it'), a plain object ('called the
meeting') and a hypothetical caller ('the first critic who calls her brave') are no verdict; with quote marks the
quoted words stay the partial quote."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, content, speaker", [
    ("The ferry company called the strike reckless and unnecessary.", "the strike reckless and unnecessary",
     "The ferry company"),
    ("Councillor Edna Mbeki has called the bypass a waste of money that the town cannot afford.",
     "the bypass a waste of money that the town cannot afford", "Edna Mbeki"),
    ("Coach Ravi Anand praised the fans and called the defeat a lesson for his young squad.",
     "the defeat a lesson for his young squad", "Ravi Anand"),
    ("Tomas Lind calls himself a cautious optimist.", "himself a cautious optimist", "Tomas Lind"),
    # a qualifier of the verdict that the parser hangs on the verb stays with it
    ("The coach called it a common mistake in young teams.", "it a common mistake in young teams", "The coach"),
])
def test_a_verdict_on_something_is_an_indirect_quote(extract, text, content, speaker):
    q = find(extract(text), content)
    assert (q.text, q.kind, q.speaker) == (content, "indirect", speaker)


@pytest.mark.parametrize("text", [
    "Friends call him Ted.",
    "People call it the Rock.",
    "The board would call the vote a mistake.",
    "The mayor did not call the plan a failure.",
    "The chairman called the meeting for Monday.",
    "She fears the first critic who calls her comeback brave.",
])
def test_a_name_a_label_or_a_maybe_is_no_verdict(extract, text):
    assert extract(text) == []


def test_a_verdict_in_quote_marks_stays_a_partial_quote_from_the_thing_judged(extract):
    quotes = extract("Mayor Lena Ruiz called the ruling “a gift to developers”.")
    q = find(quotes, "a gift to developers")
    assert (q.kind, q.text) == ("partial", "the ruling “a gift to developers”") and len(quotes) == 1


@pytest.mark.parametrize("text, content, speaker", [
    ("The harbour master dismissed the complaints as the grumbling of a few yacht owners.",
     "the complaints as the grumbling of a few yacht owners", "The harbour master"),
    ("Mayor Lena Ruiz has described the deal as a fair price for the land.", "the deal as a fair price for the land",
     "Lena Ruiz"),
])
def test_described_as_is_an_indirect_quote(extract, text, content, speaker):
    q = find(extract(text), content)
    assert (q.text, q.kind, q.speaker) == (content, "indirect", speaker)


@pytest.mark.parametrize("text", [
    "The judge dismissed the case.",
    "He described the scene as he arrived.",
])
def test_dismissing_or_describing_without_a_verdict_is_no_quote(extract, text):
    assert extract(text) == []
