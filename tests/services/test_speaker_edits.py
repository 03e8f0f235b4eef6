"""Editing speakers on a real database: merges and their undoing, renames, the desk's speaker search."""

import pytest

from quotes.models import QuoteRevision, Speaker, SpeakerAlias, SpeakerMerge
from quotes.services import editing, speaker_edits


def test_merging_moves_quotes_and_aliases_and_unmerging_puts_them_back(quote, editor, speaker, other_speaker):
    SpeakerAlias.objects.create(speaker=other_speaker, name="T. Ellery")
    editing.refresh_quote_counts([speaker.pk])
    merge = speaker_edits.merge_speakers(speaker, other_speaker, editor)
    quote.refresh_from_db()
    speaker.refresh_from_db()
    other_speaker.refresh_from_db()
    assert quote.speaker == other_speaker and quote.version == 2
    assert speaker.merged_into == other_speaker
    assert (speaker.quote_count, other_speaker.quote_count) == (0, 1)
    assert set(other_speaker.aliases.values_list("name", flat=True)) == {
        "Tom Ellery",
        "T. Ellery",
        "Elena Petrova",
        "Petrova",
    }
    assert QuoteRevision.objects.get(quote=quote).action == "merge_speakers"
    speaker_edits.unmerge_speakers(merge, editor)
    quote.refresh_from_db()
    speaker.refresh_from_db()
    assert quote.speaker == speaker and speaker.merged_into is None and speaker.quote_count == 1
    assert set(speaker.aliases.values_list("name", flat=True)) == {"Elena Petrova", "Petrova"}
    assert SpeakerMerge.objects.get().undone
    with pytest.raises(editing.EditError):
        speaker_edits.unmerge_speakers(merge, editor)


def test_a_speaker_cannot_be_merged_into_itself_or_twice(speaker, other_speaker, editor):
    with pytest.raises(editing.EditError):
        speaker_edits.merge_speakers(speaker, speaker, editor)
    speaker_edits.merge_speakers(speaker, other_speaker, editor)
    with pytest.raises(editing.EditError):
        speaker_edits.merge_speakers(Speaker.objects.get(pk=speaker.pk), other_speaker, editor)


def test_renaming_keeps_the_old_name_findable_and_adds_the_new(speaker):
    speaker_edits.update_speaker(speaker, "Elena  Petrova-Smith", "person", "mayor of Porthaven")
    speaker.refresh_from_db()
    assert (speaker.name, speaker.name_key) == ("Elena Petrova-Smith", "elena petrova-smith")
    assert list(speaker_edits.search_speakers("petrova-smith")) == [speaker]
    assert list(speaker_edits.search_speakers("Elena Petrova")) == [speaker]


def test_speaker_search_finds_aliases_and_hides_merged_speakers(speaker, other_speaker, editor):
    assert list(speaker_edits.search_speakers("petrova")) == [speaker]
    assert list(speaker_edits.search_speakers("  ")) == []
    speaker_edits.merge_speakers(speaker, other_speaker, editor)
    assert list(speaker_edits.search_speakers("petrova")) == [other_speaker]  # the alias moved with the merge


def test_a_new_speaker_gets_its_name_as_alias(db):
    speaker = speaker_edits.create_speaker("  Priya   Sandhu ", "person")
    assert speaker.name == "Priya Sandhu"
    assert list(speaker.aliases.values_list("name", flat=True)) == ["Priya Sandhu"]
    with pytest.raises(editing.EditError):
        speaker_edits.create_speaker(" ", "person")
