"""What search engines and link previews read: canonical links, descriptions, Course JSON-LD."""

import json
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commons.factories import seeded_themes
from commons.templatetags.seo_tags import CANONICAL_QUERY_LENGTH
from courses.booklet import ModuleSpec
from courses.factories import CourseFactory, CourseIndexPageFactory
from opendata.structured_data import iso_duration
from tests.test_opendata_structured_data import HeadParser

pytestmark = pytest.mark.django_db

HOME_DESCRIPTION = "Communs, le commun des savoirs de la médiation numérique"


def head(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    html = response.content.decode()
    parser = HeadParser()
    parser.feed(html)
    canonical = re.findall(r'<link rel="canonical" href="([^"]*)">', html)
    return parser, [unescape(link) for link in canonical]


def description_of(parser):
    descriptions = parser.meta.get("description", [])
    assert len(descriptions) == 1
    return descriptions[0]


# Canonical links ----------------------------------------------------------------------


def test_canonical_link_is_absolute_on_the_site_address_without_filters(
    client, site, sections, make_resources
):
    make_resources(1, themes=seeded_themes(1))
    root = site.root_url

    _, canonical = head(client, "/")
    assert canonical == [root + "/"]
    # A filtered or reordered listing is the same page: its canonical is the listing.
    _, canonical = head(client, sections.sheets.url + "?theme=x&level=debutant&utm_source=y")
    assert canonical == [root + sections.sheets.url]
    # The search words make a different page; facets and sort orders do not.
    _, canonical = head(client, reverse("search") + "?q=atelier&sort=date&page=1")
    assert canonical == [root + "/recherche/?q=atelier"]
    _, canonical = head(client, reverse("community:contribute"))
    assert canonical == [root + "/contribuer/"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(page=st.text(max_size=40) | st.integers(-(10**30), 10**30).map(str), words=st.text())
def test_canonical_link_keeps_only_a_real_page_number_and_bounded_words(client, site, page, words):
    canonical_url = canonical_for(client, {"q": words, "page": page})
    query = parse_qs(urlsplit(canonical_url).query)
    assert set(query) <= {"q", "page"}
    assert len(query.get("q", [""])[0]) <= CANONICAL_QUERY_LENGTH
    if "page" in query:
        assert query["page"][0].isdigit() and 1 < int(query["page"][0]) < 10**6
        assert int(query["page"][0]) == int(page)


def canonical_for(client, params):
    request = RequestFactory().get(reverse("search"), params)
    html = Template("{% load seo_tags %}{% canonical_url %}").render(Context({"request": request}))
    return unescape(html)


def test_canonical_link_follows_the_site_address(client, site, sections):
    site.hostname, site.port = "communs.example.org", 443
    site.save()

    _, canonical = head(client, sections.sheets.url)

    assert canonical == ["https://communs.example.org" + sections.sheets.url]


def test_a_missing_page_has_no_canonical_link(client, site):
    _, canonical = head(client, "/cette-page-n-existe-pas/", status=404)
    assert canonical == []


# Descriptions ------------------------------------------------------------------------


def test_each_kind_of_page_has_its_own_description(client, site, sections, make_resources):
    sheet = make_resources(1).sheets[0]
    course_index = CourseIndexPageFactory(parent=site.root_page)
    urls = [
        sections.sheets.url,
        sections.recipes.url,
        course_index.url,
        reverse("community:contribute"),
        reverse("search"),
        reverse("search") + "?q=atelier",
        reverse("courses:selection"),
        sheet.url,
    ]
    home_parser, _ = head(client, "/")
    assert description_of(home_parser).startswith(HOME_DESCRIPTION)

    descriptions = {url: description_of(head(client, url)[0]) for url in urls}

    assert all(len(text) > 40 for text in descriptions.values()), descriptions
    assert not [url for url, text in descriptions.items() if text.startswith(HOME_DESCRIPTION)]
    assert len(set(descriptions.values())) == len(urls), descriptions


def test_listing_description_falls_back_to_its_title_without_an_intro(client, site, sections):
    sections.sheets.intro = ""
    sections.sheets.save_revision().publish()

    description = description_of(head(client, sections.sheets.url)[0])

    assert description.startswith(sections.sheets.title + " : ")


# Courses -------------------------------------------------------------------------------


@pytest.fixture
def course(site, make_resources):
    made = make_resources(1, themes=seeded_themes(2))
    sheet, workshop = made.sheets[0], made.workshops[0]
    draft = made.recipes[0]
    draft.unpublish()
    index = CourseIndexPageFactory(parent=site.root_page)
    return CourseFactory(
        parent=index,
        title="Accompagner les démarches en ligne",
        sessions=[
            ("Jour 1", [ModuleSpec(sheet.pk, duration_override=45), workshop]),
            ("Jour 2", [ModuleSpec(draft.pk, duration_override=30)]),
        ],
        themes=seeded_themes(2),
    ), (sheet, workshop, draft)


def test_course_page_describes_a_schema_org_course(client, course):
    course, (sheet, workshop, draft) = course
    parser, canonical = head(client, course.url)
    assert len(parser.json_ld) == 1
    data = json.loads(parser.json_ld[0])

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Course"
    assert data["@id"] == data["url"] == course.get_full_url() == canonical[0]
    assert data["name"] == course.title
    assert data["description"] == course.summary
    assert data["provider"] == {
        "@type": "Organization",
        "name": "Communs",
        "url": "http://localhost/",
    }
    assert data["license"] == course.licence.url
    assert data["educationalLevel"] == "Débutant"
    assert data["coursePrerequisites"] == "Savoir utiliser un ordinateur."
    assert data["teaches"] == ["Accompagner une démarche sans faire à la place"]
    assert sorted(thing["name"] for thing in data["about"]) == sorted(
        theme.label for theme in course.themes.all()
    )
    # The modules a visitor can open, in order; the unpublished one is left out.
    assert [(part["position"], part["name"], part["url"]) for part in data["hasPart"]] == [
        (1, sheet.title, sheet.get_full_url()),
        (2, workshop.title, workshop.get_full_url()),
    ]
    assert data["hasPart"][0]["timeRequired"] == "PT45M"
    assert "isBasedOn" not in data
    assert draft.title not in parser.json_ld[0]


def test_course_length_only_when_every_module_has_one(client, course, make_resources):
    course, _ = course
    booklet = course.build_booklet()
    assert booklet.is_total_complete
    data = json.loads(head(client, course.url)[0].json_ld[0])
    assert data["timeRequired"] == iso_duration(booklet.total_minutes)

    # A recipe without a duration: the course's length is unknown, not too short.
    recipe = make_resources(1).recipes[0]
    assert not recipe.specific.get_duration_minutes()
    unknown = CourseFactory(parent=course.get_parent(), sessions=[("", [recipe])])
    data = json.loads(head(client, unknown.url)[0].json_ld[0])
    assert [part["name"] for part in data["hasPart"]] == [recipe.title]
    assert "timeRequired" not in data


def test_course_page_has_opengraph(client, course):
    course, _ = course
    parser, _ = head(client, course.url)

    assert parser.meta["og:type"] == ["article"]
    assert parser.meta["og:title"] == [course.title]
    assert parser.meta["og:description"] == [course.summary]
    assert parser.meta["og:url"] == [course.get_full_url()]
    assert "article:tag" not in parser.meta
    assert description_of(parser) == course.summary


def test_a_search_tab_of_another_kind_is_its_own_canonical_page(client, site):
    """« Parcours » and « Auteurs » tabs list other things than the resources tab: their
    canonical address keeps the kind; a forged kind falls back to resources, and so does
    its canonical address."""

    def address(url):
        _, canonical = head(client, url)
        assert len(canonical) == 1
        parts = urlsplit(canonical[0])
        return parts.path + "?" + parts.query

    assert address("/recherche/?q=atelier&kind=auteurs&utm_source=x") == (
        "/recherche/?q=atelier&kind=auteurs"
    )
    assert address("/recherche/?q=atelier&kind=inconnu") == "/recherche/?q=atelier"
