"""setup_demo creates the demo editor, never changes an account it finds, and refuses production unless asked."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError

from quotes.permissions import EDITORS_GROUP


def test_it_creates_the_demo_editor_under_debug(db, settings):
    settings.DEBUG = True
    call_command("setup_demo")
    user = User.objects.get(username="editor")
    assert user.check_password("newsdesk-demo") and user.groups.filter(name=EDITORS_GROUP).exists()


def test_it_never_changes_an_account_it_finds(db, settings):
    settings.DEBUG = True
    existing = User.objects.create_user("editor", password="the owner's own secret", is_staff=True)
    call_command("setup_demo")
    existing.refresh_from_db()
    assert existing.check_password("the owner's own secret")
    assert not existing.groups.exists() and existing.is_staff


def test_it_refuses_to_run_with_debug_off(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG=1"):
        call_command("setup_demo")
    assert not User.objects.exists()


def test_production_needs_the_explicit_flag(db, settings):
    settings.DEBUG = False
    call_command("setup_demo", allow_production=True)
    assert User.objects.filter(username="editor").exists()
