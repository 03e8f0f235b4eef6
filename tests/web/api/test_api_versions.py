"""`/api/quotes/<id>/` lists the other outlets' versions of the quote's statement, with the words that differ."""

from tests.conftest import carried

FULL = "We will not close the ferry route this winter, and we will find the money to keep it running."
TRIMMED = "we will find the money to keep it running"
MISQUOTED = "We will close the ferry route this spring, and we will find the money to keep it running."


def test_versions_name_each_outlet_with_its_wording_and_diff(client, speaker):
    full = carried("Wire", FULL, speaker, day=1)
    trimmed = carried("Ledger", TRIMMED, speaker, day=2)
    misquoted = carried("Gazette", MISQUOTED, speaker, day=3)
    carried("Courier", FULL, speaker, day=4, confidence=0.1)  # hidden from readers: not listed

    versions = client.get(f"/api/quotes/{full.pk}/").json()["versions"]
    assert [(v["id"], v["source"], v["wording"]) for v in versions] == [
        (trimmed.pk, "Ledger", "trimmed"), (misquoted.pk, "Gazette", "differs"),
    ]
    assert versions[0]["article"] == trimmed.article_id and versions[0]["text"] == TRIMMED
    assert "diff" not in versions[0]
    assert versions[1]["diff"] == [
        {"op": "drop", "text": "", "reference": "not"},
        {"op": "change", "text": "spring", "reference": "winter"},
    ]
    back = client.get(f"/api/quotes/{misquoted.pk}/").json()["versions"]
    assert [(v["id"], v["wording"]) for v in back] == [(full.pk, "same"), (trimmed.pk, "trimmed")]


def test_a_quote_alone_has_no_versions(client, quote):
    assert client.get(f"/api/quotes/{quote.pk}/").json()["versions"] == []
