from django.apps import AppConfig
from django.db.models.signals import post_migrate


class QuotesConfig(AppConfig):
    name = "quotes"
    verbose_name = "Newsdesk quotes"

    def ready(self) -> None:
        from quotes import checks  # noqa: F401 - registers the deployment checks

        post_migrate.connect(ensure_editors_group, sender=self)


def ensure_editors_group(sender, **kwargs) -> None:
    """Every install has an Editors group with the desk permissions; staff add people to it."""
    from django.contrib.auth.models import Group, Permission

    from quotes.permissions import EDITOR_PERMISSIONS, EDITORS_GROUP

    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="quotes", codename__in=EDITOR_PERMISSIONS)
    )
