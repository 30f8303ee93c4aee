"""Who a visitor is (the address behind trusted proxies) and how the limits count them:
login lockout by account and address, the public forms' rate limits, and counters shared by
every worker process without Redis."""

import ipaddress
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, RequestFactory
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from commons.throttle import client_address, rate_limit_key
from community.factories import make_contributor
from community.models import Report
from config.settings.base import env_count
from practices.factories import PracticeSheetFactory

BASE_DIR = Path(__file__).resolve().parent.parent
PROXY = "10.0.0.2"

addresses = st.one_of(
    st.ip_addresses(v=4).map(str),
    st.ip_addresses(v=6).map(str),
)


def request_from(remote_addr, forwarded=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


# The client address --------------------------------------------------------------


@given(remote=addresses, forwarded=st.text())
def test_without_trusted_proxy_the_forwarded_header_is_ignored(remote, forwarded):
    from django.test import override_settings

    with override_settings(TRUSTED_PROXY_COUNT=0):
        assert client_address(request_from(remote, forwarded)) == str(ipaddress.ip_address(remote))


@given(
    proxies=st.integers(min_value=1, max_value=4),
    appended=st.lists(addresses, min_size=4, max_size=4),
    forged=st.text(),
    remote=addresses,
)
def test_behind_trusted_proxies_nothing_the_visitor_sends_changes_their_address(
    proxies, appended, forged, remote
):
    """Each of the N proxies appends the address it saw: the visitor can write anything to
    the left of those N entries (commas, quotes, addresses, garbage) and is still known by
    the address the outermost proxy saw."""
    from django.test import override_settings

    trusted = appended[-proxies:]
    header = ", ".join([forged, *trusted])
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        found = client_address(request_from(remote, header))
    assert found == str(ipaddress.ip_address(trusted[0]))


@given(
    proxies=st.integers(min_value=0, max_value=5),
    remote=st.one_of(addresses, st.text(max_size=40)),
    forwarded=st.one_of(st.none(), st.text(max_size=80)),
)
@hypothesis_settings(suppress_health_check=[HealthCheck.too_slow])
def test_any_header_gives_an_address_or_none_never_an_error(proxies, remote, forwarded):
    from django.test import override_settings

    request = request_from("", forwarded)
    request.META["REMOTE_ADDR"] = remote
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        found = client_address(request)
        key = rate_limit_key("groupe", request)
    if found is not None:
        assert str(ipaddress.ip_address(found)) == found
    assert key


@pytest.mark.parametrize(
    "header", ["", "   ", "pas-une-adresse", "1.2.3.4.5", '"1.1.1.1', "unknown", "8.8.8.8, "]
)
def test_a_malformed_forwarded_entry_falls_back_to_the_proxy_address(settings, header):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request_from(PROXY, header)) == PROXY


def test_a_forwarded_header_shorter_than_the_proxy_count_falls_back(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request_from(PROXY, "203.0.113.9")) == PROXY


def test_an_unbalanced_quote_does_not_let_a_visitor_pick_their_address(settings):
    # A parser that honours quotes would swallow the proxy's entry and return 1.1.1.1.
    settings.TRUSTED_PROXY_COUNT = 1
    request = request_from(PROXY, '1.1.1.1, "x, 198.51.100.20')
    assert client_address(request) == "198.51.100.20"


def test_ipv6_visitors_are_counted_by_their_64_network(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    first = rate_limit_key("g", request_from("2001:db8:1:2::1"))
    second = rate_limit_key("g", request_from("2001:db8:1:2:ffff::9"))
    other = rate_limit_key("g", request_from("2001:db8:1:3::1"))
    assert first == second != other


@pytest.mark.parametrize("value", ["-1", "un", "1.5", "²", "1e3"])
def test_a_malformed_proxy_count_stops_the_start_in_french(monkeypatch, value):
    monkeypatch.setenv("TRUSTED_PROXY_COUNT", value)
    with pytest.raises(ImproperlyConfigured, match="nombre entier positif ou nul"):
        env_count("TRUSTED_PROXY_COUNT")


def test_proxy_count_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXY_COUNT", " 2 ")
    assert env_count("TRUSTED_PROXY_COUNT") == 2
    monkeypatch.delenv("TRUSTED_PROXY_COUNT")
    assert env_count("TRUSTED_PROXY_COUNT") == 0


# Login lockout -------------------------------------------------------------------


def failed_logins(client, username, count, **extra):
    for _ in range(count):
        response = client.post(
            reverse("wagtailadmin_login"), {"username": username, "password": "mauvais"}, **extra
        )
        assert response.status_code in (200, 403, 429)


def login(client, username, **extra):
    return client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": "motdepasse-1"}, **extra
    )


