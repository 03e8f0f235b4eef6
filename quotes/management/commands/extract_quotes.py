import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quotes import extraction
from quotes.importers.encoding import BinaryContent, decode_as_given
from quotes.importers.offsets import normalise_with_offsets, to_file_offsets


class Command(BaseCommand):
    help = (
        "Find the quotes in plain-text files and print them; the database is not touched. Offsets index each file "
        "as decoded, nothing removed or translated (a byte-order mark is character 0, \\r\\n two characters)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--format", dest="fmt", choices=["json", "text"], default="text")

    def read(self, path: Path) -> str:
        try:
            return decode_as_given(path.read_bytes())
        except BinaryContent as exc:
            raise CommandError(f"{path}: {exc}") from exc

    def handle(self, *args: Any, paths: list[Path], fmt: str, **options: Any) -> None:
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise CommandError(f"no such file: {', '.join(missing)}")
        # The engine reads normalised text; every offset printed is mapped back to the file as decoded.
        files = [normalise_with_offsets(self.read(p)) for p in paths]
        results = extraction.extract_many([f.text for f in files], model_name=settings.NEWSDESK_SPACY_MODEL)
        found = [[to_file_offsets(q.as_dict(), f) for q in quotes] for f, quotes in zip(files, results)]
        if fmt == "json":
            out = [{"path": str(path), "quotes": quotes} for path, quotes in zip(paths, found)]
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=1))
            return
        for path, quotes in zip(paths, found):
            self.stdout.write(self.style.MIGRATE_HEADING(f"{path}: {len(quotes)} quotes"))
            for q in quotes:
                speaker = q["speaker"] or "?"
                self.stdout.write(
                    f"  {q['confidence']:4.2f} {q['kind']:8} {speaker[:24]:24} {q['cue'][:10]:10} {q['text'][:90]}"
                )
