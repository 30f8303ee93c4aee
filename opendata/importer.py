"""Writing checked resources into their sections, all or nothing.

Every resource goes into the single section of its type (created under the home
page when missing). A resource whose slug already exists in that section is
updated, so importing the same file twice changes nothing. One error anywhere
and the whole import is rolled back; a dry run is rolled back in any case.
"""

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, PageLogEntry, Revision, Site
from wagtail.search import index

from commons.models import Author

from .exchange_format import (
    AUTHOR_FIELDS,
    COMMON_MODEL_FIELDS,
    MAX_FILE_BYTES,
    ExchangeFileError,
    flatten_messages,
    parse_exchange_files,
)
from .exchange_values import MediaCollector, own_fields, resolve_media
from .records import exchange_record, site_base_url
from .resource_types import RESOURCE_TYPES

MAX_IMAGE_BYTES = 10 * 1024 * 1024


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    dry_run: bool = False

    @property
    def total(self):
        return len(self.created) + len(self.updated) + len(self.unchanged)


@dataclass
class ExchangeSource:
    """One file to import: its name in messages, its bytes, where its media paths start."""

    name: str
    content: bytes | str
    base_dir: Path | None = None


class MediaStore:
    """Images and documents of the import, created once each, found again by content.

    Paths are relative to the file that names them and must stay inside ``root``
    (the folder given to the command). Files written by an import that is rolled
    back are deleted with it.
    """

    def __init__(self, root=None, collection_name=None):
        self.root = Path(root).resolve() if root else None
        self.collection_name = collection_name
        self.objects = {}
        self.written = []
        self._collection = None

    def collection(self):
        if self._collection is None:
            root = Collection.get_first_root_node()
            if self.collection_name:
                found = root.get_children().filter(name=self.collection_name).first()
                self._collection = found or root.add_child(name=self.collection_name)
            else:
                self._collection = root
        return self._collection

    def read(self, ref, base_dir):
        where = f"fichier « {ref.path} »"
        if self.root is None or base_dir is None or PurePosixPath(ref.path).is_absolute():
            raise ValidationError(f"{where} : chemin relatif au fichier importé attendu")
        path = (Path(base_dir) / ref.path).resolve()
        if not path.is_relative_to(self.root):
            raise ValidationError(f"{where} : en dehors du dossier importé")
        if not path.is_file():
            raise ValidationError(f"{where} : introuvable")
        limit = MAX_IMAGE_BYTES if ref.kind == "image" else MAX_FILE_BYTES
        if path.stat().st_size > limit:
            raise ValidationError(f"{where} : trop gros ({limit // 2**20} Mo au plus)")
        return path.name, path.read_bytes()

    def get(self, ref, base_dir):
        name, content = self.read(ref, base_dir)
        file_hash = hashlib.sha1(content).hexdigest()
        key = (ref, file_hash)
        if key in self.objects:
            return self.objects[key]
        if ref.kind == "image":
            model, extra = get_image_model(), {"description": ref.description}
        else:
            model, extra = get_document_model(), {}
        candidates = model.objects.filter(file_hash=file_hash, title=ref.title, **extra)
        # The same file under the same name first: an export then names it alike.
        found = next(
            (c for c in candidates if PurePosixPath(c.file.name).name == name),
            candidates.order_by("pk").first(),
        )
        if found is None:
            found = self.create(model, ref, name, content, extra)
        self.objects[key] = found
        return found

    def create(self, model, ref, name, content, extra):
        if ref.kind == "image":
            try:
                with PillowImage.open(io.BytesIO(content)) as image:
                    image.verify()
            except Exception:  # Pillow raises many kinds of error for a broken file
                raise ValidationError(f"fichier « {ref.path} » : image illisible") from None
            upload = ImageFile(ContentFile(content), name=name)
        else:
            upload = ContentFile(content, name=name)
        obj = model(title=ref.title, collection=self.collection(), file=upload, **extra)
        if ref.kind == "image":
            obj._set_image_file_metadata()
        else:
            obj._set_document_file_metadata()
        obj.save()
        self.written.append((obj.file.storage, obj.file.name))
        return obj

    def discard_written_files(self):
        for storage, name in self.written:
            storage.delete(name)
        self.written.clear()


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


