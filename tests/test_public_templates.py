"""Public templates: structure every page shares (language, skip link, headings, title),
the template filters they rely on, and listings without one query per card."""

import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.template import loader
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Filter

from commons.templatetags.commons_tags import duration, file_size, quantity
from practices.models import CARD_RENDITIONS


class Outline(HTMLParser):
    """Collects what the structural checks need from a page."""

    def __init__(self):
        super().__init__()
        self.headings, self.ids, self.first_link, self.title, self._in_title = (
            [],
            [],
            None,
            "",
            False,
        )
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "a" and self.first_link is None:
            self.first_link = attrs.get("href")
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def outline(response):
    parser = Outline()
    parser.feed(response.content.decode())
    return parser


@pytest.mark.parametrize(
    "minutes, text",
    [(45, "45 min"), (60, "1 h"), (90, "1 h 30"), (125, "2 h 05"), (0, ""), (None, "")],
)
def test_duration_reads_as_french_text(minutes, text):
    assert duration(minutes) == text


def test_file_sizes_and_quantities_in_french():
    assert file_size(850) == "850 octets"
    assert file_size(120_000) == "120 Ko"
    assert file_size(2_400_000) == "2,4 Mo"
    assert quantity(Decimal(0.3)) == "0,3"
    assert quantity(Decimal("8.00")) == "8"


def test_card_picture_specs_are_the_prefetched_renditions():
    template = Path(settings.BASE_DIR, "templates/includes/resource_card.html").read_text()
    tag = re.search(r"{% picture resource.cover_image (.+?) (?:sizes|loading|alt)=", template)
    assert sorted(Filter.expand_spec(tag.group(1).split())) == sorted(CARD_RENDITIONS)


def test_server_error_page_renders_without_any_context():
    html = loader.get_template("500.html").render()
    assert '<html lang="fr">' in html
    assert "{%" not in html and "static" not in html


@pytest.mark.django_db
def test_public_pages_share_an_accessible_structure(client, make_resources):
    resources = make_resources(1)
    sheet, recipe, workshop = resources.sheets[0], resources.recipes[0], resources.workshops[0]
    theme = sheet.themes.first()
    author = sheet.authors.first()
    urls = [
        "/",
        sheet.get_parent().url,
        sheet.url,
        recipe.url,
        workshop.url,
        "/themes/",
        f"/themes/{theme.slug}/",
        f"/auteurs/{author.slug}/",
        "/etiquettes/tablette/",
    ]
    titles = set()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        page = outline(response)
        assert page.html_lang == "fr", url
        assert page.first_link == "#contenu", url
        assert "contenu" in page.ids, url
        assert page.headings.count(1) == 1, url
        skips = [
            (a, b) for a, b in zip(page.headings, page.headings[1:], strict=False) if b > a + 1
        ]
        assert not skips, (url, page.headings)
        assert len(page.ids) == len(set(page.ids)), url
        assert page.title.endswith(" — Communs"), url
        titles.add(page.title)
    assert len(titles) == len(urls)


@pytest.mark.django_db
def test_resource_pages_show_their_type_specific_facts(client, make_resources):
    resources = make_resources(1)
    recipe = client.get(resources.recipes[0].url).content.decode()
    assert "Difficulté" in recipe and "2 sur 3" in recipe
    assert "Les freins et comment ils ont été levés" in recipe
    workshop_page = resources.workshops[0]
    workshop = client.get(workshop_page.url).content.decode()
    assert f"Durée totale : {duration(workshop_page.run_through_total)}" in workshop
    assert "Utiliser cette ressource" in workshop
    assert "Vous pouvez réutiliser cette ressource selon la licence" in workshop


SECTION_LISTING_MAX_QUERIES = 18


@pytest.mark.django_db
def test_section_listing_does_not_query_per_card(client, make_resources):
    resources = make_resources(2)
    url = resources.sheets[0].get_parent().url
    client.get(url)  # renditions are created on the first view
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    make_resources(3)
    client.get(url)
    with CaptureQueriesContext(connection) as more:
        response = client.get(url)
    assert response.content.decode().count('class="card"') == 5
    assert len(more.captured_queries) == len(few.captured_queries)
    # And no more than measured today (tests/test_query_counts.py: the other listings).
    assert len(more.captured_queries) <= SECTION_LISTING_MAX_QUERIES, len(more.captured_queries)
