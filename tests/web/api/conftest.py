from tests.web.reader.conftest import library  # noqa: F401  (the same small library of quotes)
