"""Production middleware: the public page cache and the Permissions-Policy header.

Page cache
==========

Public pages are cached whole for anonymous visitors, in the ``pages`` cache (Redis when
``REDIS_URL`` is set, else a file cache shared by the gunicorn workers of one machine).
It is built on Django's own cache framework (``django.utils.cache`` computes the keys and
honours ``Vary``); wagtail-cache, the usual Wagtail add-on, does not support Wagtail 8.

What is never cached:

- anything but GET/HEAD, the admin (``/admin/``, where previews live), search (every query
  is logged), API/feeds with their own cache rules are fine and are cached;
- a request from a logged-in user, a preview, or a request that carries a session or
  messages cookie (the visitor has a selection, has rated a resource, has a message
  waiting: the page is personal);
- a response that sets a cookie, modifies the session, queues a message, is private or
  ``no-cache``, streams, or has a status other than 200/301/302/404.

CSRF tokens. Resource pages carry POST forms (report, feedback, selection). A cached copy
never holds a token: before storing, every ``csrfmiddlewaretoken`` value is replaced by a
placeholder; when a cached copy is served, the placeholder is replaced by a token masked
from *this* visitor's own CSRF secret (``get_token``), and ``CsrfViewMiddleware`` sets the
visitor's cookie as usual. Such responses are ``Cache-Control: private`` so that no
shared proxy keeps them.

Invalidation. The cache key carries a generation; ``invalidate_page_cache()`` replaces it
(published, unpublished, moved or deleted page, saved or deleted theme, author, image,
document, feedback… see ``commons.page_cache``). Old entries simply expire.

A page may be rendered from data older than the last commit, but is never stored as
fresh, by construction:

- the generation is read *before* the page or any fragment reads the database, and the
  page is stored under that generation (``request.page_cache_generation``, which the
  fragments of ``commons.context_processors.fragment_cache`` use too); a change committed
  meanwhile replaces the generation afterwards, so what was rendered before it is never
  served again;
- a generation is a fresh random token, never a counter: a counter can come back to a
  value already used, with stale pages stored under it (the generation evicted from the
  cache and started again at 1, or two processes incrementing it in the file cache, which
  reads and writes it in two steps, one of them late).

One render per page at a time. Every publication replaces the generation, so every
cached page misses at once; without care, each visitor arriving during the next render
would render the same page again (a "thundering herd" that takes every worker), and
under steady publishing, renders of successive generations would pile up. The visitor
who misses takes a short render lock for that page (``cache.add``, whatever the
generation); visitors who miss while it is held are served the latest copy stored under
any generation (``X-Communs-Cache: stale``), at most a render or two old. That copy is
only ever served, never stored under the current generation, so the first visitor after
the render that follows the change gets the fresh page. Without a previous copy they
render too.

Conditional requests. Cacheable pages get a weak ETag computed from the token-free content,
so it is stable across visitors; ``ConditionalGetMiddleware`` answers 304 when it matches.
"""

import contextlib
import hashlib
import re
import uuid

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import get_cache_key, learn_cache_key, patch_cache_control

CSRF_PLACEHOLDER = "__COMMUNS_CSRF_TOKEN__"
CSRF_INPUT_RE = re.compile(
    r'(name="csrfmiddlewaretoken"\s+value=")[^"]*(")|(value=")[^"]*("\s+name="csrfmiddlewaretoken")'
)
GENERATION_KEY = "communs:pages:generation"
CACHE_HEADER = "X-Communs-Cache"
CACHEABLE_STATUSES = (200, 301, 302, 404)
MAX_QUERY_STRING = 300
# Longer than any render of a cacheable page; a worker killed mid-render only makes the
# others render themselves once the lock has expired.
RENDER_LOCK_SECONDS = 30
LATEST_COPY_PREFIX = "latest"


def page_cache():
    return caches[getattr(settings, "COMMONS_PAGE_CACHE_ALIAS", "pages")]


def page_cache_enabled():
    return getattr(settings, "COMMONS_PAGE_CACHE", False)


def new_generation():
    """A generation no page was ever stored under (see the module docstring)."""
    return uuid.uuid4().hex


def current_generation(cache=None):
    """The generation pages are stored under now; a new one if the cache lost it."""
    cache = cache or page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, new_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY) or new_generation()
    return generation


def invalidate_page_cache():
    """Make every cached page stale (they expire on their own)."""
    if not page_cache_enabled():
        return
    page_cache().set(GENERATION_KEY, new_generation(), timeout=None)


def _personal_cookies():
    # Personal state lives behind these cookies: such requests bypass the cache.
    names = {settings.SESSION_COOKIE_NAME}
    names.add(getattr(settings, "MESSAGE_COOKIE_NAME", "messages"))
    return names


