"""Who stores an import's extracted chunks while the pipeline parses the next: this thread, a thread beside it,
or a process of its own.

The parser holds one core. Storing a chunk (Django building its SQL, matching speakers, grouping statements) is
Python too: in a thread it takes the GIL from the parser, and an import ran at 60-70% of the bare parser's
speed. In a forked process it runs on another core, and the import runs at the parser's speed as long as the
writer keeps up (it needs about half the parser's CPU, rules included). A test's or a caller's transaction keeps everything
in the calling thread, where that transaction can see it; a process that may not have children (a worker of
`import_in_processes`) or a database only this process can open uses a thread.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connection, connections

from quotes.extraction.transfer import Parsed, quotes_of

if TYPE_CHECKING:
    import multiprocessing.queues

    from quotes.extraction import ExtractedQuote
    from quotes.importers.records import ArticleRecord
    from quotes.services.imports import ArticleStore, ImportReport

    Chunk = list[tuple[ArticleRecord, list[ExtractedQuote]]]
    Records = list[ArticleRecord]

# Chunks parsed ahead of the writer: enough to keep it busy, few enough that an interrupted import loses little.
AHEAD = 2
POLL_S = 0.2
# Where the writer, the database server and the parser want more cores than there are, the parser goes first: the
# writer has about half its work to do, and catches up while the parser waits on nothing.
WRITER_NICENESS = 10
HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back until the block ends, then deliver them.

    A KeyboardInterrupt raised inside a multiprocessing queue's put or get can leave the queue's lock taken or its
    pipe part-read; closing the writer after Ctrl-C then waits on that queue forever (seen once in CI on
    PostgreSQL). Signals reach only the main thread, so elsewhere there is nothing to hold."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {signum: signal.signal(signum, lambda signum, frame: held.append(signum)) for signum in HELD_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
        if held:
            signal.raise_signal(held[0])


def forget_inherited_connections() -> None:
    """In a forked child: drop the parent's database connections without closing them (closing would end the
    parent's sessions; using them would interleave two processes' messages on one socket). Django's connections
    live in asgiref Locals, which keep one set while an event loop runs in the thread (Playwright's, in tests)
    and another without one: the parent's close_all() before the fork does not reach them all."""
    for conn in connections.all(initialized_only=True):
        conn.connection = None


def can_fork_writer() -> bool:
    if "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
        return False
    return not (connection.vendor == "sqlite" and connection.is_in_memory_db())


def writer_for(store: ArticleStore, report: ImportReport, on_progress: Callable | None) -> ChunkWriter:
    if connection.in_atomic_block:
        return ChunkWriter(store, report, on_progress)
    if can_fork_writer():
        return ProcessWriter(store, report, on_progress)
    return ThreadWriter(store, report, on_progress)


def _drop_waiting(chunks: queue.Queue | multiprocessing.queues.Queue) -> None:
    """Empty a writer's queue of the chunks still waiting (an interrupted import stores only the one in hand)."""
    with contextlib.suppress(queue.Empty):
        while True:
            chunks.get_nowait()


class ChunkWriter:
    """Finds the quotes of each parsed chunk and stores it as it is handed over, in the calling thread."""

    beside = False  # whether it works while the next chunk is parsed

    def __init__(self, store: ArticleStore, report: ImportReport, on_progress: Callable | None) -> None:
        self.store, self.report, self.on_progress = store, report, on_progress

    def put(self, records: Records, parsed: Parsed) -> None:
        self.write(records, parsed, self.report)

    def write(self, records: Records, parsed: Parsed, report: ImportReport) -> None:
        pairs: Chunk = list(zip(records, quotes_of(parsed, settings.NEWSDESK_SPACY_MODEL), strict=True))
        self.store.speakers.prefetch(q for _, found in pairs for q in found)
        self.store.store_chunk(pairs, report)
        if self.on_progress:
            self.on_progress(report)

    def close(self) -> None:
        pass


class ThreadWriter(ChunkWriter):
    """Stores chunks in a thread of its own (with its own database connection). On close (also after Ctrl-C) the
    thread finishes the chunk in hand, so no transaction is cut short by us; a process killed outright rolls the
    open transaction back in the database."""

    beside = True

    def __init__(self, store: ArticleStore, report: ImportReport, on_progress: Callable | None) -> None:
        super().__init__(store, report, on_progress)
        self.failure: BaseException | None = None
        self.stopping = threading.Event()
        self.queue: queue.Queue = queue.Queue(maxsize=AHEAD)
        self.thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self.thread.start()

    def put(self, records: Records, parsed: Parsed) -> None:
        while True:
            if self.failure:
                raise self.failure
            try:
                self.queue.put((records, parsed), timeout=POLL_S)
                return
            except queue.Full:
                continue

    def _run(self) -> None:
        try:
            while (chunk := self.queue.get()) is not None:
                if not self.stopping.is_set():
                    self.write(*chunk, self.report)
        except BaseException as exc:  # handed to the importing thread, which raises it
            self.failure = exc
        finally:
            connections.close_all()

    def close(self) -> None:
        interrupted = sys.exc_info()[0] is not None
        if interrupted:
            self.stopping.set()  # finish the chunk in hand, drop the rest
            _drop_waiting(self.queue)
        self.queue.put(None)
        self.thread.join()
        if self.failure and not interrupted:
            raise self.failure


class WriterFailed(RuntimeError):
    """The writer process raised: its traceback, as text (the exception itself may not cross processes)."""


class ProcessWriter(ChunkWriter):
    """Stores chunks in a forked process; each chunk's counts and errors come back as an `ImportReport` of their
    own, merged here, where progress is reported. The child ignores Ctrl-C and SIGTERM (they reach the whole
    process group): the parent decides, and on close the child finishes the chunk in hand and drops the rest.
    A child whose parent is gone stops too."""

    beside = True

    def __init__(self, store: ArticleStore, report: ImportReport, on_progress: Callable | None) -> None:
        super().__init__(store, report, on_progress)
        context = multiprocessing.get_context("fork")
        self.inbox = context.Queue(maxsize=AHEAD)
        self.outbox = context.Queue()
        self.stopping = context.Event()
        self.finished = False
        connections.close_all()  # this thread's: the child forgets its inherited copies, we open new ones
        self.process = context.Process(target=self._run, name="import-writer", daemon=True)
        self.process.start()

    def put(self, records: Records, parsed: Parsed) -> None:
        packed = parsed.pack()  # here, not in the queue's feeder thread: pickling a doc is no faster there
        while True:
            self._collect()
            try:
                with interrupts_held():
                    self.inbox.put((records, packed), timeout=POLL_S)
                return
            except queue.Full:
                if not self.process.is_alive():
                    self._collect()
                    died = f"the import's writer process died (exit code {self.process.exitcode})"
                    raise WriterFailed(died) from None

    def _collect(self, wait: bool = False) -> None:
        """Merge what the child has reported; with `wait`, until it says it is done or dies."""
        while not self.finished:
            with interrupts_held():  # a chunk's counts are taken from the queue and merged whole, or not at all
                message = self._receive(wait)
                if message is not None and message[0] == "chunk":
                    self.report.merge(message[1])
            if message is None:
                if not wait or not self.process.is_alive():
                    return
                continue
            kind, value = message
            if kind == "chunk":
                if self.on_progress:
                    self.on_progress(self.report)
            elif kind == "failed":
                self.finished = True
                raise WriterFailed(value)
            else:
                self.finished = True

    def _receive(self, wait: bool) -> tuple[str, object] | None:
        try:
            return self.outbox.get(timeout=POLL_S) if wait else self.outbox.get_nowait()
        except queue.Empty:
            return None

    def _run(self) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        os.nice(WRITER_NICENESS)
        forget_inherited_connections()
        self.on_progress = None  # this copy's: the parent reports progress as our counts reach it
        from quotes.services.imports import ImportReport

        parent = os.getppid()
        try:
            while True:
                try:
                    chunk = self.inbox.get(timeout=1)
                except queue.Empty:
                    if os.getppid() != parent:
                        return  # the importing process was killed: nothing will come
                    if self.stopping.is_set():
                        break  # interrupted, and the end may never be sent (a second Ctrl-C while closing)
                    continue
                if chunk is None:
                    break
                if self.stopping.is_set():
                    continue
                report = ImportReport()
                self.write(*chunk, report)
                self.outbox.put(("chunk", report))
            self.outbox.put(("done", None))
        except BaseException:
            import traceback

            self.outbox.put(("failed", traceback.format_exc()))
        finally:
            connections.close_all()
            self.outbox.close()
            self.outbox.join_thread()  # everything sent has reached the pipe before we exit

    def close(self) -> None:
        interrupted = sys.exc_info()[0] is not None
        if interrupted:
            self.stopping.set()
            with interrupts_held():
                _drop_waiting(self.inbox)
        try:
            while self.process.is_alive():
                try:
                    with interrupts_held():
                        self.inbox.put(None, timeout=POLL_S)
                    break
                except queue.Full:
                    self._collect()
            self._collect(wait=True)
        except WriterFailed:
            if not interrupted:
                raise
        except BaseException:
            self.stopping.set()  # Ctrl-C while closing: the child ends after the chunk in hand, told or not
            raise
        finally:
            self.process.join()
            self.inbox.cancel_join_thread()  # the child is gone: what is still unsent can never be read, so exit
            self.inbox.close()  # must not wait to send it (a pipe nobody reads would hold it forever)
            self.outbox.close()
