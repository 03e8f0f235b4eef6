"""One module per input format; every reader yields `ArticleRecord`s or `RecordError`s.

`read(data, name)` is the contract of each format module; `read_paths` walks folders and archives,
detects each file's format and applies the size limit.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quotes.importers import csvfile, feed, html, jsonarray, jsonl, text
from quotes.importers.detect import FORMATS, detect_format
from quotes.importers.records import ArticleRecord, RecordError
from quotes.importers.sources import Input, LineFile, expand, too_big, walk_paths

Reader = Callable[[bytes, str], Iterator[ArticleRecord | RecordError]]
READERS: dict[str, Reader] = {
    "text": text.read,
    "html": html.read,
    "jsonl": jsonl.read,
    "json": jsonarray.read,
    "csv": csvfile.read,
    "feed": feed.read,
}

__all__ = [
    "FORMATS", "READERS", "ArticleRecord", "Input", "LineFile", "RecordError",
    "read_input", "read_inputs", "read_paths", "read_uploads",
]


def read_input(item: Input, fmt: str = "auto") -> Iterator[ArticleRecord | RecordError]:
    """The records in one file; a reader that breaks on it turns into one `RecordError`, never an abort."""
    if not item.data.strip(b"\x00\xef\xbb\xbf\xff\xfe \t\r\n"):
        yield RecordError(item.name, "empty file")
        return
    reader = READERS[detect_format(item.filename, item.data) if fmt == "auto" else fmt]
    try:
        yield from reader(item.data, item.name)
    except Exception as exc:  # a parser bug on one odd file must not stop the batch: report it as that file's error
        yield RecordError(item.name, f"could not parse: {type(exc).__name__}: {exc}")


def read_inputs(
    items: Iterable[Input | LineFile | RecordError], fmt: str = "auto", max_bytes: int = 20 * 1024 * 1024
) -> Iterator[ArticleRecord | RecordError]:
    for item in items:
        if isinstance(item, RecordError):
            yield item
        elif isinstance(item, LineFile):
            yield from jsonl.read_file(item.path, item.name, max_bytes)
        else:
            yield from read_input(item, fmt)


def read_paths(
    paths: Iterable[Path], fmt: str = "auto", max_bytes: int = 20 * 1024 * 1024
) -> Iterator[ArticleRecord | RecordError]:
    """Every record in the files, folders and archives given, in a stable order."""
    return read_inputs(walk_paths(paths, max_bytes, stream=fmt in ("auto", "jsonl")), fmt, max_bytes)


def plan_paths(
    paths: Iterable[Path], fmt: str = "auto", max_bytes: int = 20 * 1024 * 1024
) -> tuple[int, Iterator[ArticleRecord | RecordError]]:
    """How many records there are, and the records: files are read now (each is under the size limit),
    JSON Lines files only counted, and streamed from disk as the import reaches them."""
    total, parts = 0, []
    for item in walk_paths(paths, max_bytes, stream=fmt in ("auto", "jsonl")):
        if isinstance(item, LineFile):
            total += jsonl.count_lines(item.path)
            parts.append(jsonl.read_file(item.path, item.name, max_bytes))
        else:
            records = list(read_inputs([item], fmt))
            total += len(records)
            parts.append(records)
    return total, itertools.chain.from_iterable(parts)


def read_uploads(
    uploads: Iterable[tuple[str, bytes]], fmt: str = "auto", max_bytes: int = 20 * 1024 * 1024
) -> Iterator[ArticleRecord | RecordError]:
    """Records in uploaded files, given as (name, bytes); archives are opened as for paths."""
    for name, data in uploads:
        if error := too_big(name, len(data), max_bytes):
            yield error
        else:
            yield from read_inputs(expand(Input(name, data), max_bytes), fmt)
