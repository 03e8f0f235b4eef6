from tests.extraction.conftest import find


def test_direct_quote_with_speaker_after(extract):
    quotes = extract("“We won the vote,” Ana Ruiz said.")
    q = find(quotes, "We won the vote")
    assert (q.kind, q.speaker, q.speaker_kind) == ("direct", "Ana Ruiz", "person")
