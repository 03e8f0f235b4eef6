"""Publication dates as found in feeds, JSON and CSV exports (ISO 8601, RFC 2822 and the common written forms), and
the day a text article's dateline names ("WASHINGTON, Oct 14 —")."""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, date, datetime, time, timedelta

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


_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
         ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
# "Oct 14", "October 14, 2015", "14 Oct", "14th October 2015"; a word must be a month to count.
_DATELINE_DAYS = [re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}"), re.compile(rf"\b{_DAY}\s+{_MONTH}\b{_YEAR}")]
# A dateline a little ahead of the import date is a time zone or a late file, not last year's news.
_AHEAD_AT_MOST = timedelta(days=2)


def dateline_date(dateline: str, imported: date) -> datetime | None:
    """The day a dateline names ("Washington, Oct 14", "LEEDHAM, March 12", "Paris, 3 June 2021"), at midnight UTC;
    None when it names none. Without a year, the latest such day not after the import date (`imported`): "Dec 30"
    imported on 2 January is the year before's."""
    for pattern in _DATELINE_DAYS:
        for found in pattern.finditer(dateline):
            month = _MONTHS.get(found["month"].casefold())
            if month is None:
                continue
            day = int(found["day"])
            years = [int(found["year"])] if found["year"] else [imported.year, imported.year - 1]
            for year in years:
                try:
                    named = date(year, month, day)
                except ValueError:  # "Feb 30", or 29 February in a year without one
                    continue
                if found["year"] or named <= imported + _AHEAD_AT_MOST:
                    return datetime.combine(named, time(), tzinfo=UTC)
    return None
