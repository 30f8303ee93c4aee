"""The site's public address (SITE_URL) on the Wagtail Site, and every absolute URL after it."""

import json
import re
import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Site

from commons.site_url import apply_site_url, parse_site_url
from courses.factories import CourseFactory, CourseIndexPageFactory
from tests.test_opendata_structured_data import HeadParser

PUBLIC = "https://communs.example.org"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://communs.example.org", ("communs.example.org", 443)),
        ("https://Communs.Example.org/", ("communs.example.org", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://localhost", ("localhost", 80)),
        (" http://communs.local:8080/ ", ("communs.local", 8080)),
    ],
)
def test_public_addresses_give_hostname_and_port(url, expected):
    assert parse_site_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "communs.example.org",
        "ftp://communs.example.org",
        "https://communs.example.org/communs/",
        "https://communs.example.org/?a=1",
        "https://user:pass@communs.example.org",
        "https://communs.example.org:8443",
        "http://communs.example.org:443",
        "http://communs.example.org:99999",
        "http://[::1]:8000",
    ],
)
def test_addresses_a_site_cannot_hold_are_refused_in_french(url):
    with pytest.raises(ValidationError) as error:
        parse_site_url(url)
    assert (
        "Adresse du site" in error.value.messages[0] or "adresse du site" in error.value.messages[0]
    )


@given(st.text(max_size=60))
def test_any_text_is_either_an_address_or_a_clear_refusal(text):
    try:
        hostname, port = parse_site_url(text)
    except ValidationError as error:
        assert error.messages and all(message.strip() for message in error.messages)
    else:
        assert hostname and 0 < port < 65536


@pytest.mark.django_db
def test_set_site_url_writes_the_default_site_and_every_absolute_url_follows(
    client, site, make_resources
):
    resources = make_resources(1)
    sheet = resources.sheets[0]
    course = CourseFactory(
        parent=CourseIndexPageFactory(parent=site.root_page), sessions=[("", [sheet])]
    )

    call_command("set_site_url", PUBLIC + "/")

    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == ("communs.example.org", 443, PUBLIC)
    sheet_url = PUBLIC + sheet.url
    assert sheet.get_full_url() == sheet_url

    # Sitemap, feeds, canonical link, JSON-LD, OpenGraph, the booklet's « Source : ».
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [
        loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert locations and all(location.startswith(PUBLIC + "/") for location in locations)
    robots = client.get("/robots.txt").content.decode().splitlines()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots
    feed = feedparser.parse(client.get("/flux/").content)
    assert sheet_url in [entry.link for entry in feed.entries]
    html = client.get(sheet.url).content.decode()
    assert f'<link rel="canonical" href="{sheet_url}">' in html
    head = HeadParser()
    head.feed(html)
    assert json.loads(head.json_ld[0])["url"] == sheet_url
    assert head.meta["og:url"] == [sheet_url]
    booklet = client.get(course.url + "livret/").content.decode()
    assert re.search(rf'href="{re.escape(PUBLIC + course.url)}"', booklet)
    assert "localhost" not in booklet


@pytest.mark.django_db
@override_settings(SITE_URL="", WAGTAILADMIN_BASE_URL="http://communs.test:8080")
def test_without_site_url_the_admin_base_url_is_used(site):
    call_command("set_site_url")
    site.refresh_from_db()
    assert site.root_url == "http://communs.test:8080"


@pytest.mark.django_db
@override_settings(SITE_URL=PUBLIC)
def test_site_url_setting_is_the_default(site):
    apply_site_url()
    site.refresh_from_db()
    assert site.root_url == PUBLIC


@pytest.mark.django_db
def test_a_bad_address_changes_nothing_and_says_why(site):
    before = (site.hostname, site.port)
    with pytest.raises(CommandError, match="seul le port 443"):
        call_command("set_site_url", "https://communs.example.org:8443")
    site.refresh_from_db()
    assert (site.hostname, site.port) == before


@pytest.mark.django_db
def test_an_address_used_by_another_site_is_refused(site):
    Site.objects.create(hostname="autre.example.org", port=443, root_page=site.root_page)
    with pytest.raises(CommandError, match="autre site Wagtail"):
        call_command("set_site_url", "https://autre.example.org")
    site.refresh_from_db()
    assert site.hostname != "autre.example.org"
