"""Background work: take ids, return JSON-able summaries, enqueued with `transaction.on_commit`."""

from __future__ import annotations

from django.db import transaction
from django.tasks import task
from django.utils import timezone

from quotes.models import ImportBatch
from quotes.services import batches


@task
def plan_import(batch_id: int) -> dict[str, int]:
    """Split an uploaded batch into chunks and queue one `import_chunk` task per chunk."""
    try:
        n = batches.plan_batch(batch_id)
    except Exception as exc:
        with transaction.atomic():
            ImportBatch.objects.filter(pk=batch_id).update(
                status=ImportBatch.Status.FAILED,
                finished_at=timezone.now(),
                errors=[{"location": "", "reason": f"could not read the uploads: {type(exc).__name__}: {exc}"}],
            )
        raise
    return {"batch": batch_id, "chunks": n}


@task
def import_chunk(batch_id: int) -> dict[str, int]:
    """Import the next unclaimed chunk of the batch, whichever worker (on whichever machine) runs this."""
    return {"batch": batch_id, "chunks": batches.work_on(batch_id, limit=1)}
