"""GET /api/speakers/ (the type-ahead as JSON) and /api/speakers/<slug>/."""

from quotes.models import Speaker
from tests.web.reader.conftest import speaker_with_aliases


def names(response) -> list[str]:
    return [row["name"] for row in response.json()["results"]]


def test_speakers_most_quoted_first_without_merged_ones(client, library):
    Speaker.objects.create(name="A. Carter", merged_into=library.ash)
    assert names(client.get("/api/speakers/")) == [
        "Ash Carter",
        "Department of Defense",
        "Jimmy Carter",
        "Sergei Lavrov",
    ]


def test_typeahead_matches_names_and_aliases_by_word_prefix(client, library):
    assert names(client.get("/api/speakers/", {"who": "Carter"})) == ["Ash Carter", "Jimmy Carter"]
    assert names(client.get("/api/speakers/", {"who": "pent"})) == ["Department of Defense"]
    assert names(client.get("/api/speakers/", {"who": "secretary car"})) == ["Ash Carter"]
    assert names(client.get("/api/speakers/", {"who": "  DEFENSE "})) == ["Department of Defense"]
    assert names(client.get("/api/speakers/", {"who": "efense"})) == []


def test_typeahead_ranks_by_quote_count(client, library):
    speaker_with_aliases("Carter Page", Speaker.Kind.PERSON, quote_count=40, public_quote_count=40)
    assert names(client.get("/api/speakers/", {"who": "carter"})) == ["Carter Page", "Ash Carter", "Jimmy Carter"]


def test_typeahead_treats_like_wildcards_as_text(client, library):
    assert names(client.get("/api/speakers/", {"who": "%"})) == []
    assert names(client.get("/api/speakers/", {"who": "_"})) == []


def test_speaker_detail(client, library):
    data = client.get("/api/speakers/department-of-defense/").json()
    assert data["name"] == "Department of Defense" and data["kind"] == "organisation"
    assert data["aliases"] == ["Department of Defense", "Pentagon", "The Pentagon"]
    assert data["quotes"] == "http://testserver/api/quotes/?speaker=department-of-defense"


def test_merged_speaker_redirects(client, library):
    old = Speaker.objects.create(name="A. Carter", merged_into=library.ash)
    response = client.get(f"/api/speakers/{old.slug}/")
    assert response.status_code == 302 and response["Location"] == "/api/speakers/ash-carter/"


def test_speakers_queries(client, library, django_assert_num_queries):
    for n in range(30):
        speaker_with_aliases(f"Carter Number {n}", Speaker.Kind.PERSON, "Alias {n}", public_quote_count=1)
    with django_assert_num_queries(2):  # one page of speakers with their count (a window), their aliases
        response = client.get("/api/speakers/", {"who": "carter"})
    assert response.json()["count"] == 32


def test_speaker_pages_carry_the_count_of_every_match(client, library):
    for n in range(30):
        speaker_with_aliases(f"Carter Number {n}", Speaker.Kind.PERSON, "Alias {n}", public_quote_count=1)
    second = client.get("/api/speakers/", {"who": "carter", "per_page": 10, "page": 2}).json()
    assert (second["count"], second["pages"], len(second["results"])) == (32, 4, 10)
    assert second["next"].endswith("page=3") and second["previous"].endswith("page=1")
    last = client.get("/api/speakers/", {"who": "carter", "per_page": 10, "page": 4}).json()
    assert (last["count"], len(last["results"]), last["next"]) == (32, 2, None)
    assert client.get("/api/speakers/", {"who": "carter", "per_page": 10, "page": 5}).status_code == 404
    assert client.get("/api/speakers/", {"who": "carter", "page": "x"}).status_code == 404
    none = client.get("/api/speakers/", {"who": "zzzz"}).json()
    assert (none["count"], none["pages"], none["results"]) == (0, 1, [])


def test_the_type_ahead_is_kept_a_minute(client, library, django_assert_num_queries):
    first = client.get("/api/speakers/", {"who": "car"})
    assert "max-age=60" in first["Cache-Control"]
    with django_assert_num_queries(0):  # the same letters typed again: served kept (api.SPEAKER_LIST_KEPT_S)
        again = client.get("/api/speakers/", {"who": "car"})
    assert again.json() == first.json()
