"""Shapes the twentieth and fourteenth fresh sets (tests/fixtures/fresh_articles_20, fresh_articles_14) still lost
after their first fitting, each written again here as short invented sentences with other names and words."""

import pytest
from spacy.tokens import Doc

from quotes.extraction.collection import collect
from quotes.extraction.layout import split_layout
from quotes.extraction.structure import build_index
from tests.extraction.conftest import find


@pytest.mark.parametrize("given, surname", [("Marigold", "Tessier-Obi"), ("Rosalind", "Tessier-Obi")])
def test_an_unlabelled_double_barrelled_name_that_speaks_itself_is_a_person(extract, given, surname):
    # the tagger took the given name for a verb and the NER labelled nothing; the surname never comes back alone
    text = (f"Gas leak closes school\n\n{given} {surname}, whose bakery sits across the road from the school, said "
            "the smell had drifted into her shop before dawn. \"We have asked for a proper survey for years,\" she "
            "said.")
    quotes = extract(text)
    assert find(quotes, "the smell had drifted").speaker == f"{given} {surname}"
    assert find(quotes, "a proper survey").speaker == f"{given} {surname}"


def test_a_quote_after_said_keeps_its_speaker_when_a_joined_verb_follows(extract):
    # 'he said, "…," and declined to answer …': the verb after 'and' has no subject and brings no new speaker
    text = ("Mill fire\n\nThe owner, Tobiah Grell, said the fire began in a dryer. Asked whether the alarms had "
            "worked, he said, \"Every one of them,\" and declined to answer further questions.")
    assert find(extract(text), "Every one of them").speaker == "Tobiah Grell"


def test_a_verdict_before_and_said_stays_with_the_caller(extract):
    # near miss: 'called that claim "…" and said' is no quote introduced by a comma; the caller speaks
    text = ("Debate\n\nOssian Reedy said his rival had dodged taxes.\n\nMara Kell called that charge \"a smear\" and "
            "said her accounts were \"open to anyone.\"")
    assert find(extract(text), "a smear").speaker == "Mara Kell"


def test_a_wire_lede_whose_sayers_the_parser_hung_in_the_content(extract):
    # 'over the ship channel, company and fire officials said': the noun phrase after the last comma is the subject
    text = ("Warehouse blaze\n\nLENTON — A fire tore through a paper warehouse on the Calder wharf late Sunday, "
            "injuring two firefighters and sending ash over the river basin, company and fire officials said.\n\n"
            "The mayor said the wharf would reopen on Tuesday.")
    quote = find(extract(text), "A fire tore through a paper warehouse")
    assert quote.kind == "indirect"
    assert quote.speaker.endswith("officials")  # the parser may hang 'company and fire' apart from the head


def test_a_hyphenated_possessor_does_not_replace_the_office_that_speaks(extract):
    # 'The vice-chancellor's office confirmed', parsed with 'vice' and '-' as subjects of their own
    text = ("Campus sit-in\n\nStudents occupied the main hall of Brackley University on Tuesday.\n\n"
            "The vice-chancellor's office later confirmed that governors would meet on Friday.")
    assert find(extract(text), "governors would meet").speaker == "The vice-chancellor's office"


def test_an_organisation_of_the_spokespersons_type_beats_one_that_only_holds_the_word(extract):
    # 'a university spokeswoman': 'Brackley University', not the 'University Lecturers Union' named since
    text = ("Campus sit-in\n\nStudents occupied the main hall of Brackley University on Tuesday.\n\n"
            "The University Lecturers Union said it backed the students.\n\n"
            "A university spokeswoman said the fees would be discussed on Friday.")
    assert find(extract(text), "the fees would be discussed").speaker == "Brackley University"


@pytest.mark.parametrize("surname", ["Dombrowski-Vale", "Kowalczyk-Brae"])
def test_a_title_before_a_given_name_the_ner_left_out_is_the_persons(extract, surname):
    # the NER labelled only the surname; 'the chief justice' later is her, not the justice named first
    text = ("Court rules on river rights\n\nWriting for the majority, Justice Linus Okafor-Brae said the statute was "
            f"clear.\n\nChief Justice Renata {surname}, joined by one colleague, dissented. The majority, she "
            "wrote, had misread the statute.\n\n\"A river does not wait for a decree,\" the chief justice wrote.")
    assert find(extract(text), "A river does not wait").speaker == f"Renata {surname}"


def test_a_role_owned_by_her_is_someone_else(extract):
    # 'her race engineer' with no name: the engineer as described, never the driver the pronoun points to
    text = ("Lund wins in the rain\n\nMaja Lund took the flag by two seconds.\n\nAs she crossed the line, her race "
            "engineer could be heard shouting over the radio, \"Yes, yes, that's the one!\"")
    quote = find(extract(text), "that's the one")
    assert quote.speaker != "Maja Lund"
    assert quote.speaker.endswith("race engineer")


@pytest.mark.parametrize("team", ["Meridian", "Solvane"])
def test_who_after_a_name_of_a_team_the_ner_labelled_one_person_is_the_person(extract, team):
    text = ("Lund wins in the rain\n\nMaja Lund took the flag by two seconds.\n\nThird place went to Rafael "
            f"Bergström-Achebe of {team}, who started ninth and called the result \"a small miracle.\"")
    assert find(extract(text), "small miracle").speaker == "Rafael Bergström-Achebe"


def test_what_a_witness_told_the_inquest_is_reported_speech(extract):
    text = ("Inquest hears of missed alert\n\nDr Ines Okoro-Vale, a registrar who was on call that night, told the "
            "inquest she had been covering three wards alone.")
    quote = find(extract(text), "covering three wards")
    assert quote.kind == "indirect"
    assert quote.speaker == "Ines Okoro-Vale"