def _excluded_prefixes():
    return tuple(getattr(settings, "COMMONS_PAGE_CACHE_EXCLUDE", ("/admin/",)))


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if getattr(request, "is_preview", False):
        return False
    if request.path.startswith(_excluded_prefixes()):
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return False
    if _personal_cookies() & set(request.COOKIES):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def response_is_cacheable(request, response):
    if response.streaming or response.status_code not in CACHEABLE_STATUSES:
        return False
    if response.cookies:
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-cache" in cache_control or "no-store" in cache_control:
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and getattr(messages, "added_new", False):
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def strip_csrf_tokens(content):
    """``content`` (bytes) with every CSRF form token replaced by the placeholder."""
    text = content.decode("utf-8")

    def replace(match):
        if match.group(1):
            return match.group(1) + CSRF_PLACEHOLDER + match.group(2)
        return match.group(3) + CSRF_PLACEHOLDER + match.group(4)

    return CSRF_INPUT_RE.sub(replace, text).encode("utf-8")


def _etag(content):
    return f'W/"{hashlib.blake2b(content, digest_size=16).hexdigest()}"'


def _key_prefix(generation):
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}g{generation}"


def _latest_prefix():
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}{LATEST_COPY_PREFIX}"


def _render_lock_key(request):
    url = hashlib.blake2b(request.build_absolute_uri().encode(), digest_size=16).hexdigest()
    return f"communs:pages:rendering:{url}"


class PageCacheMiddleware:
    """Serve and store public pages (see the module docstring).

    Must sit after Session, Csrf, Authentication and Messages middleware (it reads the
    user and session, and lets CsrfViewMiddleware set the visitor's cookie).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not page_cache_enabled():
            return self.get_response(request)
        cache = page_cache()
        try:
            # First, before the view reads anything: see the module docstring.
            generation = request.page_cache_generation = current_generation(cache)
        except Exception:  # an unreachable cache must not take the site down
            return self.get_response(request)
        if not request_is_cacheable(request):
            return self.get_response(request)
        try:
            prefix = _key_prefix(generation)
            key = get_cache_key(request, prefix, "GET", cache=cache)
            entry = cache.get(key) if key else None
        except Exception:  # an unreachable cache must not take the site down
            return self.get_response(request)
        if entry is not None:
            return self.from_entry(request, entry)
        lock = _render_lock_key(request)
        try:
            rendering_elsewhere = not cache.add(lock, True, timeout=RENDER_LOCK_SECONDS)
            if rendering_elsewhere:
                latest_key = get_cache_key(request, _latest_prefix(), "GET", cache=cache)
                latest = cache.get(latest_key) if latest_key else None
                if latest is not None:
                    return self.from_entry(request, latest, state="stale")
        except Exception:  # an unreachable cache must not take the site down
            return self.get_response(request)
        try:
            response = self.get_response(request)
            if response_is_cacheable(request, response):
                self.store(request, response, cache, prefix)
            return response
        finally:
            if not rendering_elsewhere:
                with contextlib.suppress(Exception):  # it expires on its own anyway
                    cache.delete(lock)

    def store(self, request, response, cache, prefix):
        content = strip_csrf_tokens(response.content)
        has_token = CSRF_PLACEHOLDER.encode() in content
        response["ETag"] = _etag(content)
        self.patch_client_cache(response, has_token)
        timeout = settings.CACHE_MIDDLEWARE_SECONDS
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in ("set-cookie", CACHE_HEADER.lower())
        ]
        entry = (response.status_code, headers, content, has_token)
        try:
            key = learn_cache_key(request, response, timeout, prefix, cache=cache)
            cache.set(key, entry, timeout)
            # The copy served to visitors who arrive while the next render is under way.
            latest_key = learn_cache_key(request, response, timeout, _latest_prefix(), cache=cache)
            cache.set(latest_key, entry, timeout)
        except Exception:
            return
        response[CACHE_HEADER] = "miss"

    def from_entry(self, request, entry, state="hit"):
        status, headers, content, has_token = entry
        if has_token:
            content = content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[CACHE_HEADER] = state
        return response

    @staticmethod
    def patch_client_cache(response, has_token):
        if has_token:
            # A per-visitor token: browsers may keep it, shared proxies must not.
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, no_cache=True)


class PermissionsPolicyMiddleware:
    """Add a Permissions-Policy header denying powerful browser features."""

    def __init__(self, get_response):
        self.get_response = get_response
        policy = getattr(settings, "PERMISSIONS_POLICY", {})
        self.header = ", ".join(
            f"{feature}=({' '.join(allowlist)})" for feature, allowlist in policy.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.header
        return response
