"""Forms. Each section belongs to the views named in its heading."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from quotes.models import Quote, Source, Speaker
from quotes.services import search

# --- Reader search (views/reader.py, views/api.py) ---------------------------------------------------------


class FlagInput(forms.CheckboxInput):
    """A checkbox that also reads `?reviewed=0`/`false` in a hand-written URL as off."""

    def value_from_datadict(self, data, files, name: str) -> bool:
        return str(data.get(name, "")).strip().lower() in ("1", "true", "on", "yes")


DATE_ATTRS = {"type": "date", "class": "filter"}


class QuoteSearchForm(forms.Form):
    """The reader's search, read from the query string; the same fields filter the JSON API and the exports."""

    q = forms.CharField(required=False, max_length=500, label="Words in the quote")
    who = forms.CharField(required=False, max_length=200, label="Speaker")
    speaker = forms.SlugField(required=False, max_length=220, widget=forms.HiddenInput)
    # class "filter": changing one of these re-runs the search (templates/reader/search.html)
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs=DATE_ATTRS, format="%Y-%m-%d"))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs=DATE_ATTRS, format="%Y-%m-%d"))
    source = forms.ModelChoiceField(
        queryset=Source.objects.order_by("name"),
        required=False,
        empty_label="Any source",
        widget=forms.Select(attrs={"class": "filter"}),
    )
    kind = forms.ChoiceField(
        choices=[("", "Any kind"), *Quote.Kind.choices], required=False, widget=forms.Select(attrs={"class": "filter"})
    )
    reviewed = forms.BooleanField(
        required=False, label="Reviewed by an editor", widget=FlagInput(attrs={"class": "filter"})
    )

    def clean_speaker(self) -> Speaker | None:
        slug = self.cleaned_data["speaker"]
        if not slug:
            return None
        speaker = search.resolve_speaker(slug)
        if speaker is None:
            raise ValidationError("No speaker has this address.")
        return speaker

    def clean(self) -> dict:
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "The end date is before the start date.")
        return data

    def filters(self) -> search.QuoteFilters:
        """Only call on a valid form."""
        data = self.cleaned_data
        return search.QuoteFilters(
            words=data["q"],
            speaker=data["speaker"],
            who=data["who"],
            date_from=data["date_from"],
            date_to=data["date_to"],
            source=data["source"],
            kind=data["kind"],
            reviewed_only=data["reviewed"],
        )

    def search(self) -> QuerySet[Quote]:
        """The matching public quotes; none when the form is invalid (a filter that can't be read isn't dropped)."""
        if not self.is_valid():
            return Quote.objects.none()
        return search.search_quotes(self.filters())

    def speaker_suggestions(self, limit: int = 8) -> list[Speaker]:
        """Speakers matching the typed name, for the reader to pick one; none once one is picked."""
        if not self.is_valid() or self.cleaned_data["speaker"] or not self.cleaned_data["who"]:
            return []
        return list(search.matching_speakers(self.cleaned_data["who"])[:limit])
