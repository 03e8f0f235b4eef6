"""Property tests: no exception on any input, offsets always exact, batching changes nothing."""

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes.extraction import ExtractedQuote, extract_many, extract_quotes

pytestmark = pytest.mark.slow

PIECES = st.sampled_from([
    "“", "”", '"', "'", "‘", "’", "«", "»", "\n", "\n\n", "\r\n", " ", "\u00a0", "\u200b", "said", " said ",
    "Ana Ruiz", "she", "he said", ", ", ". ", ": ", "—", "told reporters", "according to", "the company",
    "LONDON (Wire) — ", "Share this", "😀", "مرحبا", "שלום", "Leave a comment", "(Reporting by X)", "It",
])
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join),
)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(text: str, quotes: list[ExtractedQuote]) -> None:
    last_end = -1
    for q in quotes:
        assert text[q.start:q.end] == q.text and q.text
        assert q.start >= last_end, "sorted and non-overlapping"
        last_end = q.end
        assert 0.0 <= q.confidence <= 1.0
        assert q.kind in ("direct", "partial", "indirect")
        assert q.speaker_kind in ("person", "organisation", "group", "unknown")
        if q.mention_start is not None:
            assert text[q.mention_start:q.mention_end] == q.speaker_mention
        json.dumps(q.as_dict())


@FAST
@given(TEXTS)
@example("–Told–")  # a cue between dashes, the last one closing the text (found by hypothesis)
def test_any_text(nlp, text):
    check(text, extract_quotes(text))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_batching_changes_nothing(nlp, texts):
    assert extract_many(texts, batch_size=2) == [extract_quotes(t) for t in texts]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "“", "”“", "\"\"\"", "....", "😀 😀", "said", "“said”",
                                  "مرحبا بالعالم “قال” نعم", "A\r\nB\rC\n", "\u200b\u00ad"])
def test_edge_inputs(text):
    check(text, extract_quotes(text))


def test_long_text_is_processed_in_pieces_with_exact_offsets():
    para = "“We will rebuild the bridge,” Ana Ruiz said. Officials said repairs would take a year.\n\n"
    text = para * 1500  # ~135k characters: more than one piece
    quotes = extract_quotes(text)
    check(text, quotes)
    assert len(quotes) == 3000


def test_curly_marks_stay_in_stored_text():
    text = "Ana Ruiz said the plan was “fair”."
    (q,) = extract_quotes(text)
    assert q.text == "the plan was “fair”" == text[q.start:q.end]


def test_zero_width_space_does_not_hide_a_cue():
    text = "Prices rose sharply,\u00a0the bank said\u200b."
    (q,) = extract_quotes(text)
    assert (q.text, q.speaker) == ("Prices rose sharply", "the bank")
