"""`manage.py import_articles PATH...`: every format, folders and archives, progress, several processes."""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any, TextIO

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from quotes import importers
from quotes.services import batches
from quotes.services import imports as services

SHOWN_ERRORS = 50
LOG_EVERY_S = 5.0


class ProgressDisplay:
    """A rich progress bar on a terminal; otherwise a plain line every few seconds (or none at -v 0)."""

    def __init__(self, out: TextIO, total: int, bar: bool, lines: bool) -> None:
        self.out, self.total, self.lines = out, total, lines
        self.last_line = time.monotonic()
        self.progress = None
        if bar:
            self.progress = Progress(
                TextColumn("Importing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} articles/s"),
                TimeElapsedColumn(),
                TextColumn("left"),
                TimeRemainingColumn(),
                console=Console(file=out),
                transient=True,
            )
            self.task = self.progress.add_task("import", total=total, rate=0.0)

    def __enter__(self) -> ProgressDisplay:
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress:
            self.progress.stop()

    def update(self, report: services.ImportReport) -> None:
        if self.progress:
            self.progress.update(self.task, completed=report.seen, rate=report.rate)
        elif self.lines and time.monotonic() - self.last_line >= LOG_EVERY_S:
            self.last_line = time.monotonic()
            left = (self.total - report.seen) / report.rate if report.rate else 0
            share = 100 * report.seen / self.total if self.total else 100
            self.out.write(
                f"imported {report.seen:,}/{self.total:,} articles ({share:.0f}%), "
                f"{report.rate:.1f} articles/s, about {left:.0f}s left\n"
            )
            self.out.flush()


def stop_on_sigterm() -> None:
    """`kill` stops the import like Ctrl-C: the article in hand rolls back, the summary is printed."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


class Command(BaseCommand):
    help = "Import articles (text, HTML, JSON Lines, JSON, CSV, RSS/Atom; folders and archives). Bad records are reported with their location and skipped."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="files, folders and .zip/.tar.gz archives")
        parser.add_argument("--source", default="", help="publication name for records that carry none")
        parser.add_argument("--format", dest="fmt", choices=["auto", *importers.FORMATS], default="auto")
        parser.add_argument("--workers", type=int, default=1, help="processes running the NLP (default 1)")
        parser.add_argument("--chunk-size", type=int, default=64, help="articles per NLP batch")

    def handle(
        self, *args: Any, paths: list[Path], source: str, fmt: str, workers: int, chunk_size: int, **options: Any
    ) -> str:
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"no such file or directory: {', '.join(missing)}")
        if workers < 1 or chunk_size < 1:
            raise CommandError("--workers and --chunk-size must be at least 1")
        total, records = importers.plan_paths(paths, fmt=fmt, max_bytes=settings.NEWSDESK_IMPORT_MAX_BYTES)
        batch = batches.start_batch(source_name=source, fmt=fmt, files=[str(p) for p in paths], total=total)
        verbosity = options["verbosity"]
        is_tty = self.stdout.isatty()
        report = services.ImportReport()
        display = ProgressDisplay(self.stdout._out, total, bar=verbosity >= 1 and is_tty, lines=verbosity >= 1)
        stop_on_sigterm()
        try:
            with display:
                services.import_in_processes(
                    records, workers, batch, source, on_progress=display.update, chunk_size=chunk_size, report=report
                )
        except KeyboardInterrupt:
            report.interrupted = True
            # Ctrl-C may land while a query is on its way ("another command is already in progress" on
            # PostgreSQL): the summary is written over a fresh connection.
            connection.close()
        batches.finish_batch(batch, report)
        self.print_errors(report, verbosity)
        return self.finish(report)

    def print_errors(self, report: services.ImportReport, verbosity: int) -> None:
        shown = report.errors if verbosity >= 2 else report.errors[:SHOWN_ERRORS]
        for error in shown:
            self.stderr.write(f"skipped {error.location}: {error.reason}")
        if len(report.errors) > len(shown):
            self.stderr.write(f"... and {len(report.errors) - len(shown):,} more (-v 2 lists them all)")

    def finish(self, report: services.ImportReport) -> str:
        words = report.words / report.elapsed if report.elapsed else 0.0
        summary = f"{report.summary()}; {words:,.0f} words/s"
        if report.interrupted:
            self.stdout.write(summary)
            raise CommandError("interrupted: run the same command again to import what is missing", returncode=130)
        if report.failed:
            self.stdout.write(summary)
            raise CommandError(f"{report.failed:,} records failed", returncode=2)
        return summary
