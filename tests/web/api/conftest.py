import pytest

from tests.web.reader.conftest import Library, build_library


@pytest.fixture
def library(db) -> Library:
    return build_library()  # the reader pages' small library of public and hidden quotes
