"""Load the demonstration content of Communs from the data modules of this package.

The data (``sheets.SHEETS``, ``recipes.RECIPES``, ``workshops.WORKSHOPS``,
``authors.AUTHORS``) is plain Python. One generic function turns any resource
dict into a published page: common keys are handled once, type-specific keys
are converted according to the model field they fill.

Every object is matched by a stable key (page slug under its section, author
name, username, file hash of a generated document) so a second run creates
nothing. Everything is validated before anything is written; the caller wraps
the load in a transaction.
"""

import importlib
import re
from collections import defaultdict
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db import models
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.blocks import StreamBlockValidationError
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry, ReferenceIndex, Revision, Site
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from commons.models import Audience, Author, Equipment, Licence, PixCompetence, Theme
from practices.models import (
    PracticeSheet,
    PracticeSheetIndexPage,
    ProjectRecipe,
    ProjectRecipeIndexPage,
    ResourcePage,
    WorkshopMaterial,
    WorkshopMaterialIndexPage,
)

from . import media

COLLECTION_NAME = "Démo"
LEVELS = {"debutant", "intermediaire", "avance"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DOCUMENT_EXTENSIONS = {"pdf", "txt", "md"}

# Keys every resource may carry; the rest must match a field of the model.
COMMON_KEYS = {
    "slug",
    "title",
    "summary",
    "themes",
    "audiences",
    "tags",
    "authors",
    "licence",
    "level",
    "duration_minutes",
    "published_days_ago",
    "commune",
    "departement",
    "pix",
    "body",
    "documents",
}
REQUIRED_KEYS = {"slug", "title", "summary", "themes", "authors", "licence", "published_days_ago"}


@dataclass
class Section:
    """One resource type: its data module, its model and its section page."""

    key: str
    module: str
    attribute: str
    model: type
    index_model: type
    index_title: str
    index_slug: str
    intro: str
    label_plural: str
    extra_keys: set = field(default_factory=set)


SECTIONS = [
    Section(
        key="fiche",
        module="home.demo.sheets",
        attribute="SHEETS",
        model=PracticeSheet,
        index_model=PracticeSheetIndexPage,
        index_title="Fiches pratiques",
        index_slug="fiches-pratiques",
        intro=(
            "<p>Des savoir-faire éprouvés sur le terrain, à appliquer dès demain : "
            "accompagner une démarche en ligne, sécuriser un compte, accueillir un public "
            "allophone, parler d'intelligence artificielle sans jargon… Chaque fiche dit "
            "pour qui, en combien de temps, et comment s'y prendre pas à pas.</p>"
        ),
        label_plural="fiches pratiques",
        extra_keys={"last_reviewed_days_ago"},
    ),
    Section(
        key="recette",
        module="home.demo.recipes",
        attribute="RECIPES",
        model=ProjectRecipe,
        index_model=ProjectRecipeIndexPage,
        index_title="Recettes de projets",
        index_slug="recettes",
        intro=(
            "<p>Comment un projet de médiation numérique a été monté, avec qui, avec quels "
            "moyens, ce qui a aidé et ce qui a freiné : tout ce qu'il faut à un autre "
            "territoire pour le refaire, en l'adaptant.</p>"
        ),
        label_plural="recettes de projets",
    ),
    Section(
        key="atelier",
        module="home.demo.workshops",
        attribute="WORKSHOPS",
        model=WorkshopMaterial,
        index_model=WorkshopMaterialIndexPage,
        index_title="Ateliers",
        index_slug="ateliers",
        intro=(
            "<p>Des ateliers prêts à animer : objectifs, déroulé minuté, matériel, "
            "supports à imprimer et variantes pour adapter la séance à votre public.</p>"
        ),
        label_plural="ateliers",
    ),
]

# Demo accounts: LOCAL USE ONLY, documented as such in the README.
DEMO_ACCOUNTS = [
    {
        "username": "admin",
        "password": "communs-admin",
        "email": "admin@example.org",
        "first_name": "Alex",
        "last_name": "Administration",
        "superuser": True,
        "group": None,
        "label": "Administration",
    },
    {
        "username": "moderatrice",
        "password": "communs-moderation",
        "email": "moderatrice@example.org",
        "first_name": "Morgane",
        "last_name": "Modération",
        "superuser": False,
        "group": "Modérateurs",
        "label": "Modération",
    },
    {
        "username": "contributeur",
        "password": "communs-contribution",
        "email": "contributeur@example.org",
        "first_name": "Camille",
        "last_name": "Contribution",
        "superuser": False,
        "group": "Contributeurs",
        "label": "Contribution",
    },
]


def load_section_data(section):
    """The list of resource dicts of a section; empty when its module is not written yet."""
    try:
        module = importlib.import_module(section.module)
    except ModuleNotFoundError as error:
        if error.name == section.module:
            return []
        raise
    except (SyntaxError, ImportError, NameError) as error:
        path = section.module.replace(".", "/") + ".py"
        raise DataError(
            f"Le fichier de données « {path} » ne peut pas être lu : {error}"
        ) from error
    return list(getattr(module, section.attribute, []))


def load_authors_data():
    from . import authors

    return list(authors.AUTHORS), getattr(authors, "CONTRIBUTOR_AUTHOR", None)


class DataError(CommandError):
    pass


def fail(resource, field_name, message):
    raise DataError(f"Contenu de démonstration « {resource} », champ « {field_name} » : {message}")


@dataclass
class Report:
    created: dict = field(default_factory=dict)
    totals: dict = field(default_factory=dict)

    def count(self, key, n=1):
        self.created[key] = self.created.get(key, 0) + n


class DemoLoader:
    """Validates then loads the demo data. Call ``load()`` inside a transaction."""

    def __init__(self, sections=None, authors=None, contributor_author=None, stdout=None):
        if authors is None:
            authors, contributor_author = load_authors_data()
        self.authors_data = authors
        self.contributor_author = contributor_author
        self.data = {
            section.key: (load_section_data(section) if sections is None else sections[section.key])
            for section in SECTIONS
        }
        self.report = Report()
        self.documents_data = {}
        self.documents = {}
        self.now = timezone.now()

    # Validation --------------------------------------------------------------

    def validate(self):
        """Check every reference before writing anything; raise a French CommandError."""
        self.themes = {t.label: t for t in Theme.objects.all()}
        self.audiences = {a.label: a for a in Audience.objects.all()}
        self.licences = {lic.slug: lic for lic in Licence.objects.all()}
        self.equipment = {e.label: e for e in Equipment.objects.all()}
        self.pix = {p.code: p for p in PixCompetence.objects.all()}
        author_names = set()
        for position, author in enumerate(self.authors_data):
            name = author.get("name") or f"auteur n° {position + 1}"
            if not author.get("name"):
                fail(name, "name", "le nom est obligatoire.")
            if name in author_names:
                fail(name, "name", "cet auteur est défini deux fois.")
            author_names.add(name)
        if self.contributor_author and self.contributor_author not in author_names:
            fail(self.contributor_author, "CONTRIBUTOR_AUTHOR", "auteur inconnu.")
        self.author_names = author_names

        # Documents first: any resource may reference a document declared by another.
        for section in SECTIONS:
            for item in self.data[section.key]:
                for document in item.get("documents", []):
                    self._validate_document(item.get("slug", "?"), document)

        for section in SECTIONS:
            seen = set()
            for item in self.data[section.key]:
                name = item.get("slug") or item.get("title") or "?"
                self._validate_resource(section, item, name)
                if item["slug"] in seen:
                    fail(
                        name,
                        "slug",
                        f"le slug est utilisé deux fois dans les {section.index_title.lower()}.",
                    )
                seen.add(item["slug"])

    def _validate_document(self, resource, document):
        slug = document.get("slug", "")
        if not SLUG_RE.match(slug):
            fail(resource, "documents", f"slug de document invalide : « {slug} ».")
        if slug in self.documents_data:
            fail(resource, "documents", f"le document « {slug} » est défini deux fois.")
        for key in ("title", "filename", "lines"):
            if not document.get(key):
                fail(resource, "documents", f"le document « {slug} » n'a pas de « {key} ».")
        extension = document["filename"].rsplit(".", 1)[-1].lower()
        if extension not in DOCUMENT_EXTENSIONS:
            fail(resource, "documents", f"extension non prise en charge : « {extension} ».")
        self.documents_data[slug] = document

    def _validate_resource(self, section, item, name):
        missing = REQUIRED_KEYS - item.keys()
        if missing:
            fail(name, ", ".join(sorted(missing)), "valeur obligatoire absente.")
        unknown = item.keys() - COMMON_KEYS - section.extra_keys - self._model_keys(section)
        if unknown:
            fail(name, ", ".join(sorted(unknown)), "clé inconnue pour ce type de ressource.")
        if not SLUG_RE.match(item["slug"]):
            fail(name, "slug", "le slug ne doit contenir que des minuscules, chiffres et tirets.")
        if len(item["summary"]) > 300:
            fail(name, "summary", f"le résumé dépasse 300 caractères ({len(item['summary'])}).")
        self._check_labels(name, "themes", item["themes"], self.themes, required=True)
        self._check_labels(name, "audiences", item.get("audiences", []), self.audiences)
        self._check_labels(name, "authors", item["authors"], self.author_names, required=True)
        self._check_labels(name, "pix", item.get("pix", []), self.pix)
        if "equipment" in item:
            self._check_labels(name, "equipment", item["equipment"], self.equipment)
        if item["licence"] not in self.licences:
            fail(name, "licence", f"licence inconnue : « {item['licence']} ».")
        if "level" in item and item["level"] not in LEVELS:
            fail(name, "level", f"niveau inconnu : « {item['level']} ».")
        for key in ("published_days_ago", "last_reviewed_days_ago"):
            if key in item and not (isinstance(item[key], int) and 0 <= item[key] <= 3650):
                fail(name, key, "un nombre de jours entre 0 et 3650 est attendu.")
        for block_type, value in item.get("body", []):
            if block_type == "document":
                self._check_document(name, "body", value.get("document"))
        for handout in item.get("handouts", []):
            self._check_document(name, "handouts", handout.get("document"))
        for key in ("period_start", "period_end"):
            if key in item:
                try:
                    date.fromisoformat(item[key])
                except (TypeError, ValueError):
                    fail(name, key, f"date invalide : « {item[key]} » (format AAAA-MM-JJ).")

    def _model_keys(self, section):
        return {f.name for f in section.model._meta.get_fields()}

    def _check_labels(self, name, field_name, values, known, required=False):
        if required and not values:
            fail(name, field_name, "au moins une valeur est attendue.")
        for value in values:
            if value not in known:
                fail(name, field_name, f"valeur inconnue : « {value} ».")

    def _check_document(self, name, field_name, slug):
        if slug not in self.documents_data:
            fail(name, field_name, f"document inconnu : « {slug} ».")

    # Loading -----------------------------------------------------------------

    def load(self):
        self.validate()
        # Pages are saved several times while created and published: index each object
        # once at the end instead of at every save (most of the run time otherwise).
        self.created_objects = []
        resource_index = _resource_search_index()
        with (
            deferred_search_indexing(),
            disable_reference_index_auto_update(),
            resource_index.paused() if resource_index else nullcontext(),
        ):
            self._load()
        index_in_bulk(self.created_objects)
        for obj in self.created_objects:
            ReferenceIndex.create_or_update_for_object(obj)
        if resource_index:
            resource_index.index_pages(
                [obj for obj in self.created_objects if isinstance(obj, ResourcePage)]
            )
        self._totals()
        return self.report

    def _load(self):
        self.home = self._home_page()
        self._ensure_site()
        self.collection = self._collection()
        self.author_objects = self._authors()
        self._accounts()
        for section in SECTIONS:
            index_page = self._section_page(section)
            for item in self.data[section.key]:
                self.create_resource(section, index_page, item)

    def _home_page(self):
        from home.models import HomePage

        home = HomePage.objects.first()
        if home is None:
            raise CommandError(
                "La page d'accueil est absente : lancez d'abord « manage.py migrate »."
            )
        return home

    def _ensure_site(self):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=self.home,
                is_default_site=True,
                site_name="Communs",
            )
            return
        wanted = {
            "hostname": "localhost",
            "port": 80,
            "root_page_id": self.home.pk,
            "is_default_site": True,
        }
        if any(getattr(site, k) != v for k, v in wanted.items()):
            Site.objects.exclude(pk=site.pk).filter(is_default_site=True).update(
                is_default_site=False
            )
            for key, value in wanted.items():
                setattr(site, key, value)
            site.site_name = site.site_name or "Communs"
            site.save()

    def _collection(self):
        collection = Collection.objects.filter(name=COLLECTION_NAME).first()
        if collection is None:
            collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
        return collection

    def _publish(self, page, days_ago):
        """Publish with one revision, then date the page back ``days_ago`` days."""
        revision = page.save_revision()
        revision.publish()
        when = self.now - timedelta(days=days_ago)
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=when, last_published_at=when, latest_revision_created_at=when
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=when)
        PageLogEntry.objects.filter(page_id=page.pk).update(timestamp=when)

    def _section_page(self, section):
        existing = section.index_model.objects.child_of(self.home).first()
        if existing:
            return existing
        page = section.index_model(
            title=section.index_title,
            slug=section.index_slug,
            intro=section.intro,
            show_in_menus=True,
        )
        self.home.add_child(instance=page)
        self._publish(page, 730)
        self.created_objects.append(page)
        self.report.count("sections")
        return page

    def _image(self, title, content, filename):
        image = get_image_model()(
            title=title,
            collection=self.collection,
            file=ImageFile(ContentFile(content), name=filename),
        )
        image._set_image_file_metadata()
        image.save()
        self.created_objects.append(image)
        self.report.count("images")
        return image

    def _authors(self):
        objects = {}
        for data in self.authors_data:
            author = Author.objects.filter(name=data["name"]).first()
            if author is None:
                author = Author(
                    name=data["name"],
                    organisation=data.get("organisation", ""),
                    role=data.get("role", ""),
                    territory=data.get("territory", ""),
                    bio=data.get("bio", ""),
                )
                author.save()
                author.photo = self._image(
                    f"Portrait de {author.name}",
                    media.portrait_image(author.name),
                    f"portrait-{author.slug}.jpg",
                )
                author.save(update_fields=["photo"])
                self.created_objects.append(author)
                self.report.count("authors")
            objects[data["name"]] = author
        return objects

    def _accounts(self):
        for account in DEMO_ACCOUNTS:
            user = User.objects.filter(username=account["username"]).first()
            if user is None:
                user = User(
                    username=account["username"],
                    email=account["email"],
                    first_name=account["first_name"],
                    last_name=account["last_name"],
                    is_staff=True,
                    is_superuser=account["superuser"],
                )
                user.set_password(account["password"])
                user.save()
                self.report.count("accounts")
            if account["group"]:
                # Permissions are given to these groups by a data migration; never touched here.
                group, _ = Group.objects.get_or_create(name=account["group"])
                if not user.groups.filter(pk=group.pk).exists():
                    user.groups.add(group)
        contributor = User.objects.get(username="contributeur")
        if self.contributor_author and not Author.objects.filter(user=contributor).exists():
            author = self.author_objects[self.contributor_author]
            if author.user_id is None:
                author.user = contributor
                author.save(update_fields=["user"])

    def document(self, slug):
        """The Wagtail document generated for a data slug, matched by its content hash."""
        if slug in self.documents:
            return self.documents[slug]
        data = self.documents_data[slug]
        if data["filename"].lower().endswith(".pdf"):
            content = media.pdf_document(data["title"], data["lines"])
        else:
            content = media.text_document(data["title"], data["lines"])
        Document = get_document_model()
        document = Document(
            title=data["title"],
            collection=self.collection,
            file=ContentFile(content, name=data["filename"]),
        )
        document._set_document_file_metadata()
        existing = Document.objects.filter(
            collection=self.collection, file_hash=document.file_hash
        ).first()
        if existing:
            document = existing
        else:
            document.save()
            self.created_objects.append(document)
            self.report.count("documents")
        self.documents[slug] = document
        return document

    # The generic resource builder ---------------------------------------------

    def create_resource(self, section, index_page, item):
        """Create and publish one resource of any type from its dict; skip existing slugs."""
        model = section.model
        if model.objects.child_of(index_page).filter(slug=item["slug"]).exists():
            return None
        name = item["slug"]
        page = model(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            licence=self.licences[item["licence"]],
            level=item.get("level", ""),
            duration_minutes=item.get("duration_minutes"),
            commune=item.get("commune", ""),
            departement=item.get("departement", ""),
        )
        page.body = self._stream(page, "body", self._body(item.get("body", [])), name)
        if "last_reviewed_days_ago" in item:
            page.last_reviewed = (self.now - timedelta(days=item["last_reviewed_days_ago"])).date()
        for key, value in item.items():
            if key not in COMMON_KEYS and key not in section.extra_keys:
                self._set_field(page, key, value, name)
        page.themes.set([self.themes[label] for label in item["themes"]])
        page.audiences.set([self.audiences[label] for label in item.get("audiences", [])])
        page.authors.set([self.author_objects[n] for n in item["authors"]])
        page.pix_competences.set([self.pix[code] for code in item.get("pix", [])])
        page.tags.add(*item.get("tags", []))
        page.cover_image = self._image(
            f"Illustration : {item['title']}"[:255],
            media.cover_image(item["slug"], section.key),
            f"couverture-{item['slug']}.jpg"[:100],
        )
        try:
            index_page.add_child(instance=page)
        except ValidationError as error:
            fields = ", ".join(getattr(error, "message_dict", {}) or ["?"])
            fail(name, fields, "; ".join(error.messages))
        self._publish(page, item["published_days_ago"])
        self.created_objects.append(page)
        self.report.count(section.key)
        return page

    def _set_field(self, page, key, value, name):
        model_field = page._meta.get_field(key)
        if isinstance(model_field, StreamField):
            value = self._stream(page, key, self._list_stream(model_field, key, value), name)
        elif isinstance(model_field, models.DateField):
            value = date.fromisoformat(value)
        elif key == "equipment":
            page.equipment.set([self.equipment[label] for label in value])
            return
        elif isinstance(model_field, RichTextField | models.CharField | models.TextField):
            value = value or ""
        setattr(page, key, value)

    def _body(self, blocks):
        raw = []
        for block_type, value in blocks:
            if block_type == "document":
                value = {**value, "document": self.document(value["document"]).pk}
            raw.append({"type": block_type, "value": value})
        return raw

    def _list_stream(self, model_field, key, values):
        """A StreamField holding one kind of block: each value becomes one block."""
        (block_type,) = model_field.stream_block.child_blocks.keys()
        raw = []
        for value in values:
            if key == "handouts":
                value = {**value, "document": self.document(value["document"]).pk}
            raw.append({"type": block_type, "value": value})
        return raw

    def _stream(self, page, key, raw, name):
        stream_block = page._meta.get_field(key).stream_block
        try:
            value = stream_block.to_python(raw)
            stream_block.clean(value)
        except StreamBlockValidationError as error:
            fail(name, key, f"contenu invalide ({_describe(error)}).")
        except (KeyError, TypeError, ValueError) as error:
            fail(name, key, f"contenu mal formé ({error}).")
        return value

    def _totals(self):
        totals = {section.key: section.model.objects.count() for section in SECTIONS}
        totals["resources"] = sum(totals.values())
        totals["authors"] = Author.objects.count()
        totals["images"] = get_image_model().objects.filter(collection=self.collection).count()
        totals["documents"] = (
            get_document_model().objects.filter(collection=self.collection).count()
        )
        totals["pages"] = Page.objects.count()
        self.report.totals = totals


