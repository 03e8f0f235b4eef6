from typing import Any

from django.core.management.base import BaseCommand, CommandError

from quotes.models import Article
from quotes.services import reattribution as services


class Command(BaseCommand):
    help = "Re-run the extractor; quotes an editor confirmed, corrected, rejected or added are kept as they are."

    def add_arguments(self, parser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int)
        parser.add_argument("--all", action="store_true", help="every article")

    def handle(self, *args: Any, article_ids: list[int], all: bool, **options: Any) -> str:
        if all == bool(article_ids):
            raise CommandError("give article ids, or --all (not both)")
        articles = Article.objects.order_by("pk")
        if article_ids:
            articles = articles.filter(pk__in=article_ids)
            missing = set(article_ids) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no such article: {', '.join(map(str, sorted(missing)))}")
        n_articles, n_quotes = services.reattribute(articles.iterator(chunk_size=100))
        return f"Re-attributed {n_articles} articles; {n_quotes} automatic quotes stored."
