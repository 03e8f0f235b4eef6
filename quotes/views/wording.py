"""The desk's "Wording differs": statements whose outlets' versions differ from the reference beyond trimming,
newest first, each differing version with its changed words; an editor judges it a misquote or an acceptable
difference (a revision, undone like any edit). Editors only; every verdict is a POST with the version seen."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from quotes import forms
from quotes.models import Quote, Statement
from quotes.permissions import editor_required
from quotes.services import editing, statements

PER_PAGE = 20
ROW = "desk/wording.html#version-row"


@editor_required
def differing(request: HttpRequest) -> HttpResponse:
    judged_too = request.GET.get("judged") == "1"
    found = Statement.objects.filter(differing__gt=0) if judged_too else Statement.objects.filter(to_check__gt=0)
    page = Paginator(found.select_related("speaker").order_by("-latest_at", "-id"), PER_PAGE).get_page(
        request.GET.get("page")
    )
    rows = statements.with_versions(list(page.object_list))
    return render(request, "desk/wording.html", {"page": page, "rows": rows, "judged_too": judged_too})


@require_POST
@editor_required
def judge(request: HttpRequest, pk: int) -> HttpResponse:
    form = forms.WordingVerdictForm(request.POST)
    return _edit(request, pk, form, lambda q, d: editing.judge_wording(q, d["verdict"], request.user, d["version"]))


@require_POST
@editor_required
def undo(request: HttpRequest, pk: int) -> HttpResponse:
    form = forms.VersionForm(request.POST)
    return _edit(request, pk, form, lambda q, d: editing.undo(q, request.user, d["version"]).quote)


def _edit(request: HttpRequest, pk: int, form: forms.VersionForm, apply) -> HttpResponse:
    """Apply the edit and answer with the version's row (htmx), or back to the list (a plain form post)."""
    quote = get_object_or_404(Quote.objects.for_desk(), pk=pk)
    if not form.is_valid():
        return HttpResponse(form.errors.as_text(), status=400, content_type="text/plain; charset=utf-8")
    error = ""
    try:
        quote = apply(quote, form.cleaned_data) or editing.current(pk)
    except editing.StaleVersion as stale:
        quote, error = stale.current, str(stale)
    except editing.EditError as refused:
        return HttpResponse(str(refused), status=409, content_type="text/plain; charset=utf-8")
    if not request.htmx:
        return HttpResponseRedirect(f"{reverse('desk-wording')}#version-{pk}")
    version = next((v for v in statements.versions(quote, public=False) if v.quote.pk == pk), None)
    version = version or statements.Version(quote, [])  # it left its statement since
    return render(request, ROW, {"version": version, "error": error, "judged_now": True})
