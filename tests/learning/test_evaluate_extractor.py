"""evaluate_extractor scores the current engine against what editors made of its output."""

import re

import pytest
from django.core.management import call_command

from quotes import extraction
from quotes.models import Article, Quote, Speaker
from quotes.services.imports import save_quotes
from quotes.services.speakers import SpeakerDirectory

pytestmark = pytest.mark.slow

BODY = (
    "“We will rebuild the pier before the summer,” said Mayor Elena Petrova on Monday. "
    "Petrova said the work would cost four million pounds. "
    "Harbour master Tom Reyes said boats would be moved to the north quay. "
    "The meeting ended at noon."
)


def figures(output: str, kind: str) -> dict[str, int]:
    line = next(line for line in output.splitlines() if line.startswith(f"{kind}:"))
    return {k: int(v) for k, v in re.findall(r"(tp|fp|fn|right speaker)=(\d+)", line)}


@pytest.fixture
def reviewed(db):
    """The engine's own output, confirmed; then one speaker corrected and one missed quote added."""
    article = Article.objects.create(title="Pier", body=BODY, content_hash="e" * 64)
    found = extraction.extract_quotes(BODY)
    quotes = save_quotes(article, found, SpeakerDirectory())
    Quote.objects.filter(article=article).update(status=Quote.Status.CONFIRMED)
    wrong = quotes[-1]
    wrong.speaker = Speaker.objects.create(name="Someone Else", kind="person")
    wrong.status = Quote.Status.CORRECTED
    wrong.save()
    missed = "The meeting ended at noon"
    start = BODY.index(missed)
    Quote.objects.create(article=article, text=missed, start=start, end=start + len(missed), kind="indirect",
                         status=Quote.Status.CONFIRMED, origin=Quote.Origin.EDITOR)
    return found, wrong


def test_it_scores_the_engine_on_the_reviewed_set(reviewed):
    found, wrong = reviewed
    out = call_command("evaluate_extractor")
    assert "on 1 reviewed articles" in out
    direct, indirect = figures(out, "direct"), figures(out, "indirect")
    assert direct["tp"] + indirect["tp"] == len(found)
    assert direct["fp"] + indirect["fp"] == 0
    assert indirect["fn"] == 1 and direct["fn"] == 0  # the quote an editor had to add
    assert direct["right speaker"] + indirect["right speaker"] == len(found) - 1  # the speaker an editor changed
    assert "speaker accuracy on matched quotes" in out


def test_it_changes_nothing(reviewed):
    before = list(Quote.objects.order_by("pk").values())
    call_command("evaluate_extractor")
    assert list(Quote.objects.order_by("pk").values()) == before


def test_an_empty_reviewed_set_is_reported_not_an_error(db):
    assert "on 0 reviewed articles" in call_command("evaluate_extractor")
