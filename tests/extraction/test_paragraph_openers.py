"""A paragraph that opens with a person's name: the parser must read the whole name as the subject, and a name the
NER files as a facility or an organisation is still a person when it reads as one (the fifth fresh set's Q&A
interview, in our own words)."""

import pytest

from tests.extraction.conftest import find

INTERVIEW = "\n\n".join([
    '"A lighthouse is a promise": a keeper on forty winters at Skellan Point',
    "Nadia Olsberg-Frey has kept the light at Skellan Point since 1985. This month she hands over the keys, the last "
    "keeper the station will have. She agreed to talk in the lamp room.",
    'Her neighbours speak of her fondly. "If Nadia says a storm is coming, we bring the boats in," said Pavel Strand, '
    "who fishes from the harbour below.",
    "Q: What does a keeper actually do?",
    "A: You watch the weather, you mind the lamp and you write everything down.",
    "Q: Will you miss it?",
    "A: Every night, I expect.",
])


@pytest.mark.parametrize("opening", [
    "Nadia Olsberg-Frey has kept the light at Skellan Point since 1985.",
    "Nadia Olsberg-Frey has guided ships into the port for thirty years.",
    "Ilse Marrow-Keane has kept the light at Skellan Point since 1985.",
    "Edwin Tallis has run the ferry since the war.",
])
def test_a_name_opening_a_paragraph_under_a_headline_is_one_subject(nlp, opening):
    doc = nlp("A keeper on forty winters\n\n" + opening)
    first = doc.text.index(opening)
    name = [t for t in doc if t.idx >= first][:4]
    assert not any(t.is_sent_start for t in name[1:] if t.text[:1].isupper())
    assert any(t.dep_ == "nsubj" for t in name)


def test_an_interviews_answers_belong_to_the_subject_it_introduces_not_a_neighbour_quoted_before(extract):
    quotes = extract(INTERVIEW)
    assert find(quotes, "If Nadia says a storm is coming").speaker == "Pavel Strand"
    assert find(quotes, "You watch the weather").speaker == "Nadia Olsberg-Frey"
    assert find(quotes, "Every night, I expect").speaker == "Nadia Olsberg-Frey"
