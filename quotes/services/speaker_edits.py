"""Editors' changes to speakers: create, rename, find, merge two into one and undo the merge.

A merge moves quotes and aliases to the kept speaker and records a revision for every quote moved, so it can be
undone (`unmerge_speakers`) without touching what was changed since.
"""

from __future__ import annotations

import uuid

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from quotes.models import Quote, QuoteRevision, Speaker, SpeakerAlias, SpeakerMerge, SpeakerWord, name_key
from quotes.names import NEEDS_A_NAME, clean_name
from quotes.services import search, statements
from quotes.services.editing import Action, EditError, acting_user, snapshot
from quotes.services.speakers import refresh_quote_counts


def create_speaker(name: str, kind: str = Speaker.Kind.UNKNOWN, description: str = "") -> Speaker:
    name = clean_name(name)
    if not name:
        raise EditError(NEEDS_A_NAME)
    if kind not in Speaker.Kind.values:
        raise EditError(f"Unknown speaker kind {kind!r}.")
    with transaction.atomic():
        speaker = Speaker.objects.create(name=name[:200], kind=kind, description=description[:300])
        SpeakerAlias.objects.create(speaker=speaker, name=speaker.name)
    return speaker


def update_speaker(speaker: Speaker, name: str, kind: str, description: str) -> Speaker:
    """Rename or re-describe a speaker; the new name becomes an alias so later imports find it."""
    name = clean_name(name)
    if not name:
        raise EditError(NEEDS_A_NAME)
    with transaction.atomic():
        speaker.name, speaker.kind, speaker.description = name[:200], kind, description[:300]
        speaker.save(update_fields=["name", "name_key", "kind", "description"])
        SpeakerAlias.objects.bulk_create(
            [SpeakerAlias(speaker=speaker, name=speaker.name, name_key=name_key(speaker.name))], ignore_conflicts=True
        )
    return speaker


def search_speakers(query: str, limit: int = 8) -> QuerySet[Speaker]:
    """Live speakers with a word of their name or of an alias starting with the query, the most quoted first
    (the reader's type-ahead, through the same word index)."""
    return search.matching_speakers(query)[:limit]


def merge_speakers(source: Speaker, target: Speaker, editor: AbstractBaseUser | None) -> SpeakerMerge:
    """Move `source`'s quotes and aliases to `target`; `source` stays, hidden, so the merge can be undone."""
    if source.pk == target.pk:
        raise EditError("A speaker cannot be merged into itself.")
    if source.merged_into_id or target.merged_into_id:
        raise EditError("One of these speakers has already been merged into another.")
    user, now = acting_user(editor), timezone.now()
    with transaction.atomic():
        merge = SpeakerMerge(source=source, target=target, user=user)
        quotes = list(Quote.objects.select_for_update(of=("self",)).select_related("speaker").filter(speaker=source))
        target_keys = set(target.aliases.values_list("name_key", flat=True))
        moving = [a for a in source.aliases.all() if a.name_key not in target_keys]
        aliases = [a.pk for a in moving]
        Quote.objects.filter(pk__in=[q.pk for q in quotes]).update(
            speaker=target, version=F("version") + 1, updated_at=now
        )
        SpeakerAlias.objects.filter(pk__in=aliases).update(speaker=target)
        SpeakerWord.objects.add((target.pk, alias.name_key) for alias in moving)
        merge.moved_quote_ids, merge.moved_alias_ids = [q.pk for q in quotes], aliases
        merge.save()
        _speaker_revisions(quotes, target, Action.MERGE_SPEAKERS, user, merge.group)
        Speaker.objects.filter(pk=source.pk).update(merged_into=target)
        refresh_quote_counts({source.pk, target.pk})
        statements.regroup_ids(merge.moved_quote_ids)  # now one speaker's: copies of one statement join
    source.refresh_from_db()
    return merge


def unmerge_speakers(merge: SpeakerMerge, editor: AbstractBaseUser | None) -> SpeakerMerge:
    """Undo a merge: the moved quotes still on the target go back, with the moved aliases."""
    if merge.undone:
        raise EditError("This merge has already been undone.")
    user, now = acting_user(editor), timezone.now()
    with transaction.atomic():
        quotes = list(
            Quote.objects.select_for_update(of=("self",))
            .select_related("speaker")
            .filter(pk__in=merge.moved_quote_ids, speaker_id=merge.target_id)
        )
        Quote.objects.filter(pk__in=[q.pk for q in quotes]).update(
            speaker_id=merge.source_id, version=F("version") + 1, updated_at=now
        )
        SpeakerAlias.objects.filter(pk__in=merge.moved_alias_ids, speaker_id=merge.target_id).update(
            speaker_id=merge.source_id
        )
        _speaker_revisions(quotes, merge.source, Action.UNMERGE_SPEAKERS, user, merge.group)
        Speaker.objects.filter(pk=merge.source_id).update(merged_into=None)
        merge.undone = True
        merge.save(update_fields=["undone"])
        refresh_quote_counts({merge.source_id, merge.target_id})
        statements.regroup_ids(q.pk for q in quotes)
    return merge


def _speaker_revisions(
    quotes: list[Quote], to: Speaker, action: str, user: AbstractBaseUser | None, group: uuid.UUID
) -> None:
    revisions = []
    for quote in quotes:
        before = snapshot(quote)
        after = {**before, "speaker_id": to.pk, "speaker_name": to.name, "version": quote.version + 1}
        revisions.append(QuoteRevision(quote=quote, user=user, action=action, before=before, after=after, group=group))
    QuoteRevision.objects.bulk_create(revisions)
