"""A doubt voiced ('questioned whether …'), an accusation ('charged that …') and a claim made in jest ('joked
that …') are reported speech; the same verbs with a plain object or in other senses ('charged with theft', 'was
questioned by police', 'joked about …') report nothing."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, content, speaker", [
    ("Councillor Ada Brennan questioned whether the ferry subsidy would survive the budget.",
     "whether the ferry subsidy would survive the budget", "Ada Brennan"),
    ("Councillor Ada Brennan questioned why the audit had taken two years.", "why the audit had taken two years",
     "Ada Brennan"),
    ("Tenant organiser Mo Farrell charged that the landlord had ignored the damp for a decade.",
     "the landlord had ignored the damp for a decade", "Mo Farrell"),
    ("Coach Dee Harmon joked that the new stand would outlive them all.", "the new stand would outlive them all",
     "Dee Harmon"),
])
def test_doubts_accusations_and_jests_are_indirect_quotes(extract, text, content, speaker):
    q = find(extract(text), content)
    assert (q.text, q.kind, q.speaker) == (content, "indirect", speaker)


@pytest.mark.parametrize("text", [
    "Councillor Ada Brennan questioned the figures.",
    "The driver was questioned by police for six hours.",
    "The driver was charged with careless driving.",
    "Coach Dee Harmon joked about retiring to the coast.",
    # a bare participle sets the scene of a hearing rather than reports what was said
    "The court met on Monday, with several judges questioning whether the rule still made sense.",
])
def test_the_same_verbs_without_a_statement_report_nothing(extract, text):
    assert extract(text) == []


def test_a_jest_in_quote_marks_keeps_its_speaker(extract):
    q = find(extract("“We will need a bigger stand,” Coach Dee Harmon joked."), "bigger stand")
    assert (q.kind, q.speaker) == ("direct", "Dee Harmon")
