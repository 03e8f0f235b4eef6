"""Articles, the quotes found in them, who said them, and the trail of every edit."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from quotes import speaker_stats
from quotes.import_models import ImportBatch, ImportChunk, ImportUpload  # noqa: F401  (the app's models are found here)
from quotes.speaker_models import (  # noqa: F401  (the app's models are found here)
    Speaker,
    SpeakerAlias,
    SpeakerAliasQuerySet,
    SpeakerQuerySet,
    SpeakerWord,
    SpeakerWordManager,
    name_key,
    word_starts,
)
from quotes.statement_models import Statement, StatementKey  # noqa: F401  (the app's models are found here)
from quotes.wording import Wording


class Source(models.Model):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT, related_name="articles")
    title = models.CharField(max_length=500, blank=True)
    body = models.TextField(help_text="The cleaned text that quote offsets point into.")
    url = models.URLField(max_length=1000, null=True, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    content_hash = models.CharField(max_length=64, unique=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    batch = models.ForeignKey(ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    extractor_version = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(url__isnull=False) & ~Q(url=""), name="article_url_unique_when_present"
            ),
        ]
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="article_published_idx"),
            models.Index(fields=["source", "-published_at"], name="article_source_published_idx"),
            models.Index(fields=["-imported_at"], name="article_imported_idx"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def save(self, *args, **kwargs) -> None:
        adding = self._state.adding
        super().save(*args, **kwargs)
        fields = kwargs.get("update_fields")
        if not adding and (fields is None or {"published_at", "source"} & set(fields)):
            # the quotes' copies of the date and source follow an edited article, and so do their speakers' counts
            self.quotes.update(published_at=self.published_at, source=self.source_id)
            speaker_stats.recount(self.quotes.values_list("speaker_id", flat=True).distinct())


def public_quotes(through: str = "") -> Q:
    """The condition `Quote.objects.public()` filters by, for quotes reached `through` a relation ("quotes__")."""
    reviewed = Q(**{f"{through}status__in": Quote.REVIEWED_STATUSES})
    sure = Q(**{f"{through}status": Quote.Status.AUTO, f"{through}confidence__gte": settings.NEWSDESK_DISPLAY_THRESHOLD})
    return reviewed | sure


class QuoteQuerySet(models.QuerySet):
    def public(self) -> QuoteQuerySet:
        """What readers see: reviewed quotes, and automatic ones the extractor is sure enough of (`shown_to_readers`
        for one quote)."""
        return self.filter(public_quotes())

    def for_desk(self) -> QuoteQuerySet:
        return self.select_related("article", "article__source", "speaker")

    def bulk_create(self, objs, *args, **kwargs):  # type: ignore[override]
        """Bulk inserts skip `save()`: each quote takes its article's date and source (the articles not loaded:
        one query)."""
        objs = list(objs)
        unloaded = {q.article_id for q in objs if q.article_id and not Quote.article.is_cached(q)}
        copied = {
            pk: (published, source)
            for pk, published, source in Article.objects.filter(pk__in=unloaded).values_list("pk", "published_at", "source")
        } if unloaded else {}
        for quote in objs:
            if quote.article_id in copied:
                published, quote.source_id = copied[quote.article_id]
                quote.published_at = quote.published_at or published
            elif Quote.article.is_cached(quote):
                quote.copy_from_article()
        return super().bulk_create(objs, *args, **kwargs)


PIECE_JOINER = " … "  # between the pieces of a quote in pieces, in its `text`


def join_pieces(body: str, pieces: Iterable[tuple[int, int]]) -> str:
    """The text of a quote in these pieces of `body`."""
    return PIECE_JOINER.join(body[start:end] for start, end in pieces)


def pieces_in_text(text: str, pieces: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, words) of each piece, cut out of `text` made by `join_pieces`."""
    out, at = [], 0
    for start, end in pieces:
        out.append((start, end, text[at : at + end - start]))
        at += end - start + len(PIECE_JOINER)
    return out


