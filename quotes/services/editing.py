"""Editors' changes to quotes: each one versioned, recorded as a revision, and undoable (speakers: speaker_edits).

Every single-quote edit is an optimistic `UPDATE ... WHERE version = seen`: an edit made against a
stale copy changes nothing and raises `StaleVersion` carrying the quote as it is now.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from quotes.models import Article, Quote, QuoteRevision, Speaker
from quotes.services import statements
from quotes.services.deletion import delete_quotes
from quotes.services.speakers import refresh_quote_counts

Action = QuoteRevision.Action
Status = Quote.Status
# The fields an editor's action may change, and undo puts back.
EDITABLE = ("speaker_id", "start", "end", "parts", "text", "kind", "status", "reject_reason", "wording_verdict")
# Trimmed off the ends of a selection: whitespace and the quotation marks around a quote.
SPAN_TRIM = ' \t\r\n\u00a0"“”„«»'
BULK_CHUNK = 2000


class EditError(ValueError):
    """An edit that cannot be made as asked (bad span, nothing to undo...): the message says why."""


class StaleVersion(EditError):
    """The quote changed since the editor loaded it; `current` is the quote as it is now."""

    def __init__(self, current: Quote, seen: int | None) -> None:
        self.current = current
        self.seen = seen
        speaker = current.speaker.name if current.speaker else "no speaker"
        super().__init__(
            f"Someone else changed this quote while you were looking at it (version {seen} → {current.version}). "
            f"It now reads: {current.get_status_display()}, {current.get_kind_display()}, {speaker}. "
            "Your change was not saved; make it again if it still applies."
        )


@dataclass
class BulkResult:
    group: uuid.UUID | None
    changed: int = 0
    skipped: int = 0
    quote_ids: list[int] = field(default_factory=list)


def snapshot(quote: Quote) -> dict[str, Any]:
    """The editable fields of a quote as JSON, plus the speaker's name (for history) and the version."""
    speaker = quote.speaker if quote.speaker_id else None
    data: dict[str, Any] = {name: getattr(quote, name) for name in EDITABLE}
    data["speaker_name"] = speaker.name if speaker else ""
    data["version"] = quote.version
    return data


def current(pk: int) -> Quote:
    return Quote.objects.for_desk().get(pk=pk)


def acting_user(editor: AbstractBaseUser | None) -> AbstractBaseUser | None:
    """Who a revision names: the editor, or nobody for the system (scripts, an anonymous call)."""
    return editor if editor is not None and editor.is_authenticated else None


def _edit(
    quote: Quote,
    action: str,
    changes: dict[str, Any],
    editor: AbstractBaseUser | None,
    seen_version: int | None,
    conflict: str = "Another quote already has exactly this span in this article.",
) -> Quote:
    """Apply `changes` iff the quote is still at `seen_version`; write the revision; return the fresh quote."""
    seen = quote.version if seen_version is None else int(seen_version)
    if seen != quote.version:
        raise StaleVersion(current(quote.pk), seen)
    before = snapshot(quote)
    with transaction.atomic():
        try:
            with transaction.atomic():  # a span clash rolls back to here, leaving a caller's transaction usable
                updated = Quote.objects.filter(pk=quote.pk, version=seen).update(
                    **changes, version=F("version") + 1, updated_at=timezone.now()
                )
        except IntegrityError as exc:
            raise EditError(conflict) from exc
        if not updated:
            raise StaleVersion(current(quote.pk), seen)
        fresh = current(quote.pk)
        QuoteRevision.objects.create(
            quote=fresh, user=acting_user(editor), action=action, before=before, after=snapshot(fresh)
        )
        refresh_quote_counts({quote.speaker_id, fresh.speaker_id})
        statements.after_edit(quote, fresh)
    return fresh


def _unchanged(quote: Quote, seen_version: int | None) -> Quote:
    """An edit to the value the quote already has: nothing to write, no revision, no "corrected" (so no effect on
    the accuracy figures); still refused when made against a stale copy."""
    if seen_version is not None and int(seen_version) != quote.version:
        raise StaleVersion(current(quote.pk), int(seen_version))
    return quote


