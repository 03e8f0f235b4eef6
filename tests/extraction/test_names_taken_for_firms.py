"""A first name and surname the tagger took for an organisation (`Yolanda Pettibone said…`) is a person once
he or she refers back to it, so the quotes after `she said` are hers; an organisation's own name stays an
organisation. Short invented sentences."""


def test_a_name_read_as_a_firm_that_she_refers_to_is_a_person(extract):
    text = ("At a shelter in the school gym, Yolanda Pettibone said she had climbed onto the counter.\n\n"
            "“My son kept asking if the house would float away,” she said. “I told him no.”")
    quotes = extract(text)
    assert [q.speaker for q in quotes] == ["Yolanda Pettibone"] * 3
    assert quotes[0].speaker_kind == "person"


def test_a_firm_that_it_refers_to_stays_a_firm(extract):
    quotes = extract("Harwell Dynamics said it would close the plant in May.")
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Harwell Dynamics", "organisation")]
