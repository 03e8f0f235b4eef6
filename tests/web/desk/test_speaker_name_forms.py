"""The desk refuses a speaker name with nothing visible in it, and stores names without tokenisation spaces."""

import pytest

from quotes.models import Quote, Speaker

INVISIBLE = ["\u200b", "\u200b\u200c\ufeff", "\u00ad", "\u3000 \u200b"]


@pytest.mark.parametrize("name", INVISIBLE)
def test_renaming_a_speaker_to_nothing_visible_is_refused(htmx_client, speaker, name):
    response = htmx_client.post(f"/desk/speakers/{speaker.pk}/edit/", {"name": name, "kind": "person"})
    assert response.status_code == 200
    assert "at least one visible character" in response.content.decode()
    speaker.refresh_from_db()
    assert speaker.name == "Elena Petrova"


@pytest.mark.parametrize("name", INVISIBLE)
def test_a_new_speaker_with_nothing_visible_is_refused(htmx_client, quote, name):
    response = htmx_client.post(
        f"/desk/quotes/{quote.pk}/speaker/", {"version": 1, "new_speaker": name, "new_speaker_kind": "person"}
    )
    assert "at least one visible character" in response.content.decode()
    quote.refresh_from_db()
    assert (quote.status, quote.version) == (Quote.Status.AUTO, 1)
    assert not Speaker.objects.exclude(pk=quote.speaker_id).exists()


def test_a_new_speakers_name_is_stored_as_people_write_it(htmx_client, quote):
    htmx_client.post(
        f"/desk/quotes/{quote.pk}/speaker/", {"version": 1, "new_speaker": "The nurses ' union", "new_speaker_kind": "group"}
    )
    quote.refresh_from_db()
    assert quote.speaker.name == "The nurses' union"


def test_a_rename_is_stored_as_people_write_it(htmx_client, speaker):
    htmx_client.post(f"/desk/speakers/{speaker.pk}/edit/", {"name": "Elena  Petrova 's office", "kind": "organisation"})
    speaker.refresh_from_db()
    assert speaker.name == "Elena Petrova's office"
