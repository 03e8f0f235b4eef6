"""Speakers: who is quoted, the names and aliases they go by, and the word index the type-ahead reads.

Kept apart from models.py, which imports these, so that each file holds one concern.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models
from django.db.models import F, Q
from django.utils.text import slugify


def name_key(name: str) -> str:
    """The form names are matched by: case-folded, single-spaced, curly apostrophes straightened."""
    return " ".join(name.replace("\u2019", "'").casefold().split())


class SpeakerQuerySet(models.QuerySet["Speaker"]):
    def for_readers(self) -> SpeakerQuerySet:
        """The speakers readers may be offered: not merged away, with a public quote, most publicly quoted first.
        A speaker whose quotes are all hidden or rejected is the desk's business alone."""
        return self.filter(merged_into__isnull=True, public_quote_count__gt=0).order_by(
            "-public_quote_count", "name", "pk"
        )


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person"
        ORGANISATION = "organisation"
        GROUP = "group"
        UNKNOWN = "unknown"

    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, editable=False)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.UNKNOWN)
    description = models.CharField(max_length=300, blank=True)
    slug = models.SlugField(max_length=220, unique=True)
    # Kept up to date by services so speaker lists can rank without counting a million quotes: every quote not
    # rejected (the desk's count), and the public ones (`Quote.objects.public()`, the only count readers see).
    quote_count = models.PositiveIntegerField(default=0)
    public_quote_count = models.PositiveIntegerField(default=0)
    # A speaker merged into another stays, hidden, so the merge can be undone.
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="speaker_name_not_empty"),
            models.CheckConstraint(
                condition=Q(kind__in=["person", "organisation", "group", "unknown"]), name="speaker_kind_valid"
            ),
            models.CheckConstraint(condition=~Q(merged_into=F("id")), name="speaker_not_merged_into_itself"),
        ]
        indexes = [
            models.Index(fields=["name_key"], name="speaker_name_key_idx"),
            models.Index(fields=["-quote_count"], name="speaker_quote_count_idx"),
            models.Index(fields=["-public_quote_count"], name="speaker_public_count_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name_key = name_key(self.name)
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)
        if "name_key" in (kwargs.get("update_fields") or ["name_key"]):
            SpeakerWord.objects.add([(self.pk, self.name_key)])

    def _unique_slug(self) -> str:
        base = slugify(self.name)[:200] or "speaker"
        slug, n = base, 1
        while Speaker.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug


class SpeakerAliasQuerySet(models.QuerySet["SpeakerAlias"]):
    def bulk_create(self, objs, *args, **kwargs):  # type: ignore[override]
        """Bulk inserts skip `save()`: each alias gets its name key and goes into the word index here too."""
        objs = list(objs)
        for alias in objs:
            alias.name_key = name_key(alias.name)
        created = super().bulk_create(objs, *args, **kwargs)
        SpeakerWord.objects.add((alias.speaker_id, alias.name_key) for alias in objs)
        return created


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, editable=False)

    objects = SpeakerAliasQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.UniqueConstraint(fields=["speaker", "name_key"], name="alias_unique_per_speaker"),
            models.CheckConstraint(condition=~Q(name=""), name="alias_name_not_empty"),
        ]
        indexes = [models.Index(fields=["name_key"], name="alias_name_key_idx")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name_key = name_key(self.name)
        super().save(*args, **kwargs)
        SpeakerWord.objects.add([(self.speaker_id, self.name_key)])


def word_starts(key: str) -> set[str]:
    """`key` from the start of each of its words, cut to SpeakerWord's length: "ash carter" gives "ash carter"
    and "carter"; a hyphen starts a word too ("jean-paul" gives "paul")."""
    starts = [0, *(i + 1 for i, char in enumerate(key) if char in " -")]
    return {key[i : i + SpeakerWord.LONGEST] for i in starts if i < len(key)}


class SpeakerWordManager(models.Manager["SpeakerWord"]):
    def add(self, names: Iterable[tuple[int, str]]) -> None:
        """Index (speaker id, name key) pairs. Rows are only ever added: the index finds candidates, which
        `search.matching_speakers` checks against the live names, so a row left by a rename or an unmerge
        costs nothing but a candidate."""
        rows = {(pk, words) for pk, key in names for words in word_starts(key)}
        self.bulk_create([SpeakerWord(speaker_id=pk, words=words) for pk, words in rows], ignore_conflicts=True)

    def matching(self, key: str) -> models.QuerySet[SpeakerWord]:
        """Rows whose words start with `key` (a name key): one range of the index."""
        prefix = key[: SpeakerWord.LONGEST]
        return self.filter(words__gte=prefix, words__lt=prefix[:-1] + chr(ord(prefix[-1]) + 1))


class SpeakerWord(models.Model):
    """A speaker's name or alias from the start of one of its words ("carter" for "Ash Carter"), so finding
    speakers by the start of any word of a name is an index range instead of reading every name and alias."""

    LONGEST = 60

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    words = models.CharField(max_length=LONGEST)

    objects = SpeakerWordManager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["words", "speaker"], name="speaker_word_unique")]

    def __str__(self) -> str:
        return self.words
