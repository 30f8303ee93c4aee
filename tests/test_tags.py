"""A tag whose name has no letter or digit still gets a page and never breaks a resource."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from taggit.models import Tag

from practices.factories import PracticeSheetFactory

# Names that Django's slugify empties: punctuation, symbols, emoji, spaces.
NAMES_WITHOUT_SLUG = st.text(
    alphabet=st.characters(categories=["Po", "Ps", "Pe", "Sm", "So", "Zs"]),
    min_size=1,
    max_size=12,
).filter(lambda name: name.strip())


@pytest.mark.django_db
def test_a_resource_tagged_with_punctuation_renders_and_links_its_tag(client, sections):
    sheet = PracticeSheetFactory(parent=sections.sheets, tags=["!!!", "🙂"])
    response = client.get(sheet.url)
    assert response.status_code == 200
    for tag in Tag.objects.filter(name__in=["!!!", "🙂"]):
        assert tag.slug.startswith("etiquette-")
        assert f"/etiquettes/{tag.slug}/" in response.content.decode()
        assert client.get(f"/etiquettes/{tag.slug}/").status_code == 200


@pytest.mark.django_db
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=NAMES_WITHOUT_SLUG)
def test_every_saved_tag_has_a_slug_a_url_can_carry(name):
    tag, _ = Tag.objects.get_or_create(name=name)
    assert tag.slug
    other = Tag.objects.create(name=name + "\u2022")
    assert other.slug and other.slug != tag.slug
