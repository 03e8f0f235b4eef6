from typing import Any

from django.core.management.base import BaseCommand

from quotes import extraction
from quotes.management.options import since_option
from quotes.services import training


class Command(BaseCommand):
    help = "Score the current engine on the newsroom's reviewed articles (nothing is changed)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--since", help="only articles reviewed on or after this date (YYYY-MM-DD)")

    def handle(self, *args: Any, since: str | None, **options: Any) -> str:
        score, n = training.evaluate(training.reviewed_articles(since_option(since)))
        lines = [f"Extractor {extraction.EXTRACTOR_VERSION} on {n} reviewed articles:", *score.lines()]
        return "\n".join(lines)
