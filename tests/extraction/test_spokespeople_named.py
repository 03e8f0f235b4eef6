"""`the spokeswoman` after the article named her (`the department's spokeswoman, Abigail Frayne`) is that person,
not an organisation's voice nor nobody. Short invented sentences."""


def test_the_spokeswoman_is_the_one_the_article_named(extract):
    text = ("“We are deeply concerned,” the department's spokeswoman, Abigail Frayne, told reporters.\n\n"
            "Pressed on whether the weapons had been used, the spokeswoman said the department was looking "
            "closely at the reports.")
    assert [q.speaker for q in extract(text)] == ["Abigail Frayne", "Abigail Frayne"]


def test_an_unnamed_spokesman_still_speaks_for_the_company(extract):
    text = "Harwell Dynamics will close the plant in May. A spokesman said the decision was final."
    quotes = extract(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Harwell Dynamics", "organisation")]
