"""A statement split by its attribution is one quote in pieces: merged from the engine's records, stored, kept clear of.

The records are built by hand in the shapes the engine gives (issue 17): one record per sentence sharing a `group`,
or one record whose `parts` leave out the attribution between its pieces.
"""

from __future__ import annotations

import pytest

from quotes.extraction import ExtractedQuote
from quotes.importers.records import ArticleRecord
from quotes.models import Article, Quote, Speaker, SpeakerAlias
from quotes.services import editing
from quotes.services.imports import ArticleStore, save_quotes
from quotes.services.pieces import merge_statements
from quotes.services.reattribution import reattribute
from quotes.services.speakers import SpeakerDirectory

SPLIT = "“We will open in May,” said Ms Ruiz. “The roof is done.”"
REPORTED = "The museum, Ms Ruiz said, would open in May."
BODY = f"{SPLIT} {REPORTED} The mayor was not there."


def span(words: str, body: str = BODY) -> tuple[int, int]:
    start = body.index(words)
    return start, start + len(words)


def record(words: str, body: str = BODY, **fields) -> ExtractedQuote:
    start, end = span(words, body)
    defaults = dict(kind="direct", cue="", speaker="Ana Ruiz", speaker_kind="person", speaker_mention=None,
                    mention_start=None, mention_end=None, confidence=0.9)
    return ExtractedQuote(text=words, start=start, end=end, **{**defaults, **fields})


def named(words: str, **fields) -> ExtractedQuote:
    """A record naming its speaker's mention, "Ms Ruiz" in the first sentence."""
    start, end = span("Ms Ruiz")
    return record(words, speaker_mention="Ms Ruiz", mention_start=start, mention_end=end, cue="said", **fields)


def split_statement(group: int = 1) -> list[ExtractedQuote]:
    return [named("We will open in May", group=group), record("The roof is done.", confidence=0.7, group=group)]


def reported_statement() -> ExtractedQuote:
    return record(REPORTED, kind="indirect", parts=(span("The museum"), span("would open in May")), cue="said")


# ---- merging ------------------------------------------------------------------------------------


def test_records_sharing_a_group_are_one_statement_in_pieces():
    [statement] = merge_statements(split_statement())
    assert statement.parts == (span("We will open in May"), span("The roof is done."))
    assert (statement.start, statement.end) == (span("We will open in May")[0], span("The roof is done.")[1])
    assert statement.text == "We will open in May … The roof is done."
    assert statement.matches(BODY)


def test_a_statement_takes_the_speaker_and_mention_of_the_record_naming_one():
    unnamed_first = [record("We will open in May", speaker=None, group=1), named("The roof is done.", group=1)]
    [statement] = merge_statements(unnamed_first)
    assert (statement.speaker, statement.speaker_mention, statement.cue) == ("Ana Ruiz", "Ms Ruiz", "said")
    assert (statement.mention_start, statement.mention_end) == span("Ms Ruiz")


def test_a_statement_is_as_sure_as_its_least_sure_piece_and_direct_if_any_piece_is():
    records = [named("We will open in May", kind="indirect", group=1), record("The roof is done.", confidence=0.4, group=1)]
    [statement] = merge_statements(records)
    assert statement.confidence == 0.4
    assert statement.kind == "direct"


def test_a_partial_piece_makes_a_reported_statement_partial():
    records = [named("We will open in May", kind="indirect", group=1), record("The roof is done.", kind="partial", group=1)]
    assert merge_statements(records)[0].kind == "partial"


def test_a_record_holding_its_attribution_keeps_only_the_quoted_pieces():
    [statement] = merge_statements([reported_statement()])
    assert statement.text == "The museum … would open in May"
    assert statement.parts == (span("The museum"), span("would open in May"))
    assert (statement.start, statement.end) == (span("The museum")[0], span("would open in May")[1])
    assert statement.matches(BODY)


def test_a_standalone_record_stays_as_it_is():
    [statement] = merge_statements([record("The mayor was not there.", kind="indirect")])
    assert (statement.text, statement.parts) == ("The mayor was not there.", ())
    assert (statement.start, statement.end) == span("The mayor was not there.")


def test_statements_come_in_order_of_their_start_with_their_records_in_order():
    records = [record("The mayor was not there."), *reversed(split_statement())]
    statements = merge_statements(records)
    assert [s.text for s in statements] == ["We will open in May … The roof is done.", "The mayor was not there."]


def test_two_groups_stay_two_statements():
    records = [named("We will open in May", group=1), record("The roof is done.", group=2)]
    assert [s.parts for s in merge_statements(records)] == [(), ()]


