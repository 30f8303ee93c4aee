"""A public adaptation never names an original that is not public, on any surface.

Every way an original can stop being public (a restriction on it or on its section, a
password, unpublishing) is checked against every place that names it: the « Adapté de »
footer, the JSON-LD ``isBasedOn``, the API's ``based_on`` and the Markdown front matter;
and the original's list of adaptations leaves out an adaptation that is not public.
``publicly_visible_page`` itself agrees with Wagtail's ``live().public()`` on any tree.
"""

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, PageViewRestriction

from commons.visibility import publicly_visible_page
from practices.factories import PracticeSheetFactory, WorkshopMaterialFactory

pytestmark = pytest.mark.django_db

ORIGINAL_TITLE = "Original très confidentiel"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def hide(page, how):
    """Make ``page`` stop being public in one of the ways a moderator can."""
    if how == "restreinte":
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    elif how == "mot de passe":
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    elif how == "section restreinte":
        PageViewRestriction.objects.create(page=page.get_parent(), restriction_type="login")
    elif how == "dépubliée":
        page.unpublish()
    else:
        assert how == "publique"


def surfaces(client, page):
    """What the public surfaces say of ``page``'s original: (footer, JSON-LD, API, Markdown)."""
    html = client.get(page.url).content.decode()
    footer = html[html.find('class="resource-origin"') :] if "resource-origin" in html else ""
    json_ld = [json.loads(block) for block in JSON_LD.findall(html)]
    based_on = [data.get("isBasedOn") for data in json_ld if "isBasedOn" in data]
    api = client.get(f"/api/v2/pages/{page.pk}/").json()["based_on"]
    markdown = client.get(page.url + "markdown/").content.decode()
    front_matter = markdown.split("\n---\n", 1)[0]
    return footer, based_on, api, front_matter


@pytest.fixture
def original(sections):
    # In another section than the adaptation, so that restricting its section leaves the
    # adaptation public.
    return WorkshopMaterialFactory(
        parent=sections.workshops, title=ORIGINAL_TITLE, slug="original-confidentiel"
    )


@pytest.fixture
def adaptation(sections, original):
    return PracticeSheetFactory(parent=sections.sheets, title="Adaptation", based_on=original)


@pytest.mark.parametrize(
    "how", ["publique", "restreinte", "mot de passe", "section restreinte", "dépubliée"]
)
def test_an_adaptation_names_its_original_only_while_it_is_public(
    client, original, adaptation, how
):
    hide(original, how)
    assert client.get(adaptation.url).status_code == 200  # the adaptation is still public
    footer, based_on, api, front_matter = surfaces(client, adaptation)
    visible = how == "publique"
    named = (footer, json.dumps(based_on, ensure_ascii=False), json.dumps(api, ensure_ascii=False))
    for surface in named:
        assert (ORIGINAL_TITLE in surface) == visible
    for surface in (*named, front_matter):
        assert ("original-confidentiel" in surface) == visible
    if visible:
        assert based_on == [
            {"@type": "CreativeWork", "name": ORIGINAL_TITLE, "url": original.get_full_url()}
        ]
        assert api["id"] == original.pk
    else:
        assert footer == "" and based_on == [] and api is None
        assert "based_on" not in front_matter


@pytest.mark.parametrize("how", ["publique", "restreinte", "section restreinte", "dépubliée"])
def test_the_original_lists_only_public_adaptations(client, sections, how):
    original = PracticeSheetFactory(parent=sections.sheets, title="Original public")
    adaptation = WorkshopMaterialFactory(
        parent=sections.workshops, title="Adaptation très confidentielle", based_on=original
    )
    hide(adaptation, how)
    html = client.get(original.url).content.decode()
    assert ("Adaptation très confidentielle" in html) == (how == "publique")
    assert (adaptation.slug in html) == (how == "publique")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_publicly_visible_page_agrees_with_wagtail_public_filter(sections, data):
    pages = list(Page.objects.exclude(depth=1).order_by("path"))
    if len(pages) < 6:
        for index in range(2):
            PracticeSheetFactory(parent=sections.sheets, title=f"Fiche {index}")
            WorkshopMaterialFactory(parent=sections.workshops, title=f"Atelier {index}")
        pages = list(Page.objects.exclude(depth=1).order_by("path"))
    restricted = data.draw(st.sets(st.sampled_from(pages), max_size=3))
    kinds = data.draw(
        st.lists(
            st.sampled_from(["login", "password", "groups"]),
            min_size=len(restricted),
            max_size=len(restricted),
        )
    )
    unpublished = data.draw(st.sets(st.sampled_from(pages), max_size=3))
    restrictions = [
        PageViewRestriction.objects.create(page=page, restriction_type=kind, password="x")
        for page, kind in zip(sorted(restricted, key=lambda p: p.path), kinds, strict=True)
    ]
    Page.objects.filter(pk__in=[page.pk for page in unpublished]).update(live=False)
    try:
        expected = set(Page.objects.live().public().values_list("pk", flat=True))
        for page in Page.objects.exclude(depth=1):
            assert (publicly_visible_page(page) is not None) == (page.pk in expected), page
        assert publicly_visible_page(None) is None
    finally:
        for restriction in restrictions:
            restriction.delete()
        Page.objects.filter(pk__in=[page.pk for page in unpublished]).update(live=True)
