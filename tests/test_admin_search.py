"""Every snippet listing of the admin answers a search: never a 500, on either database.

The listings are enumerated from Wagtail's snippet registry, so a snippet added later is
covered without touching this file.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from commons.factories import AuthorFactory
from community.models import Feedback, JoinRequest, Report
from practices.factories import PracticeSheetFactory

pytestmark = pytest.mark.django_db

# Words that mean something to a full-text engine (FTS5 column filters, operators, quotes).
AWKWARD_QUERIES = ["xyz", "name:xyz", '"', "a*", "NEAR(x", "-", "é'à", "x" * 300]


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser(
        "admin-recherche", "admin-recherche@example.org", "mot-de-passe-long"
    )
    client.force_login(user)
    return client


@pytest.fixture
def one_of_each(sections):
    """At least one row in every snippet listing, with searchable words."""
    author = AuthorFactory(name="Gwenaëlle Quéméneur", organisation="Médiathèque de Brest")
    sheet = PracticeSheetFactory(parent=sections.sheets, authors=[author])
    Report.objects.create(page=sheet, reason="erreur", comment="Lien cassé")
    Feedback.objects.create(page=sheet, rating=3, comment="Clair", session_key="s")
    JoinRequest.objects.create(
        name="Samia Benali",
        organisation="Centre social",
        role="Médiatrice",
        territory="Lyon",
        email="samia@example.org",
        motivation="Partager",
    )


def listing(model):
    viewset = model.snippet_viewset
    return viewset, reverse(viewset.get_url_name("list"))


def listed_pks(response):
    return {obj.pk for obj in response.context["object_list"]}


SNIPPETS = get_snippet_models()


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda m: m._meta.label_lower)
def test_every_snippet_listing_answers_any_search(admin_client, one_of_each, model):
    _viewset, url = listing(model)
    for query in AWKWARD_QUERIES:
        response = admin_client.get(url, {"q": query})
        assert response.status_code == 200, query


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda m: m._meta.label_lower)
def test_snippet_search_finds_by_its_search_fields(admin_client, one_of_each, model):
    viewset, url = listing(model)
    fields = viewset.search_fields
    if not isinstance(fields, list | tuple) or not fields:
        pytest.skip("no search fields declared on this listing")
    instance = model.objects.order_by("pk").first()
    value = str(getattr(instance, fields[-1]))
    word = max(value.split(), key=len)
    # Lower case: SQLite compares only ASCII letters without regard to case.
    response = admin_client.get(url, {"q": word.lower()})
    assert response.status_code == 200
    assert instance.pk in listed_pks(response)
    response = admin_client.get(url, {"q": "zzzqqqwww"})
    assert response.status_code == 200
    assert instance.pk not in listed_pks(response)


def test_author_search_by_name_and_organisation(admin_client, one_of_each):
    other = AuthorFactory(name="Yannick Le Bihan", organisation="Centre social de Quimper")
    _viewset, url = listing(AuthorFactory._meta.model)
    by_name = admin_client.get(url, {"q": "quéméneur"})
    assert by_name.status_code == 200
    assert "Gwenaëlle Quéméneur" in by_name.content.decode()
    assert other.pk not in listed_pks(by_name)
    by_organisation = admin_client.get(url, {"q": "quimper"})
    assert listed_pks(by_organisation) == {other.pk}
