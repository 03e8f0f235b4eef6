"""Shapes the sixth and seventh fresh sets (tests/fixtures/fresh_articles_6, fresh_articles_7) still missed after
their first fitting, each written again here as short invented sentences."""

import pytest
from spacy.tokens import Doc

from quotes.extraction.cues import is_cue
from tests.extraction.conftest import find


@pytest.mark.parametrize("words, particle_dep, expected", [
    (["Lind", "shot", "back"], "advmod", True),
    (["Lind", "fired", "back"], "prt", True),
    (["Lind", "chimed", "in"], "prep", True),  # the parser often hangs 'in' as a preposition
    (["Lind", "shot", "deer"], "dobj", False),  # no particle: not speech
    (["Lind", "fired", "staff"], "dobj", False),
])
def test_a_phrasal_speech_verb_is_a_cue_only_with_its_particle(en_vocab, words, particle_dep, expected):
    doc = Doc(en_vocab, words=words, heads=[1, 1, 1], deps=["nsubj", "ROOT", particle_dep],
              tags=["NNP", "VBD", "RB"], pos=["PROPN", "VERB", "ADV"])
    assert is_cue(doc[1]) is expected


@pytest.mark.parametrize("text, words, speaker", [
    ("“The figures are wrong and I stand by them,” Okafor shot back, to laughter from the gallery.",
     "The figures are wrong", "Okafor"),
    ("“That is not what you told us in March,” Councillor Ruth Lind fired back.", "not what you told us",
     "Ruth Lind"),
    ("“We agree with every word,” Tom Dunmore chimed in.", "We agree", "Tom Dunmore"),
])
def test_a_phrasal_speech_verb_attributes_the_quote_before_it(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker
