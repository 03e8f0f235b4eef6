"""The desk's speaker pages: find a speaker, edit its name, kind and description, merge it into another and undo a
merge. Editors only, as the rest of the desk (`quotes/views/desk.py`)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from quotes import forms, params
from quotes.models import Speaker, SpeakerMerge
from quotes.permissions import editor_required
from quotes.services import editing, speaker_edits


@editor_required
def speakers(request: HttpRequest) -> HttpResponse:
    """Speaker search (the type-ahead's options under htmx) and, with ?speaker=, one speaker's editing panel."""
    query = params.text(request.GET.get("q"), "q")
    context: dict[str, Any] = {
        "q": query,
        "matches": speaker_edits.search_speakers(query),
        "speaker_kinds": Speaker.Kind.choices,
    }
    context["offer_create"] = "create" in request.GET
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "desk/speakers.html#speaker-options", context)
    if (pk := params.optional_id(request.GET.get("speaker"), "speaker")) is not None:
        context |= _speaker_panel(get_object_or_404(Speaker, pk=pk))
    return render(request, "desk/speakers.html", context)


def _speaker_panel(speaker: Speaker | None, **extra: Any) -> dict[str, Any]:
    if speaker is None:
        return {}
    merges = SpeakerMerge.objects.filter(target=speaker).select_related("source").order_by("-created_at")[:20]
    form = extra.pop("form", None) or forms.SpeakerEditForm(instance=speaker)
    aliases = list(speaker.aliases.all())
    return {"speaker": speaker, "edit_form": form, "merges": merges, "aliases": aliases, **extra}


def _panel_answer(request: HttpRequest, speaker: Speaker, **extra: Any) -> HttpResponse:
    if not request.htmx:
        for key in ("error", "note"):
            if extra.get(key):
                messages.info(request, extra[key])
        return HttpResponseRedirect(f"{reverse('desk-speakers')}?speaker={speaker.pk}")
    return render(request, "desk/speakers.html#speaker-panel", _speaker_panel(speaker, **extra))


@require_POST
@editor_required
def edit_speaker(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = get_object_or_404(Speaker, pk=pk)
    form = forms.SpeakerEditForm(request.POST, instance=Speaker.objects.get(pk=pk))
    if not form.is_valid():
        return _panel_answer(request, speaker, form=form, error="Not saved: see the form.")
    data = form.cleaned_data
    speaker = speaker_edits.update_speaker(speaker, data["name"], data["kind"], data["description"])
    return _panel_answer(request, speaker, note="Saved.")


@require_POST
@editor_required
def merge_speaker(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(Speaker, pk=pk)
    form = forms.MergeForm(request.POST)
    if not form.is_valid():
        return _panel_answer(request, source, error=forms.first_error(form))
    try:
        merge = speaker_edits.merge_speakers(source, form.cleaned_data["speaker"], request.user)
    except editing.EditError as refused:
        return _panel_answer(request, source, error=str(refused))
    note = f"Merged {source.name} into {merge.target.name}: {len(merge.moved_quote_ids)} quotes moved."
    return _panel_answer(request, merge.target, note=note)


@require_POST
@editor_required
def unmerge(request: HttpRequest, pk: int) -> HttpResponse:
    merge = get_object_or_404(SpeakerMerge.objects.select_related("source", "target"), pk=pk)
    try:
        speaker_edits.unmerge_speakers(merge, request.user)
    except editing.EditError as refused:
        return _panel_answer(request, merge.target, error=str(refused))
    return _panel_answer(request, merge.target, note=f"{merge.source.name} is separate again.")
