"""Rules on tiny hand-built Docs (no model): cue subjects and speaker mentions."""

import pytest
from spacy.tokens import Doc

from quotes.extraction.cues import find_subject, is_cue, relay
from quotes.extraction.layout import split_layout
from quotes.extraction.mentions import select_mention
from quotes.extraction.registry import Entity, holds_role
from quotes.extraction.structure import build_index


def make(vocab, words, heads, deps, tags, pos, ents=None):
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    return doc, build_index(doc, split_layout(doc.text))


def test_subject_of_said_is_the_speaker(en_vocab):
    doc, idx = make(en_vocab, ["No", ",", "Carter", "said"], [3, 3, 3, 3], ["ccomp", "punct", "nsubj", "ROOT"],
                    ["UH", ",", "NNP", "VBD"], ["INTJ", "PUNCT", "PROPN", "VERB"])
    assert is_cue(doc[3])
    assert find_subject(doc[3], idx).tok.text == "Carter"


def test_a_name_is_not_a_cue(en_vocab):
    doc, _ = make(en_vocab, ["Omar", "Said", "spoke"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
                  ["NNP", "NNP", "VBD"], ["PROPN", "PROPN", "VERB"])
    assert not is_cue(doc[1])


def test_relay_speaker_is_the_object_not_the_agency(en_vocab):
    words = ["Xinhua", "quoted", "Carter", "as", "saying", "no"]
    doc, idx = make(en_vocab, words, [1, 1, 1, 1, 3, 4], ["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
                    ["NNP", "VBD", "NNP", "IN", "VBG", "UH"], ["PROPN", "VERB", "PROPN", "ADP", "VERB", "INTJ"])
    speaker, relayer, saying = relay(doc[1])
    assert (speaker.text, relayer.text, saying.text) == ("Carter", "Xinhua", "saying")
    assert find_subject(doc[1], idx).how == "relay"


def test_participle_cue_climbs_to_the_clause_subject(en_vocab):
    words = ["Lee", "left", ",", "saying", "it", "ended"]
    doc, idx = make(en_vocab, words, [1, 1, 1, 1, 5, 3], ["nsubj", "ROOT", "punct", "advcl", "nsubj", "ccomp"],
                    ["NNP", "VBD", ",", "VBG", "PRP", "VBD"], ["PROPN", "VERB", "PUNCT", "VERB", "PRON", "VERB"])
    assert find_subject(doc[3], idx).tok.text == "Lee"


@pytest.mark.parametrize("words, heads, deps, tags, pos, head, kind, name", [
    # role noun with the name as appositive: "councillor Priya Sandhu"
    (["Opposition", "councillor", "Priya", "Sandhu"], [1, 1, 3, 1], ["compound", "ROOT", "compound", "appos"],
     ["NN", "NN", "NNP", "NNP"], ["NOUN", "NOUN", "PROPN", "PROPN"], 1, "name", "Priya Sandhu"),
    # titles stripped from a proper-noun chain
    (["Deputy", "Minister", "Rauf", "Ganiev"], [3, 3, 3, 3], ["compound", "compound", "compound", "ROOT"],
     ["NNP", "NNP", "NNP", "NNP"], ["PROPN", "PROPN", "PROPN", "PROPN"], 3, "name", "Rauf Ganiev"),
    # a group stays a group, its proper-noun modifier is not the speaker
    (["Senior", "US", "officials"], [2, 2, 2], ["amod", "compound", "ROOT"], ["JJ", "NNP", "NNS"],
     ["ADJ", "PROPN", "NOUN"], 2, "group", None),
    (["the", "company"], [1, 1], ["det", "ROOT"], ["DT", "NN"], ["DET", "NOUN"], 1, "org", None),
    (["the", "72-year-old"], [1, 1], ["det", "ROOT"], ["DT", "NN"], ["DET", "NOUN"], 1, "descriptor", None),
    (["she"], [0], ["ROOT"], ["PRP"], ["PRON"], 0, "pronoun", None),
])
def test_select_mention(en_vocab, words, heads, deps, tags, pos, head, kind, name):
    doc, _ = make(en_vocab, words, heads, deps, tags, pos)
    m = select_mention(doc[head])
    assert m.kind == kind
    assert (doc[m.name[0]:m.name[1]].text if m.name else None) == name


def test_hyphenated_words_stay_whole(en_vocab):
    from quotes.extraction.mentions import hyphen_end, word_form
    from quotes.extraction.registry import clean_name

    words = ["Her", "co", "-", "author", "Anne", "Smith", "-", "Jones"]
    spaces = [True, False, False, True, True, False, False, False]
    doc = Doc(en_vocab, words=words, spaces=spaces, tags=["PRP$", "NN", "HYPH", "NN", "NNP", "NNP", "HYPH", "NNP"],
              pos=["PRON", "NOUN", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN"])
    assert hyphen_end(doc[1]).text == "author"
    assert word_form(doc[3]) == "co-author"
    assert clean_name(list(doc[4:8]))[0] == ["Anne", "Smith-Jones"]


# (roles the person was introduced with, role noun used alone, fits)
ROLE_ROWS = [
    ({"justice"}, "judge", True),                # Justice Helen Okonkwo → the judge
    ({"health", "secretary"}, "minister", True),  # Health Secretary → the minister
    ({"general", "secretary"}, "minister", False),  # a union general secretary is no minister
    ({"sen."}, "senator", True),
    ({"detective", "sergeant"}, "officer", True),
    ({"vice", "president"}, "president", False),  # the vice-president is not "the president"
    ({"deputy", "mayor"}, "mayor", False),
    ({"manager"}, "coach", True),
    ({"striker"}, "judge", False),
]


@pytest.mark.parametrize("roles, role, fits", ROLE_ROWS)
def test_role_noun_fits_the_titles_a_person_holds(roles, role, fits):
    ent = Entity(0, "person", ("Ann", "Lee"), roles=set(roles))
    assert holds_role(ent, role) is fits
