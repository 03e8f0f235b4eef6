"""Who stores an import's chunks: a process beside the parser when it may, this thread inside a transaction."""

import os
import signal

import pytest
from django.db import transaction

from quotes.importers.records import ArticleRecord
from quotes.models import Article, Quote, Speaker
from quotes.services.import_writers import ChunkWriter, ProcessWriter, WriterFailed, interrupts_held, writer_for
from quotes.services.imports import ArticleStore, ImportReport, import_records


def stories(n: int) -> list[ArticleRecord]:
    return [
        ArticleRecord.from_dict({
            "title": f"Harbour works, part {i}",
            "body": f"“Berth {i} will reopen in spring,” said harbourmaster Ines Vell. The quay has been shut since May.",
            "source_name": "Harbour Gazette",
            "location": f"wire.jsonl:{i + 1}",
        })
        for i in range(n)
    ]


def test_outside_a_transaction_a_process_stores_and_the_parent_reports_progress(transactional_db):
    seen = []
    report = import_records(stories(9), chunk_size=2, on_progress=lambda r: seen.append((os.getpid(), r.created)))
    assert (report.created, report.failed, report.quotes_found) == (9, 0, 9)
    assert Article.objects.count() == Quote.objects.count() == 9
    vell = Speaker.objects.get(name="Ines Vell")
    assert vell.quote_count == 9
    assert [created for _, created in seen] == [2, 4, 6, 8, 9]  # each chunk as it is stored, in order
    assert {pid for pid, _ in seen} == {os.getpid()}  # the importing process reports it


def test_the_writer_is_a_process_outside_a_transaction_and_this_thread_inside_one(transactional_db):
    store, report = ArticleStore(), ImportReport()
    writer = writer_for(store, report, None)
    try:
        assert isinstance(writer, ProcessWriter) and writer.process.is_alive()
    finally:
        writer.close()
    assert not writer.process.is_alive()
    with transaction.atomic():
        assert type(writer_for(store, report, None)) is ChunkWriter  # the caller's transaction sees the rows


def test_a_writer_process_that_dies_fails_the_import_loudly(transactional_db):
    from quotes.extraction.transfer import parse_many

    writer = writer_for(ArticleStore(), ImportReport(), None)
    os.kill(writer.process.pid, signal.SIGKILL)
    writer.process.join()
    records = stories(1)
    parsed = parse_many([r.body for r in records])
    with pytest.raises(WriterFailed, match="writer process died"):
        for _ in range(5):  # the queue takes a chunk or two before it is full
            writer.put(records, parsed)
    writer.close()
    assert Article.objects.count() == 0


def test_a_record_the_writer_process_refuses_comes_back_with_its_location(transactional_db):
    records = stories(3)
    records[1].url = "https://wire.example/" + "x" * 2000
    report = import_records(records, chunk_size=2)
    assert (report.created, report.failed) == (2, 1)
    assert [(e.location, e.reason[:15]) for e in report.errors] == [("wire.jsonl:2", "URL longer than")]
    assert Article.objects.count() == 2


def test_the_last_chunk_goes_to_the_writer_in_quarters(transactional_db):
    """The parser has nothing left to do while the writer stores the last chunk: it waits for a quarter of it."""
    seen = []
    report = import_records(stories(16), chunk_size=8, on_progress=lambda r: seen.append(r.created))
    assert report.created == 16 and seen == [8, 10, 12, 14, 16]


def test_ctrl_c_during_a_queue_operation_is_delivered_when_it_ends():
    """Raised inside a multiprocessing queue's put or get, KeyboardInterrupt can leave its lock taken."""
    finished = False
    with pytest.raises(KeyboardInterrupt), interrupts_held():
        signal.raise_signal(signal.SIGINT)
        finished = True
    assert finished
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_sigterm_held_reaches_the_handler_that_was_there_before():
    received = []
    before = signal.signal(signal.SIGTERM, lambda signum, frame: received.append(signum))
    try:
        with interrupts_held():
            signal.raise_signal(signal.SIGTERM)
            assert received == []
        assert received == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, before)


def test_a_writer_process_told_to_stop_ends_even_if_the_end_of_the_chunks_never_comes(transactional_db):
    """A second Ctrl-C can cut the close short before it sends the end; the process must not wait for it forever."""
    writer = writer_for(ArticleStore(), ImportReport(), None)
    writer.stopping.set()
    writer.process.join(timeout=30)
    assert not writer.process.is_alive()
    writer.close()
