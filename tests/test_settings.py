"""Settings come from the environment; each case runs Django in a fresh process."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
SHOW = "from django.conf import settings as s; import json; print(json.dumps({{k: str(getattr(s, k)) for k in {keys}}}))"


def clean_env(env: dict) -> dict:
    keep = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "DATABASE_URL", "ALLOWED_HOSTS")}
    return {**keep, **env}


def settings_under(env: dict, *keys: str) -> subprocess.CompletedProcess:
    code = "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'newsdesk.settings'); django.setup();" + SHOW.format(keys=list(keys))
    return subprocess.run([sys.executable, "-c", code], env=clean_env(env), cwd=ROOT, capture_output=True, text=True)


def test_serving_refuses_to_start_without_a_secret_key_when_debug_is_off():
    for module in ("newsdesk.wsgi", "newsdesk.asgi"):
        result = subprocess.run(
            [sys.executable, "-c", f"import {module}"], env=clean_env({"DEBUG": "0"}), cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode != 0
        assert "SECRET_KEY must be set" in result.stderr


def test_serving_starts_with_a_secret_key():
    result = subprocess.run(
        [sys.executable, "-c", "import newsdesk.wsgi"], env=clean_env({"SECRET_KEY": "s3cret"}), cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_command_line_work_needs_no_secret_key():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], env=clean_env({"DEBUG": "0"}), cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_debug_gets_a_development_secret():
    result = settings_under({"DEBUG": "1"}, "SECRET_KEY", "DEBUG")
    assert result.returncode == 0, result.stderr
    assert "development-only" in result.stdout


def test_values_come_from_the_environment():
    env = {
        "SECRET_KEY": "s3cret",
        "ALLOWED_HOSTS": "news.example, desk.example",
        "DATABASE_URL": "postgres://u:p@db.example:5432/newsdesk",
        "NEWSDESK_SPACY_MODEL": "en_core_web_lg",
    }
    result = settings_under(env, "SECRET_KEY", "ALLOWED_HOSTS", "DATABASES", "NEWSDESK_SPACY_MODEL", "DEBUG")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "s3cret" in out and "news.example" in out and "desk.example" in out
    assert "db.example" in out and "django.db.backends.postgresql" in out
    assert "en_core_web_lg" in out
    assert '"DEBUG": "False"' in out


def test_the_default_database_is_sqlite_in_the_project():
    result = settings_under({"DEBUG": "1"}, "DATABASES")
    assert "sqlite3" in result.stdout and "db.sqlite3" in result.stdout


def test_a_malformed_boolean_is_refused_loudly():
    result = settings_under({"DEBUG": "maybe", "SECRET_KEY": "x"}, "DEBUG")
    assert result.returncode != 0
    assert "DEBUG='maybe'" in result.stderr


def test_a_redis_cache_url_gives_the_shared_redis_cache_and_sessions_read_from_it():
    result = settings_under({"DEBUG": "1", "CACHE_URL": "redis://127.0.0.1:6379/1"}, "CACHES", "SESSION_ENGINE")
    assert result.returncode == 0, result.stderr
    assert "RedisCache" in result.stdout and "redis://127.0.0.1:6379/1" in result.stdout
    assert "backends.cached_db" in result.stdout


def test_without_a_cache_url_each_process_keeps_a_large_local_cache_and_sessions_stay_in_the_database():
    result = settings_under({"DEBUG": "1"}, "CACHES", "SESSION_ENGINE")
    assert result.returncode == 0, result.stderr
    assert "LocMemCache" in result.stdout and "20000" in result.stdout
    assert "backends.db" in result.stdout  # a logout must reach every process


def test_a_cache_url_that_is_not_redis_is_refused():
    result = settings_under({"DEBUG": "1", "CACHE_URL": "memcached://127.0.0.1:11211"}, "CACHES")
    assert result.returncode != 0
    assert "CACHE_URL must be a redis:// address" in result.stderr


def test_postgresql_connections_do_not_compile_queries_to_machine_code(db):
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


def check_deploy(env: dict) -> subprocess.CompletedProcess:
    deployed = {k: v for k, v in clean_env(env).items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}  # the tests' own
    return subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                          env=deployed, cwd=ROOT, capture_output=True, text=True)


PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "k3y-" + "x7Qp9zL2" * 8,
    "ALLOWED_HOSTS": "news.example",
    "SECURE_COOKIES": "1",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_PRELOAD": "1",
    "SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO=https",
    "EMAIL_HOST": "smtp.news.example",  # without a mailer, check --deploy warns that mail would fail (mail.W001)
}


def test_check_deploy_is_clean_with_the_https_settings_from_the_environment():
    result = check_deploy(PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_names_what_is_missing():
    result = check_deploy({"DEBUG": "0", "ALLOWED_HOSTS": "news.example"})
    assert result.returncode != 0
    for missing in ("newsdesk.E001", "security.W004", "security.W008", "security.W012", "security.W016"):
        assert missing in result.stderr


def test_check_deploy_says_the_development_key_is_in_use():
    result = check_deploy({"DEBUG": "1"})
    assert "newsdesk.E001" in result.stderr and "the development key" in result.stderr
    assert "security.W009" in result.stderr  # django-insecure-: Django's own check names it too


def test_the_proxy_ssl_header_is_read_as_header_and_value():
    result = settings_under({**PRODUCTION}, "SECURE_PROXY_SSL_HEADER")
    assert "('HTTP_X_FORWARDED_PROTO', 'https')" in result.stdout
    result = settings_under({**PRODUCTION, "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto"}, "DEBUG")
    assert result.returncode != 0 and "HTTP_X_FORWARDED_PROTO=https" in result.stderr


@pytest.mark.parametrize("name", ["DATABASE_URL", "SECRET_KEY", "CACHE_URL", "NEWSDESK_SPACY_MODEL", "DEBUG",
                                  "CONN_MAX_AGE", "NEWSDESK_DISPLAY_THRESHOLD", "ALLOWED_HOSTS", "NEWSDESK_TASK_BACKEND",
                                  "LOG_LEVEL", "SECURE_PROXY_SSL_HEADER", "EMAIL_HOST", "NEWSDESK_IMPORT_MAX_BYTES"])
def test_an_empty_variable_means_unset(name):
    # compared with the same environment without the variable at all (for DEBUG: off, so a production key is set)
    env = {k: v for k, v in {"DEBUG": "1", "SECRET_KEY": "k" * 50}.items() if k != name}
    unset = settings_under(env, "DATABASES", "CACHES", "NEWSDESK_SPACY_MODEL", "TASKS", "MAILERS")
    empty = settings_under({**env, name: ""}, "DATABASES", "CACHES", "NEWSDESK_SPACY_MODEL", "TASKS", "MAILERS")
    assert empty.returncode == 0, empty.stderr
    same = re.compile(r"newsdesk-test-\d+")  # the test database is named for the process
    assert same.sub("", empty.stdout) == same.sub("", unset.stdout)


def test_mail_is_configured_from_the_environment():
    result = settings_under({"DEBUG": "1", "EMAIL_HOST": "smtp.news.example", "EMAIL_HOST_USER": "desk"}, "MAILERS")
    assert result.returncode == 0, result.stderr
    assert "smtp.EmailBackend" in result.stdout and "smtp.news.example" in result.stdout and "desk" in result.stdout
    unset = settings_under({"DEBUG": "1"}, "MAILERS")
    assert "dummy.EmailBackend" in unset.stdout and "smtp" not in unset.stdout
    assert '"MAILERS": "{}"' in settings_under({"DEBUG": "0", "SECRET_KEY": "x" * 50}, "MAILERS").stdout


def test_password_reset_is_routed_only_with_a_mail_server():
    code = ("import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'newsdesk.settings'); django.setup();"
            "from django.test import Client; print(Client().get('/accounts/password_reset/').status_code)")

    def status(env: dict) -> str:
        run = subprocess.run([sys.executable, "-c", code], env=clean_env({"DEBUG": "1", "ALLOWED_HOSTS": "testserver", **env}), cwd=ROOT,
                             capture_output=True, text=True)
        return run.stdout.strip() or run.stderr

    assert status({}) == "404"
    assert status({"EMAIL_HOST": "smtp.news.example"}) == "200"
