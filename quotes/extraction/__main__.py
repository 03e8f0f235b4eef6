"""`python -m quotes.extraction FILE... [--format json|text]`: quotes of each file, as the scorer reads them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import DEFAULT_MODEL, DISPLAY_THRESHOLD, extract_many


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotes.extraction", description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--format", choices=("json", "text"), default="text")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.paths if not p.is_file()]
    if missing:
        parser.error(f"no such file: {', '.join(missing)}")
    texts = [_read(p) for p in args.paths]
    results = extract_many(texts, model_name=args.model)
    if args.format == "json":
        out = [{"path": str(p), "quotes": [q.as_dict() for q in qs]} for p, qs in zip(args.paths, results)]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for path, quotes in zip(args.paths, results):
        print(f"== {path}")
        for q in quotes:
            flag = " " if q.confidence >= DISPLAY_THRESHOLD else "?"
            print(f"{flag} [{q.kind:8}] {q.confidence:.2f} {q.speaker or '-'} ({q.speaker_mention or ''}): {q.text}")
    return 0


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        return f.read()


if __name__ == "__main__":
    raise SystemExit(main())
