"""« Cette ressource vous a-t-elle été utile ? » counts one answer per address (issue 13, item 8).

Dropping cookies gives a visitor a new session, not a new address: four posts from one
address in a few seconds used to make a resource « Très recommandée ».
"""

import pytest
from django.core.cache import caches
from django.test import Client, RequestFactory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from community.feedback import BADGE_MIN_ANSWERS, BADGES, address_hash, feedback_summary
from community.models import Feedback
from practices.factories import PracticeSheetFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_rate_limits():
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def sheet(sections):
    return PracticeSheetFactory(parent=sections.sheets, title="Sauvegarder ses photos")


def vote(page, rating, **client_kwargs):
    """One post from a visitor without cookies (a new Client each time)."""
    from django.urls import reverse

    client = Client(**client_kwargs)
    url = reverse("community:feedback", args=[page.pk])
    return client.post(url, {"avis-rating": rating, "avis-comment": "Très bien"})


def summary_html(page):
    return Client(REMOTE_ADDR="198.51.100.250").get(page.url).content.decode()


def test_one_address_without_cookies_counts_once(sheet):
    for _ in range(4):
        assert vote(sheet, 4, REMOTE_ADDR="203.0.113.7").status_code == 302
    # Every answer is kept for the moderators, but the page counts one person.
    assert Feedback.objects.filter(page=sheet).count() == 4
    html = summary_html(sheet)
    assert "1 personne a donné son avis" in html
    assert "Très recommandée" not in html

    # Answers from other addresses count.
    for address in ("203.0.113.8", "203.0.113.9"):
        assert vote(sheet, 4, REMOTE_ADDR=address).status_code == 302
    html = summary_html(sheet)
    assert "3 personnes ont donné leur avis" in html
    assert "Très recommandée" in html


def test_the_address_itself_is_never_stored(sheet):
    vote(sheet, 3, REMOTE_ADDR="203.0.113.7")
    stored = Feedback.objects.values().get()
    assert not any("203.0.113.7" in str(value) for value in stored.values())
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7")
    assert stored["address_hash"] == address_hash(request)
    assert len(stored["address_hash"]) == 64


def test_an_ipv6_visitor_counts_once_per_network(sheet):
    for address in ("2001:db8::1", "2001:db8::2", "2001:db8::ffff:1"):
        assert vote(sheet, 4, REMOTE_ADDR=address).status_code == 302
    assert "1 personne a donné son avis" in summary_html(sheet)
    vote(sheet, 4, REMOTE_ADDR="2001:db8:0:1::1")  # another /64: another subscriber
    assert "2 personnes ont donné leur avis" in summary_html(sheet)


def test_visitors_behind_the_trusted_proxy_are_told_apart(sheet, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    vote(sheet, 4, HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    vote(sheet, 4, HTTP_X_FORWARDED_FOR="203.0.113.8", **proxy)
    # A forged left-hand entry does not make the same visitor someone else.
    vote(sheet, 4, HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.8", **proxy)
    assert "2 personnes ont donné leur avis" in summary_html(sheet)


def expected_summary(answers):
    """By hand: the first answer of each address; answers without an address count each."""
    seen, ratings = set(), []
    for address, rating in answers:
        if address is None:
            ratings.append(rating)
        elif address not in seen:
            seen.add(address)
            ratings.append(rating)
    average = sum(ratings) / len(ratings) if ratings else None
    badge = None
    if len(ratings) >= BADGE_MIN_ANSWERS:
        badge = next((label for threshold, label in BADGES if average >= threshold), None)
    return len(ratings), average, badge


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    answers=st.lists(
        st.tuples(st.none() | st.integers(0, 3), st.integers(1, 4)), min_size=0, max_size=10
    )
)
def test_summary_counts_the_first_answer_of_each_address(sheet, answers):
    Feedback.objects.filter(page=sheet).delete()
    for n, (address, rating) in enumerate(answers):
        Feedback.objects.create(
            page=sheet,
            rating=rating,
            session_key=f"session-{n}",
            address_hash="" if address is None else f"{address:064d}",
        )
    count, average, badge = expected_summary(answers)
    summary = feedback_summary(sheet)
    assert summary["count"] == count
    assert summary["badge"] == badge
    if average is None:
        assert summary["average"] is None
    else:
        assert summary["average"] == pytest.approx(average)
