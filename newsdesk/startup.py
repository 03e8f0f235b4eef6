from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def require_secret_key() -> None:
    """Serving signs sessions and CSRF tokens: without DEBUG it needs a SECRET_KEY from the environment."""
    if not (settings.DEBUG or getattr(settings, "SECRET_KEY_FROM_ENVIRONMENT", True)):
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
