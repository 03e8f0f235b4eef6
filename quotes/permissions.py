"""Who may edit: members of the Editors group (granted these permissions) and staff."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect

EDITORS_GROUP = "Editors"
EDITOR_PERMISSIONS = [
    "view_quote",
    "change_quote",
    "add_quote",
    "view_speaker",
    "change_speaker",
    "add_speaker",
    "add_speakeralias",
    "change_speakeralias",
    "view_article",
]


def is_editor(user) -> bool:
    return user.is_authenticated and (user.is_staff or user.has_perm("quotes.change_quote"))


def editor_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Anonymous: to the login page (a client redirect for htmx). Logged in but not an editor: 403."""

    @wraps(view)
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            if request.htmx:
                return HttpResponseClientRedirect(f"{reverse('login')}?next={request.htmx.current_url_abs_path or ''}")
            return redirect_to_login(request.get_full_path())
        if not is_editor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded
