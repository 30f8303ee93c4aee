"""``/sitemap.xml``: every indexable page, each answering 200 and dated by ``lastmod``."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from commons.factories import AuthorFactory, seeded_audiences, seeded_themes
from courses.factories import CourseFactory, CourseIndexPageFactory
from practices.factories import PracticeSheetFactory, WorkshopMaterialFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap(client):
    """``{location: lastmod or None}`` of /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.find("sm:loc", NS).text
        assert location not in entries, f"en double : {location}"
        lastmod = url.find("sm:lastmod", NS)
        entries[location] = lastmod.text if lastmod is not None else None
    return entries


@pytest.fixture
def site_content(site, sections):
    themes = seeded_themes(3)
    audiences = seeded_audiences(2)
    author = AuthorFactory(name="Fatou Sow")
    sheet = PracticeSheetFactory(
        parent=sections.sheets,
        themes=[themes[0]],
        audiences=[audiences[0]],
        authors=[author],
        tags=["santé"],
    )
    # Audiences given: the factory's default picks by page id, which may be the unused one.
    workshop = WorkshopMaterialFactory(
        parent=sections.workshops, themes=themes[:2], audiences=[audiences[0]], tags=["tablette"]
    )
    draft = PracticeSheetFactory(
        parent=sections.sheets,
        themes=[themes[2]],
        audiences=[audiences[1]],
        authors=[AuthorFactory(name="Jamais Publiée")],
        tags=["brouillon"],
        publish=False,
    )
    course = CourseFactory(
        parent=CourseIndexPageFactory(parent=site.root_page), sessions=[("", [sheet])]
    )
    return {
        "themes": themes,
        "audiences": audiences,
        "author": author,
        "sheet": sheet,
        "workshop": workshop,
        "draft": draft,
        "course": course,
    }


def test_every_indexable_page_is_listed_with_lastmod_and_answers(client, site_content):
    entries = sitemap(client)
    root = site_content["sheet"].get_site().root_url
    paths = {urlsplit(location).path for location in entries}

    assert all(location.startswith(root + "/") for location in entries)
    assert [location for location, lastmod in entries.items() if not lastmod] == []
    for location, lastmod in entries.items():
        datetime.date.fromisoformat(lastmod[:10])
        assert client.get(urlsplit(location).path).status_code == 200, location

    theme_a, theme_b, unused_theme = site_content["themes"]
    audience, unused_audience = site_content["audiences"]
    expected = {
        "/",
        site_content["sheet"].url,
        site_content["workshop"].url,
        site_content["course"].url,
        site_content["course"].get_parent().url,
        "/themes/",
        f"/themes/{theme_a.slug}/",
        f"/themes/{theme_b.slug}/",
        f"/publics/{audience.slug}/",
        f"/auteurs/{site_content['author'].slug}/",
        "/etiquettes/sante/",
        "/etiquettes/tablette/",
        reverse("accessibility"),
        reverse("legal_notice"),
        reverse("community:contribute"),
    }
    assert expected <= paths, expected - paths
    # Pages that list nothing public, drafts and what robots.txt keeps out are not listed.
    assert f"/themes/{unused_theme.slug}/" not in paths
    assert f"/publics/{unused_audience.slug}/" not in paths
    assert "/etiquettes/brouillon/" not in paths
    assert "/auteurs/jamais-publiee/" not in paths
    assert site_content["draft"].url not in paths
    assert not [path for path in paths if path.startswith(("/recherche/", "/admin/"))]


def test_taxonomy_pages_are_dated_by_their_newest_resource(client, site_content):
    sheet, workshop = site_content["sheet"], site_content["workshop"]
    newer = datetime.datetime(2030, 5, 17, 12, tzinfo=datetime.UTC)
    type(workshop).objects.filter(pk=workshop.pk).update(last_published_at=newer)
    theme_a, theme_b, _ = site_content["themes"]
    root = sheet.get_site().root_url

    entries = sitemap(client)

    # theme_a lists the sheet and the workshop; the author only the sheet.
    assert entries[f"{root}/themes/{theme_a.slug}/"] == "2030-05-17"
    assert entries[f"{root}/themes/{theme_b.slug}/"] == "2030-05-17"
    assert entries[f"{root}/themes/"] == "2030-05-17"
    author_lastmod = entries[f"{root}/auteurs/{site_content['author'].slug}/"]
    # The day as the site shows dates, in its own time zone (Paris), not UTC's.
    assert author_lastmod == timezone.localdate(sheet.last_published_at).isoformat()
    # The workshops' section and the home list the workshop: they changed with it.
    assert entries[root + sheet.get_parent().get_parent().url.rstrip("/") + "/"] == "2030-05-17"
    assert entries[root + workshop.get_parent().url] == "2030-05-17"
