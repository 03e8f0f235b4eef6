"""How two outlets' wordings of one statement compare: their words, the keys that find candidate copies, whether
one is the same statement as the other, and the words that differ. Plain Python, no Django.

Words are compared case-folded, without punctuation (a quote in pieces' " … " joiner included), so "We will."
and "we will" are the same words. A quote is indexed by a few hashes of its word 3-shingles chosen by
winnowing (Schleimer, Wilkerson & Aiken 2003): the smallest hash in every window of WINDOW shingles. Any run of
WINDOW + 2 words that two quotes share gives them a common key, however they were trimmed, so a copy is found by
looking up its own shingles among those keys: an index range per shingle, whatever the number of stored quotes.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

WORD = re.compile(r"\w+(?:['’]\w+)*")
QUOTED = re.compile(r'[“"]([^“”"]+)[”"]')
SHINGLE = 3  # words per shingle
WINDOW = 5  # shingles per winnowing window: a shared run of 7 words always shares a key
# A copy must have this many words: "a disgrace" inside two different statements is not one statement.
MIN_TRIMMED_WORDS = 4
# A retyped copy: its words in the same order as the other's for this share of the shorter wording...
RETYPED_SHARE_OF_SHORTER = 0.8
# ...and of the longer one, so a short remark is not joined to a long speech that happens to contain most of it.
RETYPED_SHARE_OF_LONGER = 0.5


class Wording(StrEnum):
    SAME = "same"
    TRIMMED = "trimmed"  # a contiguous part of the reference
    DIFFERS = "differs"


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    word: str  # case-folded, apostrophes straightened


def tokens(text: str, reported: bool = False) -> list[Token]:
    """The words of a quote's text. In reported speech (`reported`) that quotes some of the speaker's own words,
    only those: 'the country was "training more nurses than ever"' carries the statement's words, not the writer's."""
    found = [Token(m.start(), m.end(), m.group().casefold().replace("’", "'")) for m in WORD.finditer(text)]
    if reported:
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        own = [t for t in found if any(start <= t.start < end for start, end in quoted)]
        if len(own) >= MIN_TRIMMED_WORDS:
            return own
    return found


def words(text: str, reported: bool = False) -> list[str]:
    return [token.word for token in tokens(text, reported)]


def shingle_hashes(norm: list[str]) -> list[int]:
    """A signed 64-bit hash (a BigIntegerField) of every run of SHINGLE words; one of all the words when fewer."""
    runs = [norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)] or ([norm] if norm else [])
    return [int.from_bytes(hashlib.blake2b(" ".join(run).encode(), digest_size=8).digest(), "big", signed=True)
            for run in runs]


def index_keys(norm: list[str]) -> set[int]:
    """The keys a quote is stored under: the smallest shingle hash of each window (all of them for a short quote)."""
    hashes = shingle_hashes(norm)
    if len(hashes) <= WINDOW:
        return set(hashes)
    return {min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}


def contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether `shorter` is a contiguous run of `longer`'s words."""
    return f" {' '.join(shorter)} " in f" {' '.join(longer)} "


@dataclass(frozen=True)
class Match:
    wording: Wording  # how the two compare: the same words, one a trimmed part of the other, or retyped
    score: float  # the share of the longer wording the two have in common, in order


def compare(a: list[str], b: list[str]) -> Match | None:
    """Whether two wordings (by one speaker) are one statement, or None. Different statements never match."""
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < MIN_TRIMMED_WORDS:
        return None  # "No comment", "Thank you": said again, not carried
    if a == b:
        return Match(Wording.SAME, 1.0)
    if contains(longer, shorter):
        return Match(Wording.TRIMMED, len(shorter) / len(longer))
    # The words they have in common, order aside, bound what the alignment can find: most candidates sharing a
    # key are another statement, and this settles them without aligning (a tenth of the time).
    if not _may_be_retyped((Counter(shorter) & Counter(longer)).total(), len(shorter), len(longer)):
        return None
    common = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    if _may_be_retyped(common, len(shorter), len(longer)):
        return Match(Wording.DIFFERS, common / len(longer))
    return None


