"""Folders, archives, size limits, empty files and format detection."""

import io
import zipfile

import pytest

from quotes.importers import read_paths, read_uploads
from quotes.importers.detect import detect_format
from quotes.importers.records import ArticleRecord, RecordError
from tests.conftest import FIXTURES


def split(items):
    good = [i for i in items if isinstance(i, ArticleRecord)]
    bad = {e.location: e.reason for e in items if isinstance(e, RecordError)}
    return good, bad


def test_a_folder_is_read_recursively_in_name_order():
    good, bad = split(list(read_paths([FIXTURES / "text"])))
    names = [r.location.rsplit("/", 1)[-1] for r in good]
    assert names == sorted(names) and len(good) == 7
    assert list(bad) == [str(FIXTURES / "text" / "binary-image.txt")]


def test_a_zip_with_a_corrupt_member_yields_the_others():
    good, bad = split(list(read_paths([FIXTURES / "archives" / "with-corrupt-member.zip"])))
    archive = str(FIXTURES / "archives" / "with-corrupt-member.zip")
    assert bad[f"{archive}!2024/corrupt.txt"].startswith("corrupt archive member")
    assert f"{archive}!2024/no-site-line.txt" in [r.location for r in good]
    assert {r.location for r in good} >= {f"{archive}!feeds/world.xml:entry 1", f"{archive}!feeds/world.xml:entry 2"}
    assert not any("__MACOSX" in location for location in [*bad, *(r.location for r in good)])


def test_a_tar_gz_is_opened_and_its_members_detected():
    good, bad = split(list(read_paths([FIXTURES / "archives" / "bundle.tar.gz"])))
    assert [r.title for r in good] == [
        "Bridge reopens after repairs", "Tram fares frozen", "Library hours extended",
        "Lifeboat crew praised after night rescue",
    ]
    assert any(location.endswith("bundle/wire.jsonl:3") for location in bad)


def test_a_truncated_tar_gz_reports_where_it_broke():
    good, bad = split(list(read_paths([FIXTURES / "archives" / "truncated.tar.gz"])))
    assert good == []
    [(location, reason)] = bad.items()
    assert "truncated.tar.gz" in location and "corrupt" in reason


def test_an_empty_file_is_reported():
    _, bad = split(list(read_paths([FIXTURES / "empty.txt"])))
    assert bad == {str(FIXTURES / "empty.txt"): "empty file"}


def test_a_file_over_the_size_limit_is_refused_unread():
    path = FIXTURES / "html" / "pier.html"
    [error] = list(read_paths([path], max_bytes=100))
    assert error.location == str(path)
    assert "over the import limit of 100" in error.reason


def test_an_archive_member_over_the_size_limit_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", "Headline\n\n" + "All work and no play. " * 5000)
        zf.writestr("small.txt", "Headline\n\nA short story, said Ann.")
    items = list(read_uploads([("up.zip", buffer.getvalue())], max_bytes=2000))
    good, bad = split(items)
    assert [r.location for r in good] == ["up.zip!small.txt"]
    assert "over the import limit" in bad["up.zip!big.txt"]


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"Site\n\nHeadline", "text"),
        ("a.html", b"<!doctype html><html>", "html"),
        ("export", b"<!DOCTYPE html>\n<html lang=en>", "html"),  # no extension: content decides
        ("a.json", b'{"title": "a", "body": "b"}\n{"title": "c", "body": "d"}\n', "jsonl"),  # .json that is JSONL
        ("a.json", b'[{"title": "a"}]', "json"),
        ("dump", b'[{"title": "a"}]', "json"),
        ("a.ndjson", b"{}", "jsonl"),
        ("a.csv", b"x", "csv"),
        ("rows", b"title,body,url\nA,B,C\n", "csv"),
        ("news.xml", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("feed", b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("page.xml", b"<html><body>", "html"),
        ("README", b"Just words", "text"),
        ("u16", "<rss version='2.0'>".encode("utf-16"), "feed"),
    ],
)
def test_format_detection(name, head, expected):
    assert detect_format(name, head) == expected


def test_the_format_can_be_forced():
    [record] = list(read_uploads([("notes.dat", b"Headline\n\nOSLO, May 2: It rained, officials said.\n")], fmt="text"))
    assert record.title == "Headline"
