"""Forms. Each section belongs to the views named in its heading."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

from django import forms
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils.safestring import SafeString

from quotes import desk_cards
from quotes.markup import html
from quotes.models import Quote, Source, Speaker
from quotes.names import NEEDS_A_NAME, clean_name
from quotes.params import DayField, IdField
from quotes.services import counting, search

# --- Reader search (views/reader.py, views/api.py) ---------------------------------------------------------


class FlagInput(forms.CheckboxInput):
    """A checkbox that also reads `?reviewed=0`/`false` in a hand-written URL as off."""

    def value_from_datadict(self, data, files, name: str) -> bool:
        return str(data.get(name, "")).strip().lower() in ("1", "true", "on", "yes")


DATE_ATTRS = {"type": "date", "class": "filter"}
# How long each server process lists the sources it read last: a query on every search and queue page otherwise
# (a round trip that, on a loaded machine, costs more than the rest of the form), and a new outlet waiting a
# minute to appear in the source filter is nothing a reader misses. Its quotes show at once.
SOURCES_REMEMBERED_S = 60


class FilterOptions:
    """The source and kind filters' <option>s, the chosen one selected. Written here rather than by Django's
    widget templates, which render every option through the template engine (~2 ms a page)."""

    @property
    def source_options(self) -> SafeString:
        field = self.fields["source"]
        return self._options([("", field.empty_label), *_sources()], self._chosen("source"))

    @property
    def kind_options(self) -> SafeString:
        return _kind_options(tuple(self.fields["kind"].choices), self._chosen("kind"))

    def _chosen(self, name: str) -> str:
        return str(self[name].value() or "")

    @staticmethod
    def _options(choices: Iterable[tuple[Any, str]], chosen: str) -> SafeString:
        return SafeString("".join(  # each option escaped by `html`
            html('<option value="{}"{}>{}</option>', value, " selected" if str(value) == chosen else "", label)
            for value, label in choices
        ))


def _sources() -> list[tuple[int, str]]:
    """Every source's id and name, by name (see SOURCES_REMEMBERED_S)."""
    remembered = caches["local"]
    sources = remembered.get("source-choices")
    if sources is None:
        sources = list(Source.objects.order_by("name", "pk").values_list("pk", "name"))
        remembered.set("source-choices", sources, SOURCES_REMEMBERED_S)
    return sources


@functools.lru_cache(maxsize=64)  # bounded: the chosen value comes from the address
def _kind_options(choices: tuple[tuple[str, str], ...], chosen: str) -> SafeString:
    return FilterOptions._options(choices, chosen)


class QuoteSearchForm(FilterOptions, forms.Form):
    """The reader's search, read from the query string; the same fields filter the JSON API and the exports."""

    q = forms.CharField(required=False, max_length=500, label="Words in the quote")
    who = forms.CharField(required=False, max_length=200, label="Speaker")
    speaker = forms.SlugField(required=False, max_length=220, widget=forms.HiddenInput)
    # class "filter": changing one of these re-runs the search (templates/reader/search.html)
    date_from = DayField(required=False, label="From", widget=forms.DateInput(attrs=DATE_ATTRS, format="%Y-%m-%d"))
    date_to = DayField(required=False, label="To", widget=forms.DateInput(attrs=DATE_ATTRS, format="%Y-%m-%d"))
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
        return search.every_match(self.filters())

    def speaker_suggestions(self, limit: int = 8) -> list[Speaker]:
        """Speakers matching the typed name, for the reader to pick one; none once one is picked."""
        if not self.is_valid() or self.cleaned_data["speaker"] or not self.cleaned_data["who"]:
            return []
        return list(search.matching_speakers(self.cleaned_data["who"]).for_readers()[:limit])


# --- Editor desk (views/desk.py) ----------------------------------------------------------------------

QUEUE_STATUSES = [
    ("auto", "Needs review"),
    ("confirmed", "Confirmed"),
    ("corrected", "Corrected"),
    ("rejected", "Rejected"),
    ("all", "All"),
]
COUNT_CAP = 1_000  # "1000+" is as useful to an editor as an exact figure, and 10x cheaper at scale


