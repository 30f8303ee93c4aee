"""Values of the exchange format beyond plain text: blocks, a type's own fields, media.

Both directions are driven by the block definitions and the model fields
themselves, so a field added to a resource type travels without a new list:

- ``encode_*`` turns a page's values into JSON data (rich text as Markdown,
  images and documents as references to files);
- ``decode_*`` checks JSON data and turns it into the raw values Wagtail reads
  back, with ``MediaRef`` placeholders for the files, resolved at write time.
"""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import PurePosixPath

from django.db import models
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from commons.text import clean_text

from .markdown_in import MarkdownNestingError, markdown_to_blocks, markdown_to_html
from .markdown_out import heading_markdown, rich_text_to_markdown

MAX_TEXT_CHARS = 200_000
# Body blocks written together as one Markdown text.
MARKDOWN_BLOCKS = ("heading", "paragraph")
IMAGE_KEYS = ("file", "title", "description")
DOCUMENT_KEYS = ("file", "title")


# Export -----------------------------------------------------------------


# The suffix Django's storage adds to a name already taken ("photo_a1B2c3D.jpg").
STORAGE_SUFFIX = re.compile(r"(_[A-Za-z0-9]{7})+$")


class MediaCollector:
    """The files a record refers to, by path relative to the exchange file.

    A file is named after its stored name without the storage's random suffix, so
    that a site rebuilt from an export names its files alike; a clash gets "-2"….
    """

    def __init__(self, prefix="medias"):
        self.prefix = prefix
        self.files = {}  # path relative to the export root → image or document
        self.paths = {}  # (model, pk) → path

    def _path(self, folder, obj):
        key = (type(obj), obj.pk)
        if key not in self.paths:
            name = PurePosixPath(obj.file.name)
            stem, n = STORAGE_SUFFIX.sub("", name.stem) or "fichier", 1
            path = f"medias/{folder}/{stem}{name.suffix}"
            while path in self.files:
                n += 1
                path = f"medias/{folder}/{stem}-{n}{name.suffix}"
            self.files[path] = obj
            self.paths[key] = path
        return self.prefix + self.paths[key].removeprefix("medias")

    def image(self, image):
        ref = {"file": self._path("images", image), "title": image.title}
        if image.description:
            ref["description"] = image.description
        return ref

    def document(self, document):
        return {"file": self._path("documents", document), "title": document.title}


def is_empty(value):
    return value in (None, "", [], {}, False)


def encode_block(block, value, media, base_url):
    """JSON data of one block value."""
    if isinstance(block, ImageBlock):
        if value is None:
            return None
        ref = media.image(value)
        ref["alt"] = value.contextual_alt_text or ""
        if value.decorative:
            ref["decorative"] = True
        return ref
    if isinstance(block, blocks.StreamBlock):
        return encode_stream(block, value, media, base_url)
    if isinstance(block, blocks.ListBlock):
        return [encode_block(block.child_block, item, media, base_url) for item in value]
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            encoded = encode_block(child, value.get(name), media, base_url)
            if not is_empty(encoded):
                data[name] = encoded
        return data
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_to_markdown(value, base_url) if value else ""
    if isinstance(block, ImageChooserBlock):
        return media.image(value) if value else None
    if isinstance(block, DocumentChooserBlock):
        return media.document(value) if value else None
    if isinstance(block, EmbedBlock):
        return getattr(value, "url", value) or ""
    if isinstance(block, blocks.DecimalBlock | blocks.FloatBlock):
        return None if value is None else number(value)
    return block.get_prep_value(value)


def number(value):
    value = Decimal(str(value))
    return int(value) if value == value.to_integral_value() else float(value)


def encode_stream(stream_block, stream_value, media, base_url):
    """A stream as a list: Markdown texts for headings and paragraphs, objects for the rest.

    A stream of one kind of block (ingredients, steps…) is the plain list of its items.
    """
    if len(stream_block.child_blocks) == 1:
        return [encode_block(c.block, c.value, media, base_url) for c in stream_value]
    items, text = [], []

    def flush():
        if text:
            items.append("\n\n".join(text))
            text.clear()

    for child in stream_value:
        if child.block_type == "heading":
            text.append(heading_markdown(child.value, base_url))
        elif child.block_type == "paragraph":
            markdown = rich_text_to_markdown(child.value, base_url)
            if markdown:
                text.append(markdown)
        else:
            flush()
            encoded = encode_block(child.block, child.value, media, base_url)
            if isinstance(child.block, blocks.StructBlock) and not isinstance(
                child.block, ImageBlock
            ):
                items.append({"type": child.block_type, **encoded})
            else:
                items.append({"type": child.block_type, "value": encoded})
    flush()
    return items


