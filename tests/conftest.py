"""Shared fixtures: the home page, the three sections, the default site, bulk resources."""

from types import SimpleNamespace

import pytest
from wagtail.models import Site

from home.factories import get_home_page
from practices.factories import (
    PracticeSheetFactory,
    PracticeSheetIndexPageFactory,
    ProjectRecipeFactory,
    ProjectRecipeIndexPageFactory,
    WorkshopMaterialFactory,
    WorkshopMaterialIndexPageFactory,
)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Every test starts with no rate-limit counter and no PDF render slot taken: they
    live in the "limits" cache, which outlives a test."""
    from django.core.cache import caches

    caches["limits"].clear()
    yield


@pytest.fixture
def home_page(db):
    """The HomePage created by the data migration (never created by a factory)."""
    return get_home_page()


@pytest.fixture
def site(home_page):
    """The default Site, rooted at the HomePage, answering for the test client's host."""
    site = Site.objects.get(is_default_site=True)
    if site.root_page_id != home_page.pk:
        site.root_page = home_page
        site.save()
    Site.clear_site_root_paths_cache()
    return site


@pytest.fixture
def sections(site, home_page):
    """The three section index pages, live under the home page."""
    return SimpleNamespace(
        sheets=PracticeSheetIndexPageFactory(parent=home_page),
        recipes=ProjectRecipeIndexPageFactory(parent=home_page),
        workshops=WorkshopMaterialIndexPageFactory(parent=home_page),
    )


def create_resources(sections, count, **kwargs):
    """``count`` published resources of each type; returns them by type."""
    return SimpleNamespace(
        sheets=[PracticeSheetFactory(parent=sections.sheets, **kwargs) for _ in range(count)],
        recipes=[ProjectRecipeFactory(parent=sections.recipes, **kwargs) for _ in range(count)],
        workshops=[
            WorkshopMaterialFactory(parent=sections.workshops, **kwargs) for _ in range(count)
        ],
    )


@pytest.fixture
def make_resources(sections):
    """``make_resources(n, **factory_kwargs)``: n published resources of each type."""

    def make(count, **kwargs):
        return create_resources(sections, count, **kwargs)

    return make
