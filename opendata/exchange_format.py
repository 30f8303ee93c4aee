"""Reading and checking a resource exchange file (see docs/import-format.md).

Nothing here writes to the database: ``parse_exchange_file`` turns the file into
``ResourceData`` objects or lists every problem it finds, in French, as
« ressource N (titre) : champ : message ».
"""

import json
from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db.models import Q
from django.utils.text import slugify

from commons.mixins import LevelMixin
from commons.models import Audience, Author, Licence, PixCompetence, Theme
from commons.territories import DEPARTEMENT_NAMES
from commons.text import clean_text
from practices.models import ResourcePage

from .exchange_values import Decoder, own_fields
from .resource_types import BY_KEY

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_BODY_CHARS = 200_000
MAX_DURATION_MINUTES = 100_000
# A valid file nests 4 levels (file, resources, resource, tags or territory): deeper
# input is refused before anything walks it, instead of ending in a RecursionError.
MAX_NESTING = 10
NESTING_ERROR = f"fichier : structure trop imbriquée ({MAX_NESTING} niveaux au plus)"
REQUIRED_FIELDS = ("type", "title", "summary", "body")
OPTIONAL_FIELDS = (
    "slug",
    "tags",
    "themes",
    "audiences",
    "licence",
    "authors",
    "level",
    "territory",
    "duration_minutes",
    "pix_competences",
    "cover_image",
    "seo_title",
    "search_description",
    "first_published",
    "last_updated",
    "published",
)
# A contributor profile, in the file's ``authors`` list.
AUTHOR_FIELDS = ("name", "slug", "organisation", "role", "territory", "bio", "photo")
# Fields of ResourcePage: every other field of a type's model is its own, and travels too.
COMMON_MODEL_FIELDS = {field.name for field in ResourcePage._meta.get_fields()}
# Written by the export for information, ignored on import.
INFORMATIVE_FIELDS = ("url",)
LEVELS = dict(LevelMixin.Level.choices)


