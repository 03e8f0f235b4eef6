"""Publication dates as found in feeds, JSON and CSV exports: ISO 8601, RFC 2822 and the common written forms."""

from __future__ import annotations

import email.utils
from datetime import UTC, date, datetime, time

_WRITTEN = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d",
    "%Y/%m/%d %H:%M",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%B %d %Y",
    "%d %B %Y %H:%M",
    "%B %d, %Y %H:%M",
    "%A, %B %d, %Y",
    "%A %d %B %Y",
)


def parse_published(value: object) -> datetime:
    """An aware datetime (UTC when the input names no zone); ValueError when it cannot be read."""
    if isinstance(value, datetime):
        return _aware(value)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value  # epoch seconds or milliseconds
        return datetime.fromtimestamp(seconds, tz=UTC)
    text = " ".join(str(value).split())
    if not text:
        raise ValueError("empty date")
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return _aware(datetime.fromisoformat(iso))
    except ValueError:
        pass
    try:
        return _aware(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _WRITTEN:
        try:
            return _aware(datetime.strptime(text, fmt))
        except ValueError:
            continue
    raise ValueError(f"unreadable date {text[:60]!r}")


def _aware(value: datetime) -> datetime:
    if value.year < 1800 or value.year > 2200:
        raise ValueError(f"implausible date {value.date().isoformat()}")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
