"""Production settings: the scale path chosen by environment variables, hardening."""

import json

from tests.test_settings import STRONG_SECRET_KEY, run_with_production_settings

# Settings only: reading them imports the production settings, no app is loaded.
PRINT_SETTINGS = (
    "import json; from django.conf import settings; "
    "print(json.dumps({"
    "'caches': {k: [v['BACKEND'], v.get('LOCATION')] for k, v in settings.CACHES.items()}, "
    "'session': settings.SESSION_ENGINE, "
    "'search': settings.WAGTAILSEARCH_BACKENDS['default'], "
    "'storage': settings.STORAGES['default'], "
    "'page_cache': settings.COMMONS_PAGE_CACHE, "
    "'hsts': settings.SECURE_HSTS_SECONDS, "
    "'cookies': [settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY, "
    "settings.CSRF_COOKIE_SECURE, settings.CSRF_COOKIE_HTTPONLY], "
    "'middleware': settings.MIDDLEWARE, "
    "'db': settings.DATABASES['default'], "
    "}, default=str))"
)


def production_settings(**env):
    result = run_with_production_settings(
        ["-c", PRINT_SETTINGS], SECRET_KEY=STRONG_SECRET_KEY, **env
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_embedded_defaults_without_any_service():
    found = production_settings()
    # Files, shared by every worker: no per-process memory that a limit could hide in.
    assert found["caches"]["default"][0].endswith("FileBasedCache")
    assert found["caches"]["limits"][0] == "commons.caches.LockedFileBasedCache"
    assert found["caches"]["pages"][0].endswith("FileBasedCache")
    assert found["session"] == "django.contrib.sessions.backends.db"
    assert found["search"]["BACKEND"] == "wagtail.search.backends.database"
    # The admin search index follows every save (only the test settings turn that off).
    assert found["search"].get("AUTO_UPDATE", True) is True
    assert found["storage"]["BACKEND"].endswith("FileSystemStorage")
    assert found["db"]["ENGINE"] == "django.db.backends.sqlite3"
    assert found["db"]["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in found["db"]["OPTIONS"]["init_command"]
    # Hardening.
    assert found["page_cache"] is True
    assert found["hsts"] >= 31_536_000
    assert found["cookies"] == [True, True, True, True]
    for middleware in (
        "csp.middleware.CSPMiddleware",
        "commons.middleware.PermissionsPolicyMiddleware",
        "commons.middleware.PageCacheMiddleware",
        "django.middleware.http.ConditionalGetMiddleware",
        "axes.middleware.AxesMiddleware",
    ):
        assert middleware in found["middleware"]


def test_services_chosen_by_environment():
    found = production_settings(
        REDIS_URL="redis://cache.internal:6379/2",
        SEARCH_URL="https://opensearch.internal:9200",
        AWS_STORAGE_BUCKET_NAME="communs-medias",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        DATABASE_URL="postgres://communs:secret@db.internal:5432/communs",
    )
    assert found["caches"]["default"] == [
        "django_redis.cache.RedisCache",
        "redis://cache.internal:6379/2",
    ]
    # The page cache has a database of its own: invalidation never touches sessions.
    assert found["caches"]["pages"] == [
        "django_redis.cache.RedisCache",
        "redis://cache.internal:6379/3",
    ]
    assert found["caches"]["limits"] == [
        "django_redis.cache.RedisCache",
        "redis://cache.internal:6379/2",
    ]
    assert found["session"] == "django.contrib.sessions.backends.cached_db"
    search = found["search"]
    assert search["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert search["URLS"] == ["https://opensearch.internal:9200"]
    analyzer = search["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    assert "french_stemmer" in analyzer["filter"] and "french_elision" in analyzer["filter"]
    storage = found["storage"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "communs-medias"
    assert storage["OPTIONS"]["endpoint_url"] == "https://s3.fr-par.scw.cloud"
    assert found["db"]["ENGINE"] == "django.db.backends.postgresql"
    assert int(found["db"]["CONN_MAX_AGE"]) > 0


def test_elasticsearch_is_the_default_search_engine_for_other_urls():
    found = production_settings(SEARCH_URL="http://elastic.internal:9200")
    assert found["search"]["BACKEND"] == "wagtail.search.backends.elasticsearch8"
