"""Shapes the seventeenth fresh set (tests/fixtures/fresh_articles_17) found failing before any rule was fitted to it,
each written again here as short invented sentences with other names and words."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # the parser takes 'the 21-year-old' for the object of 'insisting' and hangs 'is' on the sentence's verb
    ("Kelby United have rejected a third offer from Dunmore for defender Ravi Ashcombe-Hale, with sources at the "
     "club insisting the 21-year-old is not available at any price.",
     "the 21-year-old is not available at any price", "sources at the club"),
    # ...or makes the cue the subject of 'is'
    ("Port Ennis turned down a bid from Halden for midfielder Jo Strand, with people close to the club insisting "
     "the 20-year-old is not for sale.", "the 20-year-old is not for sale", "people close to the club"),
    ("The council has shut the old lido, with engineers warning the 90-year-old pool is unsafe.",
     "the 90-year-old pool is unsafe", "engineers"),
])
def test_a_clause_subject_parsed_as_the_cues_object_still_opens_the_content(extract, text, words, speaker):
    q = find(extract(text), words)
    assert q.text == words and q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text", [
    "With fans insisting on a refund, the club is under pressure.",  # no clause after the cue
    "The mayor explained the delay and is expected to resign.",  # the verb after 'and' is the mayor's own
    "Staff noted the figures and were told to wait.",
])
def test_a_cues_plain_object_opens_no_content(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text, speaker", [
    # the council is named only further on; a rivers authority spoke last
    ("The Westmoor Rivers Authority said the river had peaked overnight.\n\nA council spokeswoman said a shelter at "
     "the town hall had taken in 30 people.\n\nWestmoor District Council's leader, Cllr Ana Bell, said repairs would "
     "start in May.", "Westmoor District Council"),
    # a council named before beats a water authority named since
    ("Westmoor District Council said the bridge would stay shut.\n\nThe Westmoor Water Authority said supplies were "
     "safe.\n\nA council spokesman said the shelter was full.", "Westmoor District Council"),
    # no council named anywhere: the authority, a kindred body, as before
    ("The Westmoor Rivers Authority said the river had peaked overnight.\n\nA council spokeswoman said a shelter at "
     "the town hall had taken in 30 people.", "Westmoor Rivers Authority"),
])
def test_a_council_spokesperson_speaks_for_the_organisation_named_council(extract, text, speaker):
    assert find(extract(text), "shelter").speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # the parser hangs 'accused' on the reported clause, whose subject is a plural thing: shops accuse no one
    ("Union official Dana Holt said at least 40 shops in the town had closed since May, roughly twice the usual "
     "rate, and accused the council of \"letting the high street rot.\"", "letting the high street rot", "Dana Holt"),
    ("Mayor Lin Gower said about 30 pubs in the county had shut this year, nearly double the usual figure, and "
     "accused brewers of \"squeezing landlords dry.\"", "squeezing landlords dry", "Lin Gower"),
    # people may accuse: the parse is left to stand, as before
    ("Dana Holt said at least 40 tenants in the block had left since May, roughly twice the usual rate, and accused "
     "the landlord of \"letting the place rot.\"", "letting the place rot", "at least 40 tenants in the block"),
])
def test_a_cue_coordinated_inside_a_clause_about_things_is_the_sayers(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # the name after 'for the Transport Secretary' was read as the secretary's: 'the spokesman' is still that name
    ("A spokesman for the Transport Secretary, Omar Kell, said the line would reopen. The spokesman added that fares "
     "would not rise.", "Omar Kell"),
    ("In an email, a spokesperson for the Health Minister, Rosa Tamm-Hale, said the minister backed the plan. The "
     "spokesperson said the ministry had no plans to close wards.", "Rosa Tamm-Hale"),
])
def test_the_spokesperson_again_is_the_one_named_with_a_spokesperson_before(extract, text, speaker):
    assert extract(text)[-1].speaker == speaker


def test_an_unnamed_spokesperson_after_a_named_official_stays_unnamed(extract):
    text = ("Transport Secretary Omar Kell said the line would reopen. A spokesman said fares would not rise. The "
            "spokesman added that trains were safe.")
    assert [q.speaker for q in extract(text)] == ["Omar Kell", "A spokesman", "A spokesman"]
