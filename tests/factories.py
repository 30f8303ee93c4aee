"""Factories for every page type and vocabulary of Communs.

Seeded vocabularies (themes, audiences, licences, PIX) are picked deterministically
from the rows the data migrations create; new rows are only made where the
vocabulary is free (authors, tags). Resource pages end up live, published, with a
revision, unless ``publish=False`` is passed (a draft, never live).
"""

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
from home.factories import HomePageFactory, get_home_page  # noqa: F401
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
