from django.db import migrations, models


def analyze(apps, schema_editor):
    """SQLite plans by the statistics ANALYZE leaves: without rows for the new index it would not know the
    index covers a speaker's quotes."""
    from quotes.services.batches import refresh_planner_statistics

    refresh_planner_statistics()


class Migration(migrations.Migration):

    dependencies = [
        ("quotes", "0009_quote_source"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(
                fields=["speaker", "published_at", "source", "status", "confidence", "article"],
                name="quote_speaker_stats_idx",
            ),
        ),
        migrations.RunPython(analyze, migrations.RunPython.noop),
    ]
