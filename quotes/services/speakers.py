"""Speakers and sources across articles: one `Speaker` per name through canonical names and aliases."""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from django.db import connection
from django.db.models import Case, Count, F, Q, Value, When

from quotes import speaker_stats
from quotes.models import Quote, Source, Speaker, SpeakerAlias, name_key, public_quotes
from quotes.names import clean_name

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who"}


class Attributed(Protocol):
    """What names a speaker: the engine's `ExtractedQuote`, a merged `StatementRecord`."""

    @property
    def speaker(self) -> str | None: ...

    @property
    def speaker_kind(self) -> str: ...


class SpeakerDirectory:
    """Finds the `Speaker` for a resolved name across articles, through canonical names and aliases.

    Speakers created inside an article's transaction are forgotten if it rolls back (`rollback()`),
    so the cache never hands out a row that was never committed. On PostgreSQL a transaction-scoped
    advisory lock per name keeps two workers from creating the same speaker twice.
    """

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], Speaker] = {}
        self._new: set[tuple[str, str]] = set()
        self._aliases: set[tuple[int, str]] = set()

    def speaker_for(self, name: str, kind: str) -> Speaker:
        """The speaker for a name (as `clean_name` writes it, which must leave something)."""
        name = clean_name(name)
        if not name:
            raise ValueError("a speaker's name needs a visible character")
        kind = kind if kind in Speaker.Kind.values else Speaker.Kind.UNKNOWN
        key = (name_key(name), kind)
        if key not in self._cache:
            self._lock(key[0])
            found = self._find(name, kind)
            if found is None:
                found = self._create(name, kind)
                self._new.add(key)
            self._cache[key] = found
        return self._cache[key]

    def resolve(self, found: Sequence[Attributed]) -> dict[tuple[str, str], Speaker]:
        """Every speaker of these quotes, looked up in name order (so concurrent workers lock in one order), under
        the names the extractor gave. A name with nothing visible in it names no speaker."""
        names = {(q.speaker, q.speaker_kind) for q in found if q.speaker and clean_name(q.speaker)}
        ordered = sorted(names, key=lambda nk: (name_key(clean_name(nk[0])), nk[1]))
        return {(name, kind): self.speaker_for(name, kind) for name, kind in ordered}

    def prefetch(self, found: Iterable[Attributed]) -> None:
        """Look up, in two queries, the speakers of a whole chunk that are not cached yet (committed rows only)."""
        wanted = {(name_key(clean_name(q.speaker)),
                   q.speaker_kind if q.speaker_kind in Speaker.Kind.values else Speaker.Kind.UNKNOWN)
                  for q in found if q.speaker and clean_name(q.speaker)}
        keys = {key for key, kind in wanted if (key, kind) not in self._cache}
        if not keys:
            return
        candidates: dict[str, dict[int, Speaker]] = defaultdict(dict)
        for speaker in Speaker.objects.filter(name_key__in=keys, merged_into__isnull=True):
            candidates[speaker.name_key][speaker.pk] = speaker
        aliases = SpeakerAlias.objects.filter(name_key__in=keys, speaker__merged_into__isnull=True).select_related("speaker")
        for alias in aliases:
            candidates[alias.name_key].setdefault(alias.speaker_id, alias.speaker)
        for key, kind in wanted:
            if (key, kind) not in self._cache and candidates.get(key):
                ranked = sorted(candidates[key].values(), key=lambda s: (s.name_key != key, s.kind != kind, -s.quote_count, s.pk))
                self._cache[(key, kind)] = ranked[0]

    def commit(self) -> None:
        self._new.clear()

    def rollback(self) -> None:
        for key in self._new:
            self._cache.pop(key, None)
        self._new.clear()
        self._aliases.clear()

    def _lock(self, key: str) -> None:
        if connection.vendor == "postgresql" and connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(key.encode()) - 2**31])

    def _find(self, name: str, kind: str) -> Speaker | None:
        key = name_key(name)
        candidates = list(
            Speaker.objects.filter(Q(name_key=key) | Q(aliases__name_key=key), merged_into__isnull=True).distinct()
        )
        if not candidates:
            return None
        # A speaker whose own name matches beats one that merely has it as alias; same kind beats another.
        candidates.sort(key=lambda s: (s.name_key != key, s.kind != kind, -s.quote_count, s.pk))
        return candidates[0]

    def _create(self, name: str, kind: str) -> Speaker:
        speaker = Speaker.objects.create(name=name[:200], kind=kind)
        SpeakerAlias.objects.create(speaker=speaker, name=name[:200])
        self._aliases.add((speaker.pk, speaker.name_key))
        return speaker

    def alias_for(self, speaker: Speaker, mention: str | None) -> SpeakerAlias | None:
        """An alias row worth keeping for this mention ("Carter", "Mayor Petrova"), or None."""
        mention = clean_name(mention or "")
        if not mention or len(mention) > 200 or mention.casefold() in PRONOUNS:
            return None
        if not any(word[:1].isupper() for word in mention.split()):
            return None  # "the company", "officials": descriptions, not names
        key = (speaker.pk, name_key(mention))
        if key in self._aliases:
            return None
        self._aliases.add(key)
        return SpeakerAlias(speaker=speaker, name=mention, name_key=key[1])

    def remember_alias(self, speaker: Speaker, mention: str | None) -> None:
        if alias := self.alias_for(speaker, mention):
            SpeakerAlias.objects.bulk_create([alias], ignore_conflicts=True)


