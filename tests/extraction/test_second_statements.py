"""A reported clause ends where the writer starts a second statement (', while cautioning that …', ', though the
official warned that …', ', even as unions argued that …', ', prompting X to reply: …'), and goes on past an aside
that sits inside its own subject (', which …, were …'). Short invented sentences; shapes from the sixth and seventh
fresh sets."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, first, second, speaker", [
    ("Lena Varga, an economist at Corran Bank, said rates would fall in spring, while cautioning that wages "
     "were still rising too fast.", "rates would fall in spring", "wages were still rising", "Lena Varga"),
    ("Officials said the bridge could reopen in May, while acknowledging that the repairs might run late.",
     "the bridge could reopen in May", "the repairs might run late", "Officials"),
])
def test_a_participle_after_while_is_a_second_quote_of_the_same_speaker(extract, text, first, second, speaker):
    quotes = extract(text)
    one, two = find(quotes, first), find(quotes, second)
    assert one is not two and second not in one.text
    assert one.speaker == speaker and two.speaker == speaker


@pytest.mark.parametrize("text, first, second, second_speaker", [
    ("The ministry on Monday defended the new fees, saying they were needed to pay for repairs, even as mayors "
     "from both parties warned that the fees would empty the town centres.", "needed to pay for repairs",
     "would empty the town centres", "mayors from both parties"),
    ("According to a person close to the talks, the sides have agreed on a price, though the person cautioned that "
     "nothing would be signed before June.", "agreed on a price", "nothing would be signed", "a person close to the talks"),
])
def test_a_clause_with_its_own_speaker_and_speech_verb_is_a_second_quote(extract, text, first, second,
                                                                          second_speaker):
    quotes = extract(text)
    one, two = find(quotes, first), find(quotes, second)
    assert one is not two and second not in one.text
    assert two.speaker == second_speaker


def test_what_the_words_prompted_is_no_part_of_them_and_the_reply_is_the_prompted_persons(extract):
    text = ("Abbot said the tax would depend on where she lived, prompting Justice Farrow to reply: “Then it is no "
            "tax at all, counsel.”")
    quotes = extract(text)
    assert "prompting" not in find(quotes, "depend on where she lived").text
    assert find(quotes, "no tax at all").speaker == "Farrow"


@pytest.mark.parametrize("text, start, end", [
    # the aside sits inside the reported clause's subject; the clause's verb comes after it
    ("Hale argued that the rules on overtime, which date from 1974, were “written for another century.”",
     "the rules on overtime", "another century"),
    # the parser takes the subject for the object of 'said'
    ("Rourke, 61, said the decision to start Ibsen, who had not played since May, had been ‘a risk’.",
     "the decision to start Ibsen", "a risk"),
])
def test_an_aside_inside_the_reported_subject_does_not_end_the_clause(extract, text, start, end):
    q = find(extract(text), start)
    assert q.kind == "indirect" and q.text.startswith(start) and end in q.text