def own_fields(model, common):
    """The model's fields that are not shared by every resource, in declaration order."""
    derived = {"difficulty"} if hasattr(model, "DIFFICULTY_TO_LEVEL") else set()
    return [
        field
        for field in model._meta.get_fields()
        if field.concrete
        and not field.auto_created
        and field.name not in common
        and field.name not in derived
        and not (field.one_to_one and field.remote_field.parent_link)
    ]


def related_key(obj):
    """How a vocabulary entry is named in the format: its slug, or its code."""
    return getattr(obj, "slug", None) or getattr(obj, "code", None) or str(obj)


def encode_field(page, field, media, base_url):
    value = getattr(page, field.name)
    if isinstance(field, StreamField):
        return encode_stream(field.stream_block, value, media, base_url)
    if isinstance(field, RichTextField):
        return rich_text_to_markdown(value, base_url) if value else ""
    if field.many_to_many:
        return [related_key(obj) for obj in value.all()]
    if isinstance(field, models.ForeignKey):
        return media.image(value) if value is not None else None
    if isinstance(field, models.DateField):
        return value.isoformat() if value else None
    return value


# Import -----------------------------------------------------------------


@dataclass(frozen=True)
class MediaRef:
    """A file to become a Wagtail image or document when the resource is written."""

    kind: str  # "image" or "document"
    path: str
    title: str
    description: str = ""


