"""Inputs from paths: plain files, folders (recursively) and `.zip` / `.tar.gz` archives, each with a size limit."""

from __future__ import annotations

import io
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotes.importers.records import RecordError

ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tar.xz")
STREAMED_SUFFIXES = (".jsonl", ".ndjson")
# An archive expands to at most this many times the per-file limit, all its members (nested ones too) together:
# a few hundred kilobytes of zip can hold gigabytes of repeated text.
ARCHIVE_TOTAL_FACTOR = 5
# Folder and archive entries nobody means to import.
_IGNORED = ("__MACOSX/", ".DS_Store", "Thumbs.db", "desktop.ini")


@dataclass(frozen=True)
class Input:
    """One file's bytes and where they came from: `feeds/world.xml` or `batch.zip!2024/a.txt`."""

    name: str
    data: bytes

    @property
    def filename(self) -> str:
        return self.name.rsplit("!", 1)[-1]


@dataclass(frozen=True)
class LineFile:
    """A JSON Lines file on disk, read line by line when its records are wanted, never loaded whole."""

    name: str
    path: Path


def _ignored(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return any(part in name for part in _IGNORED[:1]) or base in _IGNORED or base.startswith("._")


def too_big(name: str, size: int, max_bytes: int) -> RecordError | None:
    if size > max_bytes:
        return RecordError(name, f"file is {size:,} bytes, over the import limit of {max_bytes:,}")
    return None


def walk_paths(paths: Iterable[Path], max_bytes: int, stream: bool = False) -> Iterator[Input | LineFile | RecordError]:
    """Every file under the paths, archives opened; a file or member that cannot be read is a `RecordError`.

    With `stream`, JSON Lines files come as `LineFile`s, read line by line later whatever their size.
    """
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if _ignored(file.as_posix()):
                continue
            if stream and file.name.lower().endswith(STREAMED_SUFFIXES):
                yield LineFile(str(file), file)
                continue
            try:
                size = file.stat().st_size
            except OSError as exc:
                yield RecordError(str(file), f"cannot read file: {exc.strerror or exc}")
                continue
            if error := too_big(str(file), size, max_bytes):
                yield error
                continue
            try:
                data = file.read_bytes()
            except OSError as exc:
                yield RecordError(str(file), f"cannot read file: {exc.strerror or exc}")
                continue
            yield from expand(Input(str(file), data), max_bytes)


class Expansion:
    """What is left of an archive's allowance of expanded bytes (`ARCHIVE_TOTAL_FACTOR` times the file limit)."""

    def __init__(self, archive: str, max_bytes: int) -> None:
        self.archive, self.total, self.left = archive, max_bytes * ARCHIVE_TOTAL_FACTOR, max_bytes * ARCHIVE_TOTAL_FACTOR

    def refuse(self, name: str, size: int) -> RecordError | None:
        """A member that would take the archive past its allowance is refused (the members before it are kept)."""
        if size > self.left:
            return RecordError(name, f"{self.archive} expands past {self.total:,} bytes: member not read")
        self.left -= size
        return None


def expand(
    item: Input, max_bytes: int, depth: int = 0, expansion: Expansion | None = None
) -> Iterator[Input | RecordError]:
    """The input itself, or, for an archive, each of its members (nested archives too, two levels deep), each
    at most `max_bytes` expanded and all of them together at most ARCHIVE_TOTAL_FACTOR times that."""
    lowered = item.name.lower()
    expansion = expansion or Expansion(item.name, max_bytes)
    if lowered.endswith(".zip") or (item.data.startswith(b"PK\x03\x04") and not lowered.endswith((".docx", ".xlsx"))):
        members = zip_members(item, max_bytes, expansion)
    elif lowered.endswith(ARCHIVE_SUFFIXES[1:]) or (item.data.startswith(b"\x1f\x8b") and ".tar" in lowered):
        members = tar_members(item, max_bytes, expansion)
    else:
        yield item
        return
    for member in members:
        if isinstance(member, Input) and depth < 2:
            yield from expand(member, max_bytes, depth + 1, expansion)
        else:
            yield member


def _read_at_most(handle, name: str, max_bytes: int) -> Input | RecordError:
    """A member's bytes, reading no more than one byte past the limit whatever its header claims."""
    data = handle.read(max_bytes + 1) if handle else b""
    return too_big(name, len(data), max_bytes) or Input(name, data)


def zip_members(archive: Input, max_bytes: int, expansion: Expansion) -> Iterator[Input | RecordError]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(archive.data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield RecordError(archive.name, f"corrupt zip archive: {exc}")
        return
    with zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            name = f"{archive.name}!{info.filename}"
            if info.is_dir() or _ignored(info.filename):
                continue
            if error := too_big(name, info.file_size, max_bytes) or expansion.refuse(name, info.file_size):
                yield error
                continue
            try:
                with zf.open(info) as handle:
                    yield _read_at_most(handle, name, max_bytes)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
                yield RecordError(name, f"corrupt archive member: {exc}")


def tar_members(archive: Input, max_bytes: int, expansion: Expansion) -> Iterator[Input | RecordError]:
    try:
        tf = tarfile.open(fileobj=io.BytesIO(archive.data), mode="r:*")  # noqa: SIM115 - closed below
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        yield RecordError(archive.name, f"corrupt tar archive: {exc}")
        return
    with tf:
        while True:
            try:
                info = tf.next()
            except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
                yield RecordError(archive.name, f"corrupt tar archive, stopped reading: {exc}")
                return
            if info is None:
                return
            name = f"{archive.name}!{info.name}"
            if not info.isfile() or _ignored(info.name):
                continue
            if error := too_big(name, info.size, max_bytes) or expansion.refuse(name, info.size):
                yield error
                continue
            try:
                member = _read_at_most(tf.extractfile(info), name, max_bytes)
            except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
                yield RecordError(name, f"corrupt archive member: {exc}")
                return
            yield member
