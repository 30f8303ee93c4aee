"""A small cache-based rate limit for the public forms (per address and form)."""

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMITS = {"report": (5, 600), "feedback": (20, 3600), "join": (3, 3600)}


def client_address(request):
    return request.META.get("REMOTE_ADDR", "") or "inconnue"


def is_rate_limited(request, kind):
    """Count one post of ``kind`` from this address; True past the limit of the window."""
    limits = getattr(settings, "COMMUNITY_RATE_LIMITS", DEFAULT_LIMITS)
    limit, window = limits.get(kind, DEFAULT_LIMITS[kind])
    key = f"community:ratelimit:{kind}:{client_address(request)}"
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=window)
            count = 1
    return count > limit
