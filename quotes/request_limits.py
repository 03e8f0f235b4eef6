"""Requests whose body is larger than NEWSDESK_REQUEST_MAX_BYTES are refused before a byte of it is read."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


def refuse_oversized_requests(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable:
    """Middleware: 413 for a declared body over the limit (without a Content-Length, Django reads no body)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse("Unreadable Content-Length.", status=400, content_type="text/plain")
        limit = settings.NEWSDESK_REQUEST_MAX_BYTES
        if declared > limit:
            message = f"The request is {declared:,} bytes, over the limit of {limit:,}: upload fewer or smaller files."
            return HttpResponse(message, status=413, content_type="text/plain")
        return get_response(request)

    return middleware
