"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (BOM or not), Windows-1252 for legacy files."""

from __future__ import annotations

import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)["']""", re.IGNORECASE)


class BinaryContent(ValueError):
    """The bytes are not text in any encoding we read."""


def utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when every other byte of a text is NUL, else None."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML `<meta>` or XML prolog names, if any."""
    head = raw[:2048]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not found:
        return None
    name = found.group(1).decode("ascii", "replace").lower()
    return "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else name


def decode(raw: bytes, declared: str | None = None) -> str:
    """Text from bytes; `BinaryContent` when it is not text at all."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if utf16 := utf16_without_bom(raw):
        return raw.decode(utf16)
    if b"\x00" in raw[:8192]:
        raise BinaryContent("binary file, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    text = raw.decode("cp1252", errors="replace")
    if _control_ratio(text) > 0.05:
        raise BinaryContent("binary file, not text")
    return text


def decode_as_given(raw: bytes) -> str:
    """Text from bytes as `decode` reads it, but with a byte-order mark kept as U+FEFF: every character counts.

    For a UTF-8 file this is what `open(path, encoding="utf-8", newline="").read()` returns.
    """
    text = decode(raw)
    return "\ufeff" + text if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) else text


def _control_ratio(text: str) -> float:
    sample = text[:4096]
    if not sample:
        return 0.0
    control = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return control / len(sample)
