"""Reported clauses whose attribution sits where the parse-based rules did not look: an 'as' clause, a
quoted predicate before the cue, a name hung off a fronted phrase, a second act of the speaker after 'but'."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, content, speaker", [
    ("As the Harbour Gazette reported, the pier had been closed since March.",
     "the pier had been closed since March", "Gazette"),
    ("Fares rose again in the spring, as Ms Okafor noted on Monday.", "Fares rose again in the spring", "Okafor"),
    ("Closing the ward also carries risks, as the nurses point out.", "Closing the ward also carries risks",
     "the nurses"),
])
def test_an_as_clause_attributes_the_clause_it_hangs_on(extract, text, content, speaker):
    q = find(extract(text), content)
    assert q.text == content and q.kind == "indirect" and speaker in q.speaker


def test_an_as_clause_in_the_middle_makes_a_quote_in_two_pieces(extract):
    text = "The council, as Mayor Lena Brandt said in May, will vote on the toll next week."
    q = find(extract(text), "will vote")
    assert q.speaker == "Lena Brandt"
    assert [text[s:e] for s, e in q.parts] == ["The council", "will vote on the toll next week"]


@pytest.mark.parametrize("text", [
    "It was, as they say, a long day at the quay.",
    "She left the hall as the minister said goodbye.",
    "Towns such as Alder said nothing.",
])
def test_an_as_clause_that_attributes_nothing(extract, text):
    assert not [q for q in extract(text) if q.kind == "indirect" and q.cue in ("say", "said")]


def test_a_quoted_predicate_before_the_cue_is_reported_with_its_subject(extract):
    text = ("The ferry service “has lost money every winter since it began,” the transport secretary, "
            "Nadia Ferrante, told reporters.")
    q = find(extract(text), "ferry service")
    assert q.text == "The ferry service “has lost money every winter since it began,”"
    assert q.kind == "indirect" and q.speaker == "Nadia Ferrante"


def test_a_direct_quote_before_its_cue_keeps_its_own_span(extract):
    q = find(extract("“The ferry has lost money every winter,” Nadia Ferrante told reporters."), "ferry")
    assert q.text == "The ferry has lost money every winter" and q.kind == "direct"


def test_a_name_with_an_age_after_a_fronted_phrase_is_the_speaker(extract):
    text = "As part of his plea, Rurik Vaskov, 51, said that he had sold the forged permits himself."
    q = find(extract(text), "forged permits")
    assert q.text == "he had sold the forged permits himself" and q.speaker == "Rurik Vaskov"


def test_the_speakers_next_act_after_but_is_not_part_of_what_was_said(extract):
    text = "Councillor Ama Boateng said she was “delighted” with the result, but regretted that turnout was low."
    q = find(extract(text), "delighted")
    assert q.text == "she was “delighted” with the result" and q.speaker == "Ama Boateng"


@pytest.mark.parametrize("text, content", [
    ("Ana Ruiz said the pool would reopen, but she did not say when.", "the pool would reopen"),
    ("A third of members said the fees were too high, and half said the same of the parking.",
     "the fees were too high"),
    ("The minister said she backed the harbour bill, which passed its second reading on Tuesday.",
     "she backed the harbour bill"),
    ("Hale said he would scrap the toll, a promise his party has made at every election since 2010.",
     "he would scrap the toll"),
])
def test_the_writers_next_clause_or_gloss_ends_the_content(extract, text, content):
    assert find(extract(text), content.split()[1]).text == content


def test_a_second_that_clause_is_still_what_was_said(extract):
    q = find(extract("Ana Ruiz said the plan failed, and that the council knew it."), "plan")
    assert q.text == "the plan failed, and that the council knew it"


@pytest.mark.parametrize("text, content, speaker", [
    ("The council, however, has found itself in the same bind, according to spokeswoman Mira Sol.",
     "The council, however, has found itself in the same bind", "Mira Sol"),
    ("The launch became “the best week in our history,” according to Ms Okafor.",
     "The launch became “the best week in our history,”", "Okafor"),
    ("In addition, according to the agency, nine thousand more homes will be connected.",
     "nine thousand more homes will be connected", "the agency"),
])
def test_according_to_shapes(extract, text, content, speaker):
    q = find(extract(text), content)
    assert q.text == content and speaker in q.speaker and q.cue.lower() == "according"


def test_according_to_before_a_quote_makes_the_quote_direct(extract):
    q = find(extract("According to the ferry company, “The crossing will resume on Monday.”"), "crossing")
    assert q.kind == "direct" and q.text == "The crossing will resume on Monday." and q.speaker == "the ferry company"


def test_a_reported_clause_the_parser_made_the_head_of_its_cue(extract):
    text = "The vote came two days after Ruiz told the Courier she was “not ready yet” to back the plan."
    q = find(extract(text), "not ready")
    assert q.text == "she was “not ready yet” to back the plan" and q.speaker == "Ruiz"


def test_after_a_cue_with_its_own_object_a_new_clause_is_not_content(extract):
    assert not [q for q in extract("After Ruiz told reporters, Lind left the hall.") if q.cue == "told"]


def test_the_clause_after_a_semicolon_cue_not_the_one_before(extract):
    q = find(extract("He crossed the line first; he says he fears going home and is seeking asylum."), "fears")
    assert q.text == "he fears going home and is seeking asylum"


def test_a_relative_clause_inside_a_fronted_place_is_not_the_content(extract):
    text = "Inside the hall - which looks like a barn - Adel Nour said the meeting would go on."
    assert find(extract(text), "meeting").text == "the meeting would go on"


def test_the_issuer_of_a_statement_is_its_speaker(extract):
    q = find(extract("Hours later, Mayor Ana Ruiz issued a statement calling on the council to act."), "council")
    assert q.speaker == "Ana Ruiz" and q.text == "the council to act"


def test_a_relative_pronoun_is_the_mention_of_its_antecedent(extract):
    text = "The bill was backed by Tomas Lind, who said the ferry would run all winter."
    q = find(extract(text), "ferry")
    assert q.speaker == "Tomas Lind" and text[q.mention_start:q.mention_end] == "who"


def test_a_question_put_to_someone_in_commas_is_not_theirs(extract):
    text = 'Lind, asked whether anyone would lose their job over the cracks, replied: "First we fix the bridge."'
    quotes = extract(text)
    assert find(quotes, "First we fix").speaker == "Lind"
    assert not [q for q in quotes if q.cue == "asked"]


def test_a_handle_the_tagger_reads_as_a_verb_is_the_speaker(extract):
    q = find(extract("“Back where she belongs,” @HarbourSeals posted, alongside a video."), "Back where")
    assert q.speaker == "@HarbourSeals"


def test_a_given_name_the_ner_calls_an_organisation_is_a_person_for_her_pronoun(extract):
    text = ("At dawn every morning, Marta Vellinger unties the boat and pulls it across by hand.\n\n"
            "“People think it is romantic,” she said.")
    assert find(extract(text), "romantic").speaker == "Marta Vellinger"


def test_an_unnamed_spokeswoman_with_no_organisation_keeps_her_description(extract):
    q = find(extract("A lifeboat spokeswoman said the swimmer had been taken to hospital."), "swimmer")
    assert q.speaker == "A lifeboat spokeswoman"


@pytest.mark.parametrize("text, speaker", [
    ("The Minister of Harbours, Mr. Edwin Callow, told the chamber that the quay would reopen.", "Edwin Callow"),
    ("The Prime Minister, Ana Ruiz, said the quay would reopen.", "Ana Ruiz"),
])
def test_a_capitalised_title_gives_way_to_the_name_in_apposition(extract, text, speaker):
    assert find(extract(text), "quay").speaker == speaker


def test_the_noun_after_an_inverted_cue_is_its_subject_even_parsed_as_object(extract):
    text = "Intro.\n\n“The gap is awfully large,” added a Vermont Democrat. “Voters like the guy.”"
    quotes = extract(text)
    assert find(quotes, "gap").speaker and "Vermont Democrat" in find(quotes, "gap").speaker
    assert find(quotes, "Voters").speaker == find(quotes, "gap").speaker


def test_after_a_writers_colon_the_clause_after_the_cue_is_the_content(extract):
    # the parser makes both clauses complements of 'says'; the one before the colon is the writer's
    text = "At her rallies, Rhona Dale urges members not to trust the board: She says the accounts hide losses."
    q = find(extract(text), "accounts hide losses")
    assert q.text == "the accounts hide losses" and q.speaker == "Rhona Dale"


def test_a_fronted_when_clause_is_the_occasion_not_the_content(extract):
    text = "When the chair cut her off, the councillor said residents had been ignored for years."
    assert not [q for q in extract(text) if q.text.startswith("When")]


@pytest.mark.parametrize("text, first, second", [
    ("Mayor Kim said the plan would fail and Sen. Vale replied that it would not.", "the plan would fail",
     "it would not"),
    ("Landlords said the rules were unworkable and Tenants argued that they did not go far enough.",
     "the rules were unworkable", "they did not go far enough"),
])
def test_content_stops_where_another_named_speaker_takes_over_after_and(extract, text, first, second):
    quotes = extract(text)
    assert find(quotes, first).text == first
    assert find(quotes, second).text == second


def test_and_between_two_subjects_does_not_end_the_content(extract):
    text = "Analysts said the bill will come due sooner because Congress and President Vale agreed to extend the cuts."
    assert find(extract(text), "bill will come due").text.endswith("agreed to extend the cuts")


def test_content_stops_at_a_colon_where_a_new_statement_begins(extract):
    text = "At every meeting, Rhona Dale warns members not to trust the board: She says the accounts hide losses."
    quotes = extract(text)
    assert find(quotes, "not to trust").text == "members not to trust the board"
    assert find(quotes, "hide losses").speaker == "Rhona Dale"
    # a colon that only lists goes on being the speaker's
    assert extract("Officials said there were two problems: cost and time.")[0].text.endswith("cost and time")


def test_according_to_in_the_middle_of_a_clause_makes_a_quote_in_two_pieces(extract):
    text = "One of the options they have chosen, according to a person close to the board, is to sell the ferry."
    q = find(extract(text), "options they have chosen")
    assert q.speaker == "a person close to the board"
    assert [text[s:e] for s, e in q.parts] == ["One of the options they have chosen", "is to sell the ferry"]


@pytest.mark.parametrize("text", [
    "Prices rose, according to the survey, which was published on Monday.",
    "Prices rose, according to the survey, and wages fell behind.",
])
def test_according_to_before_a_new_clause_ends_the_content(extract, text):
    assert find(extract(text), "Prices rose").text == "Prices rose"
