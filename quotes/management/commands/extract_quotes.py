import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quotes import extraction
from quotes.importers.records import normalise_text
from quotes.importers.text import decode


class Command(BaseCommand):
    help = "Find the quotes in plain-text files and print them; the database is not touched."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--format", dest="fmt", choices=["json", "text"], default="text")

    def handle(self, *args: Any, paths: list[Path], fmt: str, **options: Any) -> None:
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise CommandError(f"no such file: {', '.join(missing)}")
        # Offsets must point into the text as read, so only decoding and line endings are normalised.
        texts = [normalise_text(decode(p.read_bytes())) for p in paths]
        results = extraction.extract_many(texts, model_name=settings.NEWSDESK_SPACY_MODEL)
        if fmt == "json":
            out = [
                {"path": str(path), "quotes": [q.as_dict() for q in quotes]} for path, quotes in zip(paths, results)
            ]
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=1))
            return
        for path, quotes in zip(paths, results):
            self.stdout.write(self.style.MIGRATE_HEADING(f"{path}: {len(quotes)} quotes"))
            for q in quotes:
                speaker = q.speaker or "?"
                self.stdout.write(f"  {q.confidence:4.2f} {q.kind:8} {speaker[:24]:24} {q.cue[:10]:10} {q.text[:90]}")
