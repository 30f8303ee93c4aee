"""Re-export of the apps' test factories, for the test files still importing them from here.

The factories live beside their app: ``commons/factories.py`` (vocabularies, authors,
media, published index pages), ``practices/factories.py`` (resources and their sections),
``home/factories.py``, ``courses/factories.py``, ``community/factories.py``. New tests
import them from there; this module goes once the search and open-data tests do too.
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
