"""`who` is the mention of a cue inside its own relative clause (`Podesta, who said …`), but not of a cue that
follows a relative clause on someone else: in `They called him a chancer who has ignored the town, and urged him
to quit` and `She praised Ola Berg, who is retiring, saying …` the mention is the main clause's subject. Short
invented sentences."""

from conftest import find


def test_a_cue_after_a_relative_clause_keeps_the_main_subject(extract):
    text = ("Two local papers said the mayor had failed. They called him a chancer who has ignored the town for "
            "years, and urged him to quit.")
    quote = find(extract(text), "him to quit")
    assert quote.speaker_mention == "They"


def test_a_participle_after_a_relative_clause_keeps_the_main_subject(extract):
    text = ("Mayor Ines Carvalho spoke on Friday. She praised the coach, Ola Berg, who is retiring in May, "
            "saying the club would miss him.")
    quote = find(extract(text), "the club would miss him")
    assert quote.speaker_mention == "She"
    assert quote.speaker == "Ines Carvalho"


def test_a_cue_inside_the_relative_clause_is_mentioned_as_who(extract):
    quote = find(extract("The plan was praised by Lena Voss, who said it would save the pool."), "save the pool")
    assert quote.speaker_mention == "who"
    assert quote.speaker == "Lena Voss"
