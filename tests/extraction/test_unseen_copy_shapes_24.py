"""Shapes the twenty-third fresh set (tests/fixtures/fresh_articles_23) found failing after it was first scored,
each written again here as short invented sentences with other names and words."""

from tests.extraction.conftest import find


def test_a_surname_the_parser_reads_as_an_adjective_is_still_the_sentence_s_subject(extract):
    # 'Ferrante shrugs.' / 'Told about it, Ferrante looks pleased.': the parser tags the surname as an adjective
    # and the verb as a noun or an auxiliary; the sculptor is who the next quote and the next 'she says' mean,
    # not the neighbour quoted last
    text = ("Iris Ferrante on casting bronze\n\n"
            "Iris Ferrante is in her foundry in Calloway, wiping her hands on a rag.\n\n"
            "\"Bronze forgives nothing,\" she says. \"You pour once.\"\n\n"
            "A neighbour, Dorothy Quennell, 68, said she had watched the pours for years.\n\n"
            "\"It was like fireworks,\" she said afterwards. \"We all came out to see.\"\n\n"
            "Ferrante shrugs. \"Fireworks? Fine. Try standing next to it all afternoon.\"\n\n"
            "Told about the neighbours, Ferrante looks pleased for once. \"They were always welcome,\" she says "
            "quietly. \"Always.\"")
    quotes = extract(text)
    assert find(quotes, "Try standing next to it").speaker == "Iris Ferrante"
    assert find(quotes, "They were always welcome").speaker == "Iris Ferrante"
    assert find(quotes, "We all came out").speaker == "Dorothy Quennell"


def test_it_after_a_statement_someone_issued_speaks_for_the_one_who_issued_it(extract):
    # 'X has issued a statement. It reads: “…”': 'it' is the statement, and the statement is hers, not the
    # company named in the post before
    text = ("Ferry cancelled: live updates\n\n"
            "14:10\nNorthmoor Ferries says all sailings to Caddon Isle are off until Monday.\n\n"
            "13:45\nHarbours minister Rosalind Achterberg has issued a statement. It reads: \"I have asked the operator "
            "for a full explanation.\n\n\"Islanders deserve better than this, and I will meet their councillors "
            "this week.\"")
    quotes = extract(text)
    assert find(quotes, "I have asked the operator").speaker == "Rosalind Achterberg"
    assert find(quotes, "Islanders deserve better").speaker == "Rosalind Achterberg"


def test_a_fire_and_rescue_service_keeps_the_words_before_and(extract):
    # the NER calls 'Dorringshire Fire' a person; the parser hangs both words on 'Service', so the name runs on
    # over 'and'
    text = ("Warehouse blaze: live updates\n\n17:30\nDorringshire Fire and Rescue Service says 12 people have been "
            "taken to hospital, two with serious injuries.")
    assert find(extract(text), "12 people have been").speaker == "Dorringshire Fire and Rescue Service"


def test_a_capitalised_word_before_a_role_and_a_name_is_not_the_speaker(extract):
    # 'Ward councillor Priya …': the parser reads 'councillor' as a verb and leaves 'Ward' the subject; the one
    # who spoke is the councillor named after it
    text = ("Buses to move depot\n\nBy Sam Oduya\n\n"
            "The Harnmoor depot will close next spring, the transport authority confirmed.\n\n"
            "Drivers say they feel let down.\n\n"
            "Ward councillor Priya Okonjo-Hale (Lab, Quay and Eastfield) called the closure \u2018a slap in the face "
            "for the east of the town\u2019 and said she had written to the authority\u2019s chief executive asking "
            "for the decision to be paused.")
    quotes = extract(text)
    assert find(quotes, "a slap in the face").speaker == "Priya Okonjo-Hale"
    assert find(quotes, "she had written to").speaker == "Priya Okonjo-Hale"


def test_a_role_owned_by_another_paper_is_not_the_critic_named_before(extract):
    # the critic named earlier wrote for one paper; 'The Morning Courier's critic' is another paper's, unnamed
    text = ("A new opera divides the critics\n\n"
            "In the Harbour Gazette, the critic Lionel Ashworth-Peake said the opera was \"a triumph\".\n\n"
            "Not every reviewer agreed. The Morning Courier's critic complained that the score \"never settles\".")
    quotes = extract(text)
    assert find(quotes, "a triumph").speaker == "Lionel Ashworth-Peake"
    assert find(quotes, "never settles").speaker == "The Morning Courier's critic"


def test_another_with_a_name_in_apposition_is_that_person(extract):
    # 'Another, <name>, wrote that …': the pronoun stands for one of the letter writers, named right after it
    text = ("Fraudster jailed for nine years\n\n"
            "The judge read from letters sent by the victims.\n\n"
            "Another, Walter Abernathy-Cole, wrote that he had sold his boat to pay the bills.")
    assert find(extract(text), "sold his boat").speaker == "Walter Abernathy-Cole"
