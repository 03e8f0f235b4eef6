"""PostgreSQL: the stored tsvector also holds the quote's month (`§m202612`) beside its year (0018), so a word search
can look among the last few months' quotes through the GIN index alone.

Two years of a common pair of words are still a thousand matches, each a table page read to sort them by date; a
few months hold the 200 newest of most searches (`quotes.services.newest_matches`). SQLite keeps FTS5 (0002).
"""

from django.db import migrations

UTC_DATE = "published_at AT TIME ZONE 'UTC'"
YEAR_LEXEME = f"'§y' || extract(year FROM {UTC_DATE})::int::text"
MONTH_LEXEME = f"'§m' || (extract(year FROM {UTC_DATE})::int * 100 + extract(month FROM {UTC_DATE})::int)::text"


def vector(*lexemes: str) -> list[str]:
    dates = f"CASE WHEN published_at IS NULL THEN ''::tsvector ELSE array_to_tsvector(ARRAY[{', '.join(lexemes)}]) END"
    return [
        "ALTER TABLE quotes_quote DROP COLUMN IF EXISTS text_vector",  # drops quote_text_fts_idx with it
        "ALTER TABLE quotes_quote ADD COLUMN text_vector tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('english'::regconfig, text) || {dates}) STORED",
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
    dependencies = [("quotes", "0018_quote_date_lexemes")]

    operations = [migrations.RunPython(run(vector(YEAR_LEXEME, MONTH_LEXEME)), run(vector(YEAR_LEXEME)))]
