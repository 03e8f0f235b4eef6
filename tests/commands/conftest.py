"""Helpers for tests that run commands in another process against the test database."""

import os
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
    env = {**os.environ, "DATABASE_URL": test_database_url(), "SECRET_KEY": "test-only", "PYTHONUNBUFFERED": "1"}
    env.pop("NEWSDESK_TASK_BACKEND", None)
    return subprocess.Popen(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, **popen,
    )
