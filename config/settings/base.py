"""Settings shared by every environment.

Everything that differs between a laptop and a server is read from the
environment (see README, "Variables d'environnement").
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "oui"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_count(name, default=0):
    """A whole number >= 0 from the environment; anything else stops the start in French."""
    raw = os.environ.get(name, "").strip() or str(default)
    if not (raw.isascii() and raw.isdigit()):
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"La variable d'environnement {name} doit être un nombre entier positif ou nul "
            f"(reçu : {raw!r})."
        )
    return int(raw)


INSTALLED_APPS = [
    "commons",
    "home",
    "practices",
    "courses",
    "search",
    "opendata",
    "community",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Login throttling (see AXES_* below).
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The request's Wagtail Site, without its query on most requests (commons/sites.py).
    "commons.sites.SiteMiddleware",
    # ETag / 304 for pages (static files have their own, from whitenoise).
    "django.middleware.http.ConditionalGetMiddleware",
    "csp.middleware.CSPMiddleware",
    "commons.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Public page cache (off unless COMMONS_PAGE_CACHE): after sessions, CSRF, users and
    # messages, whose state decides whether a page may be cached (commons/middleware.py).
    "commons.middleware.PageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes documents: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "commons.context_processors.site_navigation",
                "commons.context_processors.fragment_cache",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: SQLite by default (embedded), PostgreSQL through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; the busy timeout and
    # IMMEDIATE transactions avoid "database is locked" under editing. Connections are
    # kept (DB_CONN_MAX_AGE) like PostgreSQL's: a new one per request re-reads the schema
    # and starts with an empty page cache (a search took 40 ms instead of 28).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-20000;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: the whole interface is in French.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français"))]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAIL_CONTENT_LANGUAGES = [("fr", "Français")]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"

# Static files: whitenoise serves them, compressed and with hashed names in production.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail's page editor can exceed Django's default form field count.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Communs"
# The site's public address: SITE_URL, or the older WAGTAILADMIN_BASE_URL. Applied to the
# default Wagtail Site by ``manage.py set_site_url`` (absolute URLs of pages, sitemap, feeds).
SITE_URL = (
    os.environ.get("SITE_URL") or os.environ.get("WAGTAILADMIN_BASE_URL") or "http://127.0.0.1:8000"
).rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_URL
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "french",
    }
}
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "odt",
    "ods",
    "odp",
    "docx",
    "xlsx",
    "pptx",
    "txt",
    "md",
    "zip",
    "png",
    "jpg",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents may sit in a restricted collection: every download goes through Wagtail's serve
# view, which checks the restriction, then streams the file. Their files (media/documents/)
# are never served directly; only image files are (COMMONS_PUBLIC_MEDIA_FOLDERS).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Behind nginx, optionally: once the view has checked, nginx sends the file from an
# `internal` location mapped to MEDIA_ROOT (commons/sendfile_nginx.py, README « Servir »).
COMMONS_DOCUMENTS_X_ACCEL_PREFIX = os.environ.get("DOCUMENTS_X_ACCEL_PREFIX", "")
if COMMONS_DOCUMENTS_X_ACCEL_PREFIX:
    SENDFILE_BACKEND = "commons.sendfile_nginx"
# Media folders anyone may read without the application: image renditions and originals
# (Wagtail images have no view restrictions). Not documents/, not wagtail_uploads/.
COMMONS_PUBLIC_MEDIA_FOLDERS = ("images/", "original_images/")
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp", "bmp": "png"}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Tags are free vocabulary, but case must not create twins ("Tablette" / "tablette").
TAGGIT_CASE_INSENSITIVE = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# ASCII tag slugs: readable, stable URLs for /etiquettes/<slug>/ ("pret-de-materiel").
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True
# Tag names typed in a form are cleaned like every other text (commons/text.py).
TAGGIT_TAGS_FROM_STRING = "commons.text.parse_tags"

LOGIN_URL = "wagtailadmin_login"

# Login throttling with django-axes: after AXES_FAILURE_LIMIT failures for one username
# from one address, the admin login is refused for AXES_COOLOFF_TIME hours.
AUTHENTICATION_BACKENDS = [
    "community.auth.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_ON_SUCCESS = True
# The combination, never the username alone: one person failing from their address must
# not lock the account for its owner elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The address is the one every limit uses (commons.throttle, TRUSTED_PROXY_COUNT below).
AXES_CLIENT_IP_CALLABLE = "commons.throttle.client_address"
AXES_LOCKOUT_TEMPLATE = "community/lockout.html"
AXES_VERBOSE = False

# Number of reverse proxies in front of the app that append to X-Forwarded-For (README,
# « Mise en production pas à pas »). 0: the visitor's address is REMOTE_ADDR and the header
# is ignored; N: the N-th address from its right (commons.throttle.client_address).
TRUSTED_PROXY_COUNT = env_count("TRUSTED_PROXY_COUNT", 0)

# Rate limits (django-ratelimit) count in the "limits" cache, shared by every worker. If that
# cache is unreachable (Redis down), the forms stay open rather than refuse everybody.
RATELIMIT_USE_CACHE = "limits"
RATELIMIT_FAIL_OPEN = True

# Public forms (reports, feedback, join requests): at most N posts per address and window.
COMMUNITY_RATE_LIMITS = {
    "report": (5, 600),
    "feedback": (20, 3600),
    "join": (3, 3600),
}
# PDF booklets (courses/pdf_limits.py): WeasyPrint's time grows with each module, so the
# work a visitor can ask for is bounded: modules per PDF, new renders per address and 10 minutes
# (PDFs served from the cache do not count), renders at once across every worker.
COMMONS_PDF_MAX_MODULES = env_count("PDF_MAX_MODULES", 60)
COMMONS_PDF_RATE_LIMIT = (env_count("PDF_RENDERS_PER_ADDRESS", 6), 600)
COMMONS_PDF_MAX_CONCURRENT_RENDERS = max(1, env_count("PDF_MAX_CONCURRENT_RENDERS", 2))
# A slot outlives any render (gunicorn kills a worker after its --timeout), so a killed
# worker's slot frees itself.
COMMONS_PDF_RENDER_SLOT_SECONDS = 180

# Workflow e-mails (« Relecture ») go to the people involved, not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Communs <ne-pas-repondre@communs.local>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Open data API (/api/v2/): absolute URLs and rich text with public links.
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 100

# Resources shown per listing page.
COMMONS_PAGE_SIZE = 12

# ---------------------------------------------------------------------------
# Production and scale path (README, « Mise en production pas à pas »). Each service is
# chosen by one environment variable; without it, the embedded default is used.

# Cache and sessions: Redis when REDIS_URL is set (shared by every app server), else
# files, shared by the gunicorn workers of one machine: rate limits and PDF render slots
# must count the same in every worker, and a PDF rendered by one is served by all.
REDIS_URL = os.environ.get("REDIS_URL", "")
PAGE_CACHE_DIR = Path(os.environ.get("PAGE_CACHE_DIR", BASE_DIR / "var" / "page-cache"))
CACHE_DIR = Path(os.environ.get("CACHE_DIR", BASE_DIR / "var" / "cache"))


def redis_url_with_db(url, offset):
    """``url`` pointing at the Redis database ``offset`` numbers after its own."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    db = int(parts.path.strip("/") or 0) + offset
    return urlunsplit(parts._replace(path=f"/{db}"))