class ExchangeFileError(Exception):
    """The file cannot be imported; ``errors`` lists every reason, in French."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ResourceData:
    """One checked resource of the file, ready to be written."""

    number: int
    resource_type: object
    title: str
    summary: str
    body: list  # raw stream data of ResourceBodyBlock, with MediaRef placeholders
    slug: str
    tags: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    audiences: list = field(default_factory=list)
    licence: Licence | None = None
    authors: list = field(default_factory=list)
    level: str = ""
    commune: str = ""
    departement: str = ""
    duration_minutes: int | None = None
    pix_competences: list = field(default_factory=list)
    cover_image: object = None  # MediaRef
    seo_title: str = ""
    search_description: str = ""
    first_published: datetime | None = None
    last_updated: datetime | None = None
    # The type's own fields: name → raw value (MediaRef placeholders for files).
    own: dict = field(default_factory=dict)
    published: bool = True
    source: str = ""  # the file it comes from, when several are imported
    base_dir: object = None  # where its media paths start

    @property
    def label(self):
        prefix = f"{self.source} : " if self.source else ""
        return f"{prefix}ressource {self.number} ({self.title})"


@dataclass
class AuthorData:
    """A contributor profile of the file; resources name their authors."""

    number: int
    name: str
    values: dict  # model field → value (the photo as a MediaRef)
    source: str = ""
    base_dir: object = None


@dataclass
class ExchangeData:
    resources: list
    authors: list


def error_label(number, data, kind="ressource", key="title", source=""):
    title = data.get(key) if isinstance(data, dict) else None
    title = clean_text(title).strip() if isinstance(title, str) else ""
    prefix = f"{source} : " if source else ""
    return f"{prefix}{kind} {number} ({title[:80] or 'sans titre'})"


class _Checker:
    """Checks one resource, collecting every error instead of stopping at the first."""

    def __init__(self, number, data, kind="ressource", key="title", source=""):
        self.number = number
        self.data = data
        self.errors = []
        self.label = (kind, key, source)
        self.decoder = Decoder(self.error)

    def error(self, field_name, message):
        kind, key, source = self.label
        label = error_label(self.number, self.data, kind, key, source)
        self.errors.append(f"{label} : {field_name} : {message}")

    def text(self, name, max_length, required=False):
        value = self.data.get(name)
        if value is None:
            if required:
                self.error(name, "champ obligatoire manquant")
            return ""
        if not isinstance(value, str):
            self.error(name, "doit être un texte")
            return ""
        # Cleaned before any check, as it will be saved (see commons.text).
        value = clean_text(value).strip()
        if required and not value:
            self.error(name, "ne doit pas être vide")
        elif len(value) > max_length:
            self.error(name, f"trop long ({len(value)} caractères, {max_length} au plus)")
            return ""
        return value

    def text_list(self, name, max_length):
        value = self.data.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.error(name, "doit être une liste de textes")
            return []
        items = []
        for item in (clean_text(item).strip() for item in value):
            if not item:
                self.error(name, "contient un texte vide")
            elif len(item) > max_length:
                self.error(
                    name, f"« {item[:40]}… » est trop long ({max_length} caractères au plus)"
                )
            elif item.casefold() not in {existing.casefold() for existing in items}:
                items.append(item)
        return items

    def vocabulary(self, name, model, kind):
        found = []
        for item in self.text_list(name, 150):
            row = model.objects.filter(Q(slug=item) | Q(label__iexact=item)).first()
            if row is None:
                self.error(name, f"{kind} inconnu « {item} »")
            elif row not in found:
                found.append(row)
        return found

    def choice(self, name, choices, kind):
        value = self.data.get(name)
        if value in (None, ""):
            return ""
        if not isinstance(value, str):
            self.error(name, "doit être un texte")
        elif value not in choices:
            expected = ", ".join(choices)
            self.error(name, f"{kind} inconnu « {value} » (valeurs possibles : {expected})")
        else:
            return value
        return ""


def check_unknown_fields(checker, resource_type):
    known = set(REQUIRED_FIELDS + OPTIONAL_FIELDS + INFORMATIVE_FIELDS)
    if resource_type is not None:
        known |= {f.name for f in own_fields(resource_type.model, COMMON_MODEL_FIELDS)}
    for name in checker.data:
        if name not in known:
            checker.error(name, "champ inconnu")


def check_type(checker):
    value = checker.data.get("type")
    if value is None:
        checker.error("type", "champ obligatoire manquant")
    elif not isinstance(value, str) or value not in BY_KEY:
        checker.error(
            "type", f"type inconnu « {value} » (valeurs possibles : sheet, recipe, workshop)"
        )
    else:
        return BY_KEY[value]
    return None


def check_slug(checker, title):
    value = checker.data.get("slug")
    if value in (None, ""):
        slug = slugify(title)[:255]
        if title and not slug:
            checker.error("slug", "impossible de le déduire du titre : donnez-le")
        return slug
    if not isinstance(value, str):
        checker.error("slug", "doit être un texte")
        return ""
    try:
        validate_slug(value)
    except ValidationError:
        checker.error("slug", f"« {value} » n'est pas un identifiant valide (a-z, 0-9, - et _)")
        return ""
    if len(value) > 255:
        checker.error("slug", "trop long (255 caractères au plus)")
        return ""
    return value


def check_body(checker):
    value = checker.data.get("body")
    if value is None:
        checker.error("body", "champ obligatoire manquant")
        return []
    if isinstance(value, str) and len(value) > MAX_BODY_CHARS:
        checker.error("body", f"trop long ({len(value)} caractères, {MAX_BODY_CHARS} au plus)")
        return []
    stream_block = ResourcePage._meta.get_field("body").stream_block
    return checker.decoder.stream("body", stream_block, value)


def check_datetime(checker, name):
    value = checker.data.get(name)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        checker.error(name, f"date et heure invalides « {value} » (ISO 8601 avec fuseau horaire)")
    return moment if moment and moment.tzinfo else None


def check_own_fields(checker, resource_type):
    """The type's own fields present in the data, decoded by their model field."""
    own = {}
    if resource_type is None:
        return own
    for model_field in own_fields(resource_type.model, COMMON_MODEL_FIELDS):
        if model_field.name in checker.data:
            value = checker.data[model_field.name]
            own[model_field.name] = checker.decoder.field(model_field.name, model_field, value)
    return own


