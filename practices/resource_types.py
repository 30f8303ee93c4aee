"""Each resource type declared once, on its model.

A resource model declares what the rest of the site needs to know of its type::

    class PracticeSheet(ResourcePage):
        resource_type = ResourceType(key="sheet", slug="fiche", label=_("Fiche pratique"), …)

and every other place (open data, the API, search, the home page, the courses, the
tests) reads ``resource_types.all()`` or one of the look-ups below instead of a list of
its own. Adding a type is one model with its declaration, its section page and
template, and its factory.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

_declared = []


@dataclass(frozen=True)
class ResourceType:
    """What makes a resource type, besides its fields."""

    # Name in the exchange format (import, export, Markdown): "sheet".
    key: str
    # Name on the site: search filter, API, CSS class of the badge: "fiche".
    slug: str
    # What the type is called on cards and pages: "Fiche pratique".
    label: str
    # Title and slug of the section page that lists the type.
    section_title: str
    section_slug: str
    # Heading of the latest resources of the type on the home page, and its link.
    latest_heading: str
    see_all_label: str
    # Fields every resource has that the API also shows for this type, after those all
    # types show and the type's own fields (``own_field_names``).
    api_shared_fields: tuple = ()
    # The type's own fields written, after the body, as sections of its Markdown document.
    extra_sections: tuple = ()
    # The model declaring the type, set when the model class is created.
    model: type = field(default=None, compare=False, repr=False)

    def contribute_to_class(self, cls, name):
        """Django hands the declaration its model: register the type and label the model."""
        object.__setattr__(self, "model", cls)
        setattr(cls, name, self)
        cls.type_slug = self.slug
        cls.type_label = self.label
        clashes = [t for t in _declared if t.key == self.key or t.slug == self.slug]
        if clashes:
            raise ImproperlyConfigured(
                f"{cls.__name__} declares the key or slug of {clashes[0].model.__name__}."
            )
        _declared.append(self)

    @property
    def index_model_label(self):
        """``"practices.PracticeSheetIndexPage"``: the section page model under which
        resources of the type are created (readable while the models load)."""
        return self.model.parent_page_types[0]

    @property
    def index_model(self):
        return apps.get_model(self.index_model_label)

    @property
    def own_field_names(self):
        """The fields the model adds to those every resource has, in declaration order."""
        meta = self.model._meta
        fields = [
            field
            for field in (*meta.local_fields, *meta.local_many_to_many)
            if not (field.remote_field and field.remote_field.parent_link)
        ]
        return tuple(field.name for field in sorted(fields, key=lambda f: f.creation_counter))

    @property
    def model_label(self):
        """``"practices.PracticeSheet"``, as Wagtail's page type lists name models."""
        return self.model._meta.label


def all():
    """Every resource type, in the order the models declare them."""
    from . import models  # noqa: F401 - the models declare the types when imported

    return tuple(_declared)


def by_key(key):
    """The type named ``key`` in the exchange format ("sheet"), or ``None``."""
    return next((t for t in all() if t.key == key), None)


def by_slug(slug):
    """The type named ``slug`` on the site ("fiche"), or ``None``."""
    return next((t for t in all() if t.slug == slug), None)


def of(page_or_model):
    """The type of a resource page (specific or not) or model, or ``None``."""
    model = page_or_model if isinstance(page_or_model, type) else page_or_model.specific_class
    return getattr(model, "resource_type", None)
