"""`manage.py extract_quotes`: offsets index each file as given, whatever odd characters come before the quotes."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from quotes.importers.records import normalise_text

ARTICLE = (
    "The harbour board met on Monday.\n\n"
    "“We will rebuild the pier by May,” said Ana Ruiz, the board’s chair.\n\n"
    "Tom Hale, a fisherman, said the delay had cost him dearly. “Nobody listened to us,” he said.\n\n"
    "The new pier, Ms Ruiz said, would be wider.\n"
)

ODD_FILES = {
    "zero_width": ("Zero\u200bwidth\u200d marks\u2060 and\u00ad soft hyphens\u200b.\n\n" + ARTICLE).encode(),
    "control": ("Bell\x07, escape\x1b, vertical\x0b tab and delete\x7f.\x01\n\n" + ARTICLE).encode(),
    "combining": ("Jose\u0301, Rene\u0301e and Zoe\u0308 wrote.\n\n" + ARTICLE.replace("Ana", "Ine\u0301s")).encode(),
    "crlf": ARTICLE.replace("\n", "\r\n").encode(),
    "bom": b"\xef\xbb\xbf" + ARTICLE.encode(),
    "inside_the_quotes": ARTICLE.replace("rebuild", "re\u200bbuild").replace("new pier", "new\u200b pier").replace("Tom Hale", "Tom\u00a0Ha\u0301le")
    .replace("dearly", "dear\x07ly").encode(),
    "all_at_once": ("\ufeffZe\u0301ro\u200b\r\nbell\x07\r\n\r\n" + ARTICLE.replace("\n", "\r\n")).encode("utf-16"),
}


def extract(*paths: Path) -> list[dict]:
    out = StringIO()
    call_command("extract_quotes", *map(str, paths), "--format", "json", stdout=out)
    return json.loads(out.getvalue())


def as_given(path: Path) -> str:
    """The file as a reader decodes it: no newline translation, a byte-order mark kept as U+FEFF."""
    raw = path.read_bytes()
    return raw.decode("utf-16-le") if raw.startswith(b"\xff\xfe") else raw.decode("utf-8")


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, tuple[str, list[dict]]]:
    folder = tmp_path_factory.mktemp("odd")
    paths = []
    for name, raw in {"clean": ARTICLE.encode(), **ODD_FILES}.items():
        paths.append(folder / f"{name}.txt")
        paths[-1].write_bytes(raw)
    return {Path(f["path"]).stem: (as_given(Path(f["path"])), f["quotes"]) for f in extract(*paths)}


@pytest.mark.parametrize("name", list(ODD_FILES))
def test_every_quote_and_mention_indexes_the_file_as_given(found, name):
    file_text, quotes = found[name]
    assert quotes
    for q in quotes:
        assert file_text[q["start"]:q["end"]] == q["text"]
        if q["mention_start"] is not None:
            assert file_text[q["mention_start"]:q["mention_end"]] == q["speaker_mention"]
        for start, end in q["parts"]:
            assert start >= q["start"] and end <= q["end"]
    assert any(q["parts"] for q in quotes), "the parenthetical cue gives a quote in pieces"


@pytest.mark.parametrize("name", list(ODD_FILES))
def test_odd_characters_change_no_quote_only_where_it_is(found, name):
    clean = [(q["text"], q["kind"]) for q in found["clean"][1]]
    assert [(normalise_text(q["text"]), q["kind"]) for q in found[name][1]] == clean


def test_offsets_count_a_byte_order_mark_and_both_characters_of_a_windows_line_break(found):
    clean_start = found["clean"][1][0]["start"]
    assert found["bom"][1][0]["start"] == clean_start + 1
    assert found["crlf"][1][0]["start"] == clean_start + 2  # two line breaks before it


def test_a_binary_file_is_a_command_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with pytest.raises(CommandError, match="binary"):
        extract(path)


def test_statements_gives_one_record_per_statement_with_its_pieces(tmp_path):
    text = "Ana Ruiz is the curator. “We will open in May,” said Ms Ruiz. “The roof is done.”\n"
    path = tmp_path / "museum.txt"
    path.write_text(text, encoding="utf-8")
    by_sentence = extract(path)[0]["quotes"]
    out = StringIO()
    call_command("extract_quotes", str(path), "--format", "json", "--statements", stdout=out)
    (statement,) = json.loads(out.getvalue())[0]["quotes"]
    assert len(by_sentence) == 2 and by_sentence[0]["group"] == by_sentence[1]["group"] is not None
    assert [text[s:e] for s, e in statement["parts"]] == ["We will open in May", "The roof is done."]
    assert statement["text"] == text[statement["start"]:statement["end"]]
    assert statement["speaker"] == "Ana Ruiz" and statement["speaker_mention"] == "Ms Ruiz"
