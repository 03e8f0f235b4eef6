"""Objects of speech: demands, accusations and reported questions are indirect quotes; a plain noun object is not."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, content, speaker", [
    ("Mayor Ines Varga urged voters to reject the toll.", "voters to reject the toll", "Ines Varga"),
    ("Union leaders called for an end to the lockout.", "an end to the lockout", "Union leaders"),
    ("Party elders called on Tomas Lind to quit the race.", "Tomas Lind to quit the race", "Party elders"),
    ("Rita Osei accused the council of hiding the figures.", "the council of hiding the figures", "Rita Osei"),
    ("Rita Osei accused the council on Monday of hiding the figures.", "hiding the figures", "Rita Osei"),
    ("Fishermen asked whether the quay would reopen.", "whether the quay would reopen", "Fishermen"),
    # a request is a demand: whom, and what they are asked to do (issue 17)
    ("In a letter, Mayor Ines Varga asked the council to close the quay.", "the council to close the quay",
     "Ines Varga"),
    # a directive: whom, and what they were told (warned, ordered) to do
    ("Mayor Ines Varga told her aides to stop briefing the press.", "her aides to stop briefing the press",
     "Ines Varga"),
    ("The coastguard warned residents to stay away from the cliffs.", "residents to stay away from the cliffs",
     "The coastguard"),
])
def test_demands_accusations_and_questions_are_indirect_quotes(extract, text, content, speaker):
    q = find(extract(text), content)
    assert (q.text, q.kind, q.speaker) == (content, "indirect", speaker)


@pytest.mark.parametrize("text", [
    "The council announced a new budget.",
    "He asked for a glass of water.",
    "Tomas Lind was asked to leave.",
    "The board would ask the council to pay.",  # a plan, not a request made
    "The council called the meeting for Monday.",
    "Asked about the toll, the mayor smiled.",
    "She told the story to make a point.",  # a thing told, and why: no directive
    "The board would tell the council to pay.",  # a plan, not a directive given
    "You could do what the banker told them to do with the money.",  # the thing told is 'what', not a directive
])
def test_a_plain_object_is_not_a_quote(extract, text):
    assert extract(text) == []


def test_the_quoted_words_of_a_label_stay_a_partial_quote_with_the_thing_they_judge(extract):
    q = find(extract("Rita Osei called the plan “a disgrace”."), "a disgrace")
    assert q.kind == "partial" and q.text == "the plan “a disgrace”"


@pytest.mark.parametrize("text, source", [
    ("The survey of 1,200 tenants found that rents had doubled.", "The survey"),
    ("A poll of 900 voters showed that support had slipped.", "A poll"),
])
def test_a_finding_is_the_documents_never_the_people_it_counted(extract, text, source):
    q = extract(text)[0]
    assert q.speaker.lower().endswith(source.lower().split()[-1]) and q.speaker_kind != "person"


def test_a_person_never_finds_or_shows(extract):
    assert extract("Tomas Lind found that the nets were torn.") == []


def test_a_question_whose_wh_word_hangs_off_a_word_of_the_clause(extract):
    q = find(extract("The presenter asked Mayor Lind how long the bridge would stay shut."), "bridge")
    assert q.text == "how long the bridge would stay shut" and q.speaker == "The presenter"


def test_a_question_asked_by_the_second_verb_of_the_subject(extract):
    q = find(extract("Ruiz shook hands and asked the dockers whether they would vote."), "vote")
    assert q.text == "whether they would vote" and q.kind == "indirect"


def test_the_one_asked_is_not_the_speaker_of_the_question(extract):
    quotes = extract("Lind was asked by presenter Omar Haddad whether the bridge would reopen.")
    assert find(quotes, "bridge").speaker == "Omar Haddad"
    assert not [q for q in extract("Lind was asked whether the bridge would reopen.") if q.speaker == "Lind"]


@pytest.mark.parametrize("text, content", [
    ("The mayor vowed to repeal the bridge toll by spring.", "to repeal the bridge toll by spring"),
    ("Ana Ruiz promised to keep the pool open all summer.", "to keep the pool open all summer"),
    ("The union pledged to “fight every closure” in the county.", "to “fight every closure” in the county"),
])
def test_a_promise_is_reported_as_an_indirect_quote(extract, text, content):
    q = find(extract(text), content)
    assert q.text == content and q.kind == "indirect"


@pytest.mark.parametrize("text", ["Ruiz promised voters a new pool.", "The party kept its promise to cut fares."])
def test_a_promised_thing_or_the_noun_promise_is_not_a_quote(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "Her spokesman, Ivo Marr, declined to say whether the governor would sign the bill.",
    "The minister would not say who had made the call.",
    "Ms. Tarn did not comment on whether the talks had failed.",
    "The club refused to say how much it had paid.",
])
def test_a_question_left_unanswered_is_no_quote(extract, text):
    assert extract(text) == []


def test_a_statement_beside_an_unanswered_question_is_still_one(extract):
    quotes = extract("Ms. Tarn refused to say how much she was paid, but said the contract was fair.")
    assert [q.text for q in quotes] == ["the contract was fair"]


@pytest.mark.parametrize("text, words", [
    ("Rita Osei accused the council of trying to “bury the figures” before the vote.",
     "the council of trying to “bury the figures”"),
    ("Rita Osei accused the council of “hiding the figures”.", "the council of “hiding the figures”"),
])
def test_quoted_words_inside_an_accusation_are_a_partial_quote_with_the_accused(extract, text, words):
    quotes = extract(text)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [(words, "partial", "Rita Osei")]