def _may_be_retyped(common: int, shorter: int, longer: int) -> bool:
    return (
        common >= MIN_TRIMMED_WORDS
        and common >= RETYPED_SHARE_OF_SHORTER * shorter
        and common >= RETYPED_SHARE_OF_LONGER * longer
    )


def reference_index(versions: list[list[str]]) -> int:
    """Which version is the statement's reference wording: the one most versions agree with (they are its words,
    or a trimmed part of them), the longest of those, the earliest of equals."""

    # Counted over distinct wordings: a statement carried word for word by hundreds of outlets costs little.
    counts = Counter(map(tuple, versions))

    def support(wording: tuple[str, ...]) -> int:
        return sum(n for other, n in counts.items() if contains(list(wording), list(other)))

    best = max(counts, key=lambda wording: (support(wording), len(wording)))
    return next(i for i, version in enumerate(versions) if tuple(version) == best)


def label(version: list[str], reference: list[str]) -> Wording:
    if version == reference:
        return Wording.SAME
    if contains(reference, version):
        return Wording.TRIMMED
    return Wording.DIFFERS


@dataclass(frozen=True)
class Change:
    """One difference from the reference: words the version adds, drops or changes. `start`..`end` is where it
    lies in the version's text (an empty span where reference words were dropped)."""

    op: str  # "add" | "drop" | "change"
    text: str  # the version's words ("" for a drop)
    reference: str  # the reference's words ("" for an add)
    start: int
    end: int

    def as_dict(self) -> dict[str, str]:
        return {"op": self.op, "text": self.text, "reference": self.reference}


def diff(version_text: str, reference_text: str, version_reported: bool = False, reference_reported: bool = False
         ) -> list[Change]:
    """The version's words against the reference's, word by word. Reference words missing only at the version's
    ends are its trimming, not a difference; words missing inside it, added or changed, are. At an end, words in
    place of a different number of the reference's are added (the reference's were trimmed); as many are changed."""
    mine, theirs = tokens(version_text, version_reported), tokens(reference_text, reference_reported)
    ops = SequenceMatcher(None, [t.word for t in theirs], [t.word for t in mine], autojunk=False).get_opcodes()
    changes = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" or (tag == "delete" and (n == 0 or n == len(ops) - 1)):
            continue
        ref_words = _span_text(reference_text, theirs[i1:i2])
        if tag == "delete":
            at = mine[j1 - 1].end if j1 > 0 else 0
            changes.append(Change("drop", "", ref_words, at, at))
            continue
        start, end = mine[j1].start, mine[j2 - 1].end
        op = "add" if tag == "insert" else "change"
        if tag == "replace" and (n == 0 or n == len(ops) - 1) and i2 - i1 != j2 - j1:
            op, ref_words = "add", ""  # words put where the reference's were trimmed off: added, not changed
        changes.append(Change(op, version_text[start:end], ref_words, start, end))
    return changes


def _span_text(text: str, run: list[Token]) -> str:
    return text[run[0].start : run[-1].end] if run else ""


def segments(version_text: str, changes: list[Change]) -> list[tuple[str, str, str]]:
    """The version's text cut into (op, text, reference) pieces for display: op "" for unchanged text, "add" and
    "change" for its changed words, "drop" (with the reference's dropped words as text) where words are missing."""
    out, at = [], 0
    for change in changes:
        if at < change.start:
            out.append(("", version_text[at : change.start], ""))
        if change.op == "drop":
            out.append(("drop", change.reference, change.reference))
        else:
            out.append((change.op, version_text[change.start : change.end], change.reference))
        at = max(at, change.end)
    if at < len(version_text):
        out.append(("", version_text[at:], ""))
    return out
