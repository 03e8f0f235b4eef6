"""Full-text search over quote text: FTS5 on SQLite, a GIN tsvector index on PostgreSQL."""

from django.db import migrations

SQLITE_UP = [
    "CREATE VIRTUAL TABLE quotes_quote_fts USING fts5("
    "text, content='quotes_quote', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER quotes_quote_fts_ai AFTER INSERT ON quotes_quote BEGIN "
    "INSERT INTO quotes_quote_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER quotes_quote_fts_ad AFTER DELETE ON quotes_quote BEGIN "
    "INSERT INTO quotes_quote_fts(quotes_quote_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER quotes_quote_fts_au AFTER UPDATE OF text ON quotes_quote BEGIN "
    "INSERT INTO quotes_quote_fts(quotes_quote_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quotes_quote_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO quotes_quote_fts(quotes_quote_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS quotes_quote_fts_au",
    "DROP TRIGGER IF EXISTS quotes_quote_fts_ad",
    "DROP TRIGGER IF EXISTS quotes_quote_fts_ai",
    "DROP TABLE IF EXISTS quotes_quote_fts",
]
POSTGRES_UP = ["CREATE INDEX quote_text_fts_idx ON quotes_quote USING GIN (to_tsvector('english', text))"]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS quote_text_fts_idx"]


def run(statements: dict[str, list[str]]):
    def apply(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("quotes", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
