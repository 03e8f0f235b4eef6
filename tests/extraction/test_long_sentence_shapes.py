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
