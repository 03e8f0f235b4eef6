"""Writes the binary and oddly encoded fixtures (UTF-16, Windows-1252, archives); run it from anywhere.

The plain UTF-8 fixtures are written by hand and kept as they are; this script only (re)creates the files
an editor cannot type: `python tests/importers/make_fixtures.py`.
"""

import io
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "fixtures"

HARBOUR = (
    "Coastal Courier\r\n\r\nHarbour dredging to start in spring\r\n\r\n"
    "Kessport, Jan 9: Dredging of Kessport harbour will start in April, the port authority said on Friday.\r\n\r\n"
    "\u201cWithout dredging, the bigger ferries cannot berth at low tide,\u201d said harbour master Iain Ross. "
    "He said the work would take six weeks.\r\n\r\n"
    "Fishermen\u2019s leader Moira Dunn called the plan \u201clong overdue\u201d.\r\n\r\nShare this\r\n"
)

CAFE = (
    "Northern Health Review\n\nCaf\u00e9 owners fear \u00a3 rise in rents\n\n"
    "LEEDHAM, May 2 \u2014 Owners of the caf\u00e9s on Market Street say a rise in rents will close them.\n\n"
    "\u201cWe pay \u00a31,200 a month already,\u201d said Ren\u00e9e Ortiz, who runs the Bean Caf\u00e9. "
    "\u201cAnother 20\u00a0percent and we are gone.\u201d\n\nThe landlord said rents had not risen for five years.\n"
)


def write_encodings() -> None:
    (HERE / "text" / "windows-1252-crlf.txt").write_bytes(HARBOUR.encode("cp1252"))
    (HERE / "text" / "utf-16-le-bom.txt").write_bytes(CAFE.encode("utf-16"))
    (HERE / "text" / "utf-16-le-no-bom.txt").write_bytes(CAFE.encode("utf-16-le"))
    (HERE / "text" / "utf-8-bom.txt").write_bytes(b"\xef\xbb\xbf" + CAFE.encode("utf-8"))
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
    (HERE / "text" / "binary-image.txt").write_bytes(png + bytes(range(256)))
    (HERE / "empty.txt").write_bytes(b"")
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Caf\u00e9 rents</title></head><body><article><h1>Caf\u00e9 rents to rise</h1>"
        "<p>Owners of the caf\u00e9s on Market Street say a rise in rents will close them before the winter.</p>"
        "<p>\u201cWe pay \u00a31,200 a month already,\u201d said Ren\u00e9e Ortiz, who runs the Bean Caf\u00e9 "
        "on the corner of Market Street and Mill Lane.</p></article></body></html>"
    )
    (HERE / "html" / "windows-1252.html").write_bytes(page.encode("cp1252"))
    table = (
        "Title;Text;URL;Date\r\n"
        "Caf\u00e9 closes;\"\u201cIt was time,\u201d said owner Ren\u00e9e Ortiz.\";https://x.example/cafe;03/04/2024\r\n"
    )
    (HERE / "csv" / "semicolon-windows-1252.csv").write_bytes(table.encode("cp1252"))


def write_archives() -> None:
    text = (HERE / "text" / "no-site-line.txt").read_bytes()
    lines = (HERE / "jsonl" / "wire.jsonl").read_bytes()
    feed = (HERE / "feeds" / "rss-entities.xml").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("2024/no-site-line.txt", text, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("2024/corrupt.txt", CAFE.encode("utf-8"), compress_type=zipfile.ZIP_STORED)
        zf.writestr("feeds/world.xml", feed, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("__MACOSX/._corrupt.txt", b"\x00\x05\x16\x07", compress_type=zipfile.ZIP_STORED)
    data = bytearray(buffer.getvalue())
    at = data.index("Ren\u00e9e".encode())
    data[at : at + 5] = b"XXXXX"  # the stored member's bytes no longer match its CRC
    (HERE / "archives" / "with-corrupt-member.zip").write_bytes(bytes(data))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tf:
        for name, payload in [("bundle/wire.jsonl", lines), ("bundle/story.txt", text)]:
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tf.addfile(info, io.BytesIO(payload))
    (HERE / "archives" / "bundle.tar.gz").write_bytes(buffer.getvalue())
    (HERE / "archives" / "truncated.tar.gz").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])


if __name__ == "__main__":
    for folder in ("text", "archives"):
        (HERE / folder).mkdir(exist_ok=True)
    write_encodings()
    write_archives()
