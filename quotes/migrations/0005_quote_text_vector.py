"""PostgreSQL: the quote's tsvector stored in a generated column, and the GIN index built on it.

Searches used to run against `to_tsvector('english', text)`, an expression index: every row the index names is
read back and its text parsed again to check and rank it (a count of 1,000 matches parsed 1,000 texts). Stored,
the vector is read, not recomputed. The index keeps its name, `quote_text_fts_idx`. SQLite keeps FTS5 (0002).
"""

from django.db import migrations

POSTGRES_UP = [
    "ALTER TABLE quotes_quote ADD COLUMN text_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED",
    "DROP INDEX IF EXISTS quote_text_fts_idx",
    "CREATE INDEX quote_text_fts_idx ON quotes_quote USING GIN (text_vector)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS quote_text_fts_idx",
    "ALTER TABLE quotes_quote DROP COLUMN IF EXISTS text_vector",
    "CREATE INDEX quote_text_fts_idx ON quotes_quote USING GIN (to_tsvector('english', text))",
]


def run(statements: list[str]):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("quotes", "0004_quote_published_at")]

    operations = [migrations.RunPython(run(POSTGRES_UP), run(POSTGRES_DOWN))]
