import pytest
from spacy.vocab import Vocab

from quotes.extraction import extract_quotes, load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def en_vocab():
    return Vocab()


@pytest.fixture(scope="session")
def extract(nlp):
    """Run the whole pipeline on a text (the model is loaded once per session)."""
    return extract_quotes


def find(quotes, fragment):
    """The quote whose text contains `fragment`."""
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return hits[0]