def confirm(quote: Quote, editor: AbstractBaseUser | None, seen_version: int | None = None) -> Quote:
    return _edit(quote, Action.CONFIRM, {"status": Status.CONFIRMED, "reject_reason": ""}, editor, seen_version)


def change_speaker(
    quote: Quote, speaker: Speaker | None, editor: AbstractBaseUser | None, seen_version: int | None = None
) -> Quote:
    if (speaker.pk if speaker else None) == quote.speaker_id:
        return _unchanged(quote, seen_version)
    changes = {"speaker": speaker, "status": Status.CORRECTED, "reject_reason": ""}
    return _edit(quote, Action.CHANGE_SPEAKER, changes, editor, seen_version)


def change_kind(quote: Quote, kind: str, editor: AbstractBaseUser | None, seen_version: int | None = None) -> Quote:
    if kind not in Quote.Kind.values:
        raise EditError(f"Unknown kind {kind!r}.")
    if kind == quote.kind:
        return _unchanged(quote, seen_version)
    changes = {"kind": kind, "status": Status.CORRECTED, "reject_reason": ""}
    return _edit(quote, Action.CHANGE_KIND, changes, editor, seen_version)


def reject(quote: Quote, reason: str, editor: AbstractBaseUser | None, seen_version: int | None = None) -> Quote:
    if not reason or reason not in Quote.RejectReason.values:
        raise EditError("Choose why this is not a quote.")
    return _edit(quote, Action.REJECT, {"status": Status.REJECTED, "reject_reason": reason}, editor, seen_version)


def judge_wording(
    quote: Quote, verdict: str | None, editor: AbstractBaseUser | None, seen_version: int | None = None
) -> Quote:
    """An editor's verdict on a version whose wording differs from its statement's: a misquote, or an acceptable
    difference (None takes the verdict back). Recorded and undone like every edit."""
    if verdict is not None and verdict not in Quote.WordingVerdict.values:
        raise EditError(f"Unknown verdict {verdict!r}.")
    if verdict == quote.wording_verdict:
        return _unchanged(quote, seen_version)
    action = Action.MARK_MISQUOTE if verdict == Quote.WordingVerdict.MISQUOTE else Action.ACCEPT_WORDING
    return _edit(quote, action, {"wording_verdict": verdict}, editor, seen_version)


def trim_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Check a selection lies inside the body and trim whitespace and quotation marks off its ends."""
    if not 0 <= start < end <= len(body):
        raise EditError(f"The selection {start}–{end} is not inside the article (0–{len(body)}).")
    while start < end and body[start] in SPAN_TRIM:
        start += 1
    while end > start and body[end - 1] in SPAN_TRIM:
        end -= 1
    if start == end:
        raise EditError("The selection holds no words.")
    return start, end


def fix_span(
    quote: Quote, start: int, end: int, editor: AbstractBaseUser | None, seen_version: int | None = None
) -> Quote:
    """The editor's span replaces the quote's: a quote in pieces becomes the one piece selected (undo brings the
    pieces back)."""
    body = quote.article.body
    start, end = trim_span(body, start, end)
    changes = {"start": start, "end": end, "parts": [], "text": body[start:end], "status": Status.CORRECTED,
               "reject_reason": ""}
    return _edit(quote, Action.FIX_SPAN, changes, editor, seen_version)


def add_quote(
    article: Article, start: int, end: int, speaker: Speaker | None, kind: str, editor: AbstractBaseUser | None
) -> Quote:
    """A quote the extractor missed: the editor's own, corrected from the start, recorded as a `create`."""
    start, end = trim_span(article.body, start, end)
    if kind not in Quote.Kind.values:
        raise EditError(f"Unknown kind {kind!r}.")
    with transaction.atomic():
        try:
            with transaction.atomic():
                quote = Quote.objects.create(
                    article=article,
                    text=article.body[start:end],
                    start=start,
                    end=end,
                    kind=kind,
                    speaker=speaker,
                    confidence=1.0,
                    status=Status.CORRECTED,
                    origin=Quote.Origin.EDITOR,
                )
        except IntegrityError as exc:
            raise EditError("This article already has a quote with exactly this span.") from exc
        QuoteRevision.objects.create(quote=quote, user=acting_user(editor), action=Action.CREATE, after=snapshot(quote))
        refresh_quote_counts({quote.speaker_id})
        statements.group([quote])
    return current(quote.pk)


