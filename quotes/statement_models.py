"""One statement carried by several outlets: the quotes that are copies of it, and the keys that find them.

Kept apart from models.py (which imports these) because the statement is a concern of its own; grouping lives in
`quotes/services/statements.py`, the comparison of wordings in `quotes/wording.py` (README, "One statement, many
outlets").
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class Statement(models.Model):
    """Quotes of one speaker in different articles that are one statement, each outlet's version of it. A quote
    that repeats no other has none. Its counts are kept by `services.statements.refresh`."""

    speaker = models.ForeignKey("quotes.Speaker", on_delete=models.CASCADE, related_name="+")
    # The longest version most outlets agree with: the others are the same words, trimmed, or differ from it.
    reference = models.ForeignKey("quotes.Quote", null=True, on_delete=models.SET_NULL, related_name="+")
    # The version readers' lists show for the statement (the reference when readers may see it).
    lead = models.ForeignKey("quotes.Quote", null=True, on_delete=models.SET_NULL, related_name="+")
    versions = models.PositiveIntegerField(default=0)
    outlets = models.PositiveIntegerField(default=0, help_text="Outlets among the versions readers may see.")
    differing = models.PositiveIntegerField(default=0, help_text="Versions whose wording differs from the reference.")
    to_check = models.PositiveIntegerField(default=0, help_text="Differing versions no editor has judged yet.")
    latest_at = models.DateTimeField(null=True, blank=True, help_text="The newest version's publication date.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-latest_at", "-id"]
        indexes = [
            # The desk's "Wording differs" list, newest first: only the few statements it lists are in them.
            models.Index(fields=["-latest_at", "-id"], condition=Q(to_check__gt=0), name="statement_to_check_idx"),
            models.Index(fields=["-latest_at", "-id"], condition=Q(differing__gt=0), name="statement_differing_idx"),
        ]

    def __str__(self) -> str:
        return f"Statement {self.pk} ({self.versions} versions)"


class StatementKey(models.Model):
    """One of a quote's winnowed shingle hashes (`wording.index_keys`), under its speaker: the quotes sharing a key
    with a new quote are the only ones compared with it."""

    quote = models.ForeignKey("quotes.Quote", on_delete=models.CASCADE, related_name="+")
    speaker = models.ForeignKey("quotes.Speaker", on_delete=models.CASCADE, related_name="+", db_index=False)
    key = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["speaker", "key"], name="statement_key_idx")]

    def __str__(self) -> str:
        return f"{self.key} of quote {self.quote_id}"
