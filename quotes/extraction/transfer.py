"""Articles parsed in one process and attributed in another.

The statistical parse is most of an import's work and holds one core; the rules of `newsdesk_quotes` cost a
fifth as much again, in Python. An import parses here, hands the parsed docs over (a `DocBin`: a millisecond a
doc to pack, a fraction of that to unpack) and the rules run beside the parser, with the database writes.
`quotes_of(parse_many(texts))` finds exactly what `extract_many(texts)` finds (a test holds it to that).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, ORTH, SPACY, TAG
from spacy.tokens import Doc, DocBin

from . import DEFAULT_MODEL, by_article, load_pipeline, pipe_items
from .records import ExtractedQuote

# What the rules read of a parsed doc; the lemmatizer is not run, and no rule reads vectors or the tensor.
ATTRS = ("ORTH", "NORM", "SPACY", "TAG", "POS", "MORPH", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE")
# The string-valued attributes whose strings `DocBin.add` stores with each doc (a token's text, tag, lemma, norm,
# morphology, dependency and entity type, kb id and id)
STRING_ATTRS = [ORTH, TAG, LEMMA, NORM, MORPH, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID]
FINDER = "newsdesk_quotes"


class _Packer(DocBin):
    """A DocBin that stores the same strings as `DocBin.add`, found from each doc's distinct hashes instead of nine
    attribute look-ups per token: that loop was most of the packing, about 7% of an import's parsing process (a
    third of a millisecond a doc, 2026-12-08). `test_transfer` holds the strings to DocBin's own."""

    def add(self, doc: Doc) -> None:
        array = doc.to_array(self.attrs)
        self.tokens.append(array.reshape((array.shape[0], 1)) if array.ndim == 1 else array)
        self.spaces.append(numpy.asarray(doc.to_array(SPACY).reshape((-1, 1)), dtype=bool))
        self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
        strings = doc.vocab.strings
        self.strings.update(strings[int(key)] for key in numpy.unique(doc.to_array(STRING_ATTRS)))
        self.cats.append(doc.cats)
        self.span_groups.append(doc.spans.to_bytes())
        for group in doc.spans.values():
            for span in group:
                self.strings.add(span.label_)
                if span.kb_id in strings:
                    self.strings.add(span.kb_id_)
                if span.id in strings:
                    self.strings.add(span.id_)


@dataclass
class Parsed:
    """A batch of articles as parsed: each doc is a piece of an article (`pieces`: its index and offset)."""

    articles: int
    pieces: list[tuple[int, int]]
    docs: list[Doc] = field(default_factory=list)
    packed: bytes = b""

    def pack(self) -> Parsed:
        """A copy to send to another process: the docs as bytes."""
        docs = _Packer(attrs=list(ATTRS), store_user_data=False)
        for doc in self.docs:
            docs.add(doc)
        return Parsed(self.articles, self.pieces, packed=docs.to_bytes())

    def unpacked(self, model_name: str = DEFAULT_MODEL) -> list[Doc]:
        if self.packed and not self.docs:
            self.docs = list(DocBin().from_bytes(self.packed).get_docs(load_pipeline(model_name).vocab))
        return self.docs


def parse_many(texts: Sequence[str], model_name: str = DEFAULT_MODEL, batch_size: int = 32) -> Parsed:
    """Every component but the quote finder, batched through `nlp.pipe`."""
    nlp = load_pipeline(model_name)
    docs, pieces = [], []
    for doc, where in nlp.pipe(pipe_items(texts), as_tuples=True, batch_size=batch_size, disable=[FINDER]):
        docs.append(doc)
        pieces.append(where)
    return Parsed(len(texts), pieces, docs)


def quotes_of(parsed: Parsed, model_name: str = DEFAULT_MODEL) -> list[list[ExtractedQuote]]:
    """The quotes of each article of a parsed batch (packed or not)."""
    from .pipeline import to_records

    finder = load_pipeline(model_name).get_pipe(FINDER)
    docs = zip(parsed.unpacked(model_name), parsed.pieces, strict=True)
    return by_article(parsed.articles, ((to_records(finder(doc)), where) for doc, where in docs))
