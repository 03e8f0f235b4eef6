import os
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError, CommandParser

from quotes.apps import ensure_editors_group
from quotes.permissions import EDITORS_GROUP


class Command(BaseCommand):
    help = (
        "Create the demo editor account (for local demos only): an account that already exists is never changed. "
        "Refuses to run with DEBUG off unless given --allow-production."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--allow-production", action="store_true", help="create the demo account even with DEBUG off"
        )

    def handle(self, *args: Any, allow_production: bool = False, **options: Any) -> str:
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "setup_demo creates an account with a published password: it runs only with DEBUG=1 "
                "(or --allow-production, if you mean it)."
            )
        ensure_editors_group(sender=None)
        username = os.environ.get("NEWSDESK_DEMO_USER", "editor")
        password = os.environ.get("NEWSDESK_DEMO_PASSWORD", "newsdesk-demo")
        if User.objects.filter(username=username).exists():
            return f"User {username!r} exists already and was left as it is (setup_demo changes no account it finds)."
        user = User.objects.create_user(username, password=password)
        user.groups.add(Group.objects.get(name=EDITORS_GROUP))
        return f"Demo editor: username {username!r}, password {password!r} (log in at /accounts/login/)"
