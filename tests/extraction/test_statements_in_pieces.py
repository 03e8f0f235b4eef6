"""A direct statement split by its attribution: one record per sentence piece, sharing a group and the mention."""

from tests.extraction.conftest import find


def test_the_sentence_after_the_attribution_joins_the_statement(extract):
    text = "Ana Ruiz runs the museum. “We will open in May,” said Ms Ruiz. “The roof is finished.”"
    quotes = extract(text)
    first, second = find(quotes, "open in May"), find(quotes, "roof is finished")
    assert first.group is not None and second.group == first.group
    assert second.speaker == first.speaker == "Ana Ruiz"
    assert (second.mention_start, second.mention_end) == (first.mention_start, first.mention_end)
    assert text[second.mention_start:second.mention_end] == "Ms Ruiz"


def test_a_quote_reopened_in_the_next_paragraph_joins_the_statement(extract):
    text = "Tomas Lind fishes from the north quay. “The fees doubled this year,” Lind said. “Nobody can pay that.\n\n“We will leave.”"
    quotes = extract(text)
    groups = {find(quotes, f).group for f in ("fees doubled", "Nobody can pay", "We will leave")}
    assert len(groups) == 1 and None not in groups


def test_two_pieces_around_one_cue_share_a_group(extract):
    quotes = extract("“We will open in May,” Rita Osei said, “if the roof holds.”")
    assert find(quotes, "open in May").group == find(quotes, "roof holds").group is not None


def test_separate_statements_stay_apart(extract):
    text = ("“The fees doubled,” said Tomas Lind.\n\n“We are fine,” said Rita Osei. "
            "“Prices will fall.”")
    quotes = extract(text)
    assert find(quotes, "fees doubled").group is None
    assert find(quotes, "We are fine").group == find(quotes, "Prices will fall").group is not None


def test_a_one_piece_quote_has_no_group(extract):
    assert find(extract("“We will open in May,” said Ana Ruiz."), "open in May").group is None


def test_in_an_exchange_the_speaker_of_each_line_follows_the_turns(extract):
    text = ("Harbour master Ana Ruiz spoke first. “The quay is unsafe,” she said.\n\n"
            "Skipper Tomas Lind shook his head. “Unsafe? It has stood for a century.”\n\n"
            "“A century of salt in the concrete.”\n\n"
            "“Then mend it, Ana.”\n\n"
            "“With what money, Tomas?”\n")
    quotes = extract(text)
    assert [find(quotes, f).speaker for f in ("Unsafe?", "century of salt", "mend it", "what money")] == \
        ["Tomas Lind", "Ana Ruiz", "Tomas Lind", "Ana Ruiz"]


def test_a_quote_after_narrative_is_not_a_turn(extract):
    text = ("Harbour master Ana Ruiz spoke first. “The quay is unsafe,” she said.\n\n"
            "Skipper Tomas Lind shook his head. “It has stood for a century.”\n\n"
            "Lind walked out. Ruiz stayed behind.\n\n"
            "“We will close it on Monday.”\n")
    assert find(extract(text), "close it on Monday").speaker != "Tomas Lind"


def test_a_quoted_predicate_after_a_cue_inside_the_clause_joins_its_subject(extract):
    # the writer's subject, the attribution, then the subject's verb in quote marks: one reported clause in pieces
    text = "Ines Morrow chairs the harbour trust. The trust, Morrow said, “welcomes scrutiny of every mooring fee.”"
    (quote,) = extract(text)
    assert quote.kind == "indirect" and quote.speaker.endswith("Morrow")
    assert quote.text == "The trust, Morrow said, “welcomes scrutiny of every mooring fee.”" and len(quote.parts) == 2


def test_a_whole_quoted_sentence_after_the_cue_stays_direct(extract):
    quote = find(extract("The trust, Morrow said, had a plan. “We will cut the fees.”"), "We will cut")
    assert quote.kind == "direct"
