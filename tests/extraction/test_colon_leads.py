"""A paragraph that ends on a speech verb and the writer's colon ('In a speech that spring, she declared:') hands
the quote that opens the next paragraph to that verb's subject, with its mention; a question put to someone
('Among the questions Ms Dray was asked:') does not. Short invented texts."""

from tests.extraction.conftest import find


def test_the_cue_before_a_colon_names_the_next_paragraphs_quote(extract):
    text = ("Ambassador Tom Bolt spoke at length about the rules. He said:\n\n"
            "\"In every government I have served in, you follow the rules.\"\n\n"
            "The panel met again on Monday, and the Harbour Trust responded:\n\n"
            "\"If anyone is above the rules, the rules mean nothing.\"")
    quotes = extract(text)
    first, second = find(quotes, "you follow the rules"), find(quotes, "the rules mean nothing")
    assert first.speaker == "Tom Bolt" and first.speaker_mention == "He" and first.cue == "said"
    assert second.speaker == "Harbour Trust" and second.cue == "responded"


def test_a_question_put_to_someone_before_a_colon_is_not_their_cue(extract):
    text = "Mira Dray left the firm in May. Among the questions Ms Dray was asked:\n\n\"Why did you leave?\""
    quotes = [q for q in extract(text) if "Why did you leave" in q.text]
    assert all(q.cue != "asked" for q in quotes)
