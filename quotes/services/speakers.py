"""Speakers and sources across articles: one `Speaker` per name through canonical names and aliases."""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from django.db import connection
from django.db.models import Count, F, Q
from django.utils.text import slugify

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

    Speakers created inside a chunk's (or an article's) transaction are forgotten if it rolls back (`rollback()`),
    so the cache never hands out a row that was never committed. On PostgreSQL a transaction-scoped
    advisory lock per name keeps two workers from creating the same speaker twice.
    """

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], Speaker] = {}
        self._new: set[tuple[str, str]] = set()
        self._aliases: set[tuple[int, str]] = set()

    def resolve(self, found: Sequence[Attributed]) -> dict[tuple[str, str], Speaker]:
        """Every speaker of these quotes (a chunk's), under the names the extractor gave: the names not known yet
        locked in name order (so concurrent workers lock in one order), looked up together and the missing ones
        created together. A name with nothing visible in it names no speaker."""
        keys = {(name, kind): self._key(name, kind) for name, kind in {(q.speaker, q.speaker_kind) for q in found}
                if name and clean_name(name)}
        missing = sorted({key: clean_name(name) for (name, _), key in keys.items() if key not in self._cache}.items())
        for key in sorted({key for (key, _), _ in missing}):
            self._lock(key)
        if missing:
            self._look_up({key for key, _ in missing})
            self._create_all([(name, key) for key, name in missing if key not in self._cache])
        return {name_and_kind: self._cache[key] for name_and_kind, key in keys.items()}

    def prefetch(self, found: Iterable[Attributed]) -> None:
        """Look up, in two queries, the speakers of a whole chunk that are not cached yet (committed rows only)."""
        wanted = {self._key(q.speaker, q.speaker_kind) for q in found if q.speaker and clean_name(q.speaker)}
        self._look_up({key for key in wanted if key not in self._cache})

    @staticmethod
    def _key(name: str, kind: str) -> tuple[str, str]:
        return name_key(clean_name(name)), kind if kind in Speaker.Kind.values else Speaker.Kind.UNKNOWN

    def _look_up(self, wanted: set[tuple[str, str]]) -> None:
        """Cache the speaker each (name key, kind) names, where one does: a speaker whose own name matches beats one
        that merely has it as alias; same kind beats another; then the most quoted."""
        keys = {key for key, _ in wanted}
        if not keys:
            return
        candidates: dict[str, dict[int, Speaker]] = defaultdict(dict)
        for speaker in Speaker.objects.filter(name_key__in=keys, merged_into__isnull=True):
            candidates[speaker.name_key][speaker.pk] = speaker
        aliases = SpeakerAlias.objects.filter(name_key__in=keys, speaker__merged_into__isnull=True).select_related("speaker")
        for alias in aliases:
            candidates[alias.name_key].setdefault(alias.speaker_id, alias.speaker)
        for key, kind in wanted:
            if candidates.get(key):
                ranked = sorted(candidates[key].values(), key=lambda s: (s.name_key != key, s.kind != kind, -s.quote_count, s.pk))
                self._cache[(key, kind)] = ranked[0]

    def _create_all(self, new: list[tuple[str, tuple[str, str]]]) -> None:
        """Create speakers for (name, (name key, kind)), each with its own name as an alias: three statements."""
        if not new:
            return
        speakers = [Speaker(name=name[:200], name_key=name_key(name[:200]), kind=kind) for name, (_, kind) in new]
        _give_unique_slugs(speakers)
        Speaker.objects.bulk_create(speakers)
        # each speaker's own name is an alias (which indexes its words, as Speaker.save would)
        SpeakerAlias.objects.bulk_create([SpeakerAlias(speaker=speaker, name=speaker.name) for speaker in speakers])
        for speaker, (_, key) in zip(speakers, new):
            self._aliases.add((speaker.pk, speaker.name_key))
            self._cache[key] = speaker
            self._new.add(key)

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


def _give_unique_slugs(speakers: list[Speaker]) -> None:
    """A slug for each new speaker from its name, unique among every speaker's and each other's: one query, and one
    more per name whose slug is taken (`Speaker._unique_slug`'s numbering)."""
    bases = [slugify(speaker.name)[:200] or "speaker" for speaker in speakers]
    taken = set(Speaker.objects.filter(slug__in=bases).values_list("slug", flat=True))
    for speaker, base in zip(speakers, bases):
        slug, n = base, 1
        while slug in taken or (slug != base and Speaker.objects.filter(slug=slug).exists()):
            n += 1
            slug = f"{base}-{n}"
        speaker.slug = slug
        taken.add(slug)


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
    # One UPDATE per distinct pair of increments (most speakers of a chunk gain one quote, public): a CASE with a
    # branch per speaker made SQLite try every branch on every row (0.5 s for a chunk's 300 speakers).
    by_increments: dict[tuple[int, int], list[int]] = defaultdict(list)
    for pk, n in added.items():
        by_increments[n, public[pk]].append(pk)
    for (n, shown), pks in by_increments.items():
        Speaker.objects.filter(pk__in=pks).update(
            quote_count=F("quote_count") + n, public_quote_count=F("public_quote_count") + shown
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
    # Most edits (a new kind, a confirmation of a public quote) leave the counts as they were: nothing to write.
    changed = [s for s in counted if (s.quote_count, s.public_quote_count) != (s.n, s.public)]
    for speaker in changed:
        speaker.quote_count, speaker.public_quote_count = speaker.n, speaker.public
    Speaker.objects.bulk_update(changed, ["quote_count", "public_quote_count"])
    # By month and source too, where the counts changed. Where they stayed, so did each month's and source's:
    # an edit hides or shows quotes of one article (one month, one source) or moves them all one way (a bulk
    # confirmation, a merge, an undo); an article's new date or source is counted by Article.save.
    speaker_stats.recount(speaker.pk for speaker in changed)
