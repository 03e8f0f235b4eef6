"""`the source said` after `a source close to the dressing room insisted …` is that same unnamed source, by its
whole description; before, the quote had no speaker. Short invented sentences."""


def test_the_source_is_the_unnamed_source_described_before(extract):
    text = ("A source close to the dressing room insisted the decision was purely about form.\n\n"
            "“He has been sulking in training for a fortnight,” the source said.")
    assert [q.speaker for q in extract(text)] == ["A source close to the dressing room"] * 2