def test_a_group_whose_pieces_overlap_is_kept_record_by_record():
    records = [named("We will open in May", group=1), record("open in May", group=1)]
    assert [s.text for s in merge_statements(records)] == ["We will open in May", "open in May"]


def test_a_statement_whose_words_are_not_the_article_s_does_not_match():
    [statement] = merge_statements(split_statement())
    assert not statement.matches(BODY.replace("roof", "ruff"))


# ---- storing ------------------------------------------------------------------------------------


@pytest.fixture
def ruiz_article(source) -> Article:
    return Article.objects.create(source=source, title="Museum", body=BODY, content_hash="p" * 64)


def test_a_split_statement_is_stored_as_one_quote_in_pieces(ruiz_article):
    [quote] = save_quotes(ruiz_article, split_statement(), SpeakerDirectory())
    quote = Quote.objects.get(pk=quote.pk)
    assert quote.parts == [list(span("We will open in May")), list(span("The roof is done."))]
    assert quote.text == "We will open in May … The roof is done."
    assert quote.span_matches(ruiz_article.body)
    assert [text for _, _, text in quote.piece_texts()] == ["We will open in May", "The roof is done."]
    assert (quote.speaker.name, quote.speaker_mention, quote.confidence) == ("Ana Ruiz", "Ms Ruiz", 0.7)


def test_a_reported_statement_is_stored_without_its_attribution(ruiz_article):
    [quote] = save_quotes(ruiz_article, [reported_statement()], SpeakerDirectory())
    assert Quote.objects.get(pk=quote.pk).text == "The museum … would open in May"
    assert quote.parts == [list(span("The museum")), list(span("would open in May"))]


def test_a_one_piece_quote_is_stored_with_no_parts(ruiz_article):
    [quote] = save_quotes(ruiz_article, [record("The mayor was not there.", kind="indirect")], SpeakerDirectory())
    quote = Quote.objects.get(pk=quote.pk)
    assert (quote.parts, quote.text) == ([], "The mayor was not there.")
    assert quote.span_matches(BODY)


def test_only_the_statement_s_speaker_is_created_and_counted_once(source):
    store = ArticleStore()
    found = [*split_statement()[:1], record("The roof is done.", speaker="Roof", group=1)]
    store.store(ArticleRecord(body=BODY, location="museum.txt"), found)
    quote = Quote.objects.get()
    assert quote.speaker.name == "Ana Ruiz"
    assert not Speaker.objects.filter(name="Roof").exists()  # the piece's own guess: not who made the statement
    assert Speaker.objects.get(name="Ana Ruiz").quote_count == 1
    assert SpeakerAlias.objects.filter(speaker=quote.speaker, name="Ms Ruiz").exists()


def test_a_statement_over_an_editor_s_quote_is_not_stored(ruiz_article):
    # An editor's quote inside the attribution between the pieces: the statement's outer span overlaps it.
    editors = [span("said Ms Ruiz")]
    assert save_quotes(ruiz_article, split_statement(), SpeakerDirectory(), keep_clear_of=editors) == []
    assert save_quotes(ruiz_article, [reported_statement()], SpeakerDirectory(), keep_clear_of=[span("Ms Ruiz said")]) == []


def test_a_statement_whose_pieces_are_not_the_article_s_words_is_not_stored(source):
    other = Article.objects.create(source=source, title="Other", body=BODY.replace("roof", "ruff"), content_hash="q" * 64)
    assert save_quotes(other, split_statement(), SpeakerDirectory()) == []


@pytest.mark.slow
def test_a_re_run_keeps_an_editor_s_statement_in_pieces_whole(ruiz_article, editor):
    [quote] = save_quotes(ruiz_article, split_statement(), SpeakerDirectory())
    confirmed = editing.confirm(Quote.objects.get(pk=quote.pk), editor)
    reattribute([ruiz_article])
    confirmed.refresh_from_db()
    assert (confirmed.status, confirmed.parts) == (Quote.Status.CONFIRMED, quote.parts)
    assert confirmed.text == "We will open in May … The roof is done."
    overlapping = ruiz_article.quotes.exclude(pk=confirmed.pk).filter(start__lt=confirmed.end, end__gt=confirmed.start)
    assert not overlapping.exists()  # the engine's pieces of it are not stored beside it


@pytest.mark.slow
def test_a_re_run_replaces_an_untouched_statement_in_pieces(ruiz_article):
    [quote] = save_quotes(ruiz_article, split_statement(), SpeakerDirectory())
    reattribute([ruiz_article])
    assert not Quote.objects.filter(pk=quote.pk).exists()
    assert all(q.span_matches(BODY) for q in ruiz_article.quotes.all())
