"""The vocabularies seeded by the data migration are present and complete."""

import pytest

from commons.models import Audience, Equipment, Licence, PixCompetence, Theme, ThemeCategory

pytestmark = pytest.mark.django_db


def test_theme_categories_and_themes_are_seeded():
    categories = {c.label: c.themes.count() for c in ThemeCategory.objects.all()}
    assert categories == {
        "Inclusion numérique": 9,
        "Culture numérique": 8,
        "Communs & souveraineté": 5,
        "Numérique & environnement": 7,
    }
    assert Theme.objects.get(slug="aide-aux-demarches-administratives").category.label == (
        "Inclusion numérique"
    )
    assert Theme.objects.filter(label="Éducation aux médias").exists()


def test_audiences_are_seeded_with_slugs():
    labels = list(Audience.objects.values_list("label", flat=True))
    assert len(labels) == 10
    assert labels[0] == "Tous publics"
    assert Audience.objects.get(label="Seniors & personnes âgées").slug == "seniors-personnes-agees"


def test_pix_framework_has_16_competences_in_5_domains():
    assert PixCompetence.objects.count() == 16
    assert PixCompetence.objects.values("domain_code").distinct().count() == 5
    assert PixCompetence.objects.get(code="4.2").label == (
        "Protéger les données personnelles et la vie privée"
    )


def test_licences_have_official_urls_and_default_is_cc_by_sa():
    slugs = set(Licence.objects.values_list("slug", flat=True))
    assert slugs == {"etalab-2.0", "cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-sa-4.0", "cc0-1.0"}
    assert all(url.startswith("https://") for url in Licence.objects.values_list("url", flat=True))
    default = Licence.objects.get(pk=Licence.default_pk())
    assert default.short_name == "CC BY-SA 4.0"
    assert default.share_alike and not default.non_commercial


def test_workshop_equipment_values():
    assert list(Equipment.objects.values_list("label", flat=True)) == [
        "Ordinateur",
        "Téléphone",
        "Tablette",
        "Autre",
        "Aucun",
    ]