def check_cover(checker):
    value = checker.data.get("cover_image")
    return None if value is None else checker.decoder.media("cover_image", value, "image")


def flatten_messages(error):
    """Every message of a (possibly nested) block ValidationError."""
    data = error.as_json_data() if hasattr(error, "as_json_data") else None
    messages = []

    def walk(node):
        if isinstance(node, dict):
            for key, item in node.items():
                if key in ("messages", "message"):
                    messages.extend(item if isinstance(item, list) else [item])
                else:
                    walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item) if isinstance(item, dict | list) else messages.append(str(item))

    walk(data)
    return messages or [str(message) for message in error.messages]


def check_territory(checker):
    value = checker.data.get("territory")
    if value in (None, {}):
        return "", ""
    if not isinstance(value, dict):
        checker.error("territory", 'doit être un objet {"commune": …, "departement": …}')
        return "", ""
    for key in value:
        if key not in ("commune", "departement"):
            checker.error(f"territory.{key}", "champ inconnu")
    commune = value.get("commune") or ""
    departement = value.get("departement") or ""
    if not isinstance(commune, str) or len(commune) > 150:
        checker.error("territory.commune", "doit être un texte de 150 caractères au plus")
        commune = ""
    if not isinstance(departement, str) or (departement and departement not in DEPARTEMENT_NAMES):
        checker.error("territory.departement", f"département inconnu « {departement} »")
        departement = ""
    return clean_text(commune).strip(), departement


def check_duration(checker):
    value = checker.data.get("duration_minutes")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        checker.error("duration_minutes", "doit être un nombre entier de minutes")
    elif not 1 <= value <= MAX_DURATION_MINUTES:
        checker.error("duration_minutes", f"doit être compris entre 1 et {MAX_DURATION_MINUTES}")
    else:
        return value
    return None


def check_published(checker):
    value = checker.data.get("published", True)
    if not isinstance(value, bool):
        checker.error("published", "doit valoir true ou false")
        return True
    return value


def check_resource(number, data, licences, source=""):
    """``(ResourceData or None, errors)`` for the ``number``-th resource of the file."""
    checker = _Checker(number, data, source=source)
    if not isinstance(data, dict):
        checker.data = {}
        checker.error("ressource", "doit être un objet JSON")
        return None, checker.errors
    resource_type = check_type(checker)
    check_unknown_fields(checker, resource_type)
    title = checker.text("title", 255, required=True)
    summary = checker.text("summary", 300, required=True)
    body = check_body(checker)
    licence_slug = checker.choice("licence", list(licences), "licence")
    commune, departement = check_territory(checker)
    resource = ResourceData(
        number=number,
        resource_type=resource_type,
        title=title,
        summary=summary,
        body=body,
        slug=check_slug(checker, title),
        tags=checker.text_list("tags", 100),
        themes=checker.vocabulary("themes", Theme, "thème"),
        audiences=checker.vocabulary("audiences", Audience, "public"),
        licence=licences.get(licence_slug),
        authors=checker.text_list("authors", 150),
        level=checker.choice("level", list(LEVELS), "niveau"),
        commune=commune,
        departement=departement,
        duration_minutes=check_duration(checker),
        pix_competences=check_pix(checker),
        cover_image=check_cover(checker),
        seo_title=checker.text("seo_title", 255),
        search_description=checker.text("search_description", 1000),
        first_published=check_datetime(checker, "first_published"),
        last_updated=check_datetime(checker, "last_updated"),
        own=check_own_fields(checker, resource_type),
        published=check_published(checker),
        source=source,
    )
    return (None if checker.errors else resource), checker.errors


def check_pix(checker):
    found = []
    for code in checker.text_list("pix_competences", 10):
        row = PixCompetence.objects.filter(code=code).first()
        if row is None:
            checker.error("pix_competences", f"compétence PIX inconnue « {code} »")
        elif row not in found:
            found.append(row)
    return found


