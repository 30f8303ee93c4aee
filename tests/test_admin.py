"""The Wagtail admin speaks French, and the vocabularies are managed there as snippets."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder

from commons.factories import AuthorFactory
from commons.models import Audience, Author, Licence, PixCompetence, Theme, ThemeCategory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser(
        username="admin-communs", email="admin@communs.example.org", password="mot-de-passe-long"
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def list_url(model):
    return reverse(model.snippet_viewset.get_url_name("list"))


def test_admin_dashboard_is_in_french(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="fr"' in html
    assert "Tableau de bord" in html
    assert "Dashboard" not in html
    # The vocabularies menu group and the authors entry, with French labels.
    assert "Vocabulaires" in html
    assert "Auteurs" in html


def test_admin_login_page_is_in_french(client):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "S'identifier" in html or "S&#x27;identifier" in html
    assert "Mot de passe oublié" in html


def test_admin_requires_login(client):
    response = client.get(list_url(Theme))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


@pytest.mark.parametrize(
    ("model", "lookup", "shown"),
    [
        (Theme, {"slug": "aide-aux-demarches-administratives"}, "Aide aux démarches"),
        (ThemeCategory, {"label": "Culture numérique"}, "Culture numérique"),
        (Audience, {"slug": "seniors-personnes-agees"}, "Seniors &amp; personnes âgées"),
        (Licence, {"slug": "cc-by-sa-4.0"}, "CC BY-SA 4.0"),
        (PixCompetence, {"code": "4.2"}, "Protéger les données personnelles"),
    ],
    ids=["themes", "theme-categories", "audiences", "licences", "pix"],
)
def test_seeded_vocabularies_are_listed_in_admin(admin_client, model, lookup, shown):
    instance = model.objects.get(**lookup)
    response = admin_client.get(list_url(model))
    assert response.status_code == 200
    html = response.content.decode()
    assert shown in html
    edit_url = AdminURLFinder(response.wsgi_request.user).get_edit_url(instance)
    assert edit_url and edit_url in html


def test_authors_are_listed_in_admin(admin_client):
    author = AuthorFactory(name="Aïcha Benali", organisation="Médiathèque de Poitiers")
    response = admin_client.get(list_url(Author))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Aïcha Benali" in html
    assert "Médiathèque de Poitiers" in html
    assert AdminURLFinder(response.wsgi_request.user).get_edit_url(author) in html


def edit(admin_client, superuser, instance, data):
    url = AdminURLFinder(superuser).get_edit_url(instance)
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    instance.refresh_from_db()
    return instance


def test_superuser_edits_a_theme(admin_client, superuser):
    theme = Theme.objects.get(slug="accessibilite")
    category = ThemeCategory.objects.get(label="Culture numérique")
    theme = edit(
        admin_client,
        superuser,
        theme,
        {
            "label": "Accessibilité numérique",
            "slug": "accessibilite",
            "category": category.pk,
            "description": "Rendre les services utilisables par toutes et tous.",
            "sort_order": 3,
        },
    )
    assert theme.label == "Accessibilité numérique"
    assert theme.category == category
    assert theme.description == "Rendre les services utilisables par toutes et tous."


def test_superuser_edits_an_audience(admin_client, superuser):
    audience = edit(
        admin_client,
        superuser,
        Audience.objects.get(slug="parents"),
        {"label": "Parents et familles", "slug": "parents", "sort_order": 5},
    )
    assert audience.label == "Parents et familles"


def test_superuser_edits_a_licence(admin_client, superuser):
    licence = Licence.objects.get(slug="cc-by-4.0")
    licence = edit(
        admin_client,
        superuser,
        licence,
        {
            "name": "Creative Commons Attribution 4.0 International",
            "short_name": "CC BY 4.0 (intl)",
            "slug": "tentative-de-changement",
            "url": "https://creativecommons.org/licenses/by/4.0/deed.fr",
            "requires_attribution": "on",
            "sort_order": licence.sort_order,
        },
    )
    assert licence.short_name == "CC BY 4.0 (intl)"
    assert licence.url == "https://creativecommons.org/licenses/by/4.0/deed.fr"
    assert licence.requires_attribution and not licence.share_alike
    # The identifier (with its dot) is read-only: code and URLs rely on it.
    assert licence.slug == "cc-by-4.0"


def test_superuser_creates_a_licence_whose_slug_follows_the_short_name(admin_client):
    response = admin_client.post(
        reverse(Licence.snippet_viewset.get_url_name("add")),
        {
            "name": "Licence Art Libre 1.3",
            "short_name": "LAL 1.3",
            "url": "https://artlibre.org/licence/lal/",
            "requires_attribution": "on",
            "share_alike": "on",
            "sort_order": "9",
        },
    )
    assert response.status_code == 302
    licence = Licence.objects.get(name="Licence Art Libre 1.3")
    assert licence.slug == "lal-13"
    assert licence.share_alike and not licence.non_commercial


def test_superuser_edits_a_pix_competence(admin_client, superuser):
    competence = PixCompetence.objects.get(code="1.1")
    competence = edit(
        admin_client,
        superuser,
        competence,
        {
            "code": "1.1",
            "label": "Mener une recherche d'information",
            "domain_code": competence.domain_code,
            "domain_label": competence.domain_label,
        },
    )
    assert competence.label == "Mener une recherche d'information"


def test_superuser_creates_and_edits_an_author(admin_client, superuser):
    add_url = reverse(Author.snippet_viewset.get_url_name("add"))
    response = admin_client.post(
        add_url,
        {
            "name": "Éloïse Garnier",
            "slug": "",
            "organisation": "Centre social des Trois-Cités",
            "role": "Conseillère numérique",
            "territory": "Poitiers (86)",
            "bio": "Anime des ateliers tablette pour les seniors.",
        },
    )
    assert response.status_code == 302
    author = Author.objects.get(name="Éloïse Garnier")
    assert author.slug == "eloise-garnier"

    author = edit(
        admin_client,
        superuser,
        author,
        {"name": "Éloïse Garnier", "slug": "eloise-garnier", "territory": "Vienne (86)"},
    )
    assert author.territory == "Vienne (86)"


def test_invalid_snippet_edit_shows_french_errors(admin_client, superuser):
    licence = Licence.objects.get(slug="cc0-1.0")
    url = AdminURLFinder(superuser).get_edit_url(licence)
    response = admin_client.post(url, {"name": "", "short_name": "CC0", "slug": "cc0-1.0"})
    assert response.status_code == 200
    assert "Ce champ est obligatoire." in response.content.decode()
    licence.refresh_from_db()
    assert licence.name != ""