def redis_caches(url):
    """The caches on the Redis server at ``url``: the default cache (sessions, rate limits,
    search facet counts) in its database, the page cache in the next one, so that
    invalidating pages never touches the rest."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "communs",
            # A Redis outage slows the site down (nothing cached) but never breaks it.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        },
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url_with_db(url, 1),
            "KEY_PREFIX": "communs-pages",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        },
        # Rate-limit counters and PDF render slots (Redis INCR and SET NX are atomic).
        "limits": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "communs-limits",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        },
    }


if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
    # Sessions written through to the database: a Redis restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(CACHE_DIR / "default"),
            "OPTIONS": {"MAX_ENTRIES": 2_000},
        },
        # Counters apart from the content (no search or PDF can push them out), in a file
        # cache whose add() and incr() are atomic across processes (commons/caches.py).
        "limits": {
            "BACKEND": "commons.caches.LockedFileBasedCache",
            "LOCATION": str(CACHE_DIR / "limits"),
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(PAGE_CACHE_DIR),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }

# Public page cache (commons.middleware.PageCacheMiddleware): on in production.
COMMONS_PAGE_CACHE = env_bool("PAGE_CACHE", False)
COMMONS_PAGE_CACHE_ALIAS = "pages"
COMMONS_PAGE_CACHE_EXCLUDE = ("/admin/", "/recherche/", "/selection/", "/api/")
# Search facet counts are cached per query and filters until the index changes
# (search.engine.cached_facet_counts); 0 turns it off.
COMMONS_SEARCH_FACET_CACHE_SECONDS = int(os.environ.get("SEARCH_FACET_CACHE_SECONDS", "600"))
CACHE_MIDDLEWARE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
CACHE_MIDDLEWARE_KEY_PREFIX = "communs"

# Wagtail's search backend (admin search, API): OpenSearch / Elasticsearch when
# SEARCH_URL is set, with a French analyser; else the database. The public search of the
# site has its own French index in the database (search app).
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "")
FRENCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": [
                        "l",
                        "m",
                        "t",
                        "qu",
                        "n",
                        "s",
                        "j",
                        "d",
                        "c",
                        "jusqu",
                        "quoiqu",
                        "lorsqu",
                        "puisqu",
                    ],
                },
                "french_stop": {"type": "stop", "stopwords": "_french_"},
                "french_stemmer": {"type": "stemmer", "language": "light_french"},
            },
            "analyzer": {
                "default": {
                    "tokenizer": "standard",
                    "filter": [
                        "french_elision",
                        "lowercase",
                        "asciifolding",
                        "french_stop",
                        "french_stemmer",
                    ],
                },
            },
        }
    }
}
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKEND
            or (
                "wagtail.search.backends.opensearch2"
                if "opensearch" in SEARCH_URL
                else "wagtail.search.backends.elasticsearch8"
            ),
            "URLS": [SEARCH_URL],
            "INDEX": os.environ.get("SEARCH_INDEX", "communs"),
            "TIMEOUT": 5,
            "INDEX_SETTINGS": FRENCH_INDEX_SETTINGS,
        }
    }

# Media on S3-compatible storage (AWS, Scaleway, OVH, MinIO…) when a bucket is named.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", "media"),
            "default_acl": None,
            "file_overwrite": False,
            # Private bucket by default: signed, expiring URLs.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", True),
        },
    }
    # Documents go through Wagtail's view (permissions, privacy), then to a signed,
    # expiring URL. Without signed URLs (AWS_QUERYSTRING_AUTH=false, or a custom domain,
    # which django-storages never signs) that URL would be permanent: the view streams
    # the file itself.
    _s3 = STORAGES["default"]["OPTIONS"]
    if _s3["querystring_auth"] and not _s3["custom_domain"]:
        WAGTAILDOCS_SERVE_METHOD = "redirect"

# Security headers on every response. Content-Security-Policy (django-csp 4): no inline
# script anywhere on the public site; the Wagtail admin needs inline scripts and styles and
# is only for signed-in staff, so it is left out of the policy.
_MEDIA_ORIGINS = [
    url
    for url in (
        "https://" + os.environ["AWS_S3_CUSTOM_DOMAIN"]
        if os.environ.get("AWS_S3_CUSTOM_DOMAIN")
        else "",
        os.environ.get("AWS_S3_ENDPOINT_URL", ""),
    )
    if url
]
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # Inline style attributes only (anti-spam field, lockout page); never scripts.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", *_MEDIA_ORIGINS],
        "media-src": ["'self'", *_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # Embedded videos (YouTube, Vimeo, PeerTube instances…) in resources.
        "frame-src": ["https:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
