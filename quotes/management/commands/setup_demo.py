import os
from typing import Any

from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand

from quotes.apps import ensure_editors_group
from quotes.permissions import EDITORS_GROUP


class Command(BaseCommand):
    help = "Ensure the Editors group and a demo editor account exist (for local demos only)."

    def handle(self, *args: Any, **options: Any) -> None:
        ensure_editors_group(sender=None)
        group = Group.objects.get(name=EDITORS_GROUP)
        username = os.environ.get("NEWSDESK_DEMO_USER", "editor")
        password = os.environ.get("NEWSDESK_DEMO_PASSWORD", "newsdesk-demo")
        user, created = User.objects.get_or_create(username=username)
        if created or not user.check_password(password):
            user.set_password(password)
            user.save()
        user.groups.add(group)
        self.stdout.write(f"Demo editor: username {username!r}, password {password!r} (log in at /accounts/login/)")
