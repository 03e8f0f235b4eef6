"""Normalised text keeps, for each character, where it came from in the text as given."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.importers.encoding import decode_as_given
from quotes.importers.offsets import normalise_with_offsets, to_file_offsets
from quotes.importers.records import normalise_text

ODD = ["\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\x00", "\x07", "\x1b", "\x7f", "\r\n", "\r", "\u2028",
       "\u0085", "\u00a0", "\u202f", "\u0301", "\u0316", "\u0344", "\u1161", "\u11a8", "\u0b3e", "\u2126"]


def test_clean_text_is_its_own_map():
    normalised = normalise_with_offsets("“No,” Ana Ruiz said.\n")
    assert normalised.text == "“No,” Ana Ruiz said.\n"
    assert normalised.span(5, 13) == (5, 13)


@pytest.mark.parametrize(
    ("given_text", "word"),
    [
        ("zero\u200bwidth\u200d “Yes,” said Ruiz.", "Ruiz"),  # dropped, so the text after them moves back
        ("bell\x07 escape\x1b del\x7f “Yes,” said Ruiz.", "Ruiz"),
        ("Cafe\u0301 owners said “Yes,” said Ruiz.", "Ruiz"),  # two characters composed into one
        ("one\r\ntwo\r\n“Yes,” said Ruiz.\r\n", "Ruiz"),
        ("\ufeff“Yes,” said Ruiz.", "Ruiz"),  # a byte-order mark read as a character
        ("soft\u00adhyphen and\u00a0space “Yes,” said Ruiz.", "Ruiz"),
    ],
)
def test_a_word_after_odd_characters_maps_to_itself_in_the_text_as_given(given_text, word):
    normalised = normalise_with_offsets(given_text)
    start = normalised.text.index(word)
    s, e = normalised.span(start, start + len(word))
    assert given_text[s:e] == word


def test_a_composed_character_maps_to_all_the_characters_it_came_from():
    normalised = normalise_with_offsets("Jose\u0301 said")
    assert normalised.text == "José said"
    assert normalised.span(0, 4) == (0, 5)
    assert normalised.span(3, 4) == (3, 5)


def test_a_windows_line_break_maps_to_both_its_characters():
    normalised = normalise_with_offsets("a\r\nb")
    assert normalised.text == "a\nb"
    assert normalised.span(0, 3) == (0, 4)
    assert normalised.span(1, 2) == (1, 3)


def test_characters_dropped_inside_a_span_stay_in_it_and_those_at_its_edges_stay_out():
    normalised = normalise_with_offsets("\u200bab\u200bcd\u200b")
    assert normalised.text == "abcd"
    assert normalised.span(0, 4) == (1, 6)


def test_a_character_that_nfc_splits_in_two_maps_each_half_to_its_cluster():
    normalised = normalise_with_offsets("x\u0344y")
    assert normalised.text == "\u1e8d\u0301y"  # and the first half composes with the x before it
    assert normalised.span(0, 1) == (0, 2)
    assert normalised.span(1, 3) == (0, 3)


def test_hangul_jamo_compose_across_starters():
    normalised = normalise_with_offsets("\u1100\u1161\u11a8!")
    assert normalised.text == "\uac01!"
    assert normalised.span(0, 1) == (0, 3)
    assert normalised.span(1, 2) == (3, 4)


def test_an_empty_span_maps_to_a_point():
    normalised = normalise_with_offsets("a\u200bb")
    assert normalised.span(1, 1) == (2, 2)
    assert normalised.span(2, 2) == (3, 3)


@given(st.lists(st.sampled_from([*ODD, "a", "e", " ", "\n", "Ruiz"]), max_size=40))
def test_the_text_is_normalise_text_and_every_span_renormalises_to_itself(pieces):
    given_text = "".join(pieces)
    normalised = normalise_with_offsets(given_text)
    assert normalised.text == normalise_text(given_text)
    n = len(normalised.text)
    for start in range(n + 1):
        for end in range(start, n + 1):
            s, e = normalised.span(start, end)
            assert 0 <= s <= e <= len(given_text)
            # the given span holds at least the normalised one (a cut inside a composed cluster takes it whole)
            assert normalised.text[start:end] in normalise_text(given_text[s:e]) or start == end


def test_a_quote_its_mention_and_its_parts_take_offsets_and_text_from_the_file():
    given_text = "\ufeff“One,\u200b” said Jose\u0301 Ruiz.\r\n“Two.”"
    normalised = normalise_with_offsets(given_text)
    body = normalised.text

    def at(piece: str) -> tuple[int, int]:
        return body.index(piece), body.index(piece) + len(piece)

    quote = {"text": "One, … Two.", "start": at("One,")[0], "end": at("Two.")[1], "kind": "direct",
             "speaker_mention": "José Ruiz", "mention_start": at("José Ruiz")[0], "mention_end": at("José Ruiz")[1],
             "parts": [{"start": at("One,")[0], "end": at("One,")[1], "text": "One,"},
                       {"start": at("Two.")[0], "end": at("Two.")[1], "text": "Two."}]}
    mapped = to_file_offsets(quote, normalised)
    assert given_text[mapped["start"]:mapped["end"]] == mapped["text"] == "One,\u200b” said Jose\u0301 Ruiz.\r\n“Two."
    assert given_text[mapped["mention_start"]:mapped["mention_end"]] == mapped["speaker_mention"] == "Jose\u0301 Ruiz"
    assert [p["text"] for p in mapped["parts"]] == ["One,", "Two."]
    assert all(given_text[p["start"]:p["end"]] == p["text"] for p in mapped["parts"])
    assert quote["start"] == at("One,")[0]  # the engine's record is left as it was


def test_a_quote_without_a_mention_keeps_none():
    normalised = normalise_with_offsets("\u200b“No.”")
    mapped = to_file_offsets({"text": "No.", "start": 1, "end": 4, "speaker_mention": None, "mention_start": None,
                              "mention_end": None}, normalised)
    assert (mapped["start"], mapped["end"], mapped["mention_start"]) == (2, 5, None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xef\xbb\xbfSaid", "\ufeffSaid"),
        ("\ufeffSaid".encode("utf-16-le"), "\ufeffSaid"),
        ("\ufeffSaid".encode("utf-16-be"), "\ufeffSaid"),
        (b"a\r\nb", "a\r\nb"),
        ("Caf\u00e9".encode("cp1252"), "Caf\u00e9"),
    ],
)
def test_decoding_as_given_keeps_the_byte_order_mark_and_line_endings(raw, expected):
    assert decode_as_given(raw) == expected
