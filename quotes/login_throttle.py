"""Failed logins are counted per account and per address (in the cache, shared by every process with CACHE_URL);
past the limit, logins for that account or from that address are refused for a while, with a message saying so.
Used by `/accounts/login/` and `/admin/login/` (newsdesk/urls.py)."""

from __future__ import annotations

import hashlib

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.http import HttpRequest

from quotes.models import name_key


def _keys(request: HttpRequest | None, username: str) -> dict[str, str]:
    header = settings.NEWSDESK_CLIENT_ADDRESS_HEADER  # the proxy's header naming the client, when behind one
    meta = request.META if request is not None else {}
    address = (meta.get(header, "") if header else "").split(",")[0].strip() or meta.get("REMOTE_ADDR", "")
    return {"account": _key("account", name_key(username)), "address": _key("address", address)}


def _key(kind: str, value: str) -> str:
    """A cache key for any typed value (a digest: NUL, spaces or 10,000 characters are all one short key)."""
    return f"login-failures:{kind}:{hashlib.sha256(value.encode('utf-8', 'replace')).hexdigest()}"


def _limits() -> dict[str, int]:
    return {"account": settings.NEWSDESK_LOGIN_FAILURES_PER_ACCOUNT, "address": settings.NEWSDESK_LOGIN_FAILURES_PER_ADDRESS}


def locked_out(request: HttpRequest | None, username: str) -> bool:
    counts = cache.get_many(list(_keys(request, username).values()))
    limits = _limits()
    return any(counts.get(key, 0) >= limits[kind] for kind, key in _keys(request, username).items())


def record_failure(request: HttpRequest | None, username: str) -> None:
    for key in _keys(request, username).values():
        cache.add(key, 0, settings.NEWSDESK_LOGIN_LOCKOUT_S)  # the window starts at the first failure
        try:
            cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.set(key, 1, settings.NEWSDESK_LOGIN_LOCKOUT_S)


def record_success(request: HttpRequest | None, username: str) -> None:
    cache.delete(_keys(request, username)["account"])


class ThrottledLogin:
    """Checks the throttle before the password (a locked account is refused even with the right one)."""

    request: HttpRequest | None
    data: dict

    def clean(self) -> dict:
        username = str(self.data.get("username", ""))
        if locked_out(self.request, username):
            minutes = max(settings.NEWSDESK_LOGIN_LOCKOUT_S // 60, 1)
            raise forms.ValidationError(
                f"Too many failed logins for this account or from this address. Try again in {minutes} minutes.",
                code="throttled",
            )
        try:
            cleaned = super().clean()  # type: ignore[misc]
        except forms.ValidationError:
            record_failure(self.request, username)
            raise
        record_success(self.request, username)
        return cleaned


class ThrottledAuthenticationForm(ThrottledLogin, AuthenticationForm):
    pass


class ThrottledAdminAuthenticationForm(ThrottledLogin, AdminAuthenticationForm):
    pass
