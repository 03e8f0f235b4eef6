"""SQLite: put back the triggers that keep the quotes' full-text index (0002) in step with their text.

Adding `Quote.parts` (0011, a column with a default) made Django rebuild the quotes table on SQLite, and a rebuilt
table loses its triggers: quotes stored since were missing from the index, so word searches did not find them. The
triggers are made again where missing and the index rebuilt from the quotes. PostgreSQL keeps its index (0005).
A later migration that rebuilds the quotes table on SQLite must do the same (tests/test_models.py checks).
"""

from django.db import migrations

SQLITE_UP = [
    "CREATE TRIGGER IF NOT EXISTS quotes_quote_fts_ai AFTER INSERT ON quotes_quote BEGIN "
    "INSERT INTO quotes_quote_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_quote_fts_ad AFTER DELETE ON quotes_quote BEGIN "
    "INSERT INTO quotes_quote_fts(quotes_quote_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_quote_fts_au AFTER UPDATE OF text ON quotes_quote BEGIN "
    "INSERT INTO quotes_quote_fts(quotes_quote_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quotes_quote_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO quotes_quote_fts(quotes_quote_fts) VALUES ('rebuild')",
]


def restore(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in SQLITE_UP:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0012_speaker_public_quote_count")]

    operations = [migrations.RunPython(restore, migrations.RunPython.noop)]
