import pytest
from django.contrib.auth.models import Permission, User

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def importer(db) -> User:
    user = User.objects.create_user("ida", password="correct horse battery")
    user.user_permissions.add(Permission.objects.get(codename="add_importbatch"))
    return user


@pytest.fixture
def importer_client(client, importer):
    client.force_login(importer)
    return client


@pytest.fixture
def immediate_tasks(settings):
    """Tasks run inline when enqueued (on-commit callbacks still need running)."""
    settings.TASKS = IMMEDIATE
