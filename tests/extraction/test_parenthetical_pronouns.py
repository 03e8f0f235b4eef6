"""`he` in a cue set inside the clause it reports (`A warmer surface layer sits on top, he says, so …`) is not
that clause's subject (the thing reported) but the person the copy has been quoting; nor are the quotes that
follow credited to the thing. Short invented sentences."""


def test_he_inside_the_reported_clause_is_the_person_quoted_before(extract):
    text = ("Joost Vandermeer, who builds the instruments, explains that warmer summers are to blame. A warmer "
            "surface layer sits more stubbornly on top of the cold water below, he says, so the bottom water stays "
            "cut off for longer.\n\n“Think of it as a lid on a pot,” he says.")
    assert [q.speaker for q in extract(text)] == ["Joost Vandermeer"] * 3


def test_the_sentences_own_subject_still_answers_a_pronoun_in_a_clause(extract):
    quotes = extract("Hallstrom Foods declined to comment on what it called “market speculation”.")
    assert [q.speaker for q in quotes] == ["Hallstrom Foods"]
