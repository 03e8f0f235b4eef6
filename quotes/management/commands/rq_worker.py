"""`manage.py rq_worker`: run the tasks queued on Redis by `quotes.rq_backend.RQBackend`, on any machine."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.tasks import task_backends
from rq import SimpleWorker

from quotes.rq_backend import DEFAULT_URL, RQBackend, rq_queue


class Command(BaseCommand):
    help = "Run tasks queued on Redis by quotes.rq_backend.RQBackend (its URL and PREFIX unless given here)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--queue", dest="queues", action="append", help="task queue (repeatable; default: default)")
        parser.add_argument("--url", default=None, help=f"Redis URL (default: the backend's, else {DEFAULT_URL})")
        parser.add_argument("--prefix", default=None, help="RQ queue name prefix (default: the backend's, else none)")
        parser.add_argument("--burst", action="store_true", help="stop once the queues are empty")
        parser.add_argument("--worker-id", default=None, help="a name for this worker (default: RQ's own)")

    def handle(self, *args: str, queues: list[str] | None, url: str | None, prefix: str | None, burst: bool,
               worker_id: str | None, **options: Any) -> None:
        backend = task_backends["default"]
        configured = backend if isinstance(backend, RQBackend) else None
        url = url or (configured.url if configured else DEFAULT_URL)
        prefix = prefix if prefix is not None else (configured.prefix if configured else "")
        rq_queues = [rq_queue(url, prefix + name) for name in queues or ["default"]]
        # Jobs run in this process (no fork per job): the spaCy pipeline is loaded once and kept.
        worker = SimpleWorker(rq_queues, connection=rq_queues[0].connection, name=worker_id)
        worker.work(burst=burst, logging_level="WARNING")
