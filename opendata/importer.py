"""Writing checked resources into their sections, all or nothing.

Every resource goes into the single section of its type (created under the home
page when missing). A resource whose slug already exists in that section is
updated, so importing the same file twice changes nothing. One error anywhere
and the whole import is rolled back; a dry run is rolled back in any case.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Site
from wagtail.search import index

from commons.models import Author

from .exchange_format import ExchangeFileError, parse_exchange_file
from .resource_types import RESOURCE_TYPES


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    dry_run: bool = False

    @property
    def total(self):
        return len(self.created) + len(self.updated)


def site_root():
    """Where sections live: beside an existing section, else the default site's root page.

    Found through Wagtail rather than the home app, which sits above open data.
    """
    for resource_type in RESOURCE_TYPES:
        section = resource_type.index_model.objects.first()
        if section is not None:
            return section.get_parent().specific
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_page.specific if site else None


def section_for(resource_type):
    """The section page of the type, created (published) under the home page if missing."""
    section = resource_type.index_model.objects.first()
    if section is not None:
        return section
    home = site_root()
    if home is None:
        raise ExchangeFileError(["site : aucune page d'accueil où créer les rubriques"])
    section = resource_type.index_model(
        title=resource_type.section_title, slug=resource_type.section_slug
    )
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


def authors_named(names):
    authors = []
    for name in names:
        author = Author.objects.filter(name__iexact=name).order_by("pk").first()
        authors.append(author or Author.objects.create(name=name))
    return authors


def level_fields(model, level):
    """Recipes derive their level from their difficulty: set the difficulty instead."""
    difficulty_to_level = getattr(model, "DIFFICULTY_TO_LEVEL", None)
    if difficulty_to_level is None:
        return {"level": level}
    by_level = {value: key for key, value in difficulty_to_level.items()}
    return {"difficulty": by_level[level]} if level else {}


def fill_page(page, resource):
    page.title = resource.title
    page.draft_title = resource.title
    page.slug = resource.slug
    page.summary = resource.summary
    page.body = resource.body
    if resource.licence is not None:
        page.licence = resource.licence
    for name, value in level_fields(type(page), resource.level).items():
        setattr(page, name, value)
    page.commune = resource.commune
    page.departement = resource.departement
    page.duration_minutes = resource.duration_minutes
    page.themes.set(resource.themes)
    page.audiences.set(resource.audiences)
    page.authors.set(authors_named(resource.authors))
    page.tags.set(resource.tags)


def write_resource(resource):
    """Create or update the page of ``resource``; returns ``(page, created)``."""
    model = resource.resource_type.model
    section = section_for(resource.resource_type)
    existing = section.get_children().filter(slug=resource.slug).first()
    created = existing is None
    if created:
        page = model(live=False)
        fill_page(page, resource)
        section.add_child(instance=page)
    else:
        page = existing.specific
        if not isinstance(page, model):
            raise ValidationError({"slug": "une autre page de la rubrique porte déjà ce slug"})
        fill_page(page, resource)
    revision = page.save_revision()
    if resource.published:
        revision.publish()
        page.refresh_from_db()
        index.insert_or_update_object(page)
    elif page.live:
        page.unpublish()
    return page, created


def validation_messages(resource, error):
    if hasattr(error, "message_dict"):
        return [
            f"{resource.label} : {name} : {message}"
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return [f"{resource.label} : ressource : {message}" for message in error.messages]


def import_resources(content, dry_run=False):
    """Import an exchange file (bytes or text); ``ExchangeFileError`` lists what is wrong."""
    resources = parse_exchange_file(content)
    report = ImportReport(dry_run=dry_run)
    errors = []
    with transaction.atomic():
        for resource in resources:
            try:
                with transaction.atomic():
                    page, created = write_resource(resource)
            except ValidationError as error:
                errors.extend(validation_messages(resource, error))
                continue
            (report.created if created else report.updated).append(page)
        if errors:
            transaction.set_rollback(True)
            raise ExchangeFileError(errors)
        if dry_run:
            transaction.set_rollback(True)
    return report
