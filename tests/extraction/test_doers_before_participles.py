"""A participle cue right after the object of `with` (or of `left`, `had`, `found`) is that object's doing:
`The interview ended with Ola Berg asking …` is Berg's question, `The closures have left most residents saying …`
the residents' words, not the interview's or the closures'. `She sent an email saying …` stays hers. Short invented
sentences."""

import pytest
from conftest import find


@pytest.mark.parametrize("text, words, mention", [
    ("Mayor Ana Ruiz spoke first. The interview ended with Ola Berg asking the mayor whether she would run again.",
     "whether she would run again", "Ola Berg"),
    ("The bus cuts have left most residents saying the town is getting worse.", "the town is getting worse",
     "most residents"),
])
def test_the_object_before_the_participle_is_the_speaker(extract, text, words, mention):
    assert find(extract(text), words).speaker_mention == mention


def test_a_message_sent_is_the_senders(extract):
    quote = find(extract("Dana Whitlock read the draft. Minutes later, she sent an email saying the plan was ready."),
                 "the plan was ready")
    assert quote.speaker == "Dana Whitlock"
