"""Reading request parameters: the one place where what an address or a form sends becomes a typed value.

Forms use the fields below for ids and days; views that read a single parameter by hand use `optional_id` and
`text`; paginators stop at MOST_PAGES. A value that cannot be read is refused (`BadParameter`, answered 400 by Django) before anything
is written, or ignored where a page can do without it; it never reaches the database as something it cannot hold.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.exceptions import BadRequest
from django.core.validators import MaxValueValidator, MinValueValidator

BIGGEST_ID = 2**63 - 1  # a signed 64-bit column: larger numbers overflow SQLite and PostgreSQL alike
MOST_PAGES = 1_000_000  # far past any real list; keeps OFFSET a number the database can hold
# Searches add a day to an end date and take the start of a day as a time: both must stay representable.
FIRST_DAY = dt.date(1, 1, 2)
LAST_DAY = dt.date.max - dt.timedelta(days=1)


class BadParameter(BadRequest):
    """A parameter that cannot be read: Django answers 400 Bad Request."""

    def __init__(self, name: str, value: object) -> None:
        super().__init__(f"{name}={str(value)[:40]!r} cannot be read.")


class IdField(forms.IntegerField):
    """A database id: a whole number from 1 to the largest a 64-bit column holds."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", BIGGEST_ID)
        super().__init__(**kwargs)


class DayField(forms.DateField):
    """A calendar day whose day before and after exist (9999-12-31 has no next day to search up to)."""

    default_validators = [MinValueValidator(FIRST_DAY), MaxValueValidator(LAST_DAY)]


def optional_id(raw: str | None, name: str) -> int | None:
    """The id in `raw`, or None when it is absent or empty; BadParameter when it is anything but an id."""
    if raw is None or raw.strip() == "":
        return None
    field = IdField()
    try:
        return field.clean(raw)
    except forms.ValidationError:
        raise BadParameter(name, raw) from None


def text(raw: str | None, name: str, max_length: int = 200) -> str:
    """Typed text, stripped: '' when absent; BadParameter when it holds NUL (PostgreSQL cannot store it) or is
    longer than `max_length`."""
    value = (raw or "").strip()
    if "\x00" in value or len(value) > max_length:
        raise BadParameter(name, value)
    return value
