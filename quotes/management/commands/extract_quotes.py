import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quotes import extraction
from quotes.importers.encoding import BinaryContent, decode_as_given
from quotes.importers.offsets import normalise_with_offsets, to_file_offsets
from quotes.services.pieces import StatementRecord, merge_statements


def _statement_dict(statement: StatementRecord) -> dict[str, Any]:
    """A statement as one JSON record: `text` is the source from its first piece to its last (the offsets' slice,
    attribution included), `parts` its pieces when it has several."""
    d = asdict(statement)
    d["parts"] = [list(p) for p in statement.parts]
    return d


class Command(BaseCommand):
    help = (
        "Find the quotes in plain-text files and print them; the database is not touched. Offsets index each file "
        "as decoded, nothing removed or translated (a byte-order mark is character 0, \\r\\n two characters)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--format", dest="fmt", choices=["json", "text"], default="text")
        parser.add_argument(
            "--statements", action="store_true",
            help="one record per statement, as the database stores it (its pieces in `parts`), instead of one record "
            "per sentence piece (pieces of one statement share a `group`)",
        )

    def read(self, path: Path) -> str:
        try:
            return decode_as_given(path.read_bytes())
        except BinaryContent as exc:
            raise CommandError(f"{path}: {exc}") from exc

    def handle(self, *args: Any, paths: list[Path], fmt: str, statements: bool = False, **options: Any) -> None:
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise CommandError(f"no such file: {', '.join(missing)}")
        # The engine reads normalised text; every offset printed is mapped back to the file as decoded.
        files = [normalise_with_offsets(self.read(p)) for p in paths]
        results = extraction.extract_many([f.text for f in files], model_name=settings.NEWSDESK_SPACY_MODEL)
        records = [[_statement_dict(s) for s in merge_statements(quotes)] if statements else [q.as_dict() for q in quotes]
                   for quotes in results]
        found = [[to_file_offsets(r, f) for r in rs] for f, rs in zip(files, records)]
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