def test_an_organisation_named_with_and_after_a_place_the_ner_took_for_a_person(extract):
    # 'Harwick and Vale NHS Trust', with 'Harwick' labelled a person: one organisation, not the court named before
    text = ("Inquest ends\n\nThe hearing at Harwick Coroner's Court lasted four days.\n\nA spokesperson for Harwick "
            "and Vale NHS Trust said: 'We accept the findings in full.'")
    assert find(extract(text), "accept the findings").speaker == "Harwick and Vale NHS Trust"


def test_a_product_named_in_quote_marks_is_no_person_for_a_later_she(extract):
    text = ("Startup shows assistant\n\nThe product, called \"Atlas,\" was shown by chief executive Sunniva "
            "Okafor-Brandt on Tuesday.\n\nAt one point Atlas misread a date, and Okafor-Brandt laughed it off. "
            "\"Live demos,\" she said.")
    assert find(extract(text), "Live demos").speaker == "Sunniva Okafor-Brandt"


def test_the_company_after_a_sentence_about_an_untyped_firm_is_that_firm(extract):
    # 'Quillstone, the … startup' has no label; a listed company named further back is not 'the company'
    text = ("Startup launch\n\nQUAYSIDE — Quillstone, the two-year-old software startup, on Tuesday unveiled an "
            "assistant.\n\nShares of Halvorsen Digital, which holds a stake in Quillstone, rose 6 percent.\n\n"
            "Quillstone has raised about $600 million since it was founded. The company has said it has about 140 "
            "employees.")
    assert find(extract(text), "140 employees").speaker == "Quillstone"


def test_a_park_that_speaks_is_not_its_director(extract):
    text = ("Panda found\n\nA red panda escaped from Wexley Wildlife Park on Sunday.\n\nPark director Helena Vance "
            "said a vet had examined him.\n\nThe park said in a statement that every enclosure would be inspected.")
    assert find(extract(text), "every enclosure would be inspected").speaker == "The park"


@pytest.mark.parametrize("sentence, gender", [
    # a first name the tables do not know; 'his home' in his own sentence (the parser hung him on the fronted place)
    ("In the fishing village of Pallavi, where every house was flattened, Tirun Madhavar, 58, sat on the slab that "
     "was all that remained of his home.", "m"),
    ("Tirun Madhavar, 58, stood by the wreck of her boat.", "f"),
    # near miss: in reported words the pronoun is as often another's ('said her death was avoidable')
    ("Tirun Madhavar, 58, said the storm had taken her boat.", None),
    # near miss: 'beside a widow and her son': the pronoun may be the widow's
    ("Tirun Madhavar, 58, sat beside a widow and her son on the slab.", None),
])
def test_a_pronoun_in_the_sentence_that_introduces_a_person_gives_the_gender(nlp, sentence, gender):
    # with a later 'he said' after a woman of unknown gender was quoted, the gender decides who speaks
    doc = nlp(f"Storm toll rises\n\n{sentence}")
    registry = collect(build_index(doc, split_layout(doc.text)))
    assert registry.find_name(["Tirun", "Madhavar"], len(doc), create=False).gender == gender


@pytest.mark.parametrize("noun, kind", [("chairwoman", "person"), ("sister", "person"), ("sponsor", "organisation")])
def test_a_name_the_ner_took_for_a_firm_is_a_person_by_a_gendered_appositive(en_vocab, noun, kind):
    # 'Oonagh Stavridis, chairwoman of the society, said …' labelled ORG: only a woman is a chairwoman (a sponsor
    # may be a firm: near miss)
    words = ["Oonagh", "Stavridis", ",", noun, "of", "the", "society", ",", "said", "it", "would", "open", "."]
    heads = [1, 8, 1, 1, 3, 6, 4, 1, 8, 10, 8, 10, 8]
    deps = ["compound", "nsubj", "punct", "appos", "prep", "det", "pobj", "punct", "ROOT", "nsubj", "ccomp", "xcomp",
            "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    tags = ["NNP", "NNP", ",", "NN", "IN", "DT", "NN", ",", "VBD", "PRP", "MD", "VB", "."]
    doc = Doc(en_vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              ents=["B-ORG", "I-ORG"] + ["O"] * 11)
    registry = collect(build_index(doc, split_layout(doc.text)))
    assert registry.find_name(["Oonagh", "Stavridis"], len(doc), create=False).kind == kind


def test_hailed_as_is_a_verdict_in_quoted_words_ending_at_its_mark(extract):
    # 'hailed X as "Y"' as 'described X as "Y"'; 'after …' is when, not part of the verdict
    text = ("Rovers into the last eight\n\nBrindle Rovers manager Cormac Fennelly hailed the second half as \"the "
            "best we have played in years\" after a late double swept his side past Orton Town.")
    quote = find(extract(text), "the best we have played")
    assert quote.kind == "partial"
    assert quote.text == "the second half as \"the best we have played in years\""
    assert quote.speaker == "Cormac Fennelly"


def test_a_post_on_someones_own_blog_speaks_for_its_owner(extract):
    text = ("Rival's answer\n\nA spokesman for Corvane declined to comment. He pointed instead to a post on Corvane's "
            "own blog last month, which argued that remote servers gave \"better answers\".")
    assert find(extract(text), "remote servers gave").speaker == "Corvane"


def test_a_firm_named_with_an_ampersand_after_its_nominal_is_the_source(extract):
    # 'her publisher, Pellow & Marsh,': the '&' made the parser coordinate the name with the nominal
    text = ("A debut's long run\n\nThe Glass Meadow has sold more than 60,000 copies since March, according to her "
            "publisher, Pellow & Marsh, which has ordered a fifth printing.")
    assert find(extract(text), "60,000 copies").speaker == "Pellow & Marsh"
