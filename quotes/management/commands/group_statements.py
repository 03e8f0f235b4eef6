from typing import Any

from django.core.management.base import BaseCommand

from quotes.services import statements


class Command(BaseCommand):
    help = "Group every stored quote into statements afresh (after importing with NEWSDESK_GROUP_STATEMENTS=0)."

    def handle(self, *args: Any, **options: Any) -> str:
        def progress(done: int) -> None:
            if options["verbosity"] >= 2:
                self.stdout.write(f"{done:,} quotes grouped")

        return f"{statements.group_all(on_progress=progress):,} statements carried by more than one outlet."