def check_author(number, data, source=""):
    """``(AuthorData or None, errors)`` for the ``number``-th profile of the file."""
    checker = _Checker(number, data, "auteur", "name", source)
    if not isinstance(data, dict):
        checker.data = {}
        checker.error("auteur", "doit être un objet JSON")
        return None, checker.errors
    for name in data:
        if name not in AUTHOR_FIELDS:
            checker.error(name, "champ inconnu")
    values = {}
    for name in AUTHOR_FIELDS[:-1]:
        max_length = Author._meta.get_field(name).max_length
        value = checker.text(name, max_length, required=name == "name")
        if value:
            values[name] = value
    if values.get("slug"):
        try:
            validate_slug(values["slug"])
        except ValidationError:
            checker.error("slug", f"« {values['slug']} » n'est pas un identifiant valide")
    if data.get("photo") is not None:
        values["photo"] = checker.decoder.media("photo", data["photo"], "image")
    if checker.errors:
        return None, checker.errors
    return AuthorData(number, values["name"], values, source), []


def load_json(content):
    if isinstance(content, bytes):
        if len(content) > MAX_FILE_BYTES:
            raise ExchangeFileError([f"fichier : trop gros ({MAX_FILE_BYTES // 2**20} Mo au plus)"])
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ExchangeFileError(
                [f"fichier : encodage invalide, UTF-8 attendu ({error.reason})"]
            ) from None
    try:
        payload = json.loads(content)
    except json.JSONDecodeError as error:
        raise ExchangeFileError(
            [f"fichier : JSON invalide (ligne {error.lineno}, colonne {error.colno}) : {error.msg}"]
        ) from None
    except RecursionError:
        # The decoder recurses once per level: far deeper than MAX_NESTING anyway.
        raise ExchangeFileError([NESTING_ERROR]) from None
    check_nesting(payload)
    return payload


def check_nesting(payload):
    """``ExchangeFileError`` when lists and objects nest deeper than ``MAX_NESTING``.

    Walks with an explicit stack, so no input can exhaust Python's own.
    """
    stack = [(payload, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > MAX_NESTING:
            raise ExchangeFileError([NESTING_ERROR])
        stack.extend((child, depth + 1) for child in children)


TOP_LEVEL_ERROR = 'fichier : un objet {"resources": [...]} listant les ressources est attendu'


def parse_exchange_files(sources):
    """The checked resources and profiles of ``(name, content)`` pairs, or ``ExchangeFileError``.

    With one source, messages keep the short form « ressource N (titre) : … »;
    with several, each starts with the name of its file.
    """
    licences = {licence.slug: licence for licence in Licence.objects.all()}
    data = ExchangeData([], [])
    errors, seen, seen_authors = [], {}, {}
    for name, content in sources:
        source = name if len(sources) > 1 else ""
        try:
            payload = load_json(content)
        except ExchangeFileError as error:
            errors.extend(f"{source} : {e}" if source else e for e in error.errors)
            continue
        if (
            not isinstance(payload, dict)
            or not set(payload) & {"resources", "authors"}
            or not all(isinstance(payload.get(key, []), list) for key in ("resources", "authors"))
        ):
            errors.append(f"{source} : {TOP_LEVEL_ERROR}" if source else TOP_LEVEL_ERROR)
            continue
        for key in set(payload) - {"resources", "authors"}:
            errors.append(f"{source + ' : ' if source else ''}fichier : {key} : champ inconnu")
        for number, item in enumerate(payload.get("authors", []), start=1):
            author, author_errors = check_author(number, item, source)
            errors.extend(author_errors)
            if author is None:
                continue
            if author.name.casefold() in seen_authors:
                errors.append(f"auteur {number} ({author.name}) : name : déjà décrit plus haut")
            seen_authors[author.name.casefold()] = number
            data.authors.append(author)
        for number, item in enumerate(payload.get("resources", []), start=1):
            resource, resource_errors = check_resource(number, item, licences, source)
            errors.extend(resource_errors)
            if resource is None:
                continue
            key = (resource.resource_type.key, resource.slug)
            if key in seen:
                errors.append(
                    f"{resource.label} : slug : « {resource.slug} » est déjà celui de la "
                    f"{seen[key]}"
                )
            where = f" de {source}" if source else " du fichier"
            seen[key] = f"ressource {number}{where}"
            data.resources.append(resource)
    if errors:
        raise ExchangeFileError(errors)
    return data


def parse_exchange_file(content):
    """The checked resources and profiles of one exchange file, or ``ExchangeFileError``."""
    return parse_exchange_files([("", content)])
