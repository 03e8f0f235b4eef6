from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from quotes.importers import text
from quotes.importers.records import ArticleRecord, RecordError
from quotes.services import imports as services


def text_records(paths: list[Path]) -> Iterator[ArticleRecord | RecordError]:
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            yield from text.read(file)


class Command(BaseCommand):
    help = "Import articles; bad records are reported with their location and skipped."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--source", default="", help="publication name for records that carry none")
        parser.add_argument("--format", dest="fmt", choices=["auto", "text"], default="auto")

    def handle(self, *args: Any, paths: list[Path], source: str, fmt: str, **options: Any) -> None:
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"no such file or directory: {', '.join(missing)}")
        report = services.import_records(text_records(paths), source_name=source)
        for error in report.errors:
            self.stderr.write(f"skipped {error.location}: {error.reason}")
        self.stdout.write(report.summary())
        if report.failed:
            raise CommandError(f"{report.failed} records failed", returncode=2)
