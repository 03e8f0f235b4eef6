"""A statement in pieces as readers and the API see it: the words quoted, joined by " … ", never the attribution."""

import csv
import io
import json

import pytest

from quotes.models import Article, Quote
from quotes.services.search import quote_in_context
from tests.conftest import make_statement

BODY = "The vote is on Friday.\n“We will open in May,” said Ms Ruiz. “The roof is done.”\nLee said it was over."
WORDS = "We will open in May … The roof is done."


@pytest.fixture
def statement(source, speaker) -> Quote:
    article = Article.objects.create(source=source, title="Museum", body=BODY, content_hash="m" * 64)
    return make_statement(
        article, "We will open in May", "The roof is done.", speaker=speaker, status=Quote.Status.CONFIRMED
    )


def test_the_permalink_marks_each_piece_inside_the_paragraph(client, statement):
    content = client.get(f"/quotes/{statement.pk}/").content.decode()
    assert (
        '<p>“<mark class="quoted">We will open in May</mark>,” said Ms Ruiz. “'
        '<mark class="quoted">The roof is done.</mark>”</p>' in content
    )
    assert "The vote is on Friday" not in content


def test_the_context_is_the_outer_span_cut_into_pieces(statement):
    context = quote_in_context(statement)
    assert (context.before, context.after) == ("“", "”")
    assert context.quote == "We will open in May,” said Ms Ruiz. “The roof is done."
    assert [words for words, quoted in context.segments if quoted] == ["We will open in May", "The roof is done."]


def test_search_finds_a_statement_by_the_words_of_any_piece_and_shows_them_joined(client, statement):
    content = client.get("/quotes/", {"q": "roof"}).content.decode()
    assert f'id="quote-{statement.pk}"' in content and "We will open in May … The" in content
    assert client.get("/api/quotes/", {"q": "said Ruiz"}).json()["count"] == 0  # the attribution is not quoted


def test_the_api_gives_each_piece_with_its_offsets_and_words(client, statement):
    row = client.get(f"/api/quotes/{statement.pk}/").json()
    assert row["text"] == WORDS
    assert row["parts"] == [
        {"start": start, "end": end, "text": BODY[start:end]} for start, end in statement.parts
    ]
    assert [piece["text"] for piece in row["parts"]] == ["We will open in May", "The roof is done."]


def test_exports_carry_the_joined_words_and_json_the_pieces(client, statement):
    rows = json.loads(b"".join(client.get("/api/quotes/export.json").streaming_content))
    assert rows[0]["text"] == WORDS and len(rows[0]["parts"]) == 2
    table = list(csv.DictReader(io.StringIO(b"".join(client.get("/api/quotes/export.csv").streaming_content).decode())))
    assert table[0]["text"] == WORDS and "parts" not in table[0]