class Decoder:
    """Checks JSON data against blocks and fields; ``error(where, message)`` collects."""

    def __init__(self, error):
        self.error = error

    def text(self, where, value, max_length=None, required=False):
        if not isinstance(value, str):
            self.error(where, "doit être un texte")
            return ""
        value = clean_text(value)
        limit = max_length or MAX_TEXT_CHARS
        if len(value) > limit:
            self.error(where, f"trop long ({len(value)} caractères, {limit} au plus)")
            return ""
        if required and not value.strip():
            self.error(where, "ne doit pas être vide")
        return value

    def markdown(self, where, value, to_blocks=False):
        text = self.text(where, value)
        try:
            return markdown_to_blocks(text) if to_blocks else markdown_to_html(text)
        except MarkdownNestingError:
            self.error(
                where,
                "listes ou citations imbriquées trop profondément (le texte au-delà serait perdu)",
            )
            return [] if to_blocks else ""

    def media(self, where, value, kind):
        keys = IMAGE_KEYS if kind == "image" else DOCUMENT_KEYS
        if not isinstance(value, dict):
            self.error(where, 'doit être un objet {"file": …, "title": …}')
            return None
        for key in value:
            if key not in keys:
                self.error(f"{where}.{key}", "champ inconnu")
        path = value.get("file")
        if not isinstance(path, str) or not path.strip():
            self.error(f"{where}.file", "chemin du fichier manquant")
            return None
        title = self.text(f"{where}.title", value.get("title", ""), 255)
        description = self.text(f"{where}.description", value.get("description", ""), 255)
        return MediaRef(kind, path, title or PurePosixPath(path).stem, description)

    def block(self, where, block, value):
        """The raw value Wagtail's ``to_python`` reads, for one block."""
        if isinstance(block, ImageBlock):
            if not isinstance(value, dict):
                self.error(where, 'doit être un objet {"file": …, "alt": …}')
                return None
            value = dict(value)
            alt = self.text(f"{where}.alt", value.pop("alt", ""), 255)
            decorative = value.pop("decorative", False)
            if not isinstance(decorative, bool):
                self.error(f"{where}.decorative", "doit valoir true ou false")
            ref = self.media(where, value, "image")
            return {"image": ref, "alt_text": alt, "decorative": decorative is True}
        if isinstance(block, blocks.StreamBlock):
            return self.stream(where, block, value)
        if isinstance(block, blocks.ListBlock):
            if not isinstance(value, list):
                self.error(where, "doit être une liste")
                return []
            return [
                self.block(f"{where}[{n}]", block.child_block, item)
                for n, item in enumerate(value, start=1)
            ]
        if isinstance(block, blocks.StructBlock):
            return self.struct(where, block, value)
        if isinstance(block, blocks.RichTextBlock):
            return self.markdown(where, value)
        if isinstance(block, ImageChooserBlock):
            return self.media(where, value, "image")
        if isinstance(block, DocumentChooserBlock):
            return self.media(where, value, "document")
        if isinstance(block, blocks.BooleanBlock):
            if not isinstance(value, bool):
                self.error(where, "doit valoir true ou false")
            return value is True
        if isinstance(block, blocks.IntegerBlock):
            if not isinstance(value, int) or isinstance(value, bool):
                self.error(where, "doit être un nombre entier")
                return None
            return value
        if isinstance(block, blocks.DecimalBlock | blocks.FloatBlock):
            if not isinstance(value, int | float) or isinstance(value, bool):
                self.error(where, "doit être un nombre")
                return None
            try:
                return str(Decimal(str(value)))
            except InvalidOperation:
                self.error(where, "doit être un nombre")
                return None
        return self.text(where, value)

    def struct(self, where, block, value, ignore=()):
        if not isinstance(value, dict):
            self.error(where, "doit être un objet")
            return {}
        raw = {}
        for key, item in value.items():
            if key in ignore:
                continue
            if key not in block.child_blocks:
                self.error(f"{where}.{key}", "champ inconnu")
                continue
            raw[key] = self.block(f"{where}.{key}", block.child_blocks[key], item)
        return raw

    def stream(self, where, stream_block, value):
        """Raw stream data: ``[{"type": …, "value": …}]``."""
        children = stream_block.child_blocks
        if len(children) == 1:
            if not isinstance(value, list):
                self.error(where, "doit être une liste")
                return []
            ((name, child),) = children.items()
            return [
                {"type": name, "value": self.block(f"{where}[{n}]", child, item)}
                for n, item in enumerate(value, start=1)
            ]
        if isinstance(value, str):
            return self.markdown(where, value, to_blocks=True)
        if not isinstance(value, list):
            self.error(where, "doit être un texte Markdown ou une liste de blocs")
            return []
        raw = []
        for n, item in enumerate(value, start=1):
            if isinstance(item, str):
                raw.extend(self.markdown(f"{where}[{n}]", item, to_blocks=True))
                continue
            kind = item.get("type") if isinstance(item, dict) else None
            if kind not in children:
                expected = ", ".join(children)
                self.error(
                    f"{where}[{n}]",
                    f"un texte Markdown ou un bloc dont le type est l'un de : {expected}",
                )
                continue
            child = children[kind]
            if isinstance(child, blocks.StructBlock) and not isinstance(child, ImageBlock):
                block_value = self.struct(f"{where}[{n}]", child, item, ignore=("type",))
            else:
                extra = set(item) - {"type", "value"}
                for key in sorted(extra):
                    self.error(f"{where}[{n}].{key}", "champ inconnu")
                block_value = self.block(f"{where}[{n}]", child, item.get("value"))
            raw.append({"type": kind, "value": block_value})
        return raw

    def field(self, where, field, value):
        """A model field's value (MediaRef placeholders for files), or None."""
        if value is None:
            return None
        if isinstance(field, StreamField):
            return self.stream(where, field.stream_block, value)
        if isinstance(field, RichTextField):
            return self.markdown(where, value)
        if field.many_to_many:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                self.error(where, "doit être une liste de textes")
                return []
            return [clean_text(v).strip() for v in value]
        if isinstance(field, models.ForeignKey):
            return self.media(where, value, "image")
        if isinstance(field, models.BooleanField):
            if not isinstance(value, bool):
                self.error(where, "doit valoir true ou false")
            return value is True
        if isinstance(field, models.IntegerField):
            if not isinstance(value, int) or isinstance(value, bool):
                self.error(where, "doit être un nombre entier")
                return None
            return value
        if isinstance(field, models.DateField):
            try:
                return date.fromisoformat(value) if isinstance(value, str) else None
            except ValueError:
                pass
            self.error(where, f"date invalide « {value} » (format AAAA-MM-JJ)")
            return None
        return self.text(where, value, getattr(field, "max_length", None)).strip()


def resolve_media(raw, resolver):
    """The raw data with each ``MediaRef`` replaced by the primary key of its object."""
    if isinstance(raw, MediaRef):
        return resolver(raw).pk
    if isinstance(raw, list):
        return [resolve_media(item, resolver) for item in raw]
    if isinstance(raw, dict):
        return {key: resolve_media(item, resolver) for key, item in raw.items()}
    return raw
