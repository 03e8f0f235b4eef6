"""Staff pages for bulk imports: upload files, watch a batch's progress, see what failed."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from django_htmx.middleware import HtmxDetails

from quotes import importers
from quotes.models import ImportBatch
from quotes.services import batches

ERRORS_SHOWN = 200


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None) -> list:
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files if f] or [super().clean(None)]


class ImportUploadForm(forms.Form):
    files = MultipleFileField(label="Files or archives", help_text="Text, HTML, JSON Lines, JSON, CSV, RSS/Atom; .zip or .tar.gz")
    source = forms.CharField(required=False, max_length=200, label="Publication", help_text="for articles that name none")
    format = forms.ChoiceField(
        choices=[("auto", "Detect")] + [(f, f) for f in importers.FORMATS], initial="auto", required=False
    )

    def clean_format(self) -> str:
        return self.cleaned_data["format"] or "auto"

    def clean_files(self) -> list:
        """Each file within the import limit, checked before any of it is stored."""
        files, limit = self.cleaned_data["files"], settings.NEWSDESK_IMPORT_MAX_BYTES
        too_big = [f"{upload.name} is {upload.size:,} bytes" for upload in files if upload.size > limit]
        if too_big:
            raise forms.ValidationError(f"{'; '.join(too_big)}: the limit is {limit:,} bytes a file.")
        return files


def can_import(user) -> bool:
    return user.is_authenticated and (user.is_staff or user.has_perm("quotes.add_importbatch"))


def _require_importer(request: HttpRequest) -> None:
    if not can_import(request.user):
        raise PermissionDenied


@login_required
def batch_list(request: HttpRequest) -> HttpResponse:
    _require_importer(request)
    page = Paginator(ImportBatch.objects.select_related("created_by").order_by("-created_at", "-pk"), 25)
    return render(request, "imports/list.html", {"page": page.get_page(request.GET.get("page"))})


@login_required
def new_import(request: HttpRequest) -> HttpResponse:
    _require_importer(request)
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        batch = batches.create_upload_batch(
            form.cleaned_data["files"], request.user, form.cleaned_data["source"], form.cleaned_data["format"]
        )
        return redirect("imports-batch", pk=batch.pk)
    return render(request, "imports/new.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def batch_view(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    _require_importer(request)
    batch = get_object_or_404(ImportBatch.objects.select_related("created_by"), pk=pk)
    context = {"batch": batch, "chunks": batches.chunk_progress(batch), "errors": batch_errors(batch)}
    template = "imports/batch.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#batch-status"
    return render(request, template, context)


@require_POST
@login_required
def resume_import(request: HttpRequest, pk: int) -> HttpResponse:
    _require_importer(request)
    batch = get_object_or_404(ImportBatch, pk=pk)
    if batch.status != ImportBatch.Status.DONE:
        batches.resume_batch(batch)
    return redirect("imports-batch", pk=batch.pk)


def batch_errors(batch: ImportBatch) -> list[dict[str, str]]:
    """Finished batches keep their errors; while running, they are read from the chunks done so far."""
    errors = batch.errors if batch.is_finished else batches.collect_errors(batch)
    return errors[:ERRORS_SHOWN]
