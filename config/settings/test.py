"""Test settings: fast hashing, isolated media, no manifest needed."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = tempfile.mkdtemp(prefix="communs-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
SITE_URL = WAGTAILADMIN_BASE_URL
# The public page cache stays off: tests create content and read pages at once. Cache
# tests turn it on with override_settings(COMMONS_PAGE_CACHE=True).
COMMONS_PAGE_CACHE = False
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    # Rate-limit counters: emptied before each test (tests/conftest.py).
    "limits": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "limits"},
}
# Wagtail's own indexes — the admin search index and the reference index behind the
# admin's « Utilisation » — are rewritten by every save in production, which made up a
# third of the suite's time. Only the tests marked ``wagtail_indexes`` read them, and
# have them updated on save (tests/conftest.py); the site's own search index is not
# concerned.
WAGTAILSEARCH_BACKENDS = {
    name: {**backend, "AUTO_UPDATE": False}
    for name, backend in WAGTAILSEARCH_BACKENDS.items()  # noqa: F405
}
