"""Archives expand to a bounded size, per member and in total; an article has a bounded length. What is refused is
one record's error: the rest of the batch lands."""

import io
import tarfile
import zipfile

from quotes import importers
from quotes.importers.records import ArticleRecord, RecordError
from quotes.importers.sources import ARCHIVE_TOTAL_FACTOR

LIMIT = 100_000


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def article(n: int) -> bytes:
    return f"Headline {n}\n\nThe mayor said the pier would be rebuilt by May, in story {n}.\n".encode()


def read(name: str, data: bytes) -> tuple[list[ArticleRecord], list[RecordError]]:
    found = list(importers.read_uploads([(name, data)], fmt="auto", max_bytes=LIMIT))
    return [r for r in found if isinstance(r, ArticleRecord)], [r for r in found if isinstance(r, RecordError)]


def test_a_zip_bomb_member_is_refused_without_being_expanded():
    bomb = zip_of({"a.txt": article(1), "bomb.txt": b"said " * 4_000_000, "b.txt": article(2)})
    assert len(bomb) < 50_000  # twenty megabytes of text in a few dozen kilobytes
    records, errors = read("upload.zip", bomb)
    assert len(records) == 2
    assert [e.location for e in errors] == ["upload.zip!bomb.txt"]
    assert "over the import limit of 100,000" in errors[0].reason


def test_an_archive_expands_to_at_most_its_total_allowance():
    many = {f"{n:03}.txt": article(n) + b"x" * 20_000 for n in range(40)}  # each under the limit; 40 x 20 KB
    records, errors = read("many.zip", zip_of(many))
    allowance = LIMIT * ARCHIVE_TOTAL_FACTOR
    assert sum(len(r.body) for r in records) <= allowance
    assert 0 < len(records) < 40 and len(records) + len(errors) == 40
    assert all("many.zip expands past 500,000 bytes" in e.reason for e in errors)


def test_nested_archives_share_the_outer_allowance():
    inner = zip_of({f"{n:03}.txt": article(n) + b"y" * 20_000 for n in range(20)})
    outer = zip_of({"inner1.zip": inner, "inner2.zip": inner, "inner3.zip": inner})
    records, errors = read("outer.zip", outer)
    assert sum(len(r.body) for r in records) <= LIMIT * ARCHIVE_TOTAL_FACTOR
    assert errors and all("outer.zip expands past" in e.reason for e in errors)


def test_a_tar_member_over_the_limit_is_refused():
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tf:
        for name, data in {"a.txt": article(1), "big.txt": b"said " * 30_000}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    records, errors = read("upload.tar.gz", buffer.getvalue())
    assert len(records) == 1 and [e.location for e in errors] == ["upload.tar.gz!big.txt"]
