"""Shapes the fourth fresh set (tests/fixtures/fresh_articles_4) found failing before any rule was fitted to it,
each written again here as short invented sentences."""

import pytest

from tests.extraction.conftest import find


@pytest.mark.parametrize("text, words, speaker", [
    # a restrictive relative clause picks the witness out; the comma-set one after it only adds to her
    ("A man who runs the kiosk by the pier, and who asked not to be named, said the lights had gone out at nine.",
     "lights had gone out", "A man who runs the kiosk by the pier"),
    ("A nurse who treated the driver said he had been conscious throughout.", "conscious throughout",
     "A nurse who treated the driver"),
    ("One parent who collects her son from the school gates said the crossing was dangerous.",
     "crossing was dangerous", "One parent who collects her son from the school gates"),
    # set off by a comma, the clause stays out of the description
    ("A junior porter at the station, who asked not to be named, said the trains had been late all week.",
     "late all week", "A junior porter at the station"),
])
def test_an_unnamed_source_keeps_the_relative_clause_that_says_which_one(extract, text, words, speaker):
    assert find(extract(text), words).speaker == speaker