# ---- bulk confirmation --------------------------------------------------------------------------


def confirm_many(quotes: QuerySet[Quote], editor: AbstractBaseUser | None) -> BulkResult:
    """Confirm every automatic quote of `quotes` as one action: one revision group, undone as one."""
    result = BulkResult(group=uuid.uuid4())
    user, now = acting_user(editor), timezone.now()
    pending = quotes.filter(status=Status.AUTO).order_by().values_list("pk", flat=True)
    speakers: set[int | None] = set()
    changed_statements: set[int | None] = set()
    with transaction.atomic():
        ids = list(pending)
        for chunk in _chunks(ids, BULK_CHUNK):
            rows = list(
                Quote.objects.select_for_update(of=("self",))
                .select_related("speaker")
                .filter(pk__in=chunk, status=Status.AUTO)
            )
            Quote.objects.filter(pk__in=[q.pk for q in rows]).update(
                status=Status.CONFIRMED, version=F("version") + 1, updated_at=now
            )
            revisions = []
            for quote in rows:
                before = snapshot(quote)
                after = {**before, "status": Status.CONFIRMED, "version": quote.version + 1}
                revisions.append(
                    QuoteRevision(
                        quote=quote, user=user, action=Action.CONFIRM, before=before, after=after, group=result.group
                    )
                )
            QuoteRevision.objects.bulk_create(revisions)
            result.changed += len(rows)
            result.quote_ids += [q.pk for q in rows]
            speakers |= {q.speaker_id for q in rows}
            changed_statements |= {q.statement_id for q in rows}
        refresh_quote_counts(speakers)  # hidden quotes confirmed become public
        statements.refresh(changed_statements)  # ...and count among their statements' outlets
    if not result.changed:
        result.group = None
    return result


def confirm_article(article: Article, editor: AbstractBaseUser | None) -> BulkResult:
    return confirm_many(article.quotes.all(), editor)


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# ---- undo ---------------------------------------------------------------------------------------

UNDOABLE = [Action.CREATE, Action.CONFIRM, Action.CHANGE_SPEAKER, Action.FIX_SPAN, Action.CHANGE_KIND, Action.REJECT,
            Action.MARK_MISQUOTE, Action.ACCEPT_WORDING]


def latest_undoable(quote: Quote, editor: AbstractBaseUser | None) -> QuoteRevision | None:
    return (
        QuoteRevision.objects.filter(quote=quote, user=acting_user(editor), undone=False, action__in=UNDOABLE)
        .order_by("-pk")
        .first()
    )


def last_undoable(editor: AbstractBaseUser | None) -> QuoteRevision | None:
    """The editor's latest action on any quote that is not undone yet: what `u` undoes, wherever the editor is now."""
    user = acting_user(editor)
    if user is None:
        return None
    mine = QuoteRevision.objects.filter(user=user, undone=False, action__in=UNDOABLE)
    return mine.order_by("-created_at", "-pk").first()  # revision_user_idx


def may_undo(revision: QuoteRevision, editor: AbstractBaseUser | None) -> bool:
    """Whether `editor` may undo this action: its author, or staff (a bulk action's revisions share one author)."""
    user = acting_user(editor)
    return revision.user_id == (user.pk if user else None) or bool(getattr(user, "is_staff", False))


@dataclass
class Undone:
    """What an undo did: the quote as it is now (None when the undone action had created it), and for a
    bulk action, how many quotes went back and how many had changed again since and were left alone."""

    quote: Quote | None
    bulk: BulkResult | None = None


