"""`she went on` after a quote, and `texted the newsroom:` before one, attribute it like `said`; `went on` without
a quote or clause (`The strike went on for weeks`) reports nothing. Short invented sentences."""


def test_went_on_after_a_quote_is_a_cue(extract):
    text = ("“The voters have spoken,” Denise Albright said.\n\n"
            "“Eight years ago you trusted me with this city,” she went on.")
    quotes = extract(text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Denise Albright", "said"), ("Denise Albright", "went")]


def test_a_text_message_is_quoted_like_speech(extract):
    quotes = extract("Spokeswoman Alicia Romero texted the newsroom: “It is early, but we like what we see.”")
    assert [(q.speaker, q.kind) for q in quotes] == [("Alicia Romero", "direct")]


def test_going_on_without_words_is_no_quote(extract):
    assert extract("The strike went on for weeks. The meeting went on until midnight.") == []
