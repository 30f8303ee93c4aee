"""A join request never takes over an existing account (issue 13, item 9).

Accepting a request used to reuse whichever account had the same e-mail in any case:
the superuser joined « Contributeurs », its public author profile took the requester's
name and it was mailed a reset link. Now the moderator sees the match and accepting is
refused, leaving the account untouched.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from community import accounts
from community.factories import make_moderator, make_user
from community.models import JoinRequest

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_community_joinrequest:list"
INSPECT_URL = "wagtailsnippets_community_joinrequest:inspect"

MALLORY = {
    "participation-name": "Mallory",
    "participation-organisation": "Association inconnue",
    "participation-role": "Médiatrice",
    "participation-territory": "Ailleurs",
    "participation-email": "ADMIN@example.org",
    "participation-motivation": "Contribuer.",
}


def request_data(**values):
    data = {key.split("-", 1)[1]: value for key, value in MALLORY.items()}
    return {**data, **values}


@pytest.fixture
def admin(db):
    """The superuser whose address Mallory types, with its public author profile."""
    user = make_user("admin", superuser=True)
    assert user.email == "admin@example.org"
    return user


def account_state(user):
    user = get_user_model().objects.get(pk=user.pk)
    return {
        "username": user.username,
        "email": user.email,
        "password": user.password,
        "names": (user.first_name, user.last_name),
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "author": (user.author_profile.name, user.author_profile.organisation),
    }


def test_accepting_a_request_with_an_accounts_email_is_refused(client, site, admin):
    assert client.post("/contribuer/", MALLORY).status_code == 302
    join = JoinRequest.objects.get()
    before = account_state(admin)

    client.force_login(make_moderator())
    flag = "Ce courriel correspond déjà au compte « admin »"
    listing = client.get(reverse(LIST_URL)).content.decode()
    assert flag in listing
    accept_url = reverse("community_admin:join_accept", args=[join.pk])
    assert accept_url not in listing  # only « Refuser » is offered
    assert reverse("community_admin:join_refuse", args=[join.pk]) in listing
    assert flag in client.get(reverse(INSPECT_URL, args=[join.pk])).content.decode()

    mail.outbox.clear()
    for method in (client.get, client.post):
        response = method(accept_url, follow=True)
        assert response.status_code == 200
        assert escape("la demande n'a pas été acceptée et ce compte n'a pas été modifié") in (
            response.content.decode()
        )
    join.refresh_from_db()
    assert join.status == JoinRequest.Decision.PENDING and join.user is None
    assert account_state(admin) == before
    assert mail.outbox == []

    # Refusing it stays possible.
    client.post(reverse("community_admin:join_refuse", args=[join.pk]))
    join.refresh_from_db()
    assert join.status == JoinRequest.Decision.REFUSED
    assert account_state(admin) == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(upper=st.lists(st.booleans(), min_size=len("admin@example.org"), max_size=17))
def test_any_case_of_an_accounts_email_is_refused(admin, upper):
    email = "".join(
        c.upper() if up else c for c, up in zip("admin@example.org", upper, strict=True)
    )
    join = JoinRequest.objects.create(**request_data(email=email))
    before = account_state(admin)
    assert "« admin »" in join.warnings()
    with pytest.raises(accounts.AccountExists):
        accounts.accept(join, admin)
    join.refresh_from_db()
    assert join.status == JoinRequest.Decision.PENDING
    assert account_state(admin) == before
    assert mail.outbox == []


def test_pending_requests_with_the_same_email_in_any_case_are_flagged(client, site):
    first = JoinRequest.objects.create(**request_data(name="Samia", email="samia@example.org"))
    second = JoinRequest.objects.create(**request_data(name="Samia B.", email="Samia@EXAMPLE.org"))
    JoinRequest.objects.create(**request_data(name="Autre", email="autre@example.org"))
    moderator = make_moderator()
    client.force_login(moderator)
    listing = client.get(reverse(LIST_URL)).content.decode()
    assert listing.count("Une autre demande en attente utilise ce courriel.") == 2

    # Once one is accepted, the other matches the new account: it cannot be accepted too.
    assert client.post(reverse("community_admin:join_accept", args=[first.pk])).status_code == 302
    first.refresh_from_db()
    assert first.status == JoinRequest.Decision.ACCEPTED
    created = first.user
    client.post(reverse("community_admin:join_accept", args=[second.pk]))
    second.refresh_from_db()
    assert second.status == JoinRequest.Decision.PENDING
    created.refresh_from_db()
    assert created.author_profile.name == "Samia"
    listing = client.get(reverse(LIST_URL)).content.decode()
    assert f"Ce courriel correspond déjà au compte « {created.username} »" in listing
    assert "Une autre demande en attente" not in listing


def test_like_wildcards_in_an_email_match_nothing_else(client, site):
    """``_`` and ``%`` are letters of an address, not patterns."""
    make_user("axb")  # axb@example.org
    join = JoinRequest.objects.create(**request_data(email="a_b@example.org"))
    JoinRequest.objects.create(**request_data(email="a%b@example.org"))
    client.force_login(make_moderator())
    listing = client.get(reverse(LIST_URL)).content.decode()
    assert "Ce courriel correspond déjà" not in listing
    assert "Une autre demande en attente" not in listing
    assert reverse("community_admin:join_accept", args=[join.pk]) in listing