class SourceDirectory:
    """`Source` rows by name, created on first sight (outside article transactions, so never rolled back)."""

    def __init__(self) -> None:
        self._cache: dict[str, Source | None] = {}

    def source_for(self, name: str) -> Source | None:
        name = " ".join(name.split())[:200]
        if name not in self._cache:
            self._cache[name] = Source.objects.get_or_create(name=name)[0] if name else None
        return self._cache[name]


def add_to_quote_counts(quotes: Iterable[Quote]) -> None:
    """New automatic quotes raise their speakers' counts (all, and public): one UPDATE, increments in place."""
    quotes = [q for q in quotes if q.speaker_id]
    added = Counter(q.speaker_id for q in quotes)
    if not added:
        return
    public = Counter(q.speaker_id for q in quotes if Quote.shown_to_readers(q.status, q.confidence))

    def increment(counts: Counter) -> Case:
        return Case(*(When(pk=pk, then=Value(counts[pk])) for pk in added), default=Value(0))

    Speaker.objects.filter(pk__in=added).update(
        quote_count=F("quote_count") + increment(added),
        public_quote_count=F("public_quote_count") + increment(public),
    )
    speaker_stats.add(quotes)


def refresh_quote_counts(speaker_ids: Iterable[int]) -> None:
    ids = {pk for pk in speaker_ids if pk}
    if not ids:
        return
    counted = Speaker.objects.filter(pk__in=ids).annotate(
        n=Count("quotes", filter=~Q(quotes__status=Quote.Status.REJECTED)),
        public=Count("quotes", filter=public_quotes("quotes__")),
    )
    # Most edits (a new kind, a confirmation of a public quote) leave the counts as they were: writing them anyway
    # would make every kept speaker list stale (content_versions).
    changed = [s for s in counted if (s.quote_count, s.public_quote_count) != (s.n, s.public)]
    for speaker in changed:
        speaker.quote_count, speaker.public_quote_count = speaker.n, speaker.public
    Speaker.objects.bulk_update(changed, ["quote_count", "public_quote_count"])
    # By month and source too, where the counts changed. Where they stayed, so did each month's and source's:
    # an edit hides or shows quotes of one article (one month, one source) or moves them all one way (a bulk
    # confirmation, a merge, an undo); an article's new date or source is counted by Article.save.
    speaker_stats.recount(speaker.pk for speaker in changed)
