"""A request that fails in production leaves its traceback on stderr (LOGGING for django.request)."""

import subprocess
import sys

from tests.test_settings import ROOT, clean_env

FAILING_REQUEST = (
    "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'newsdesk.settings'); django.setup();"
    "from django.test import Client;"
    "print(Client(raise_request_exception=False).get('/api/articles/').status_code)"
)


def test_a_failing_request_is_logged_with_its_traceback_to_stderr_with_debug_off(tmp_path):
    # A database that cannot be opened: every page that reads it fails, as when the database is down.
    env = {"DEBUG": "0", "SECRET_KEY": "s3cret", "ALLOWED_HOSTS": "testserver",
           "DATABASE_URL": f"sqlite:///{tmp_path}/missing/db.sqlite3"}
    result = subprocess.run([sys.executable, "-c", FAILING_REQUEST], env=clean_env(env), cwd=ROOT,
                            capture_output=True, text=True)
    assert result.stdout.strip() == "500", result.stderr
    assert "Internal Server Error: /api/articles/" in result.stderr
    assert "Traceback (most recent call last)" in result.stderr
    assert "OperationalError" in result.stderr
