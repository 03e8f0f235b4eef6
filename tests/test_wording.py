"""Comparing two outlets' wordings of a statement: no database, no model."""

import pytest

from quotes import wording
from quotes.wording import Wording, compare, diff, index_keys, label, reference_index, shingle_hashes, words

FULL = "We will not close the ferry route this winter, and we will find the money to keep it running."


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (FULL, FULL.upper().replace(",", ""), Wording.SAME),  # case and punctuation are not words
        (FULL, "we will find the money to keep it running", Wording.TRIMMED),
        (FULL, FULL.replace("find the money", "find the funds"), Wording.DIFFERS),  # retyped
        (FULL, "We will close the ferry route this winter, and we will find the money to keep it running.",
         Wording.DIFFERS),  # a cut that changes the meaning
    ],
)
def test_copies_of_one_statement_match(a, b, expected):
    match = compare(words(a), words(b))
    assert match is not None and match.wording == expected


@pytest.mark.parametrize(
    "other",
    [
        "The ferry route will close this winter because the money has run out.",
        "We will cut taxes for small businesses next year.",
        "keep it running",  # too few words to say it is this statement
    ],
)
def test_different_statements_do_not_match(other):
    assert compare(words(FULL), words(other)) is None


def test_a_few_stock_words_are_no_statement_of_their_own():
    assert compare(words("No comment."), words("no comment")) is None


def test_a_trimmed_copy_shares_a_key_with_the_full_statement():
    # a run of WINDOW + 2 words kept from anywhere in the statement always finds it
    full = words(FULL)
    for start in range(len(full) - wording.WINDOW - 2 + 1):
        part = full[start : start + wording.WINDOW + 2]
        assert index_keys(full) & set(shingle_hashes(part)), part
        assert index_keys(part) & set(shingle_hashes(full)), part


def test_the_reference_is_the_longest_wording_most_versions_agree_with():
    versions = [words(v) for v in [
        "we will find the money to keep it running",
        FULL,
        FULL.replace("find the money", "find the funds"),
        "We will not close the ferry route this winter",
    ]]
    assert reference_index(versions) == 1
    assert [label(v, versions[1]) for v in versions] == [Wording.TRIMMED, Wording.SAME, Wording.DIFFERS, Wording.TRIMMED]


def test_the_diff_marks_exactly_the_changed_words():
    version = "We will close the ferry route this spring, and we will find the money to keep it running!"
    changes = diff(version, FULL)
    assert [c.as_dict() for c in changes] == [
        {"op": "drop", "text": "", "reference": "not"},
        {"op": "change", "text": "spring", "reference": "winter"},
    ]
    assert version[changes[1].start : changes[1].end] == "spring"


def test_trimming_at_the_ends_is_no_difference_but_added_words_are():
    assert diff("we will find the money to keep it running", FULL) == []
    added = diff("Frankly, we will find the money to keep it running", FULL)
    assert [c.as_dict() for c in added] == [{"op": "add", "text": "Frankly", "reference": ""}]


def test_reported_speech_is_compared_by_the_words_it_quotes():
    reported = 'the minister said the government would "not close the ferry route this winter"'
    assert compare(words(FULL), words(reported, reported=True)).wording == Wording.TRIMMED
    assert compare(words(FULL), words(reported)) is None


def test_segments_show_each_change_in_place():
    version = "We will close the ferry route this spring, and we will find the money to keep it running."
    shown = wording.segments(version, diff(version, FULL))
    assert shown[:4] == [
        ("", "We will", ""), ("drop", "not", "not"), ("", " close the ferry route this ", ""),
        ("change", "spring", "winter"),
    ]
    assert "".join(text for op, text, _ in shown if op != "drop") == version
