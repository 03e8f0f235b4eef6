"""A cue turned round inside the clause it reports ('The museum, said Ana Ruiz, would open in May.'): the name
after the cue is the speaker, and the clause around the aside is the content, in two pieces. Invented sentences."""

import pytest


@pytest.mark.parametrize("text, speaker, content", [
    ("The ferry, said Mara Quist, would run again by June.", "Mara Quist",
     "The ferry, said Mara Quist, would run again by June"),
    # an appositive after the name is the speaker's, not the content's
    ("The real trouble, said Tom Hale, the harbour master, is the silt.", "Tom Hale",
     "The real trouble, said Tom Hale, the harbour master, is the silt"),
])
def test_the_name_after_a_turned_cue_speaks(extract, text, speaker, content):
    (quote,) = extract(text)
    assert (quote.speaker, quote.text, len(quote.parts)) == (speaker, content, 2)


def test_a_whole_clause_before_the_cue_is_no_aside(extract):
    # the words before the cue hold their own verb: the content ends at the comma, as for any cue after it
    (quote,) = extract("The roads were closed, said Mara Quist, while the bridge stayed open.")
    assert (quote.speaker, quote.text) == ("Mara Quist", "The roads were closed")