class QueueFilterForm(FilterOptions, forms.Form):
    """The review queue's filters, lowest confidence first, paged by a (confidence, id) cursor."""

    status = forms.ChoiceField(choices=QUEUE_STATUSES, required=False)
    article = IdField(required=False, widget=forms.HiddenInput)
    source = forms.ModelChoiceField(queryset=Source.objects.all(), required=False, empty_label="Any source")
    speaker = IdField(required=False, widget=forms.HiddenInput)
    kind = forms.ChoiceField(choices=[("", "Any kind"), *Quote.Kind.choices], required=False)
    date_from = DayField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = DayField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    after = forms.CharField(required=False, widget=forms.HiddenInput)

    def value(self, name: str):
        self.is_valid()  # an unreadable filter is dropped; the others still apply
        return self.cleaned_data.get(name)

    def chosen_status(self) -> str:
        return self.value("status") or "auto"

    def filtered(self, with_status: bool = True) -> QuerySet[Quote]:
        """Quotes matching every filter (the status one only when asked)."""
        self.is_valid()
        data = self.cleaned_data
        quotes = Quote.objects.all()
        if with_status and self.chosen_status() != "all":
            quotes = quotes.filter(status=self.chosen_status())
        for field, lookup in (("article", "article_id"), ("speaker", "speaker_id"), ("kind", "kind")):
            if data.get(field):
                quotes = quotes.filter(**{lookup: data[field]})
        if data.get("source"):
            quotes = quotes.filter(source=data["source"])  # the quote's copy, indexed with status and confidence
        if data.get("date_from"):
            quotes = quotes.filter(self._date_q("gte", data["date_from"]))
        if data.get("date_to"):
            quotes = quotes.filter(self._date_q("lt", data["date_to"] + dt.timedelta(days=1)))
        return quotes

    @staticmethod
    def _date_q(op: str, day: dt.date) -> Q:
        """By the article's publication date, or its import date when it has none."""
        when = dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)
        return Q(**{f"article__published_at__{op}": when}) | Q(
            article__published_at__isnull=True, **{f"article__imported_at__{op}": when}
        )

    def cursor(self) -> tuple[float, int] | None:
        raw = self.value("after") or ""
        confidence, _, pk = raw.partition(":")
        try:
            return float(confidence), int(pk)
        except ValueError:
            return None

    def page(self, per_page: int) -> tuple[list[SimpleNamespace], str]:
        """One page of the queue after the cursor, as the cards read it (`desk_cards.card_rows`), and the cursor of
        the next page ('' on the last)."""
        quotes = self.filtered().order_by("confidence", "id")
        if cursor := self.cursor():
            confidence, pk = cursor
            # the range on confidence lets the (status, confidence, id) index start at the cursor
            quotes = quotes.filter(confidence__gte=confidence).filter(Q(confidence__gt=confidence) | Q(id__gt=pk))
        rows = desk_cards.card_rows(quotes[: per_page + 1])
        more = len(rows) > per_page
        rows = rows[:per_page]
        return rows, (f"{rows[-1].confidence!r}:{rows[-1].pk}" if more else "")

    def counts(self) -> list[tuple[str, str, int, bool]]:
        """(status, label, count, capped) per status: index scans that stop after COUNT_CAP rows, in one query,
        counted afresh (unlike the reader's `counting.count_at_most`): one "Confirm them" can empty a tab of
        thousands, and must show at once."""
        base = self.filtered(with_status=False).order_by()
        statuses = QUEUE_STATUSES[:-1]
        counted = counting.count_each_at_most([base.filter(status=status) for status, _ in statuses], COUNT_CAP)
        return [(status, label, min(n, COUNT_CAP), n > COUNT_CAP) for (status, label), n in zip(statuses, counted)]


class BulkConfirmForm(QueueFilterForm):
    min_confidence = forms.FloatField(min_value=0.0, max_value=1.0)


class VersionForm(forms.Form):
    """Every single-quote edit carries the version the editor saw."""

    version = forms.IntegerField(min_value=1)


class WordingVerdictForm(VersionForm):
    verdict = forms.ChoiceField(choices=Quote.WordingVerdict.choices)


class RejectForm(VersionForm):
    reason = forms.ChoiceField(choices=[c for c in Quote.RejectReason.choices if c[0]])


class KindForm(VersionForm):
    kind = forms.ChoiceField(choices=Quote.Kind.choices)


class SpanForm(VersionForm):
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)


class SpeakerPickForm(forms.Form):
    """An existing live speaker, or the name and kind of a new one."""

    speaker = forms.ModelChoiceField(queryset=Speaker.objects.filter(merged_into__isnull=True), required=False)
    new_speaker = forms.CharField(max_length=200, required=False, strip=True)
    new_speaker_kind = forms.ChoiceField(choices=Speaker.Kind.choices, required=False)
    speaker_required = True

    def clean_new_speaker(self) -> str:
        return _visible_name(self.cleaned_data["new_speaker"])

    def clean(self):
        data = super().clean()
        if self.speaker_required and not data.get("speaker") and not data.get("new_speaker"):
            raise forms.ValidationError("Choose a speaker from the list, or name a new one.")
        return data


class ChangeSpeakerForm(VersionForm, SpeakerPickForm):
    pass


class AddQuoteForm(SpeakerPickForm):
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)
    kind = forms.ChoiceField(choices=Quote.Kind.choices, initial=Quote.Kind.DIRECT)
    speaker_required = False


class SpeakerEditForm(forms.ModelForm):
    class Meta:
        model = Speaker
        fields = ["name", "kind", "description"]

    def clean_name(self) -> str:
        return _visible_name(self.cleaned_data["name"])


def _visible_name(value: str) -> str:
    """A speaker's name as stored (`clean_name`); refused when something was typed but nothing in it shows."""
    name = clean_name(value or "")
    if value and not name:
        raise ValidationError(NEEDS_A_NAME)
    return name


class MergeForm(forms.Form):
    speaker = forms.ModelChoiceField(
        queryset=Speaker.objects.filter(merged_into__isnull=True),
        label="Merge into",
        error_messages={"required": "Choose the speaker to merge into."},
    )


def first_error(form: forms.Form) -> str:
    """The first of a form's errors, for a one-line note beside an edit."""
    return next(iter(e for errors in form.errors.values() for e in errors), "Invalid request.")
