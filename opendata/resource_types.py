"""The resource types as open data reads them: by exchange key, by model, by name.

The types are declared on their models (``practices.resource_types``); the import,
the export, the feeds and the Markdown documents look them up here.
"""

from practices import resource_types

RESOURCE_TYPES = resource_types.all()
BY_KEY = {resource_type.key: resource_type for resource_type in RESOURCE_TYPES}
BY_MODEL = {resource_type.model: resource_type for resource_type in RESOURCE_TYPES}


def resource_type_for_name(name):
    """The type named by its exchange key ("sheet") or its site slug ("fiche")."""
    return resource_types.by_key(name) or resource_types.by_slug(name)


def resource_type_of(page):
    return BY_MODEL.get(page.specific_class)