def write_author(data, media):
    """Create or update one profile; an identical profile is left untouched."""
    author = Author.objects.filter(name__iexact=data.name).order_by("pk").first()
    author = author or Author(name=data.name)
    changed = author.pk is None
    for name in AUTHOR_FIELDS:
        if name == "slug" and "slug" not in data.values:
            continue
        value = data.values.get(name, None if name == "photo" else "")
        if name == "photo" and value is not None:
            value = media_for(media, value, data.base_dir, "photo")
        if getattr(author, name) != value:
            setattr(author, name, value)
            changed = True
    if changed:
        author.full_clean(exclude=["user", "photo"])
        author.save()
    return author


def level_fields(model, level):
    """Recipes derive their level from their difficulty: set the difficulty too."""
    difficulty_to_level = getattr(model, "DIFFICULTY_TO_LEVEL", None)
    if difficulty_to_level is None:
        return {"level": level}
    by_level = {value: key for key, value in difficulty_to_level.items()}
    return {"difficulty": by_level[level], "level": level} if level else {}


def media_for(media, ref, base_dir, name):
    """The image or document of ``ref``; errors name the field that refers to it."""
    try:
        return media.get(ref, base_dir)
    except ValidationError as error:
        raise ValidationError({name: error.messages}) from None


def stream_value(page, name, raw, media, base_dir):
    """The StreamValue of ``raw``, every block checked as the admin would."""
    try:
        raw = resolve_media(raw, lambda ref: media.get(ref, base_dir))
    except ValidationError as error:
        raise ValidationError({name: error.messages}) from None
    stream_block = page._meta.get_field(name).stream_block
    value = stream_block.to_python(raw)
    errors = []
    for position, child in enumerate(value, start=1):
        try:
            child.block.clean(child.value)
        except ValidationError as error:
            errors += [
                f"bloc {position} ({child.block.label}) : {message}"
                for message in flatten_messages(error)
            ]
    if errors:
        raise ValidationError({name: errors})
    return value


def related_objects(model_field, names):
    model = model_field.related_model
    key = "slug" if any(f.name == "slug" for f in model._meta.fields) else "code"
    found = []
    for name in names:
        obj = model.objects.filter(**{key: name}).first()
        if obj is None and any(f.name == "label" for f in model._meta.fields):
            obj = model.objects.filter(label__iexact=name).first()
        if obj is None:
            raise ValidationError({model_field.name: f"valeur inconnue « {name} »"})
        found.append(obj)
    return found


def fill_own_fields(page, resource, media):
    for model_field in own_fields(type(page), COMMON_MODEL_FIELDS):
        name = model_field.name
        value = resource.own.get(name)
        if model_field.many_to_many:
            getattr(page, name).set(related_objects(model_field, value or []))
        elif value is None:
            setattr(page, name, model_field.get_default())
        elif hasattr(model_field, "stream_block"):
            setattr(page, name, stream_value(page, name, value, media, resource.base_dir))
        elif model_field.is_relation:
            setattr(page, name, media_for(media, value, resource.base_dir, name))
        else:
            setattr(page, name, value)


def fill_page(page, resource, media):
    page.title = resource.title
    page.draft_title = resource.title
    page.slug = resource.slug
    page.summary = resource.summary
    page.body = stream_value(page, "body", resource.body, media, resource.base_dir)
    if resource.licence is not None:
        page.licence = resource.licence
    for name, value in level_fields(type(page), resource.level).items():
        setattr(page, name, value)
    page.commune = resource.commune
    page.departement = resource.departement
    page.duration_minutes = resource.duration_minutes
    page.seo_title = resource.seo_title
    page.search_description = resource.search_description
    cover = resource.cover_image
    page.cover_image = media_for(media, cover, resource.base_dir, "cover_image") if cover else None
    page.themes.set(resource.themes)
    page.audiences.set(resource.audiences)
    page.authors.set(authors_named(resource.authors))
    page.pix_competences.set(resource.pix_competences)
    page.tags.set(resource.tags)
    fill_own_fields(page, resource, media)
    if resource.first_published:
        page.first_published_at = resource.first_published
    if resource.last_updated:
        page.last_published_at = resource.last_updated


