"""Helpers for tests that run commands in another process against the test database."""

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def test_database_url() -> str:
    """The URL of the test database this process uses, for a subprocess to share it."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def manage(*args: str, **popen) -> subprocess.Popen:
    """`manage.py ARGS` in a new process using the test database (data must be committed: transactional_db)."""
    # faulthandler: a process that hangs can be made to print every thread's stack (see finish_or_dump)
    env = {**os.environ, "DATABASE_URL": test_database_url(), "SECRET_KEY": "test-only", "PYTHONUNBUFFERED": "1",
           "PYTHONFAULTHANDLER": "1"}
    env.pop("NEWSDESK_TASK_BACKEND", None)
    return subprocess.Popen(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, **popen,
    )


def finish_or_dump(process: subprocess.Popen, timeout: float) -> tuple[str, str]:
    """The process's output once it exits; if it has not within `timeout`, it and its children are made to print
    their stacks (SIGABRT, caught by faulthandler) and the test fails with them, so a hang says where it hung."""
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()
        for pid in [*map(int, children), process.pid]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGABRT)
        _, err = process.communicate()
        raise AssertionError(f"{process.args} still running after {timeout} s; its stacks:\n{err[-20000:]}") from None