def undo(quote: Quote, editor: AbstractBaseUser | None, seen_version: int | None = None) -> Undone:
    """Undo the editor's latest action on this quote, or the whole bulk action it was part of."""
    revision = latest_undoable(quote, editor)
    if revision is None:
        raise EditError("You have made no change to this quote that could be undone.")
    seen = quote.version if seen_version is None else int(seen_version)
    if revision.group is not None:
        return Undone(quote=None, bulk=undo_group(revision.group, editor))
    later = QuoteRevision.objects.filter(quote=quote, pk__gt=revision.pk, undone=False).exclude(action=Action.UNDO)
    if later.exists():
        raise EditError("Someone changed this quote after you did; undoing would overwrite their change.")
    if revision.action == Action.CREATE:
        return Undone(quote=_undo_create(quote, editor, seen))
    return Undone(quote=_restore(quote, revision, editor, seen))


def _restore(quote: Quote, revision: QuoteRevision, editor: AbstractBaseUser | None, seen: int) -> Quote:
    with transaction.atomic():
        fresh = _edit(quote, Action.UNDO, _restorable(revision), editor, seen,
                      conflict="Cannot undo: another quote now has that span.")
        QuoteRevision.objects.filter(pk=revision.pk).update(undone=True)
    return fresh


def _restorable(revision: QuoteRevision) -> dict[str, Any]:
    """The fields the revision changed, set back to their `before` values."""
    changes = {k: revision.before.get(k) for k in EDITABLE if revision.before.get(k) != revision.after.get(k)}
    speaker_id = changes.get("speaker_id")
    if speaker_id is not None and not Speaker.objects.filter(pk=speaker_id).exists():
        changes["speaker_id"] = None  # the speaker was deleted since; leave the quote without one
    return changes


def _undo_create(quote: Quote, editor: AbstractBaseUser | None, seen: int) -> None:
    """Undoing an added quote removes it (with its history), unless it was edited since."""
    with transaction.atomic():
        if not delete_quotes(Quote.objects.filter(pk=quote.pk, version=seen)):
            raise StaleVersion(current(quote.pk), seen)
    return None


def undo_group(group: uuid.UUID, editor: AbstractBaseUser | None) -> BulkResult:
    """Undo a bulk action; quotes changed again since (by anyone) are left as they are and counted skipped."""
    result = BulkResult(group=uuid.uuid4())
    user, now = acting_user(editor), timezone.now()
    with transaction.atomic():
        revisions = list(QuoteRevision.objects.filter(group=group, undone=False, action__in=UNDOABLE).order_by("pk"))
        if not revisions:
            raise EditError("Nothing left to undo in that action.")
        if not may_undo(revisions[0], editor):
            raise EditError("Only the editor who made that change, or staff, can undo it.")
        by_quote = {r.quote_id: r for r in revisions}
        quotes = {
            q.pk: q
            for q in Quote.objects.select_for_update(of=("self",)).select_related("speaker").filter(pk__in=by_quote)
        }
        batches: dict[tuple, list[Quote]] = defaultdict(list)
        for pk, revision in by_quote.items():
            quote = quotes.get(pk)
            if quote is None or quote.version != revision.after.get("version"):
                result.skipped += 1
                continue
            batches[tuple(sorted(_restorable(revision).items()))].append(quote)
        new_revisions, speakers = [], set()
        for changes, batch in batches.items():
            Quote.objects.filter(pk__in=[q.pk for q in batch]).update(
                **dict(changes), version=F("version") + 1, updated_at=now
            )
            for quote in batch:
                before = snapshot(quote)
                after = {**before, **dict(changes), "version": quote.version + 1}
                new_revisions.append(
                    QuoteRevision(
                        quote=quote, user=user, action=Action.UNDO, before=before, after=after, group=result.group
                    )
                )
                speakers |= {quote.speaker_id, dict(changes).get("speaker_id")}
                result.quote_ids.append(quote.pk)
        QuoteRevision.objects.bulk_create(new_revisions)
        QuoteRevision.objects.filter(group=group, quote_id__in=result.quote_ids).update(undone=True)
        refresh_quote_counts(speakers)
        statements.refresh(q.statement_id for batch in batches.values() for q in batch)
        result.changed = len(result.quote_ids)
    return result
