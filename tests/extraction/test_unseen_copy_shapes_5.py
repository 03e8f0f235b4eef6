"""Shapes the fifth fresh set (tests/fixtures/fresh_articles_5) found failing before any rule was fitted to it,
each written again here as short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # an unusual first name and a double-barrelled surname: the NER calls the full name a place (FAC)
    ("The first thing a visitor sees in Philippa Okonjo-Marsh’s workshop is the kiln.\n\n“Clay forgives "
     "nothing,” Okonjo-Marsh says, brushing dust from a bowl. She has fired pots here since 1998.",
     "Clay forgives nothing", "Philippa Okonjo-Marsh"),
    # the NER labels only the surname; the given name hangs on it as a compound
    ("Prudence Aldana-Roux's kitchen is full of jars.\n\n\"Every jar is a summer,\" Aldana-Roux says, lifting "
     "one to the light. She is 64.", "Every jar is a summer", "Prudence Aldana-Roux"),
    # the NER labels nothing at all in the possessive
    ("Inside Ottoline Fairbrass-Oyelaran's boatshed the air smells of varnish.\n\nFairbrass-Oyelaran says the "
     "first hull took her six years. She still sails it every weekend.", "first hull took her",
     "Ottoline Fairbrass-Oyelaran"),
    # a company's short form is no person's surname: 'it', not 'she', goes on from it
    ("Deutsche Telekom cut its forecast on Monday. Telekom said demand had slowed. It gave no figures.",
     "demand had slowed", "Deutsche Telekom"),
])
def test_a_surname_used_alone_finds_the_full_name_the_ner_mislabelled(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Otilie Brandvold-Sæther has painted the fjord for thirty years. Her largest canvas, “The Winter Ferry,” "
     "hangs in the station hall.\n\n“It took me two winters,” she says.", "two winters", "Otilie Brandvold-Sæther"),
    ("Rosamund Achterberg-Lowe opens her show on Friday. The main piece, “The Keeper of the Light,” fills a whole "
     "room. She says it took a year to finish.", "took a year", "Rosamund Achterberg-Lowe"),
    ("Lionel Abernathy-Quist is 71. The centrepiece of the show, \"The Salt Road,\" maps every inn on the old "
     "drove road.\n\n\"I walked all of it,\" he says.", "walked all of it", "Lionel Abernathy-Quist"),
])
def test_a_works_title_beside_the_subject_is_not_a_speaker(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # the critic belongs to a past occasion ('once'); present-tense 'she' goes back to the article's subject
    ("Her latest novel sold well. “It nearly broke me,” says Ines Dragomir.\n\nA critic at the Westbrook Courier "
     "once called her prose “wallpaper with verbs.” She shrugs at that now.\n\n“I framed the review,” she says.",
     "I framed the review", "Ines Dragomir"),
    # the critic's own words stay the critic's
    ("Her latest novel sold well. “It nearly broke me,” says Ines Dragomir.\n\nA critic at the Westbrook Courier "
     "once called her prose “wallpaper with verbs.” She shrugs at that now.", "wallpaper with verbs",
     "A critic at the Westbrook Courier"),
    # a paper written with 'the' ('the Dunlow Sentinel') is not a person just introduced
    ("“It nearly broke me,” says Ines Dragomir. She is 61, and has written nine novels.\n\nCritics have not "
     "always been kind. A reviewer in the Dunlow Sentinel once called her prose “wallpaper with verbs.” She shrugs "
     "at that now.\n\n“I framed the review,” she says.", "I framed the review", "Ines Dragomir"),
    # in the moment of the story, an unnamed witness keeps the pronoun that follows
    ("Maura Quist runs the ferry. A passenger said the crossing had been rough. “I was sick twice,” she said.",
     "I was sick twice", "A passenger"),
])
def test_an_anecdotes_unnamed_figure_does_not_take_present_tense_pronouns(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


_SENTENCING = (
    "A van driver was jailed for four years on Monday after the walker's widow told the court that the crash had "
    "taken \"everything.\"\n\nThe driver pleaded guilty to causing the death of Pedro Lisle, 52, a postman who was "
    "walking his dog when he was hit.\n\nMarguerite Lisle read her statement in a steady voice. \"You were on your "
    "phone. My husband was on his way home,\" she read.\n\nA second statement, from Mr. Lisle's mother, Agnes Lisle, "
    "was read by a clerk. \"He rang me every night,\" it said.\n\nOutside court, Ms. Lisle was asked how she felt. "
    "\"Nothing brings him back,\" she said."
)


@pytest.mark.parametrize("words, speaker", [
    # named paragraphs later: the one woman sharing the dead man's surname who holds no other family role
    ("crash had taken", "Marguerite Lisle"),
    # 'read' reports a statement read aloud by its author
    ("My husband was on his way home", "Marguerite Lisle"),
    # 'it' is the statement, which speaks for the one it is from, not the clerk who read it
    ("He rang me every night", "Agnes Lisle"),
    # a bare 'Ms. Lisle' is the article's main Lisle, not the mother whose statement 'it' just gave
    ("Nothing brings him back", "Marguerite Lisle"),
])
def test_family_roles_and_a_shared_surname_in_a_sentencing(extract, words, speaker):
    assert find(extract(_SENTENCING), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # 'radioed that' reports the message; 'Capt.' (split from its full stop) makes her 'the captain'
    ("Capt. Ruth Okafor, leading a crew on Mill Lane, radioed that the flames had crossed the lane.",
     "flames had crossed", "Ruth Okafor"),
    ("Capt. Ruth Okafor, leading a crew on Mill Lane, radioed that the flames had crossed the lane.\n\nA dispatcher "
     "replied that help was coming. Minutes later the captain reported that every house had been cleared.",
     "every house had been cleared", "Ruth Okafor"),
    # a message read out by a dispatcher is its author's
    ("A message from Colin Marsh, the crew chief, was read out by a dispatcher. \"We are holding the bridge,\" it "
     "said.", "holding the bridge", "Colin Marsh"),
    # a statement the club answered with is the club's
    ("The club answered with a statement saying it would not sell its captain.", "would not sell", "The club"),
])
def test_relayed_and_issued_messages_are_their_authors(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a possessed role in the lead is the one person the article names later with it, paragraphs on
    ("Joao Ribeiro's move to Kelby Town stalled on Monday after the winger's agent accused Harlow of \"blackmail.\""
     "\n\nHarlow agreed a fee last week, according to people at both clubs. The deal then stalled over the payments, "
     "two people with knowledge of the talks said.\n\nRibeiro's agent, Luis Brandao, told a radio station that Harlow "
     "had changed the terms twice.", "blackmail", "Luis Brandao"),
    # a plural possessive inside an organisation's name keeps the whole name
    ("Some fans were less patient. The Kelby Fans’ Trust said in a post that no player was bigger than the club.",
     "bigger than the club", "Kelby Fans’ Trust"),
    ("The Harwick Dockers' Union said the new rota was unsafe.", "rota was unsafe", "Harwick Dockers' Union"),
    # the name after a contact clause ('the company he drove for, X,') names the company
    ("The company Mr. Hale drove for, Corvane Shipping, said in a statement that it had cooperated with the inquiry.",
     "cooperated with the inquiry", "Corvane Shipping"),
    # 'before adding:' hung by the parser on the quoted verb still belongs to the one who 'said'
    ("Kelby's manager, Tor Lindqvist, was asked about the deal. “I don’t talk about other clubs' players,” he said, "
     "before adding: “But we like him a lot.”", "we like him a lot", "Tor Lindqvist"),
])
def test_sport_agents_statements_and_organisations_full_names(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker


def test_a_that_clause_read_as_a_relative_on_the_occasion_is_what_was_said(extract):
    # the parser hangs 'that the bridge would reopen' on 'briefing' as a relative clause; it has its own subject
    quote = find(extract("The mayor said at a briefing that the bridge would reopen in May."), "bridge would reopen")
    assert (quote.speaker, quote.kind, quote.text) == ("The mayor", "indirect", "the bridge would reopen in May")


def test_a_real_relative_clause_on_the_occasion_is_no_quote(extract):
    assert extract("He spoke at a briefing that lasted an hour.") == []


@pytest.mark.parametrize("text, words", [
    ("Her deputy, Ilse Maran, appearing on the broadcaster's late programme, “Count Night,” said through a "
     "translator that the vote was fair.", "vote was fair"),
    ("The minister, interviewed on the radio show, “Morning Desk,” said the plan was dead.", "plan was dead"),
    ("Mr. Oduya, a guest on the podcast, \"Long Table,\" said the league would fold.", "league would fold"),
])
def test_a_works_title_set_off_after_its_noun_is_no_quote(extract, text, words):
    quotes = extract(text)
    assert [q.kind for q in quotes] == ["indirect"] and words in quotes[0].text


@pytest.mark.parametrize("text, content, speaker", [
    # the parser hangs the cue on the writer's aside after it (or on a second complement of the verb); the clause
    # before the cue is what was said (the first two rows passed before, by another parse)
    ("Sales rose 4 percent, the company said, the best quarter in a decade.", "Sales rose 4 percent", "the company"),
    ("Attendance was 41,000, the league said, a record for the ground.", "Attendance was 41,000", "the league"),
    ("Turnout was 58 percent, the commission said, the highest in two decades.", "Turnout was 58 percent",
     "the commission"),
    ("Turnout was 61 percent, officials said, the lowest since 1990.", "Turnout was 61 percent", "officials"),
])
def test_a_cue_between_the_clause_and_the_writers_aside(extract, text, content, speaker):
    quote = find(extract(text), content)
    assert (quote.text, quote.speaker, quote.kind) == (content, speaker, "indirect")
