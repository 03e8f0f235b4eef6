"""Bulk imports: a batch, the files uploaded for it, and the chunks workers claim (`quotes/services/imports.py`,
`quotes/tasks.py`).

Kept apart from models.py, which imports these, so that each file holds one concern.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class ImportBatch(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    source_name = models.CharField(max_length=200, blank=True)
    format = models.CharField(max_length=10, default="auto")
    files = models.JSONField(default=list, blank=True)
    total = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    quotes_found = models.PositiveIntegerField(default=0)
    words = models.PositiveBigIntegerField(default=0)
    # [{"location": "feed.xml:12", "reason": "missing body"}, ...]
    errors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "import batches"

    def __str__(self) -> str:
        return f"Import #{self.pk} ({self.status})"

    @property
    def processed(self) -> int:
        return self.created + self.duplicates + self.failed

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)


class ImportUpload(models.Model):
    """A piece of a file staff uploaded for a batch, kept in the database so a worker on any machine can read it.
    A file is stored in pieces of at most `batches.UPLOAD_PIECE` bytes, in order: piece 0 starts each file."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="uploads")
    name = models.CharField(max_length=500)
    piece = models.PositiveIntegerField(default=0)
    size = models.PositiveBigIntegerField(default=0)
    data = models.BinaryField(help_text="Emptied once the batch has been split into chunks.")

    class Meta:
        ordering = ["batch", "pk"]

    def __str__(self) -> str:
        return self.name


class ImportChunk(models.Model):
    """A slice of a batch's records that one worker claims, imports and counts; chunk 0 holds reading errors."""

    class Status(models.TextChoices):
        PENDING = "pending"
        RUNNING = "running"
        DONE = "done"

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="chunks")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    # ArticleRecord.as_dict() for each record; emptied when the chunk is done.
    records = models.JSONField(default=list, blank=True)
    size = models.PositiveIntegerField(default=0)
    attempts = models.PositiveIntegerField(default=0)
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    quotes_found = models.PositiveIntegerField(default=0)
    words = models.PositiveBigIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["batch", "number"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "number"], name="import_chunk_number_unique"),
            models.CheckConstraint(condition=Q(status__in=["pending", "running", "done"]), name="import_chunk_status_valid"),
        ]
        indexes = [models.Index(fields=["batch", "status", "number"], name="import_chunk_claim_idx")]

    def __str__(self) -> str:
        return f"Chunk {self.number} of import #{self.batch_id} ({self.status})"
