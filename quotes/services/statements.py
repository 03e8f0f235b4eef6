"""One statement, many outlets: join each quote to the earlier quotes of its speaker that are the same statement.

A quote is compared only with the quotes of its speaker, in other articles, that share one of its index keys
(`wording.index_keys`, the `StatementKey` rows on (speaker, key)): one index range per shingle of the new quote,
however many quotes are stored. `wording.compare` decides; a quote joins the statement of the closest match (a
new `Statement` when that match stood alone), never two statements, so different statements are never chained.
Import (`group`), re-attribution, an editor's new speaker or span and a speaker merge (`regroup`) all come here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from django.db import connection, models, transaction
from django.db.models import Q
from django.utils import timezone

from quotes import wording
from quotes.models import Quote, Speaker, Statement, StatementKey
from quotes.services.search import web_link
from quotes.wording import Wording

# How many quotes one look-up of keys covers (each brings up to ~100 shingles): well under SQLite's parameter cap.
BATCH = 100
# Of two candidates equally good, the same words beat a trimmed copy, which beats a retyped one.
PREFERENCE = {Wording.SAME: 2, Wording.TRIMMED: 1, Wording.DIFFERS: 0}
# Compared with a new quote at most: the earlier quotes sharing the most keys with it.
MAX_CANDIDATES = 20
SUMMARY_FIELDS = ("reference_id", "lead_id", "versions", "outlets", "differing", "to_check", "latest_at", "updated_at")
MEMBER_FIELDS = ("id", "text", "kind", "status", "confidence", "source_id", "article_id", "published_at", "wording",
                 "wording_verdict", "statement_id")


@dataclass
class _Candidate:
    pk: int
    article_id: int
    speaker_id: int
    words: list[str]
    statement_id: int | None


def words_of(text: str, kind: str) -> list[str]:
    """A version's words as statements compare them (reported speech by the speaker's own words it quotes)."""
    return list(_words_of(text, kind))


@lru_cache(maxsize=8192)  # a quote is indexed, compared as a candidate and summarised: its words found once
def _words_of(text: str, kind: str) -> tuple[str, ...]:
    return tuple(wording.words(text, reported=kind == Quote.Kind.INDIRECT))


def group(quotes: Sequence[Quote]) -> set[int]:
    """Index new quotes (saved, not yet in a statement) and join each to the statement it repeats, if any; returns
    the statements changed. Quotes are taken in id order, each compared with every indexed quote (of this batch
    too), so an old quote given a new speaker finds that speaker's later copies. A few queries per batch, none per
    quote."""
    changed: set[int] = set()
    ordered = sorted((q for q in quotes if q.pk), key=lambda q: q.pk)
    _lock_speakers({q.speaker_id for q in ordered if q.speaker_id})
    for start in range(0, len(ordered), BATCH):
        joins = _group_batch(ordered[start : start + BATCH])
        refresh(joins.values(), joins)  # each batch written before the next looks its candidates up
        changed |= set(joins.values())
    return changed


def _lock_speakers(speaker_ids: set[int]) -> None:
    """Two import workers storing copies of one statement at once would not see each other's uncommitted copies,
    and each would leave its own alone: the first to lock the speaker groups and commits before the other looks
    (row locks taken in id order in one statement, held to the end of the transaction, which raises the same
    speakers' counts next and would lock them then anyway). SQLite writes one transaction at a time already."""
    if speaker_ids and connection.features.has_select_for_update and connection.in_atomic_block:
        list(Speaker.objects.filter(pk__in=speaker_ids).order_by("pk").select_for_update().values_list("pk"))


def _group_batch(quotes: list[Quote]) -> dict[int, int]:
    """Index the quotes and decide which statement each joins: {quote id: statement id}, written by `refresh`."""
    norms = {q.pk: words_of(q.text, q.kind) for q in quotes}
    StatementKey.objects.bulk_create(
        StatementKey(quote_id=q.pk, speaker_id=q.speaker_id, key=key)
        for q in quotes if q.speaker_id for key in wording.index_keys(norms[q.pk])
    )
    joining = [q for q in quotes if q.speaker_id and q.status != Quote.Status.REJECTED and norms[q.pk]]
    if not joining:
        return {}
    probes = {(q.speaker_id, h) for q in joining for h in wording.shingle_hashes(norms[q.pk])}
    hits = StatementKey.objects.filter(
        speaker_id__in={s for s, _ in probes}, key__in={h for _, h in probes}
    ).values_list("speaker_id", "key", "quote_id")
    sharing: dict[tuple[int, int], set[int]] = defaultdict(set)
    for speaker_id, key, quote_id in hits:
        if (speaker_id, key) in probes:
            sharing[(speaker_id, key)].add(quote_id)
    shortlists = {q.pk: _shortlist(q, norms[q.pk], sharing) for q in joining}
    found = {pk for pks in shortlists.values() for pk in pks}
    candidates = {
        row["id"]: _Candidate(row["id"], row["article_id"], row["speaker_id"], words_of(row["text"], row["kind"]),
                              row["statement_id"])
        for row in Quote.objects.filter(pk__in=found, speaker_id__isnull=False)
        .exclude(status=Quote.Status.REJECTED)
        .values("id", "article_id", "speaker_id", "text", "kind", "statement_id")
    }
    # Statements are decided first and written after, in one statement each: new ones under stand-in ids below 0.
    joins: dict[int, int] = {}  # quote id: statement id
    new: dict[int, int] = {}  # stand-in id: speaker id
    for quote in joining:
        mine = candidates.get(quote.pk)  # itself, as the other quotes of this batch see it
        if quote.pk in joins or (mine is not None and mine.statement_id is not None):
            continue  # an earlier quote of this batch joined it already
        best = _best_match(quote, norms[quote.pk], [candidates[pk] for pk in shortlists[quote.pk] if pk in candidates])
        if best is None:
            continue
        if best.statement_id is None:
            best.statement_id = -len(new) - 1
            new[best.statement_id] = quote.speaker_id
            joins[best.pk] = best.statement_id
        joins[quote.pk] = best.statement_id
        if mine is not None:
            mine.statement_id = best.statement_id
    made = Statement.objects.bulk_create([Statement(speaker_id=speaker_id) for speaker_id in new.values()])
    real = dict(zip(new, (statement.pk for statement in made)))
    joins = {pk: real.get(statement_id, statement_id) for pk, statement_id in joins.items()}
    for quote in quotes:
        quote.statement_id = joins.get(quote.pk, quote.statement_id)
    return joins


def _shortlist(quote: Quote, norm: list[str], sharing: dict[tuple[int, int], set[int]]) -> list[int]:
    """The other quotes sharing the most keys with this one, at most MAX_CANDIDATES: a speaker's stock phrase
    ("we are going to") may be a key of thousands of their quotes, and a statement's copies share many keys."""
    shared = Counter(
        pk for h in set(wording.shingle_hashes(norm)) for pk in sharing.get((quote.speaker_id, h), ()) if pk != quote.pk
    )
    return [pk for pk, _ in shared.most_common(MAX_CANDIDATES)]


def _best_match(quote: Quote, norm: list[str], candidates: Iterable[_Candidate]) -> _Candidate | None:
    """The quote, by the same speaker in another article, that is most clearly the same statement."""
    best, best_rank = None, None
    for candidate in candidates:
        if candidate.pk == quote.pk or candidate.article_id == quote.article_id:
            continue
        if candidate.speaker_id != quote.speaker_id:
            continue
        match = wording.compare(norm, candidate.words)
        if match is None:
            continue
        rank = (PREFERENCE[match.wording], match.score, -candidate.pk)
        if best_rank is None or rank > best_rank:
            best, best_rank = candidate, rank
    return best


def refresh(statement_ids: Iterable[int | None], joining: dict[int, int] | None = None) -> None:
    """Recompute these statements from their versions: reference, each version's wording, the version readers'
    lists show, the counts. `joining` ({quote id: statement id}) are quotes joining them now: each is written
    with its statement and wording at once. A statement left with one version is dissolved."""
    joining = joining or {}
    ids = {pk for pk in statement_ids if pk} | set(joining.values())
    if not ids:
        return
    members: dict[int, list[dict]] = defaultdict(list)
    rows = Quote.objects.filter(Q(statement_id__in=ids) | Q(pk__in=list(joining))).order_by("pk")
    for row in rows.values(*MEMBER_FIELDS):
        members[joining.get(row["id"], row["statement_id"])].append(row)
    lone = [pk for pk in ids if len(members.get(pk, ())) < 2]
    if lone:
        Quote.objects.filter(statement_id__in=lone).update(statement=None, wording=None)
        Statement.objects.filter(pk__in=lone).delete()
    statements = list(Statement.objects.filter(pk__in=ids - set(lone)))
    now = timezone.now()
    joined: list[tuple] = []  # (label, statement id, quote id): quotes joining a statement now
    relabelled: list[tuple] = []  # (label, quote id): versions whose label changed
    changed: list[Statement] = []
    for statement in statements:
        before = [getattr(statement, f) for f in SUMMARY_FIELDS]
        for row, label in _summarise(statement, members[statement.pk]):
            if row["id"] in joining:
                joined.append((label, statement.pk, row["id"]))
            elif row["wording"] != label:
                relabelled.append((label, row["id"]))
        if [getattr(statement, f) for f in SUMMARY_FIELDS] != before:
            statement.updated_at = now
            changed.append(statement)
    update_each(Quote, ("wording", "statement_id"), joined)
    update_each(Quote, ("wording",), relabelled)
    update_each(Statement, SUMMARY_FIELDS, [(*(getattr(s, f) for f in SUMMARY_FIELDS), s.pk) for s in changed])


def update_each(model: type[models.Model], fields: Sequence[str], rows: Sequence[tuple]) -> None:
    """Set `fields` of many rows, each to its own values (`rows`: the values, then the id), in one `executemany`:
    psycopg sends them pipelined, in one round trip, where an `update()` per row waited for each (an article's
    quotes touch a few statements, an import's chunk hundreds); SQLite has no round trips to save."""
    if not rows:
        return
    meta, quote = model._meta, connection.ops.quote_name
    targets = [meta.get_field(f) for f in fields] + [meta.pk]
    columns = ", ".join(f"{quote(field.column)} = %s" for field in targets[:-1])
    prepared = [[field.get_db_prep_save(value, connection) for field, value in zip(targets, row, strict=True)]
                for row in rows]
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {quote(meta.db_table)} SET {columns} WHERE {quote(meta.pk.column)} = %s", prepared)


def _summarise(statement: Statement, versions: list[dict]) -> list[tuple[dict, str]]:
    """Set the statement's fields from its versions (in id order); returns each version with its label."""
    norms = [words_of(v["text"], v["kind"]) for v in versions]
    ref = wording.reference_index(norms)
    labels = [wording.label(norm, norms[ref]).value for norm in norms]
    public = [v for v in versions if Quote.shown_to_readers(v["status"], v["confidence"])]
    statement.reference_id = versions[ref]["id"]
    if Quote.shown_to_readers(versions[ref]["status"], versions[ref]["confidence"]) or not public:
        statement.lead_id = versions[ref]["id"]
    else:
        statement.lead_id = max(public, key=lambda v: (len(v["text"]), -v["id"]))["id"]
    statement.versions = len(versions)
    statement.outlets = len({v["source_id"] or -v["article_id"] for v in public})  # an unnamed source: per article
    differing = [v for v, label in zip(versions, labels) if label == Wording.DIFFERS]
    statement.differing = len(differing)
    statement.to_check = sum(1 for v in differing if not v["wording_verdict"])
    dates = [v["published_at"] for v in versions if v["published_at"]]
    statement.latest_at = max(dates) if dates else None
    return list(zip(versions, labels))


def leave(quotes: Iterable[Quote]) -> set[int]:
    """Take quotes out of their statements and drop their keys (before a new speaker or new words): returns the
    statements they left, for `refresh`."""
    quotes = list(quotes)
    left = {q.statement_id for q in quotes if q.statement_id}
    StatementKey.objects.filter(quote_id__in=[q.pk for q in quotes]).delete()
    if left:  # a quote in no statement writes nothing readers see: pages that do not show it are kept
        Quote.objects.filter(pk__in=[q.pk for q in quotes if q.statement_id]).update(statement=None, wording=None)
    for quote in quotes:
        quote.statement_id, quote.wording = None, None
    return left


def regroup(quotes: Sequence[Quote]) -> None:
    """Quotes whose speaker, words or rejection changed: out of their statements, then grouped afresh."""
    left = leave(quotes)
    refresh(left | group(quotes))


def regroup_ids(pks: Iterable[int]) -> None:
    pks = list(pks)
    for start in range(0, len(pks), BATCH * 10):
        regroup(list(Quote.objects.filter(pk__in=pks[start : start + BATCH * 10])))


def after_edit(before: Quote, after: Quote) -> None:
    """Follow an editor's change of one quote: a new speaker, new words or a rejection (or its undoing) moves it
    between statements; a change of what readers see of it changes its statement's counts."""
    rejected = Quote.Status.REJECTED
    moved = (
        before.speaker_id != after.speaker_id
        or before.text != after.text
        or (before.status == rejected) != (after.status == rejected)
    )
    if moved:
        regroup([after])
    elif after.statement_id and (
        before.status != after.status or before.wording_verdict != after.wording_verdict
    ):
        refresh([after.statement_id])


@dataclass(frozen=True)
class Version:
    """One outlet's version of a statement, with how its words differ from the statement's reference."""

    quote: Quote  # with its article and source
    changes: list[wording.Change]

    @property
    def wording(self) -> str:
        return self.quote.wording or Wording.SAME

    def segments(self) -> list[tuple[str, str, str]]:
        return wording.segments(self.quote.text, self.changes)

    @property
    def article_link(self) -> str | None:
        return web_link(self.quote.article.url)


def versions(quote: Quote, public: bool = True) -> list[Version]:
    """Every version of the quote's statement (readers' only: those they may see), itself included, oldest
    first: two queries."""
    if not quote.statement_id:
        return []
    found = Quote.objects.public() if public else Quote.objects.all()
    rows = sorted(  # in Python: ordered in SQL, SQLite's planner may walk every quote's date index instead
        found.filter(statement_id=quote.statement_id)
        .select_related("article", "article__source")  # one speaker's: theirs is the page's
        .defer("article__body")
        .order_by(),
        key=_oldest_first,
    )
    reference_id = quote.statement.reference_id if quote.statement else None
    reference = next((q for q in rows if q.pk == reference_id), None)
    if reference is None and reference_id:
        reference = Quote.objects.filter(pk=reference_id).only("text", "kind").first()
    return [version_of(row, reference) for row in rows]


def with_versions(found: list[Statement]) -> list[tuple[Statement, list[Version]]]:
    """Statements for the desk, each with all its versions (hidden ones too) and their changes: one query."""
    members: dict[int, list[Quote]] = defaultdict(list)
    rows = Quote.objects.filter(statement__in=found).select_related("article", "article__source").defer("article__body")
    rows = rows.order_by()  # sorted here: see `versions`
    for quote in sorted(rows, key=_oldest_first):
        members[quote.statement_id].append(quote)
    out = []
    for statement in found:
        reference = next((q for q in members[statement.pk] if q.pk == statement.reference_id), None)
        out.append((statement, [version_of(q, reference) for q in members[statement.pk]]))
    return out


def _oldest_first(quote: Quote) -> tuple:
    return (quote.published_at is None, quote.published_at or 0, quote.pk)  # undated last, as PostgreSQL sorts them


def version_of(quote: Quote, reference: Quote | None) -> Version:
    if reference is None or quote.wording != Wording.DIFFERS:
        return Version(quote, [])
    indirect = Quote.Kind.INDIRECT
    changes = wording.diff(quote.text, reference.text, quote.kind == indirect, reference.kind == indirect)
    return Version(quote, changes)


def group_all(chunk: int = 2000, on_progress: Callable[[int], None] | None = None) -> int:
    """Group every quote afresh, oldest first (after an import with grouping off, or on upgrading): keys and
    statements are made again; editors' verdicts stay on their quotes. Returns how many statements there are."""
    with transaction.atomic():
        StatementKey.objects.all().delete()
        Quote.objects.filter(statement__isnull=False).update(statement=None, wording=None)
        Statement.objects.all().delete()
    last, done = 0, 0
    while True:
        fields = ("id", "text", "kind", "speaker", "status", "article")
        quotes = list(Quote.objects.filter(pk__gt=last).order_by("pk").only(*fields)[:chunk])
        if not quotes:
            # The planners' statistics of the statement column were taken when it was empty or different: a
            # statement's page would be planned as if each statement had every quote (a scan of all of them).
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(Quote._meta.db_table)}")
            return Statement.objects.count()
        with transaction.atomic():
            group(quotes)
        last, done = quotes[-1].pk, done + len(quotes)
        if on_progress:
            on_progress(done)
