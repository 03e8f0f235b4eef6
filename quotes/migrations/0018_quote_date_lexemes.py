"""PostgreSQL: the stored tsvector also holds the quote's year, so a word search can look among recent quotes
through the GIN index alone.

A search lists the newest matches of the reader's words. Ordering by date needs every match's row, and a common word
is in tens of thousands of quotes: PostgreSQL read a table page per match (3,000 pages for "reject government" in
a million quotes) to find the newest 200. With `§y2026` in the vector, the index finds the matches from the last two
years on its own, and only those rows are read (`quotes.services.newest_matches`). The `§` keeps
them apart from words: the english parser never makes a lexeme with it, so no reader's words can match a date.
SQLite keeps FTS5 (0002).
"""

from django.db import migrations

DATE_LEXEMES = (
    "CASE WHEN published_at IS NULL THEN ''::tsvector ELSE array_to_tsvector(ARRAY["
    "'§y' || extract(year FROM published_at AT TIME ZONE 'UTC')::int::text]) END"
)


def vector(expression: str) -> list[str]:
    return [
        "ALTER TABLE quotes_quote DROP COLUMN IF EXISTS text_vector",  # drops quote_text_fts_idx with it
        f"ALTER TABLE quotes_quote ADD COLUMN text_vector tsvector GENERATED ALWAYS AS ({expression}) STORED",
        "CREATE INDEX quote_text_fts_idx ON quotes_quote USING GIN (text_vector)",
        "ANALYZE quotes_quote",
    ]


def run(statements: list[str]):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("quotes", "0017_speaker_stats")]

    operations = [
        migrations.RunPython(
            run(vector(f"to_tsvector('english'::regconfig, text) || {DATE_LEXEMES}")),
            run(vector("to_tsvector('english'::regconfig, text)")),
        )
    ]
