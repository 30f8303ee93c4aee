"""Page views only read: the renditions a public page needs exist once it is live.

On SQLite a rendition made during a page view waits for the single writer, behind an
editor publishing; under load every worker waited there (issue 13, the reliability
bench). Saving a live page makes the renditions of its images that the templates use.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Filter, Rendition

from commons.renditions import PUBLIC_IMAGE_SPECS, public_filter_specs
from opendata.structured_data import SHARE_IMAGE_SPEC
from practices.factories import PracticeSheetFactory
from practices.models import PracticeSheet

pytestmark = [pytest.mark.django_db, pytest.mark.public_renditions]

PAGE_IMAGE_TAG = re.compile(
    r"{%\s*(?:picture|image)\s+\w+\.(?:course\.)?cover_image\s+((?:[\w{},-]+\s+)+?)"
    r"(?:sizes=|alt=|class=|loading=|%})"
)


def writes(queries):
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]


def test_a_published_resource_and_its_listing_render_without_writing(sections):
    sheet = PracticeSheetFactory(parent=sections.sheets, title="Fiche illustrée")
    assert sheet.cover_image is not None
    made = set(sheet.cover_image.renditions.values_list("filter_spec", flat=True))
    assert made == set(public_filter_specs())

    for url in (sections.sheets.url, sheet.url, "/"):
        with CaptureQueriesContext(connection) as queries:
            response = Client().get(url)
        assert response.status_code == 200
        assert "Fiche illustrée" in response.content.decode()
        assert writes(queries.captured_queries) == [], url


def test_a_draft_gets_its_renditions_when_it_is_published(sections):
    draft = PracticeSheetFactory(parent=sections.sheets, publish=False)
    renditions = Rendition.objects.filter(image_id=draft.cover_image_id)
    # As for a draft written in the admin, never live yet: no rendition anywhere.
    renditions.delete()
    caches["default"].clear()
    draft = PracticeSheet.objects.get(pk=draft.pk)
    draft.save_revision().publish()
    assert set(renditions.values_list("filter_spec", flat=True)) == set(public_filter_specs())


def test_a_missing_original_does_not_stop_the_publication(sections):
    sheet = PracticeSheetFactory(parent=sections.sheets, publish=False)
    sheet.cover_image.file.storage.delete(sheet.cover_image.file.name)
    sheet.save_revision().publish()  # no SourceImageIOError
    sheet.refresh_from_db()
    assert sheet.live


def test_every_cover_image_size_in_the_templates_is_made_on_publication():
    """A size written in a template but not declared would be made on a visit again."""
    declared = set(public_filter_specs())
    found = []
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        for match in PAGE_IMAGE_TAG.finditer(template.read_text()):
            pattern = " ".join(match.group(1).split())
            found.append(pattern)
            missing = set(Filter.expand_spec(pattern)) - declared
            assert not missing, f"{template.name}: {pattern} ({missing}) not in PUBLIC_IMAGE_SPECS"
    assert len(found) >= len(PUBLIC_IMAGE_SPECS) - 1
    assert set(Filter.expand_spec(SHARE_IMAGE_SPEC)) <= declared
