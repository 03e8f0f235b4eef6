"""The speaker word index: every way a speaker or alias comes to exist makes it findable by any word's start."""

import importlib

from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quotes.importers.records import ArticleRecord
from quotes.models import Article, Speaker, SpeakerAlias, SpeakerWord, word_starts
from quotes.services import speaker_edits
from quotes.services.imports import import_records
from quotes.services.search import matching_speakers


def test_word_starts_are_the_key_from_each_word_on():
    assert word_starts("ash carter") == {"ash carter", "carter"}
    assert word_starts("jean-paul sartre") == {"jean-paul sartre", "paul sartre", "sartre"}
    assert word_starts("x" * 100) == {"x" * SpeakerWord.LONGEST}
    assert word_starts("") == set()


def test_a_speaker_saved_one_by_one_is_found_by_each_word(db):
    speaker = Speaker.objects.create(name="Ngozi Okonjo-Iweala", kind="person")
    for typed in ("ngo", "Okonjo", "iwe", "okonjo-iweala"):
        assert list(matching_speakers(typed)) == [speaker], typed
    assert list(matching_speakers("njo")) == []  # inside a word, not at its start


def test_an_alias_is_found_and_leads_to_its_speaker(db):
    speaker = Speaker.objects.create(name="Department of Defense", kind="organisation")
    SpeakerAlias.objects.create(speaker=speaker, name="The Pentagon")
    assert list(matching_speakers("penta")) == [speaker]


def test_a_long_name_is_found_past_the_indexed_length(db):
    name = "The Honourable Member for " + "Much Wenlock and " * 5 + "Bridgnorth"
    speaker = Speaker.objects.create(name=name, kind="person")
    assert list(matching_speakers(name)) == [speaker]
    assert list(matching_speakers("bridg")) == [speaker]


def test_an_imported_speaker_and_the_aliases_an_import_reveals_are_found(db):
    body = "“We will rebuild the pier,” said Mayor Elena Petrova. Petrova said work would start in May."
    import_records([ArticleRecord.from_dict({"title": "Pier", "body": body, "location": "pier.txt"})])
    assert Article.objects.count() == 1
    speaker = Speaker.objects.get(name="Elena Petrova")
    aliases = [alias.name for alias in speaker.aliases.all()]
    assert "Mayor Elena Petrova" in aliases  # a mention the article revealed, stored in bulk
    for alias in aliases:
        assert speaker in matching_speakers(alias), alias


def test_a_renamed_speaker_is_found_by_the_new_name_and_still_by_the_old(db):
    speaker = speaker_edits.create_speaker("Elena Petrova", "person")
    speaker_edits.update_speaker(speaker, "Elena Petrova-Ruiz", "person", "")
    assert list(matching_speakers("ruiz")) == [speaker]
    assert list(matching_speakers("petrova")) == [speaker]  # the old name stays as an alias


def test_a_merge_moves_the_aliases_and_an_unmerge_takes_them_back(db, editor):
    target = speaker_edits.create_speaker("Department of Defense", "organisation")
    source = speaker_edits.create_speaker("Pentagon", "organisation")
    merge = speaker_edits.merge_speakers(source, target, editor)
    assert list(matching_speakers("pentagon")) == [target]
    speaker_edits.unmerge_speakers(merge, editor)
    assert list(matching_speakers("pentagon")) == [source]  # the target's old row is a candidate, not a match


def test_a_search_reads_one_range_of_the_index_not_every_name(db):
    Speaker.objects.create(name="Ash Carter", kind="person")
    with CaptureQueriesContext(connection) as queries:
        list(matching_speakers("car"))
    sql = queries.captured_queries[0]["sql"]
    assert "quotes_speakerword" in sql and ">= 'car'" in sql and "< 'cas'" in sql


def test_the_migration_indexes_speakers_that_were_there_before(db):
    speaker = Speaker.objects.create(name="Sergei Lavrov", kind="person")
    SpeakerAlias.objects.create(speaker=speaker, name="Foreign Minister Lavrov")
    SpeakerWord.objects.all().delete()
    assert list(matching_speakers("lavrov")) == []
    migration = importlib.import_module("quotes.migrations.0007_speaker_words")
    migration.index_every_speaker(apps, None)
    assert list(matching_speakers("lavrov")) == [speaker]
    assert list(matching_speakers("foreign min")) == [speaker]
