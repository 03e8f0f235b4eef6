"""Names enter the database as people write them: something visible, and no tokenisation spaces."""

import pytest

from quotes.extraction import ExtractedQuote
from quotes.models import Article, Quote, Speaker, SpeakerAlias
from quotes.services import speaker_edits
from quotes.services.editing import EditError
from quotes.services.imports import save_quotes
from quotes.services.speakers import SpeakerDirectory

BODY = "The nurses' union said staff were exhausted. “No,” said someone. “Yes,” said Carter's office."


def found(text: str, speaker: str | None, mention: str | None = None) -> ExtractedQuote:
    start = BODY.index(text)
    return ExtractedQuote(
        text=text, start=start, end=start + len(text), kind="indirect", cue="said", speaker=speaker,
        speaker_kind="organisation", speaker_mention=mention, mention_start=None, mention_end=None, confidence=0.9,
    )


@pytest.fixture
def stored(db) -> dict[str, Quote]:
    article = Article.objects.create(title="Names", body=BODY, content_hash="n" * 64)
    quotes = save_quotes(
        article,
        [
            found("staff were exhausted", "The nurses ' union", mention="The nurses ' union"),
            found("No", "\u200b \u200c", mention="\u200b"),
            found("Yes", "Carter 's office"),
        ],
        SpeakerDirectory(),
    )
    return {quote.text: quote for quote in quotes}


def test_extracted_names_are_stored_without_tokenisation_spaces(stored):
    assert stored["staff were exhausted"].speaker.name == "The nurses' union"
    assert stored["Yes"].speaker.name == "Carter's office"
    assert set(SpeakerAlias.objects.values_list("name", flat=True)) == {"The nurses' union", "Carter's office"}


def test_an_extracted_name_with_nothing_visible_names_no_speaker(stored):
    assert stored["No"].speaker is None
    assert Speaker.objects.count() == 2


def test_the_same_name_with_and_without_the_spaces_is_one_speaker(stored):
    article = Article.objects.create(title="Again", body=BODY, content_hash="m" * 64)
    again = save_quotes(article, [found("staff were exhausted", "The nurses' union")], SpeakerDirectory())
    assert again[0].speaker == stored["staff were exhausted"].speaker


@pytest.mark.parametrize("name", ["", "   ", "\u200b", "\u200b\ufeff\u00ad", "\u3000"])
def test_an_editor_cannot_create_or_rename_to_an_invisible_name(db, speaker, name):
    with pytest.raises(EditError, match="visible character"):
        speaker_edits.create_speaker(name)
    with pytest.raises(EditError, match="visible character"):
        speaker_edits.update_speaker(speaker, name, speaker.kind, "")
    speaker.refresh_from_db()
    assert speaker.name == "Elena Petrova"


def test_an_editors_name_is_cleaned_too(db):
    assert speaker_edits.create_speaker("Jean - Paul\u200b Martin").name == "Jean-Paul Martin"