@pytest.mark.django_db
def test_failures_from_one_address_do_not_lock_the_account_elsewhere(settings):
    make_contributor("camille")
    attacker, owner = Client(REMOTE_ADDR="198.51.100.66"), Client(REMOTE_ADDR="203.0.113.5")
    failed_logins(attacker, "camille", settings.AXES_FAILURE_LIMIT)
    assert login(attacker, "camille").status_code in (403, 429)
    assert login(owner, "camille").status_code == 302


@pytest.mark.django_db
def test_behind_a_proxy_visitors_are_locked_out_separately(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    make_contributor("camille")
    attacker = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.66")
    owner = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    failed_logins(attacker, "camille", settings.AXES_FAILURE_LIMIT)
    assert login(attacker, "camille").status_code in (403, 429)
    assert login(owner, "camille").status_code == 302


@pytest.mark.django_db
def test_without_a_proxy_a_forged_forwarded_header_does_not_escape_the_lockout(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    make_contributor("camille")
    client = Client(REMOTE_ADDR="198.51.100.66")
    for n in range(settings.AXES_FAILURE_LIMIT):
        failed_logins(client, "camille", 1, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    response = login(client, "camille", HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert response.status_code in (403, 429)
    assert "Connexion temporairement bloquée" in response.content.decode()


# Public forms --------------------------------------------------------------------


@pytest.fixture
def sheet(sections):
    return PracticeSheetFactory(parent=sections.sheets, title="Fiche signalée")


def report(client, page, **extra):
    return client.post(
        reverse("community:report", args=[page.pk]), {"signalement-reason": "erreur"}, **extra
    )


@pytest.mark.django_db
def test_behind_a_proxy_each_visitor_has_their_own_form_limit(settings, sheet):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.COMMUNITY_RATE_LIMITS = {"report": (2, 600)}
    first = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.7")
    second = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert [report(first, sheet).status_code for _ in range(3)] == [302, 302, 429]
    assert report(second, sheet).status_code == 302
    # The visitor's own X-Forwarded-For entry, left of the proxy's, changes nothing.
    assert report(first, sheet, HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.7").status_code == 429
    assert Report.objects.count() == 3


@pytest.mark.django_db
def test_without_a_proxy_a_forged_forwarded_header_does_not_reset_the_form_limit(settings, sheet):
    settings.TRUSTED_PROXY_COUNT = 0
    settings.COMMUNITY_RATE_LIMITS = {"report": (2, 600)}
    client = Client(REMOTE_ADDR="198.51.100.7")
    codes = [
        report(client, sheet, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code for n in range(4)
    ]
    assert codes == [302, 302, 429, 429]
    response = report(client, sheet)
    assert "trop de formulaires" in response.content.decode()


# Counters shared by worker processes ---------------------------------------------

WORKER = textwrap.dedent(
    """
    import sys
    from django.conf import settings
    from django.http import HttpRequest
    from commons.throttle import over_limit

    request = HttpRequest()
    request.method = "POST"
    request.META["REMOTE_ADDR"] = "198.51.100.7"
    posts = int(sys.argv[1])
    print(sum(not over_limit(request, "community:report", (5, 600)) for _ in range(posts)))
    """
)


def production_environment(cache_dir):
    """The production settings as a server without Redis would have them."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL", "TRUSTED_PROXY_COUNT"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="cle-de-test-des-processus",  # noqa: S106
        CACHE_DIR=str(cache_dir),
        PYTHONPATH=str(BASE_DIR),
    )
    return env


def test_without_redis_the_form_limit_holds_across_worker_processes(tmp_path):
    """Three workers receive five reports each from one address at the same time: five are
    accepted in all (each worker counted alone before: fifteen)."""
    env = production_environment(tmp_path)
    workers = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", WORKER, "5"],
            env=env,
            cwd=BASE_DIR,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    accepted = 0
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        accepted += int(out.strip())
    assert accepted == 5


COUNTER = textwrap.dedent(
    """
    import sys
    from django.conf import settings
    settings.configure()
    from commons.caches import LockedFileBasedCache

    cache = LockedFileBasedCache(sys.argv[1], {})
    for _ in range(int(sys.argv[2])):
        if not cache.add("compteur", 1):
            cache.incr("compteur")
    """
)


def test_locked_file_cache_counts_every_increment_of_concurrent_processes(tmp_path):
    from commons.caches import LockedFileBasedCache

    processes = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", COUNTER, str(tmp_path), "100"],
            env={**os.environ, "PYTHONPATH": str(BASE_DIR)},
            cwd=BASE_DIR,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    assert LockedFileBasedCache(str(tmp_path), {}).get("compteur") == 400
