"""Every published resource in the exchange format read by ``import_resources``.

One file holds the authors' profiles and the resources; ``write_split`` writes
one file per resource instead, with the profiles in ``auteurs.json``. Images and
documents are copied under ``medias/`` beside the files that name them.
"""

import json
from pathlib import Path

from commons.models import Author
from practices.models import ResourcePage

from .exchange_values import MediaCollector
from .records import author_record, exchange_record, site_base_url
from .resource_types import resource_type_of

AUTHORS_FILE = "auteurs.json"


def published_resources():
    return (
        ResourcePage.objects.live()
        .public()
        .order_by("path")
        .specific()
        .select_related("licence", "cover_image")
        .prefetch_related("themes", "audiences", "authors", "tags", "pix_competences")
    )


def authors_of(pages):
    ids = {author.pk for page in pages for author in page.authors.all()}
    return Author.objects.filter(pk__in=ids).select_related("photo").order_by("name", "pk")


def export_payload(media=None):
    """``{"authors": […], "resources": […]}``; files referenced are collected by ``media``."""
    media = media if media is not None else MediaCollector()
    pages = list(published_resources())
    resources = [exchange_record(page, media, site_base_url(page)) for page in pages]
    authors = [author_record(author, media) for author in authors_of(pages)]
    return {"authors": authors, "resources": resources}


def to_json(payload):
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def copy_media(files, root):
    """Copy each collected image or document to its path under ``root``."""
    for relative, obj in files.items():
        target = Path(root) / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with obj.file.open("rb") as handle:
            target.write_bytes(handle.read())


def write_single(path):
    """The whole export in one file, media beside it; returns the number of resources."""
    media = MediaCollector()
    payload = export_payload(media)
    Path(path).write_text(to_json(payload), encoding="utf-8")
    copy_media(media.files, Path(path).parent)
    return len(payload["resources"])


def write_split(root):
    """One file per resource under its section's folder; returns the number of resources."""
    root = Path(root)
    media = MediaCollector()
    pages = list(published_resources())
    authors = [author_record(author, media) for author in authors_of(pages)]
    (root / AUTHORS_FILE).write_text(to_json({"authors": authors}), encoding="utf-8")
    for page in pages:
        folder = root / resource_type_of(page).section_slug
        folder.mkdir(parents=True, exist_ok=True)
        # The same files, named from one folder down.
        media.prefix = "../medias"
        record = exchange_record(page, media, site_base_url(page))
        record.pop("url", None)
        (folder / f"{page.slug}.json").write_text(
            to_json({"resources": [record]}), encoding="utf-8"
        )
        media.prefix = "medias"
    copy_media(media.files, root)
    return len(pages)
