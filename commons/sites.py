"""The Wagtail Site answering a request, looked up once per host for a short while.

Wagtail finds a request's Site with a query whose ORM compilation costs more than the
rest of a cached page view; it keeps the answer on the request only. Here the answer is
remembered per process, under the host, the port and Wagtail's own site root paths:
anything that changes a site's address or root page changes those paths (Wagtail
renews them on every Site save or delete and page move), so the lookup is redone at
once. A site's other fields (its name, which site is the default for unknown hosts)
are picked up within ``SITE_MEMO_SECONDS``. Every request gets its own copy of the Site
and of its root page: nothing read or cached on them by one request shows in another.
"""

import pickle
import threading
import time

from django.http.request import split_domain_port
from wagtail.models import Site

SITE_MEMO_SECONDS = 30
# Hosts kept at most: a visitor may send any Host header the site accepts.
MAX_HOSTS = 64

_lock = threading.Lock()
_memo = {}  # (hostname, port, site root paths) -> (expiry, pickled Site or None)


def find_site(request):
    """``Site.find_for_request(request)``, from the memo when it is fresh."""
    hostname = split_domain_port(request._get_raw_host())[0]
    key = (hostname, request.get_port(), tuple(Site.get_site_root_paths()))
    now = time.monotonic()
    with _lock:
        found = _memo.get(key)
    if found is not None and found[0] > now:
        return pickle.loads(found[1])  # noqa: S301 - pickled by this process above
    site = Site._find_for_request(request)
    with _lock:
        if len(_memo) >= MAX_HOSTS:
            _memo.clear()
        _memo[key] = (now + SITE_MEMO_SECONDS, pickle.dumps(site))
    return site


def forget_sites():
    """Empty the memo (tests, which roll back sites between them)."""
    with _lock:
        _memo.clear()


class SiteMiddleware:
    """Gives the request its Site before anything asks Wagtail for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = find_site(request)
        return self.get_response(request)
