"""A statement in pieces in the learning loop: exported one span per piece, scored like with like."""

import json

import pytest
import spacy
from django.core.management import call_command
from spacy.tokens import DocBin

from quotes import evaluation
from quotes.extraction import ExtractedQuote
from quotes.models import Article, Quote, Speaker
from quotes.services import training
from tests.conftest import make_statement

BODY = "“We will open in May,” said Ms Ruiz. “The roof is done.” Lee said it was over."


@pytest.fixture
def reviewed(db) -> Article:
    article = Article.objects.create(title="Museum", body=BODY, content_hash="t" * 64)
    ruiz = Speaker.objects.create(name="Ana Ruiz", kind="person")
    make_statement(article, "We will open in May", "The roof is done.", speaker=ruiz, status=Quote.Status.CONFIRMED)
    return article


def piece(words: str, **fields) -> ExtractedQuote:
    start = BODY.index(words)
    defaults = dict(kind="direct", cue="", speaker="Ana Ruiz", speaker_kind="person", speaker_mention=None,
                    mention_start=None, mention_end=None, confidence=0.9)
    return ExtractedQuote(text=words, start=start, end=start + len(words), **{**defaults, **fields})


def test_jsonl_gives_a_statement_its_pieces(tmp_path, reviewed):
    path = tmp_path / "out.jsonl"
    call_command("export_training_data", "--format", "jsonl", "--output", str(path))
    [quote] = json.loads(path.read_text(encoding="utf-8"))["quotes"]
    assert quote["text"] == "We will open in May … The roof is done."
    assert [(p["start"], p["end"], p["text"]) for p in quote["parts"]] == [
        (start, end, BODY[start:end]) for start, end in Quote.objects.get().parts
    ]


def test_the_docbin_holds_one_span_per_piece_and_none_over_the_attribution(tmp_path, reviewed):
    path = tmp_path / "out.spacy"
    call_command("export_training_data", "--format", "spacy", "--output", str(path))
    (doc,) = DocBin().from_disk(path).get_docs(spacy.blank("en").vocab)
    assert [(s.text, s.label_) for s in doc.spans["quotes"]] == [("We will open in May", "DIRECT"),
                                                                 ("The roof is done.", "DIRECT")]


def test_the_engine_s_records_of_a_statement_score_as_the_one_reviewed_quote(reviewed):
    grouped = [piece("We will open in May", group=1), piece("The roof is done.", group=1)]
    score = training.score_article(reviewed, grouped, into=evaluation.Score())
    assert (score.kinds["direct"].tp, score.kinds["direct"].fp, score.kinds["direct"].right_speaker) == (1, 0, 1)


def test_records_of_one_statement_not_grouped_score_a_false_positive(reviewed):
    # What the engine gave before groups: the second sentence is a quote of its own, not the reviewed statement.
    apart = [piece("We will open in May"), piece("The roof is done.")]
    score = training.score_article(reviewed, apart, into=evaluation.Score())
    assert (score.kinds["direct"].tp, score.kinds["direct"].fp) == (1, 1)
