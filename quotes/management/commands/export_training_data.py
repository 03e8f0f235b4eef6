from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand

from quotes.management.options import since_option
from quotes.services import training


class Command(BaseCommand):
    help = "Export reviewed articles with their final quotes (rejected ones as negatives) for training."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--since", help="only articles reviewed on or after this date (YYYY-MM-DD)")
        parser.add_argument("--format", dest="fmt", choices=["spacy", "jsonl"], default="jsonl")
        parser.add_argument("--output", "-o", type=Path, help="file to write (default: training.spacy / training.jsonl)")

    def handle(self, *args: Any, since: str | None, fmt: str, output: Path | None, **options: Any) -> str:
        articles = training.reviewed_articles(since_option(since))
        path = output or Path(f"training.{fmt}")
        write = training.write_docbin if fmt == "spacy" else training.write_jsonl
        n = write(articles, path)
        return f"Wrote {n} reviewed articles to {path} ({fmt})."
