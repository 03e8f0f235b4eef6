"""A reported clause that opens with the speaker's quoted words and goes on in the writer's: the whole clause is
what was said, not only the words in marks (invented sentences of real copy's shapes)."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, content, speaker", [
    # the quote is the clause's subject, the writer supplies its verb
    ("“More lifeguards” would be the first step, councillor Ines Varga said after the meeting.",
     "“More lifeguards” would be the first step", "Ines Varga"),
    ("“Two full seasons” was what the repairs would take, said Odile Brun, the harbour engineer.",
     "“Two full seasons” was what the repairs would take", "Odile Brun"),
    # the quote is the clause's start, the writer finishes it
    ("“We never closed the gates” on the night of the flood, the warden, Piet Aalders, told the inquiry.",
     "“We never closed the gates” on the night of the flood", "Piet Aalders"),
    # a second quote ends the clause
    ("“The old pier” has become “a hazard to every swimmer,” said Hanna Kolb, who runs the sailing club.",
     "“The old pier” has become “a hazard to every swimmer,”", "Hanna Kolb"),
    # cue first: a quote right after 'said,' that the writer's words carry on
    ("Asked about the timetable, Ruud Maes said, “We have two months left” before the ferry contract ends.",
     "“We have two months left” before the ferry contract ends", "Ruud Maes"),
])
def test_the_clause_the_quote_opens_is_the_content(extract, text, content, speaker):
    q = find(extract(text), content.split()[1])
    assert (q.text, q.kind, q.speaker) == (content, "indirect", speaker)


@pytest.mark.parametrize("text, quoted", [
    # a quote that ends in its own comma or full stop stands as the speaker's sentence
    ("“We never closed the gates,” the warden, Piet Aalders, told the inquiry.", "We never closed the gates"),
    ("Ruud Maes said, “We have two months left.” The contract ends in June.", "We have two months left."),
    # a quote the cue follows at once, with no writer's words between
    ("“The old pier is a hazard” said Hanna Kolb.", "The old pier is a hazard"),
])
def test_a_quote_standing_alone_stays_direct(extract, text, quoted):
    q = find(extract(text), quoted.split()[1])
    assert (q.text, q.kind) == (quoted, "direct")


def test_a_clause_after_a_fronted_occasion_is_what_was_said(extract):
    # the parser hangs the whole sentence on the cue at its end; the clause after the occasion's comma has a
    # subject of its own, so it is the report, occasion included
    text = "As county front-runner Dale Ruiz prepared to speak to farmers in Ames on Friday, a 16-year-old girl " \
        "outside the barn was pepper-sprayed by a protester, deputies said."
    q = find(extract(text), "barn")
    assert q.text == text[:-len(", deputies said.")] and q.speaker == "deputies"


def test_an_occasion_alone_is_no_report(extract):
    assert not [q for q in extract("When the chairman pressed her on the figures, the treasurer said nothing.")
                if "chairman" in q.text]
