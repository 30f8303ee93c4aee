"""Who is asking, and how often.

``client_address`` is the one place that decides a visitor's address: the login lockout
(django-axes, ``AXES_CLIENT_IP_CALLABLE``), the public forms and the PDF renders all count
on it. ``over_limit`` counts one action with django-ratelimit in the ``limits`` cache, which
every worker shares (Redis, else files: see ``commons.caches``).
"""

import ipaddress

from django.conf import settings
from django_ratelimit.core import get_usage


def parse_address(value):
    """``value`` as a canonical IP address string, or None when it is not one."""
    try:
        return str(ipaddress.ip_address(str(value).strip()))
    except ValueError:
        return None


def client_address(request):
    """The visitor's IP address, or None when none is known.

    With ``TRUSTED_PROXY_COUNT = 0`` (no proxy), ``REMOTE_ADDR``; X-Forwarded-For is then
    anybody's text and is ignored. With N trusted proxies, the N-th address from the right of
    X-Forwarded-For: each proxy appends the address it received the request from, so that
    entry was written by the outermost trusted proxy, and whatever the visitor sent sits to
    its left. A header too short or an entry that is no address falls back to
    ``REMOTE_ADDR`` (the proxy: one shared counter, still limited, never a forged one).
    """
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(hops) >= count:
            address = parse_address(hops[-count])
            if address is not None:
                return address
    return parse_address(request.META.get("REMOTE_ADDR", ""))


def rate_limit_key(group, request):
    """django-ratelimit key: the client address; an IPv6 visitor counts as its /64 network,
    since one subscriber is usually given a whole /64 to pick addresses from."""
    address = client_address(request)
    if address is None:
        return "inconnue"
    ip = ipaddress.ip_address(address)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address) + "/64"
    return address


def count_action(request, group, rate):
    """Count one ``group`` action of this visitor against ``rate`` = ``(count, seconds)``.

    Returns ``(limited, retry_after)``: whether the visitor is past ``count`` actions in
    the current window of ``seconds``, and how many seconds are left in that window.
    """
    limit, window = int(rate[0]), int(rate[1])
    usage = get_usage(
        request, group=group, key=rate_limit_key, rate=(limit, window), increment=True
    )
    if usage is None:  # rate limits switched off (RATELIMIT_ENABLE) or cache unreachable
        return False, 0
    return usage["should_limit"], max(1, min(window, usage["time_left"]))


def over_limit(request, group, rate):
    """Count one ``group`` action of this visitor; True once past ``rate``.

    ``rate`` is ``(count, seconds)``: at most ``count`` actions per window of ``seconds``.
    """
    return count_action(request, group, rate)[0]
