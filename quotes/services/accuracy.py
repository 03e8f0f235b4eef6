"""The extractor judged by editors: precision, recall and speaker accuracy from reviewed quotes."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth

from quotes.models import Quote, QuoteRevision

FROM_EXTRACTOR = Q(origin=Quote.Origin.EXTRACTOR)
KEPT = Q(status__in=Quote.REVIEWED_STATUSES)
DIMENSIONS = {
    "kind": ("kind", "Quote kind"),
    "cue": ("cue", "Cue verb"),
    "source": ("article__source__name", "Source"),
    "version": ("extractor_version", "Extractor version"),
    "month": ("month", "Month reviewed"),
}


@dataclass(frozen=True)
class Outcomes:
    """Counts of editors' verdicts on one slice of quotes, and the figures they give."""

    label: str
    confirmed: int  # extractor quotes confirmed as they were
    corrected: int  # extractor quotes kept after a correction (speaker, span or kind)
    rejected: int  # extractor quotes that were not quotes
    added: int  # quotes the extractor missed, added by editors
    speaker_changed: int  # kept extractor quotes whose speaker an editor changed

    @property
    def judged(self) -> int:
        return self.confirmed + self.corrected + self.rejected

    @property
    def kept(self) -> int:
        return self.confirmed + self.corrected

    @property
    def precision(self) -> float | None:
        return self.kept / self.judged if self.judged else None

    @property
    def exact_precision(self) -> float | None:
        return self.confirmed / self.judged if self.judged else None

    @property
    def recall(self) -> float | None:
        return self.kept / (self.kept + self.added) if self.kept + self.added else None

    @property
    def speaker_accuracy(self) -> float | None:
        return (self.kept - self.speaker_changed) / self.kept if self.kept else None


def reviewed_quotes() -> QuerySet[Quote]:
    """Every quote an editor has judged: any status but auto, and every quote an editor added."""
    speaker_change = QuoteRevision.objects.filter(
        quote=OuterRef("pk"), action=QuoteRevision.Action.CHANGE_SPEAKER, undone=False
    )
    return (
        Quote.objects.exclude(status=Quote.Status.AUTO, origin=Quote.Origin.EXTRACTOR)
        .annotate(speaker_was_changed=Exists(speaker_change), month=TruncMonth("updated_at"))
    )


def _counts() -> dict:
    return {
        "confirmed": Count("pk", filter=FROM_EXTRACTOR & Q(status=Quote.Status.CONFIRMED)),
        "corrected": Count("pk", filter=FROM_EXTRACTOR & Q(status=Quote.Status.CORRECTED)),
        "rejected": Count("pk", filter=FROM_EXTRACTOR & Q(status=Quote.Status.REJECTED)),
        "added": Count("pk", filter=Q(origin=Quote.Origin.EDITOR) & ~Q(status=Quote.Status.REJECTED)),
        "speaker_changed": Count("pk", filter=FROM_EXTRACTOR & KEPT & Q(speaker_was_changed=True)),
    }


def overall(quotes: QuerySet[Quote] | None = None) -> Outcomes:
    row = (quotes if quotes is not None else reviewed_quotes()).aggregate(**_counts())
    return Outcomes(label="All reviewed quotes", **row)


def breakdown(dimension: str, quotes: QuerySet[Quote] | None = None) -> list[Outcomes]:
    field, _ = DIMENSIONS[dimension]
    rows = (
        (quotes if quotes is not None else reviewed_quotes())
        .order_by()
        .values(field)
        .annotate(**_counts())
        .order_by(field)
    )
    return [Outcomes(label=_label(row.pop(field), dimension), **row) for row in rows]


def _label(value, dimension: str) -> str:
    if dimension == "month":
        return value.strftime("%Y-%m") if value else "—"
    return str(value) if value not in (None, "") else "(none)"
