"""« Adapter cette ressource »: the fork, its licence rules and attribution."""

import pytest
from django.urls import reverse

from commons.factories import AuthorFactory, licence
from commons.models import Author
from community.factories import make_contributor, page_form_data
from practices.factories import PracticeSheetFactory
from practices.models import PracticeSheet, ResourcePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def contributor():
    return make_contributor()


def original_sheet(sections, slug="cc-by-sa-4.0", **kwargs):
    return PracticeSheetFactory(
        parent=sections.sheets,
        title="Créer son adresse e-mail",
        licence=licence(slug),
        authors=[AuthorFactory(name="Alice Martin"), AuthorFactory(name="Bruno Petit")],
        **kwargs,
    )


def adapt(client, page):
    return client.post(page.url + "adapter/")


def test_anonymous_visitor_sees_no_adapt_button_and_is_sent_to_login(client, sections):
    page = original_sheet(sections)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Adapter cette ressource" not in response.content.decode()
    response = adapt(client, page)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
    assert PracticeSheet.objects.count() == 1


def test_contributor_adapts_a_resource_into_an_own_draft(client, sections, contributor):
    page = original_sheet(sections)
    client.force_login(contributor)
    assert "Adapter cette ressource" in client.get(page.url).content.decode()

    response = adapt(client, page)

    adaptation = PracticeSheet.objects.exclude(pk=page.pk).get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[adaptation.pk])
    assert adaptation.based_on_id == page.pk
    assert adaptation.owner == contributor
    assert not adaptation.live
    assert adaptation.get_parent().pk == sections.sheets.pk
    assert adaptation.slug != page.slug
    assert adaptation.licence_id == page.licence_id
    names = set(adaptation.authors.values_list("name", flat=True))
    assert names == {"Alice Martin", "Bruno Petit", contributor.author_profile.name}
    # The original is untouched and still live.
    page.refresh_from_db()
    assert page.live and page.owner is None
    # The contributor can edit their adaptation in the admin, where the licence rule is told.
    edit = client.get(response["Location"])
    assert edit.status_code == 200
    assert "elle doit garder la licence CC BY-SA 4.0" in edit.content.decode()


def test_adapting_creates_the_contributor_profile_when_missing(client, sections):
    page = original_sheet(sections)
    user = make_contributor("dominique")
    Author.objects.filter(user=user).delete()
    client.force_login(user)
    adapt(client, page)
    adaptation = PracticeSheet.objects.exclude(pk=page.pk).get()
    assert Author.objects.get(user=user) in adaptation.authors.all()


def test_adapt_is_post_only(client, sections, contributor):
    page = original_sheet(sections)
    client.force_login(contributor)
    response = client.get(page.url + "adapter/")
    assert response.status_code == 302
    assert PracticeSheet.objects.count() == 1


def test_user_without_contributor_permission_cannot_adapt(client, sections, django_user_model):
    page = original_sheet(sections)
    user = django_user_model.objects.create_user("lecteur", "l@example.org", "x")
    client.force_login(user)
    assert "Adapter cette ressource" not in client.get(page.url).content.decode()
    assert adapt(client, page).status_code == 403
    assert PracticeSheet.objects.count() == 1


def publish_adaptation(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_adaptation_shows_its_origin_and_the_original_lists_it(client, sections, contributor):
    page = original_sheet(sections)
    client.force_login(contributor)
    adapt(client, page)
    adaptation = publish_adaptation(PracticeSheet.objects.exclude(pk=page.pk).get())
    client.logout()

    html = client.get(adaptation.url).content.decode()
    assert "Adapté de" in html
    assert f'<a href="{page.url}">Créer son adresse e-mail</a>' in html
    assert "Alice Martin" in html and "Bruno Petit" in html

    html = client.get(page.url).content.decode()
    assert "Adaptation de cette ressource" in html
    assert adaptation.url in html


def edit_licence(client, adaptation, slug):
    data = page_form_data(
        PracticeSheet,
        title=adaptation.title,
        slug=adaptation.slug,
        licence=str(licence(slug).pk),
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[adaptation.pk]), data)


@pytest.mark.parametrize(
    "original_slug, new_slug, allowed",
    [
        # Share-alike: the same licence only.
        ("cc-by-sa-4.0", "cc-by-sa-4.0", True),
        ("cc-by-sa-4.0", "cc-by-4.0", False),
        ("cc-by-sa-4.0", "cc0-1.0", False),
        ("cc-by-sa-4.0", "cc-by-nc-sa-4.0", False),
        # Non-commercial (and share-alike): stays NC, the same licence.
        ("cc-by-nc-sa-4.0", "cc-by-nc-sa-4.0", True),
        ("cc-by-nc-sa-4.0", "cc-by-sa-4.0", False),
        ("cc-by-nc-sa-4.0", "etalab-2.0", False),
        # Permissive originals: free choice.
        ("cc0-1.0", "cc-by-sa-4.0", True),
        ("cc0-1.0", "cc-by-4.0", True),
        ("etalab-2.0", "cc-by-nc-sa-4.0", True),
        ("etalab-2.0", "cc0-1.0", True),
        ("cc-by-4.0", "cc-by-sa-4.0", True),
        ("cc-by-4.0", "etalab-2.0", True),
    ],
)
def test_licence_rules_of_an_adaptation_in_the_admin(
    client, sections, contributor, original_slug, new_slug, allowed
):
    page = original_sheet(sections, slug=original_slug)
    client.force_login(contributor)
    adapt(client, page)
    adaptation = PracticeSheet.objects.exclude(pk=page.pk).get()
    assert adaptation.licence.slug == original_slug

    response = edit_licence(client, adaptation, new_slug)

    adaptation.refresh_from_db()
    latest = adaptation.get_latest_revision_as_object()
    if allowed:
        assert response.status_code == 302, response.context["form"].errors
        assert latest.licence.slug == new_slug
    else:
        assert response.status_code == 200
        errors = response.context["form"].errors["licence"]
        assert "l'adaptation doit garder" in errors[0]
        assert latest.licence.slug == original_slug


def test_adaptation_of_an_adaptation_keeps_the_chain(client, sections, contributor):
    page = original_sheet(sections)
    client.force_login(contributor)
    adapt(client, page)
    first = publish_adaptation(PracticeSheet.objects.exclude(pk=page.pk).get())
    other = make_contributor("eliott")
    client.force_login(other)
    adapt(client, first)
    second = ResourcePage.objects.get(based_on=first)
    assert second.owner == other
    assert set(second.authors.values_list("name", flat=True)) >= {"Alice Martin", "Bruno Petit"}
