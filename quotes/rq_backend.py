"""A `django.tasks` backend on RQ (Redis Queue), for task workers on several machines sharing one Redis.

    TASKS = {"default": {"BACKEND": "quotes.rq_backend.RQBackend",
                         "OPTIONS": {"URL": "redis://127.0.0.1:6379/0", "PREFIX": ""}}}
    manage.py rq_worker            # on every worker machine; --burst to stop when the queue is empty

A task's queue `default` is the RQ queue `PREFIX + "default"`, so several sites (or test runs) can share a Redis.

`enqueue` puts one RQ job per task on the queue named by the task's `queue_name`; the job calls the task by
its module path, so only the task's name and JSON-able arguments travel through Redis. django-tasks-rq targets
the `django_tasks` backport, not Django's own `django.tasks`, so this is the small part of it we need: results
are kept by RQ for a day but not read back (`get_result` is not supported), as our tasks report through the
database (import batches and their chunks).
"""

from __future__ import annotations

from typing import Any

from django.db import close_old_connections
from django.tasks.backends.base import BaseTaskBackend
from django.tasks.base import Task, TaskResult, TaskResultStatus
from django.tasks.signals import task_enqueued
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.module_loading import import_string
from redis import Redis
from rq import Queue

DEFAULT_URL = "redis://127.0.0.1:6379/0"
RESULT_TTL = 24 * 3600


class RQBackend(BaseTaskBackend):
    supports_defer = False
    supports_async_task = False
    supports_get_result = False
    supports_priority = False

    def __init__(self, alias: str, params: dict[str, Any]) -> None:
        super().__init__(alias, params)
        self.url = self.options.get("URL", DEFAULT_URL)
        self.prefix = self.options.get("PREFIX", "")

    def queue(self, name: str) -> Queue:
        return rq_queue(self.url, self.prefix + name)

    def enqueue(self, task: Task, args: list, kwargs: dict) -> TaskResult:
        self.validate_task(task)
        result = TaskResult(
            task=task, id=get_random_string(32), status=TaskResultStatus.READY, enqueued_at=timezone.now(),
            started_at=None, last_attempted_at=None, finished_at=None, args=list(args), kwargs=dict(kwargs),
            backend=self.alias, errors=[], worker_ids=[],
        )
        self.queue(task.queue_name).enqueue_call(
            run_task, args=(task.module_path, result.args, result.kwargs), job_id=result.id, result_ttl=RESULT_TTL
        )
        task_enqueued.send(type(self), task_result=result)
        return result


def rq_queue(url: str, name: str) -> Queue:
    return Queue(name, connection=Redis.from_url(url))


def run_task(path: str, args: list, kwargs: dict) -> Any:
    """What an RQ job runs: the task named by `path`, on fresh database connections if the old ones went stale."""
    close_old_connections()
    try:
        return import_string(path).call(*args, **kwargs)
    finally:
        close_old_connections()
