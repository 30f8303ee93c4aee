"""The request's Site, remembered per host (commons/sites.py): the same answer as
Wagtail's lookup, redone at once when a site's address or root page changes."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Site

from commons.sites import find_site, forget_sites
from practices.factories import PracticeSheetIndexPageFactory

pytestmark = pytest.mark.django_db


def request_for(host, port="80"):
    return RequestFactory().get("/", HTTP_HOST=f"{host}:{port}" if port != "80" else host)


def site_queries(host):
    with CaptureQueriesContext(connection) as ctx:
        site = find_site(request_for(host))
    return site, [q for q in ctx.captured_queries if "wagtailcore_site" in q["sql"]]


def test_the_second_lookup_of_a_host_runs_no_query(site):
    first, queries = site_queries("localhost")
    assert first.pk == site.pk and queries
    again, queries = site_queries("localhost")
    assert again.pk == site.pk and not queries
    # A copy for each request: what one request caches on it stays there.
    assert again is not first and again.root_page is not first.root_page


def test_a_new_site_or_a_moved_root_is_found_at_once(site, home_page):
    section = PracticeSheetIndexPageFactory(parent=home_page)
    assert find_site(request_for("fiches.example")).pk == site.pk  # the default site
    other = Site.objects.create(hostname="fiches.example", port=80, root_page=section)
    assert find_site(request_for("fiches.example")).pk == other.pk
    other.root_page = home_page
    other.save()
    assert find_site(request_for("fiches.example")).root_page.pk == home_page.pk
    other.delete()
    assert find_site(request_for("fiches.example")).pk == site.pk


hosts = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z]{2,6})?", fullmatch=True)


# The site fixture is read only: the same for every example.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(host=hosts, port=st.sampled_from(["80", "8000", "443"]))
def test_any_host_gets_the_site_wagtail_would_give(site, host, port):
    forget_sites()
    for _ in range(2):  # looked up, then remembered
        request = request_for(host, port)
        found = find_site(request)
        expected = Site._find_for_request(request_for(host, port))
        assert (found and found.pk) == (expected and expected.pk)


def test_any_number_of_hosts_keeps_the_memo_bounded(site):
    from commons import sites

    for n in range(3 * sites.MAX_HOSTS):
        assert find_site(request_for(f"hote-{n}.example")).pk == site.pk
        assert len(sites._memo) <= sites.MAX_HOSTS
