"""A work's title after `co-author of`, `editor of` or `her memoir,` is a name, however long, subtitle and all: it
is no partial quote of the person the sentence quotes. Short invented sentences."""

import pytest


@pytest.mark.parametrize("text, title", [
    ("“Readers want plain stories,” said Mara Quist, a lecturer and co-editor of “Shift Work: New Writing From the "
     "Night Economy.”", "Shift Work"),
    ("“Be careful in public,” said Ben Okafor, co-author of “All the Late Trains: Inside the World of the Railway.”",
     "All the Late Trains"),
])
def test_a_long_title_after_an_authorship_noun_is_no_quote(extract, text, title):
    quotes = extract(text)
    assert not any(title in q.text for q in quotes)
    assert len(quotes) == 1


def test_a_quoted_phrase_after_of_that_is_no_title_stays_a_quote(extract):
    quotes = extract("Ben Okafor, co-author of the report, said the line was “a disgrace to the region.”")
    assert any("a disgrace to the region" in q.text for q in quotes)
