"""Speaker names: something visible, and none of the spaces tokenisation leaves around punctuation."""

import pytest

from quotes.names import clean_name, has_visible


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("The nurses ' union", "The nurses' union"),  # the demo's possessive plural
        ("The nurses ’ union", "The nurses’ union"),
        ("Carter 's office", "Carter's office"),
        ("Jean - Paul Martin", "Jean-Paul Martin"),
        ("Acme Inc .", "Acme Inc."),
        ("Sam Hill ( Labour )", "Sam Hill (Labour)"),
        ("  Ash\u00a0 Carter\n", "Ash Carter"),
        ("Ash\u200b Carter\u00ad", "Ash Carter"),  # a zero-width space and a soft hyphen
        ("Ash Carter", "Ash Carter"),
        ("O'Brien", "O'Brien"),
    ],
)
def test_tokenisation_spaces_close_up(raw, clean):
    assert clean_name(raw) == clean


@pytest.mark.parametrize("raw", ["", "   ", "\u200b", "\u200b\u200c\ufeff", "\u00ad", "\u3000", "\x00\x07"])
def test_a_name_without_a_visible_character_is_empty(raw):
    assert clean_name(raw) == ""
    assert not has_visible(raw)


@pytest.mark.parametrize("raw", ["X", "李", "ß", "-", "'", "7"])
def test_any_visible_character_counts(raw):
    assert has_visible(raw)