def _resource_search_index():
    """The site's own resource search index (``search.indexing``), when installed."""
    try:
        from search import indexing
    except ImportError:
        return None
    if hasattr(indexing, "paused") and hasattr(indexing, "index_pages"):
        return indexing
    return None


def index_in_bulk(objects):
    """Add objects to Wagtail's search backends, one batch per model."""
    by_model = defaultdict(list)
    for obj in objects:
        indexed = index.get_indexed_instance(obj, check_exists=False)
        if indexed is not None:
            by_model[type(indexed)].append(indexed)
    for backend in get_search_backends(with_auto_update=True):
        for model, batch in by_model.items():
            backend.add_bulk(model, batch)


@contextmanager
def deferred_search_indexing():
    """Disconnect the search index's post-save handlers; the caller indexes afterwards."""
    from modelsearch.signal_handlers import post_save_signal_handler

    senders = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for sender in senders:
        post_save.disconnect(post_save_signal_handler, sender=sender)
    try:
        yield
    finally:
        for sender in senders:
            post_save.connect(post_save_signal_handler, sender=sender)


def _describe(error):
    """A short, readable form of a (nested) block validation error."""
    data = error.as_json_data()
    return str(data)[:300]


def summary_lines(report):
    t, c = report.totals, report.created
    sections = ", ".join(f"{t[s.key]} {s.label_plural}" for s in SECTIONS)
    created = sum(c.get(s.key, 0) for s in SECTIONS)
    lines = [
        f"{t['resources']} ressources ({sections}), {t['authors']} auteurs, "
        f"{t['images']} images et {t['documents']} documents de démonstration.",
    ]
    if created or c:
        lines.append(
            f"Créés à l'instant : {created} ressources, {c.get('authors', 0)} auteurs, "
            f"{c.get('images', 0)} images, {c.get('documents', 0)} documents, "
            f"{c.get('accounts', 0)} comptes."
        )
    else:
        lines.append("Tout était déjà en place : rien n'a été modifié.")
    return lines
