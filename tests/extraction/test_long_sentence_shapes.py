"""Long news sentences: where a reported clause starts and stops (invented sentences of real copy's shapes)."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, content, speaker", [
    # a fronted clause before the speaker is the occasion; the clause after the cue is what was said
    ("After the vote was held on Monday evening, Lee Varga said he would appeal the ruling.",
     "he would appeal the ruling", "Lee Varga"),
    ("In a statement issued soon after the senator ended her campaign, Ruiz said she was sure the party "
     "would recover.", "she was sure the party would recover", "Ruiz"),
    # a relative clause between the speaker and the cue
    ("One guest, who like others spoke on condition of anonymity to describe the dinner, said the mood was "
     "grim.", "the mood was grim", "One guest"),
])
def test_the_clause_after_the_cue_is_the_content(extract, text, content, speaker):
    q = find(extract(text), content.split()[1])
    assert q.text == content and q.speaker == speaker


@pytest.mark.parametrize("text, first, second, speaker", [
    ("Six in 10 voters said the mayor is honest, and three-quarters said she is fair.",
     "the mayor is honest", "she is fair", "three-quarters"),
    ("Several candidates said the affair was a fair target, though Mrs. Ferro said she doubted voters would care.",
     "the affair was a fair target", "she doubted voters would care", "Ferro"),
    ("The senator's office said she would back the nominee, while Rep. Tom Hale and Sen. Ana Ruiz suggested "
     "they would only offer conditional support.", "she would back the nominee",
     "they would only offer conditional support", "Tom Hale"),
])
def test_a_second_speakers_statement_is_not_swallowed_into_the_first(extract, text, first, second, speaker):
    quotes = extract(text)
    assert find(quotes, first).text == first
    q = find(quotes, second)
    assert q.text == second and speaker in q.speaker


@pytest.mark.parametrize("text, content, speaker", [
    # a sentence adverb in commas opens the reported clause; it is not part of the cue
    ("Instead, Lee Varga told the Ledger, his plan would be to sell the ferry.", "his plan would be to sell the ferry",
     "Lee Varga"),
    ("However, the mayor said, the bridge will stay shut.", "the bridge will stay shut", "the mayor"),
    # a conjunction opening the sentence ties it to the writer's last one
    ("Mayor Ana Ruiz spoke first. But the ferry will not run on Sundays, she said.",
     "the ferry will not run on Sundays", "Ana Ruiz"),
    # a long adjunct between the cue and its 'that'
    ("Hale hailed the vote, telling reporters during a visit to Wales on Friday that he thinks the result is "
     "a great thing.", "he thinks the result is a great thing", "Hale"),
    # 'as X noted' after a sentence-opening conjunction
    ("But as Ana Ruiz noted, those voters will give the mayor a second look.",
     "those voters will give the mayor a second look", "Ana Ruiz"),
])
def test_reported_clauses_around_adjuncts(extract, text, content, speaker):
    q = find(extract(text), content)
    assert q.text == content and q.speaker == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # a quote that opens the sentence and closes right before 'according to'
    ("“Crews will finish the work within weeks and hand the report to the council,” according to the Ledger.",
     "Crews will finish the work within weeks and hand the report to the council", "the Ledger"),
    # a conjunction before 'According to' at the sentence start
    ("But according to reports in the local press, the mayor could not win the board over.",
     "the mayor could not win the board over", "reports in the local press"),
    # the clause goes on after the source: a one-word subject, or a clause stopping on its verb
    ("Fundraising, according to the campaign, has surged since May.",
     "Fundraising, according to the campaign, has surged since May", "the campaign"),
    ("The firm receives, according to one report, $234 million a year from the ministry.",
     "The firm receives, according to one report, $234 million a year from the ministry", "one report"),
    # the source's appositive does not hide the clause going on after it
    ("At the core of the dispute, according to Dan Ross, a former envoy, was a promise the mayor broke.",
     "At the core of the dispute, according to Dan Ross, a former envoy, was a promise the mayor broke", "Dan Ross"),
])
def test_according_to_in_its_other_places(extract, text, content, speaker):
    q = find(extract(text), content.split(",")[0])
    assert q.text == content and speaker in (q.speaker, q.speaker_mention)


def test_according_to_still_needs_a_clause(extract):
    assert extract("Sales, according to the firm.") == []


@pytest.mark.parametrize("text", [
    "Despite the slump in the factories, hiring continues to buck the trend.",
    "Though Pine is gaining ground with voters, Varga maintains a firm grip on the party.",
    "Last week, the ministry announced new rules on fishing.",
    "After a long meeting in Leeds, the union recalled its days of strength.",
])
def test_a_fronted_phrase_is_no_content_when_the_verb_has_its_own_object(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Prices will rise, Ana Ruiz told the Post on Monday.", "Prices will rise", "Ana Ruiz"),  # a listener
    ("The bridge is unsafe, the council warned residents.", "The bridge is unsafe", "the council"),
    ("Prices will rise, said Ana Ruiz, the bank's economist.", "Prices will rise", "Ana Ruiz"),
    ("Sales fell, the report found.", "Sales fell", "the report"),
    # a parenthetical cue: what follows its comma is still the content, not the cue's own object (and the fronted
    # phrase before the fenced cue is the reported sentence's: test_real_news_shapes_16.py)
    ("In both cases, Eric Pine said, those donations paid for a golf day.",
     "In both cases, Eric Pine said, those donations paid for a golf day", "Eric Pine"),
])
def test_content_first_still_found_before_a_listener_or_an_inverted_speaker(extract, text, content, speaker):
    q = find(extract(text), content)
    assert q.text == content and speaker in (q.speaker, q.speaker_mention)


@pytest.mark.parametrize("text, content", [
    # the relative clause sits inside the reported clause, whose verb comes after it
    ("Ana Ruiz said the vote, which took place on Monday, was fair.", "the vote, which took place on Monday, was fair"),
    ("Lee said the council, which has nine members, will meet in May.",
     "the council, which has nine members, will meet in May"),
    # the writer's aside at the end is still cut off
    ("Ana Ruiz said she backed the final bill, which includes a tax on sugar.", "she backed the final bill"),
])
def test_a_relative_clause_inside_the_content(extract, text, content):
    assert find(extract(text), content.split(",")[0]).text == content


def test_a_verb_of_finding_without_a_document_does_not_end_a_parenthetical_cue(extract):
    # 'finding' reports only for documents ('the audit found'); here it is no second attribution
    q = find(extract("Overall, Ana Ruiz said, many voters are finding themselves alienated by the party."), "voters")
    assert q.text == "Overall, Ana Ruiz said, many voters are finding themselves alienated by the party" \
        and q.speaker == "Ana Ruiz"


def test_that_said_is_the_writers_concession(extract):
    assert extract("That said, a loss in the north would be a sour end to her campaign.") == []


@pytest.mark.parametrize("text, content", [
    ("It was, Ana Ruiz said, one of the worst days of her career.",
     "It was, Ana Ruiz said, one of the worst days of her career"),
    ("Talks ended, officials said, after a week.", "Talks ended"),  # an adjunct of the cue, not more content
])
def test_a_copula_before_a_parenthetical_cue_is_completed_after_it(extract, text, content):
    assert find(extract(text), content.split(",")[0]).text == content


@pytest.mark.parametrize("text", [
    "“It is made up,” Lee said during a call to the network's “This Week.”",
    "“I wish him well,” Lee told the hosts of “Morning Live,” before leaving.",
    "“We will win,” Lee said on the station's “Today with Ana Ruiz.”",
])
def test_a_programme_named_after_the_cue_is_no_quote(extract, text):
    assert [q.text for q in extract(text)] == [text[1:text.index("”") - 1]]


@pytest.mark.parametrize("text, content, speaker", [
    ("As reported by the Ledger, inspectors found 200 letters in the archive.",
     "inspectors found 200 letters in the archive", "the Ledger"),
    ("Inspectors found 200 letters, as first reported by the Daily Post.", "Inspectors found 200 letters",
     "the Daily Post"),
])
def test_as_reported_by_names_its_source(extract, text, content, speaker):
    q = find(extract(text), content)
    assert q.text == content and q.speaker_mention == speaker