def comparable(page):
    """What an export would say of the page, the informative address aside."""
    record = exchange_record(page, MediaCollector(), site_base_url(page))
    record.pop("url", None)
    return record


def date_back(page, revision, resource):
    """Give the page the dates of the file, on the page, its revision and its history."""
    first = resource.first_published or page.first_published_at
    last = resource.last_updated or first
    if resource.first_published is None and resource.last_updated is None:
        return
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=first, last_published_at=last, latest_revision_created_at=last
    )
    Revision.objects.filter(pk=revision.pk).update(created_at=last)
    PageLogEntry.objects.filter(page_id=page.pk, revision=revision).update(timestamp=last)


def write_resource(resource, media=None):
    """Create or update the page of ``resource``; ``(page, "created"|"updated"|"unchanged")``."""
    media = media or MediaStore()
    model = resource.resource_type.model
    section = section_for(resource.resource_type)
    existing = section.get_children().filter(slug=resource.slug).first()
    if existing is None:
        page, before = model(live=False), None
    else:
        page = existing.specific
        if not isinstance(page, model):
            raise ValidationError({"slug": "une autre page de la rubrique porte déjà ce slug"})
        before = comparable(page)
    fill_page(page, resource, media)
    if before is not None and page.live == resource.published and comparable(page) == before:
        return page, "unchanged"
    if existing is None:
        section.add_child(instance=page)
    revision = page.save_revision()
    if resource.published:
        revision.publish()
        date_back(page, revision, resource)
        page.refresh_from_db()
        index.insert_or_update_object(page)
    elif page.live:
        page.unpublish()
    return page, "created" if existing is None else "updated"


def validation_messages(resource, error):
    if hasattr(error, "message_dict"):
        return [
            f"{resource.label} : {name} : {message}"
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return [f"{resource.label} : ressource : {message}" for message in error.messages]


def import_exchange(sources, dry_run=False, root=None, collection_name=None):
    """Import exchange files (``ExchangeSource``), all or nothing.

    ``ExchangeFileError`` lists everything that is wrong; nothing is then written.
    """
    data = parse_exchange_files([(source.name, source.content) for source in sources])
    base_dirs = {source.name: source.base_dir for source in sources}
    for item in data.authors + data.resources:
        item.base_dir = base_dirs[item.source] if item.source else sources[0].base_dir
    report = ImportReport(dry_run=dry_run)
    media = MediaStore(root, collection_name)
    errors = []
    with transaction.atomic():
        for author in data.authors:
            try:
                with transaction.atomic():
                    write_author(author, media)
            except ValidationError as error:
                media.objects.clear()
                prefix = f"{author.source} : " if author.source else ""
                label = f"{prefix}auteur {author.number} ({author.name})"
                errors += [
                    f"{label} : {name} : {message}"
                    for name, messages in error.message_dict.items()
                    for message in messages
                ]
        for resource in data.resources:
            try:
                with transaction.atomic():
                    page, status = write_resource(resource, media)
            except ValidationError as error:
                errors.extend(validation_messages(resource, error))
                # Files created for this resource went with its savepoint.
                media.objects.clear()
                continue
            getattr(report, status).append(page)
        if errors or dry_run:
            transaction.set_rollback(True)
    if errors or dry_run:
        media.discard_written_files()
    if errors:
        raise ExchangeFileError(errors)
    return report


def import_resources(content, dry_run=False, base_dir=None, collection_name=None):
    """Import one exchange file (bytes or text); ``ExchangeFileError`` lists what is wrong.

    Media paths are read relative to ``base_dir``, which they must not leave.
    """
    source = ExchangeSource("", content, Path(base_dir) if base_dir else None)
    return import_exchange([source], dry_run, base_dir, collection_name)
