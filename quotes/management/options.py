"""Option parsing shared by management commands."""

from datetime import datetime, time

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date


def since_option(value: str | None) -> datetime | None:
    """`--since 2026-01-31` as the start of that day in the site's time zone; a bad date is the user's mistake."""
    if not value:
        return None
    try:
        day = parse_date(value)
    except ValueError:
        day = None
    if day is None:
        raise CommandError(f"--since {value!r}: use a date such as 2026-01-31")
    return timezone.make_aware(datetime.combine(day, time.min))