class Quote(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct"
        PARTIAL = "partial"
        INDIRECT = "indirect"

    class Status(models.TextChoices):
        AUTO = "auto"
        CONFIRMED = "confirmed"
        CORRECTED = "corrected"
        REJECTED = "rejected"

    # What an editor has checked: shown to readers whatever the extractor's confidence, and "reviewed" to them.
    REVIEWED_STATUSES = (Status.CONFIRMED, Status.CORRECTED)

    class Origin(models.TextChoices):
        EXTRACTOR = "extractor"
        EDITOR = "editor"

    class RejectReason(models.TextChoices):
        NONE = "", "—"
        SCARE_QUOTE = "scare_quote", "Scare quote or nickname"
        TITLE = "title", "Title of a work"
        NOT_SPEECH = "not_speech", "Not speech"
        DUPLICATE = "duplicate", "Duplicate"

    class WordingVerdict(models.TextChoices):  # on a version whose words differ from its statement's reference
        MISQUOTE = "misquote", "Misquote"
        ACCEPTABLE = "acceptable", "Acceptable difference"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    cue = models.CharField(max_length=60, blank=True)
    speaker = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes")
    speaker_mention = models.CharField(max_length=300, blank=True)
    mention_start = models.PositiveIntegerField(null=True, blank=True)
    mention_end = models.PositiveIntegerField(null=True, blank=True)
    # A statement in pieces ('"A," said Ms Ruiz. "B."'): the [start, end] of each quoted piece, in order, with
    # `start`/`end` from the first piece's start to the last one's end and `text` the pieces joined by
    # PIECE_JOINER. Empty for a quote in one piece (README, "Quotes in pieces").
    parts = models.JSONField(default=list, blank=True)
    confidence = models.FloatField(default=1.0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.AUTO)
    reject_reason = models.CharField(max_length=20, choices=RejectReason.choices, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EXTRACTOR)
    extractor_version = models.CharField(max_length=32, blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Bumped on every edit; stale edits are refused.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The article's published_at, copied so "newest first" lists read one index instead of joining and sorting
    # every public quote's article. Null for undated articles, which sort last (DESC NULLS LAST).
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The article's source, copied for the same reason: the queue's and the search's source filter, and a
    # speaker's sources, read the quote's own indexes instead of joining every candidate to its article.
    source = models.ForeignKey(
        Source, null=True, blank=True, editable=False, on_delete=models.PROTECT, related_name="+", db_index=False
    )
    # One statement carried by several outlets: how this version's words compare with the statement's reference
    # (`Wording`), and an editor's verdict on a version that differs. Null for a quote no other repeats;
    # nullable so adding them left SQLite's quotes table, and its full-text triggers, as it was.
    statement = models.ForeignKey(Statement, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes")
    wording = models.CharField(max_length=8, null=True, blank=True, choices=[(w.value, w.value) for w in Wording])
    wording_verdict = models.CharField(max_length=10, null=True, blank=True, choices=WordingVerdict.choices)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="quote_span_not_empty"),
            models.CheckConstraint(condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="quote_confidence_0_1"),
            models.CheckConstraint(condition=Q(kind__in=["direct", "partial", "indirect"]), name="quote_kind_valid"),
            models.CheckConstraint(
                condition=Q(status__in=["auto", "confirmed", "corrected", "rejected"]), name="quote_status_valid"
            ),
            models.CheckConstraint(condition=Q(origin__in=["extractor", "editor"]), name="quote_origin_valid"),
            models.CheckConstraint(condition=~Q(text=""), name="quote_text_not_empty"),
            models.CheckConstraint(
                condition=Q(mention_start__isnull=True) | Q(mention_end__gt=F("mention_start")),
                name="quote_mention_span_valid",
            ),
            # An editor's verdict always ends in a reason or a speaker-free record: rejected needs a reason.
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(reject_reason=""), name="quote_rejection_has_reason"
            ),
            models.UniqueConstraint(fields=["article", "start", "end"], name="quote_span_unique_per_article"),
        ]
        indexes = [
            models.Index(fields=["status", "confidence", "id"], name="quote_queue_idx"),
            # The queue of one speaker, and the counts per status (index-only: status and confidence are in it).
            models.Index(fields=["speaker", "status", "confidence", "id"], name="quote_speaker_queue_idx"),
            models.Index(fields=["confidence", "id"], name="quote_confidence_idx"),  # the queue's "All" tab
            models.Index(fields=["speaker", "confidence", "id"], name="quote_speaker_all_idx"),  # ... for a speaker
            models.Index(fields=["source", "status", "confidence", "id"], name="quote_source_queue_idx"),
            models.Index(fields=["kind", "status"], name="quote_kind_status_idx"),
            models.Index(fields=["article", "start"], name="quote_article_start_idx"),
            models.Index(fields=["extractor_version"], name="quote_extractor_version_idx"),
            # On PostgreSQL migration 0004 rebuilds these two as DESC NULLS LAST, the order readers get.
            models.Index(fields=["-published_at", "-id"], name="quote_published_idx"),
            models.Index(fields=["speaker", "-published_at", "-id"], name="quote_speaker_published_idx"),
            # A speaker page's months and sources read from the index alone (search.speaker_stats): every
            # column the count needs is in it (85 instead of 190 ms for 137,000 quotes on SQLite).
            models.Index(
                fields=["speaker", "published_at", "source", "status", "confidence", "article"],
                name="quote_speaker_stats_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def save(self, *args, **kwargs) -> None:
        if self._state.adding:  # edits never move a quote to another article
            self.copy_from_article()
        super().save(*args, **kwargs)

    def copy_from_article(self) -> None:
        if self.article_id is not None:
            self.published_at = self.published_at or self.article.published_at
            self.source_id = self.article.source_id

    @property
    def is_reviewed(self) -> bool:
        return self.status in self.REVIEWED_STATUSES

    @classmethod
    def shown_to_readers(cls, status: str, confidence: float) -> bool:
        """Whether a quote with this status and confidence is among `Quote.objects.public()`."""
        if status in cls.REVIEWED_STATUSES:
            return True
        return status == cls.Status.AUTO and confidence >= settings.NEWSDESK_DISPLAY_THRESHOLD

    @property
    def is_editor_owned(self) -> bool:
        """Quotes an editor has touched or added: the extractor never replaces these."""
        return self.status != self.Status.AUTO or self.origin == self.Origin.EDITOR

    def pieces(self) -> list[tuple[int, int]]:
        """The quoted pieces as (start, end): its parts, or its whole span."""
        return [(start, end) for start, end in self.parts] or [(self.start, self.end)]

    def piece_texts(self) -> list[tuple[int, int, str]]:
        """Each piece with its words, read from `text` (the pieces joined by PIECE_JOINER): no article body needed."""
        return pieces_in_text(self.text, self.pieces())

    def span_matches(self, body: str) -> bool:
        pieces = self.pieces()
        return (
            pieces[0][0] == self.start and pieces[-1][1] == self.end and join_pieces(body, pieces) == self.text
        )


class QuoteRevision(models.Model):
    """One editor action on one quote: who, when, what, and the fields before and after."""

    class Action(models.TextChoices):
        CREATE = "create"
        CONFIRM = "confirm"
        CHANGE_SPEAKER = "change_speaker"
        FIX_SPAN = "fix_span"
        CHANGE_KIND = "change_kind"
        REJECT = "reject"
        UNDO = "undo"
        MERGE_SPEAKERS = "merge_speakers"
        UNMERGE_SPEAKERS = "unmerge_speakers"
        MARK_MISQUOTE = "mark_misquote"
        ACCEPT_WORDING = "accept_wording"

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="revisions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=20, choices=Action.choices)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    # Revisions written by one bulk action share a group, so the action is undone as one.
    group = models.UUIDField(null=True, blank=True, default=None)
    undone = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["quote", "-created_at"], name="revision_quote_idx"),
            models.Index(fields=["user", "-created_at"], name="revision_user_idx"),
            models.Index(fields=["group"], name="revision_group_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.action} on quote {self.quote_id}"


class SpeakerMerge(models.Model):
    """A merge of one speaker into another, with what moved, so it can be undone."""

    source = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    target = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    moved_quote_ids = models.JSONField(default=list)
    moved_alias_ids = models.JSONField(default=list)
    group = models.UUIDField(default=uuid.uuid4)
    undone = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.CheckConstraint(condition=~Q(source=F("target")), name="merge_distinct_speakers")]

    def __str__(self) -> str:
        return f"{self.source} into {self.target}"


# A speaker's public quotes by month and source (their own module: counted where quotes change).
SpeakerMonth = speaker_stats.SpeakerMonth
SpeakerSource = speaker_stats.SpeakerSource
