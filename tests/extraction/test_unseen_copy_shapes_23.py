"""Shapes the twenty-first fresh set (tests/fixtures/fresh_articles_21) found failing after it was first scored,
each written again here as short invented sentences with other names and words."""

from tests.extraction.conftest import find


def test_a_reply_under_questioning_is_the_witness_s_not_the_man_he_spoke_of(extract):
    # the witness quoted another man, whose denial was then reported; the lawyer pressed the witness and put a
    # question; 'he replied' is the witness, and so are his later answers
    text = ("Former mill foreman tells jury he reported the leaks\n\n"
            "\"I wrote it down every single week,\" Mr. Dunmore-Reyes testified. \"Nobody read it.\"\n\n"
            "He testified that the plant manager, Tobias Grunwald, told him the repairs \"could wait.\" Mr. Grunwald "
            "has denied in a deposition that the talk happened, according to court filings.\n\n"
            "On cross-examination, the mill's lawyer, Helena Strachan, pressed Mr. Dunmore-Reyes on why he had never "
            "called the state.\n\n"
            "\"You had the phone number. You could have called, couldn't you?\" Ms. Strachan asked.\n\n"
            "\"Not if I wanted to be paid,\" he replied.\n\n"
            "She asked whether he had been disciplined. He said he had been moved to nights, not disciplined.")
    quotes = extract(text)
    assert find(quotes, "Not if I wanted to be paid").speaker == "Dunmore-Reyes"
    assert find(quotes, "moved to nights").speaker == "Dunmore-Reyes"
    assert find(quotes, "couldn't you?").speaker == "Helena Strachan"


def test_a_reply_goes_to_the_one_who_spoke_before_the_question(extract):
    # no questioning verb names the one asked: the man quoted just before the reporter's question answers it
    text = ("Mayor defends budget\n\n\"We cut nothing that matters,\" Mayor Osric Palethorpe said on Monday.\n\n"
            "A council member, Daniel Okoye, had said the cuts were \"reckless.\"\n\n"
            "\"Will you restore the library hours?\" a reporter asked.\n\n\"Not this year,\" he replied.")
    assert find(extract(text), "Not this year").speaker == "Osric Palethorpe"


def test_an_office_holder_elect_is_the_office_not_a_name(extract):
    # the tagger takes 'elect' for a proper name; the mention is the office, held by the one just elected
    text = ("Ravel wins mayor race\n\nCorinne Ravel-Ostby was elected mayor of Harwick on Tuesday, beating two "
            "rivals.\n\nSpeaking to supporters at a boat shed on the river, the mayor-elect said the city had "
            "\"asked for a change.\"")
    assert find(extract(text), "asked for a").speaker == "Corinne Ravel-Ostby"


def test_a_candidate_s_campaign_by_pronoun_is_named_by_the_candidate_s_surname(extract):
    text = ("Senator concedes\n\nState Sen. Ambrose Keteltas conceded the race on Wednesday.\n\n"
            "Keteltas did not speak to reporters. In a short statement, his campaign said it would \"respect the "
            "count.\"")
    assert find(extract(text), "respect the").speaker == "the Keteltas campaign"


def test_an_organisation_named_for_its_cause_keeps_its_whole_name(extract):
    # the parser reads 'to' as an infinitive and cuts the name at its first word
    text = ("Library vote draws fire\n\nThe board voted 4-1 to remove the titles.\n\n"
            "The Liberty to Learn Alliance of Brisk County, which has sued one other district, said in a statement "
            "that it was \"weighing its options.\"")
    assert find(extract(text), "weighing its options").speaker == "Liberty to Learn Alliance of Brisk County"


def test_a_copy_of_a_document_speaks_as_the_copy_of_that_document(extract):
    text = ("Coach out at Fenwick\n\nFenwick University fired its football coach on Sunday.\n\n"
            "The university owes him about $3 million, according to a copy of the lease obtained by The Courier "
            "through a records request.")
    assert find(extract(text), "owes him about").speaker == "a copy of the lease"


def test_a_demonstrative_subject_right_after_an_estimate_is_the_reported_clause(extract):
    # 'estimated' reports only with an explicit clause; 'that' here is the clause's own subject
    text = ("Ferry line halts sailings\n\nThe ferry line said in a statement that the crossings were cancelled. "
            "It estimated that would last until Sunday morning on the northern routes.")
    quote = find(extract(text), "would last until Sunday")
    assert quote.text.startswith("that would last") and quote.speaker == "The ferry line"


def test_a_though_clause_without_speech_goes_on_with_what_was_said(extract):
    text = ("Baker marks 40 years\n\nGreta Lindqvist-Moe has run the bakery on Quay Street since 1984.\n\n"
            "Lindqvist-Moe says she has no plans to sell, though she has begun teaching her grandson the ovens.")
    assert find(extract(text), "no plans to sell").text == \
        "she has no plans to sell, though she has begun teaching her grandson the ovens"


def test_a_though_clause_with_its_own_speech_is_still_cut(extract):
    # near miss: ', though she admitted …' is a second statement
    text = ("Baker marks 40 years\n\nLindqvist-Moe said she would keep the shop open, though she admitted the rent "
            "had doubled.")
    assert find(extract(text), "keep the shop open").text == "she would keep the shop open"


def test_an_aside_after_and_belongs_to_the_quoted_words_after_it(extract):
    # 'X handed her the keys and, she says, “…”': no reported clause from the start of the sentence
    text = ("Ferry pilot retires\n\nSolveig Brandt-Haugen, 64, has steered the island ferry since 1989, when her "
            "uncle, Ivar Brandt, handed her the wheel and, she says, \"a logbook full of complaints.\"")
    quotes = extract(text)
    assert [q.text for q in quotes] == ["a logbook full of complaints."]
    assert quotes[0].speaker == "Solveig Brandt-Haugen"


def test_words_she_recalls_him_saying_are_his(extract):
    # '“A,” he told her, she recalls, and then …: “B”': the recalled words are the father's, both of them
    text = ("Ferry pilot retires\n\nHelen Brandt-Haugen took over the ferry from her father, Ivar Brandt, in 1989. "
            "He died in 2004.\n\n\"Watch the tide, not the clock,\" he told her that first winter, she recalls, and "
            "then, after she ran aground on a sandbar: \"The sea forgives once. Do not ask twice.\"")
    quotes = extract(text)
    assert find(quotes, "Watch the tide").speaker == "Ivar Brandt"
    assert find(quotes, "The sea forgives once").speaker == "Ivar Brandt"


def test_a_second_protest_sign_is_no_quote_either(extract):
    text = ("Council cuts pool hours\n\nDozens of residents packed the meeting, and some held signs reading "
            "\"Save Our Pool\" or \"Open the Doors.\" The council voted 5-2 to cut the hours.")
    assert extract(text) == []


def test_a_bare_infinitive_speech_verb_inside_the_clause_is_no_new_attribution(extract):
    # 'helped his son tell him …': 'tell' is part of what he said, not a cue that cuts it
    text = ("Library vote\n\nTomas Arkwright, a father of two, said the rule was \"unfair to every family.\" Reading "
            "one of the books, he said, had helped his eldest son tell him about a fight at school.")
    quote = find(extract(text), "Reading one of the books")
    assert quote.text.endswith("a fight at school") and quote.speaker == "Tomas Arkwright"
