"""The resource types as open data sees them: exchange name, models, section, extra content.

Per-type differences of the import, the export, the feeds and the Markdown
documents are all read from this one table.
"""

from dataclasses import dataclass

from practices.models import (
    PracticeSheet,
    PracticeSheetIndexPage,
    ProjectRecipe,
    ProjectRecipeIndexPage,
    WorkshopMaterial,
    WorkshopMaterialIndexPage,
)


@dataclass(frozen=True)
class ResourceType:
    key: str  # name in the exchange format ("sheet"…)
    model: type
    index_model: type
    section_title: str
    section_slug: str
    # Fields besides the body written as sections of the Markdown documents.
    extra_sections: tuple = ()


RESOURCE_TYPES = (
    ResourceType(
        "sheet", PracticeSheet, PracticeSheetIndexPage, "Fiches pratiques", "fiches-pratiques"
    ),
    ResourceType(
        "recipe",
        ProjectRecipe,
        ProjectRecipeIndexPage,
        "Recettes de projets",
        "recettes",
        extra_sections=(
            "context",
            "partners",
            "ingredients",
            "tools",
            "steps",
            "facilitators",
            "obstacles",
            "results",
            "testimonies",
            "variants",
        ),
    ),
    ResourceType(
        "workshop",
        WorkshopMaterial,
        WorkshopMaterialIndexPage,
        "Ateliers",
        "ateliers",
        extra_sections=("objectives", "prerequisites", "run_through", "handouts", "variants"),
    ),
)
BY_KEY = {resource_type.key: resource_type for resource_type in RESOURCE_TYPES}
BY_MODEL = {resource_type.model: resource_type for resource_type in RESOURCE_TYPES}


def resource_type_for_name(name):
    """The type named by its exchange key ("sheet") or its site slug ("fiche")."""
    if name in BY_KEY:
        return BY_KEY[name]
    return next((t for t in RESOURCE_TYPES if t.model.type_slug == name), None)


def resource_type_of(page):
    return BY_MODEL.get(page.specific_class)
