"""`manage.py check --deploy`: what Django's own deployment checks cannot know about this site's settings."""

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register


@register(Tags.security, deploy=True)
def secret_key_from_the_environment(app_configs, **kwargs) -> list[CheckMessage]:
    """Without SECRET_KEY each process makes up its own (with DEBUG off) or uses the development key (with it on):
    sessions and password reset links would not hold, or anyone could forge them."""
    if getattr(settings, "SECRET_KEY_FROM_ENVIRONMENT", True):
        return []
    return [
        Error(
            "SECRET_KEY is not set in the environment: this process uses "
            + ("the development key." if settings.DEBUG else "a random key of its own."),
            hint="Set SECRET_KEY to a long random value, the same for every server process.",
            id="newsdesk.E001",
        )
    ]
