"""Factories for every page type and vocabulary of Communs.

Seeded vocabularies (themes, audiences, licences, PIX) are picked deterministically
from the rows the data migrations create; new rows are only made where the
vocabulary is free (authors, tags). Resource pages end up live, published, with a
revision, unless ``publish=False`` is passed (a draft, never live).
"""

import factory
import wagtail_factories
from wagtail.models import Page

from commons.factories import (  # noqa: F401  (re-exported while tests move to the apps)
    AudienceFactory,
    AuthorFactory,
    DocumentFactory,
    ImageFactory,
    PublishedPageFactory,
    ThemeFactory,
    body_data,
    licence,
    pick,
    root_collection,
    seeded_audiences,
    seeded_themes,
)
from home.models import HomePage
from practices.factories import (  # noqa: F401  (re-exported while tests move to the apps)
    INDEX_FACTORIES,
    RESOURCE_FACTORIES,
    RUN_THROUGH_DURATIONS,
    PracticeSheetFactory,
    PracticeSheetIndexPageFactory,
    ProjectRecipeFactory,
    ProjectRecipeIndexPageFactory,
    ResourcePageFactory,
    WorkshopMaterialFactory,
    WorkshopMaterialIndexPageFactory,
    ingredients_data,
    obstacles_data,
    recipe_steps_data,
    run_through_data,
)


def get_home_page():
    """The HomePage created by ``home/migrations/0002_create_homepage.py``."""
    return HomePage.objects.get()


class HomePageFactory(wagtail_factories.PageFactory):
    """The home page: the one the data migration created (``max_count = 1``)."""

    class Meta:
        model = HomePage
        django_get_or_create = ("slug", "parent")

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "Communs"
    slug = "accueil"
    hero_text = "Le commun des savoirs de la médiation numérique"
