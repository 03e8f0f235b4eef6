"""An import parses in one process and finds quotes in another: what it finds must be what one pass finds."""

import importlib.util
from pathlib import Path

import pytest
from spacy.tokens import DocBin

import quotes.extraction as extraction
from quotes.extraction.transfer import ATTRS, parse_many, quotes_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DEMO = Path(__file__).resolve().parents[2] / "demo"


def fresh_texts() -> list[str]:
    spec = importlib.util.spec_from_file_location("fresh", FIXTURES / "fresh_articles_2" / "gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [article["text"] for article in module.ARTICLES]


@pytest.fixture(scope="module")
def texts(nlp):
    return fresh_texts() + [path.read_text(encoding="utf-8") for path in sorted(DEMO.glob("*.txt"))]


def test_quotes_of_a_packed_parse_are_those_of_one_pass(texts):
    parsed = parse_many(texts, batch_size=8).pack()
    assert parsed.docs == [] and parsed.packed  # bytes only, as another process receives them
    assert quotes_of(parsed) == extraction.extract_many(texts, batch_size=8)


def test_long_articles_parsed_in_pieces_keep_their_offsets(texts, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PIECE_CHARS", 600)
    long = [t for t in texts if len(t) > 1500][:3]
    parsed = parse_many(long).pack()
    assert len(parsed.pieces) > len(long)
    found = quotes_of(parsed)
    assert found == extraction.extract_many(long)
    assert all(text[q.start : q.end] == q.text for text, quotes in zip(long, found) for q in quotes)


def test_an_empty_batch_has_no_quotes(nlp):
    assert quotes_of(parse_many([]).pack()) == []
    assert quotes_of(parse_many(["", "No quotes here."])) == [[], []]


def test_a_packed_parse_carries_every_string_spacys_own_docbin_would(texts):
    # the process that unpacks has only the strings the model came with: the packer must send every other one
    parsed = parse_many(texts[:4], batch_size=8)
    own = DocBin(attrs=list(ATTRS), store_user_data=False)
    for doc in parsed.docs:
        own.add(doc)
    # (and the empty morphology's own string, "_", which DocBin writes as "")
    assert DocBin().from_bytes(parsed.pack().packed).strings >= own.strings
