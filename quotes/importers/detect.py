"""Which format a file is in: from its extension, else from its first bytes."""

from __future__ import annotations

import re

FORMATS = ("text", "html", "jsonl", "json", "csv", "feed")

_BY_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".feed": "feed",
}
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|article)[\s>]", re.IGNORECASE)
_CSV_HEADER = re.compile(r"^[\w \"']+(?:[,;\t|][\w \"']+)+$")


def detect_format(name: str, data: bytes) -> str:
    """One of FORMATS; the extension decides, except that content overrules a misleading `.json` or `.xml`."""
    lowered = name.lower()
    suffix = "." + lowered.rsplit(".", 1)[-1] if "." in lowered.rsplit("/", 1)[-1] else ""
    sniffed = sniff(data)
    by_extension = _BY_EXTENSION.get(suffix)
    if by_extension == "json" and sniffed == "jsonl":
        return "jsonl"
    if by_extension == "feed" and sniffed == "html":
        return "html"
    return by_extension or sniffed


def sniff(data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if b"\x00" in data[:4096]:
        head = head.replace(b"\x00", b"")  # UTF-16: look at the ASCII beneath
    if _FEED.search(head[:1024]):
        return "feed"
    if _HTML.search(head[:1024]):
        return "html"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        lines = [line for line in head.split(b"\n") if line.strip()]
        if len(lines) > 1 and lines[0].rstrip().endswith(b"}") and lines[1].lstrip().startswith(b"{"):
            return "jsonl"
        return "json"
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    if _CSV_HEADER.match(first) and re.search(r"\b(?:body|text|content)\b", first, re.IGNORECASE):
        return "csv"
    return "text"
