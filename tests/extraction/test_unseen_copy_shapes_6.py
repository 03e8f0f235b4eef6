"""Shapes the sixth and seventh fresh sets (tests/fixtures/fresh_articles_6, fresh_articles_7) found failing before
any rule was fitted to them, each written again here as short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # the gloss's verb speaks about the figure; the clause it hangs on is the one the speaker put inside commas
    ("Helen Trask, a hydrologist at Pellow University, said the river had risen fast. The water, she said, had "
     "climbed two metres in an hour, a rate engineers call extreme.", "climbed two metres", "Helen Trask"),
])
def test_a_gloss_with_its_own_speech_verb_does_not_end_the_speakers_clause(extract, text, words, speaker):
    q = find(extract(text), words)
    assert q.speaker == speaker and "engineers" not in q.text


@pytest.mark.parametrize("text", [
    "The council's own survey puts the backlog at 4,000 homes, a number tenants say is far too low.",
    "Rain fell for nine hours over the same hills, a pattern forecasters call training.",
])
def test_a_gloss_after_a_comma_makes_no_quote_of_the_sentence_before_it(extract, text):
    assert [q for q in extract(text) if q.kind == "indirect" and q.text.startswith(("The council", "Rain"))] == []


@pytest.mark.parametrize("text, words, speaker", [
    # a US local office written before the name, in capitals, is a title, not part of the name
    ('Council Member Rosa Delvecchio, who chairs the budget panel, wrote on X that the audit was "a scandal."',
     "the audit was", "Rosa Delvecchio"),
    ('Assemblyman Tobias Grell said the bill would die in committee.', "the bill would die", "Tobias Grell"),
    # after a title, a given name the tables do not know still makes the surname the NER mislabels a person's
    ("Trustee Oluwaseun Marchetti said the vote was rushed. “We had one meeting,” Marchetti said.",
     "We had one meeting", "Oluwaseun Marchetti"),
])
def test_a_title_before_a_name_is_not_part_of_the_speakers_name(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_name_first_given_in_a_possessive_is_the_full_name_of_a_later_surname(extract):
    text = ("Harwick led through Kwabena Ostrander’s header in the tenth minute.\n\nOstrander, who limped off late, "
            "said he had felt his hamstring go.")
    assert find(extract(text), "felt his hamstring").speaker == "Kwabena Ostrander"


@pytest.mark.parametrize("text, words, speaker", [
    # the statement a person put out speaks for that person, in its own quote and in what it 'added'
    ("Mayor Ines Calloway, a Republican, restated her opposition in a statement issued late on Monday.\n\n"
     "“This plan will not pass my desk,” the statement said.", "This plan will not pass", "Ines Calloway"),
    ("Mayor Ines Calloway, a Republican, restated her opposition in a statement issued late on Monday.\n\n"
     "“This plan will not pass my desk,” the statement said.\n\nThe statement added that the mayor would meet "
     "the unions on Friday.", "would meet the unions", "Ines Calloway"),
    # 'X issued a statement' names its issuer as well
    ("The Tallis Trust issued a statement on Sunday. “We are shocked,” the statement said.", "We are shocked",
     "Tallis Trust"),
])
def test_the_statement_said_speaks_for_whoever_issued_it(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_role_descriptor_is_not_a_person_known_by_another_role(extract):
    # the player introduced in the sentence before answers, not the manager quoted above him
    text = ("Harwick manager Colm Dempsey said his side had been poor. ‘We were flat,’ he said.\n\n"
            "Pieter Vosloo, 27, came off the bench and scored twice in ten minutes.\n\n"
            "‘I have waited a long time for this,’ the winger told reporters.")
    assert find(extract(text), "waited a long time").speaker == "Pieter Vosloo"
