"""Small server-rendered SVG charts: no JavaScript, no external library, every label escaped."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH, HEIGHT, AXIS, TOP = 600, 120, 16, 14
MAX_SLOT = 40
MAX_MONTHLY_BARS = 36


def period_counts(months: Iterable[tuple[date, int]]) -> list[tuple[str, int]]:
    """Counts per month, gaps filled with zeros; per year when the months span more than three years."""
    counts = Counter()
    for month, n in months:
        counts[month.replace(day=1)] += n
    if not counts:
        return []
    first, last = min(counts), max(counts)
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    if span > MAX_MONTHLY_BARS:
        years = Counter()
        for month, n in counts.items():
            years[month.year] += n
        return [(str(year), years[year]) for year in range(first.year, last.year + 1)]
    periods = []
    year, month = first.year, first.month
    for _ in range(span):
        periods.append((date(year, month, 1).strftime("%b %Y"), counts[date(year, month, 1)]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


def quotes_over_time(months: Iterable[tuple[date, int]]) -> SafeString:
    """A bar chart of quotes per month (or year): an <svg> with a title per bar, or "" when there is nothing."""
    periods = period_counts(months)
    if not periods:
        return SafeString("")
    peak = max(n for _, n in periods) or 1
    slot = min(WIDTH / len(periods), MAX_SLOT)  # a few periods get narrow bars, not a wall of colour
    plot_top, plot_bottom = TOP, HEIGHT - AXIS
    scale = (plot_bottom - plot_top) / peak
    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>',
        (
            (_num(i * slot + slot * 0.1), _num(plot_bottom - n * scale), _num(slot * 0.8), _num(n * scale), label, n)
            for i, (label, n) in enumerate(periods)
        ),
    )
    last_label = (
        format_html(
            '<text x="{}" y="{}" class="axis" text-anchor="end">{}</text>',
            _num(slot * len(periods)),
            HEIGHT - 2,
            periods[-1][0],
        )
        if len(periods) > 1
        else ""
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}">'
        '<text x="0" y="10" class="axis">{} at most</text>{}'
        '<text x="0" y="{}" class="axis">{}</text>{}</svg>',
        WIDTH,
        HEIGHT,
        f"Quotes per period, {periods[0][0]} to {periods[-1][0]}, at most {peak}",
        peak,
        bars,
        HEIGHT - 2,
        periods[0][0],
        last_label,
    )


def _num(value: float) -> str:
    return f"{value:.1f}"
