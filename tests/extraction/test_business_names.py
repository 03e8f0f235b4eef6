"""A company's name closed by its line of business (`Halvorsen Chemicals`, `Corvid Airlines`) is a firm whatever the
tagger called it, so `the company said` after a wire's dateline is that firm; a council is still no company. Short
invented sentences."""


def test_the_company_after_a_dateline_is_the_firm_the_lead_names(extract):
    text = ("Halvorsen Chemicals to shut Brenna plant\n\nBRENNA, Norveland, March 12 (Meridian News) - Halvorsen "
            "Chemicals will close its fertiliser plant in Brenna by the end of next year, the company said on "
            "Thursday.")
    assert [(q.speaker, q.speaker_kind) for q in extract(text)] == [("Halvorsen Chemicals", "organisation")]


def test_a_council_is_not_the_company(extract):
    quotes = extract("Westshire Council approved the plan on Monday, the company said.")
    assert all(q.speaker != "Westshire Council" for q in quotes)
