"""How well each of a word search's newest matches matches, on SQLite: a BM25 score of the words the reader sees
highlighted, over the listed quotes only.

FTS5's own bm25() weighs each word by how rare it is in the whole index, and to know that it walks the word's entire
list of quotes for every query: for a common word ('the', 'said', 'plan') that walk cost 3 to 30 ms of a search's
first-time 24 ms (2026-12-07, 1M-quote corpus), whatever the number of quotes ranked. Every listed quote has every
word searched for, so the rarity only weighs one word against another; what tells a better match is how often the
words occur in a quote against its length, and that is read from the 200 listed texts alone. PostgreSQL's ts_rank
does the same (term frequency and length, no rarity).
"""

from __future__ import annotations

import re

# A term is an optional minus, then a "quoted phrase" (closing quote optional) or a run of non-space.
TERM = re.compile(r'(-?)(?:"([^"]*)"?|(\S+))')
WORD = re.compile(r"\w+")
SUFFIXES = ("ing", "ed", "es", "s", "y")
K1, B = 1.2, 0.75  # BM25's usual constants: how fast repeats stop counting, how much length matters


def query_stems(words: str) -> set[str]:
    """The stems of the words searched for (not those excluded, not 'OR'), lower case: 'harbours' -> 'harbour'."""
    stems = set()
    for minus, phrase, bare in TERM.findall(words):
        if minus or (not phrase and bare.upper() == "OR"):
            continue
        stems.update(stem(word.casefold()) for word in WORD.findall(phrase or bare))
    return stems


def stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def best_first(rows: list[tuple[int, str]], words: str) -> list[tuple[int, float]]:
    """(id, -score) of each (id, text): lower is better, as FTS5 ranks. A stem of three letters or more matches any
    word it starts ('harbour' in 'harbours'); a shorter one, only itself ('us', not 'usual'), as highlighted."""
    stems = sorted(query_stems(words), key=len, reverse=True)
    if not rows or not stems:
        return [(pk, 0.0) for pk, _ in rows]
    # one pass per text: each match names the stem it is of by its group
    pattern = re.compile(r"\b(?:" + "|".join(f"({re.escape(s)})" + (r"\w*" if len(s) >= 3 else r"\b") for s in stems)
                         + ")", re.IGNORECASE)
    lengths = [len(text.split()) for _, text in rows]
    average = max(1.0, sum(lengths) / len(rows))
    scored = []
    for (pk, text), length in zip(rows, lengths, strict=True):
        counts: dict[int, int] = {}
        for match in pattern.finditer(text):
            counts[match.lastindex] = counts.get(match.lastindex, 0) + 1
        norm = K1 * (1 - B + B * length / average)
        scored.append((pk, -sum(tf * (K1 + 1) / (tf + norm) for tf in counts.values())))
    return scored
