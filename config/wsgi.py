"""WSGI entry point (gunicorn config.wsgi)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

# What is loaded at start-up (Django, Wagtail, every app's modules) lives as long as the
# process: frozen, the garbage collector stops walking it, and a full collection in the
# middle of a request takes a few milliseconds instead of a hundred.
gc.freeze()
