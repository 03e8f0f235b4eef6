"""The extractor's live accuracy, judged from editors' reviews (editors and staff only)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from quotes.permissions import editor_required
from quotes.services import accuracy

CHART_W, CHART_H, PAD = 560, 160, 24


@editor_required
def accuracy_report(request: HttpRequest) -> HttpResponse:
    quotes = accuracy.reviewed_quotes()
    tables = [(title, accuracy.breakdown(key, quotes)) for key, (_, title) in accuracy.DIMENSIONS.items()]
    months = next(rows for title, rows in tables if title == accuracy.DIMENSIONS["month"][1])
    context = {"overall": accuracy.overall(quotes), "tables": tables, "chart": month_chart(months)}
    return render(request, "desk/accuracy.html", context)


def month_chart(months: list[accuracy.Outcomes]) -> dict:
    """Polyline points for precision and recall per month, scaled into the chart box."""
    step = (CHART_W - 2 * PAD) / max(len(months) - 1, 1)

    def points(values: list[float | None]) -> str:
        return " ".join(
            f"{PAD + i * step:.1f},{CHART_H - PAD - v * (CHART_H - 2 * PAD):.1f}"
            for i, v in enumerate(values)
            if v is not None
        )

    return {
        "width": CHART_W,
        "height": CHART_H,
        "precision": points([m.precision for m in months]),
        "recall": points([m.recall for m in months]),
        "labels": [(PAD + i * step, m.label) for i, m in enumerate(months)],
        "top": PAD,
        "bottom": CHART_H - PAD,
        "right": CHART_W - PAD,
    }
