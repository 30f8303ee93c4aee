"""Valid, well-addressed pages: vnu finds no error; canonical links and descriptions."""

import os
import re
import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import urlsplit

import pytest

from tests.browser.config import EXTRA_PAGES
from tests.browser.conftest import PAGE_TYPES
from tests.browser.vnu import VnuUnavailable, check_files, ensure_vnu

pytestmark = pytest.mark.browser

EXPECTED_STATUS = {"page-introuvable": 404}


@pytest.fixture(scope="session")
def vnu_command():
    """The vnu command; skipped without Java or npm outside CI, an error in CI."""
    try:
        return ensure_vnu()
    except VnuUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI : {error}", pytrace=False)
        pytest.skip(str(error))


def test_every_page_type_is_valid_html(vnu_command, context, resolved_pages, tmp_path):
    """The HTML as served (not the live DOM), every page type and a booklet, in one vnu run."""
    files = []
    for name, path in {**resolved_pages, **EXTRA_PAGES}.items():
        response = context.request.get(path)
        assert response.status == EXPECTED_STATUS.get(name, 200), name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.body())
        files.append(path)

    errors = check_files(vnu_command, files)

    assert [
        f"{name}:{line}: {message} — {extract!r}" for name, line, message, extract in errors
    ] == []


def test_every_page_type_has_a_canonical_link_and_its_own_description(
    context, resolved_pages, live_url
):
    """Each page type: a canonical link on the site's public address (not on the 404), and a
    description of its own. The demo server's public address is its own (server.py)."""
    descriptions = {}
    for name in PAGE_TYPES:
        response = context.request.get(resolved_pages[name])
        html = response.text()
        canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', html)
        if name == "page-introuvable":
            assert canonical == [], name
        else:
            assert len(canonical) == 1 and canonical[0].startswith(live_url + "/"), name
            assert urlsplit(canonical[0]).path == urlsplit(resolved_pages[name]).path, name
        found = re.findall(r'<meta name="description" content="([^"]*)">', html)
        assert len(found) == 1 and len(found[0]) > 40, (name, found)
        descriptions.setdefault(unescape(found[0]), []).append(name)
    shared = {text: names for text, names in descriptions.items() if len(names) > 1}
    assert shared == {}


def test_sitemap_of_the_demo_site_is_dated_and_every_kind_of_entry_answers(context):
    """Every entry has a lastmod; the first entry of each kind (first path segment) answers."""
    response = context.request.get("/sitemap.xml")
    assert response.status == 200
    namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    entries = [
        (
            url.findtext("sm:loc", namespaces=namespace),
            url.findtext("sm:lastmod", namespaces=namespace),
        )
        for url in ET.fromstring(response.body()).findall("sm:url", namespace)
    ]
    assert [location for location, lastmod in entries if not lastmod] == []
    kinds = {}
    for location, _ in entries:
        path = urlsplit(location).path
        kinds.setdefault(path.split("/")[1], path)
    assert {"", "themes", "publics", "auteurs", "etiquettes", "parcours"} <= set(kinds)
    assert {"accessibilite", "mentions-legales", "contribuer"} <= set(kinds)
    for path in kinds.values():
        assert context.request.get(path).status == 200, path
