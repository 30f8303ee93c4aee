"""A resource as data: the exchange record (export format) and its Markdown document."""

import json

from django.conf import settings
from wagtail.fields import RichTextField

from commons.visibility import publicly_visible_page
from practices.models import ResourcePage

from .exchange_values import encode_field, encode_stream, own_fields
from .markdown_out import (
    body_to_markdown,
    escape_markdown,
    plain_text_markdown,
    rich_text_to_markdown,
    stream_list_markdown,
)
from .resource_types import resource_type_of

# Sections whose items are done in order: numbered lists.
ORDERED_SECTIONS = {"steps", "run_through"}


def site_base_url(page, request=None):
    """Root URL of the page's site, ending with "/", to make links absolute."""
    _, root_url, _ = page.get_url_parts(request) or (None, None, None)
    return (root_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/") + "/"


def extra_section_markdown(page, field_name, base_url):
    """Markdown of one of the type's own fields: a StreamField, rich text or plain text."""
    value = getattr(page, field_name)
    if not value:
        return ""
    if hasattr(value, "stream_block"):
        return stream_list_markdown(value, base_url, ordered=field_name in ORDERED_SECTIONS)
    if isinstance(page._meta.get_field(field_name), RichTextField):
        return rich_text_to_markdown(value, base_url)
    return plain_text_markdown(value)


def resource_markdown(page, base_url):
    """The content of a resource: its body, then the sections of its type's own fields."""
    parts = [body_to_markdown(page.body, base_url)]
    resource_type = resource_type_of(page)
    for field_name in resource_type.extra_sections if resource_type else ():
        text = extra_section_markdown(page, field_name, base_url)
        if text:
            heading = str(page._meta.get_field(field_name).verbose_name)
            parts.append(f"## {escape_markdown(heading[:1].upper() + heading[1:])}\n\n{text}")
    return "\n\n".join(part for part in parts if part)


def resource_record(page, base_url):
    """The resource in the exchange format read by ``import_resources``.

    Optional fields without a value are left out; ``url`` is informative only.
    """
    page = page.specific
    record = {
        "type": resource_type_of(page).key,
        "title": page.title,
        "slug": page.slug,
        "url": page.get_full_url(),
        "summary": page.summary,
        "body": resource_markdown(page, base_url),
        "tags": sorted(tag.name for tag in page.tags.all()),
        "themes": [theme.slug for theme in page.themes.all()],
        "audiences": [audience.slug for audience in page.audiences.all()],
        "licence": page.licence.slug if page.licence_id else None,
        "authors": [author.name for author in page.authors.all()],
        "level": page.level,
        "territory": {
            key: value
            for key, value in (("commune", page.commune), ("departement", page.departement))
            if value
        },
        "duration_minutes": page.duration_minutes,
        "published": page.live,
    }
    return {key: value for key, value in record.items() if value not in (None, "", [], {})}


def exchange_record(page, media, base_url):
    """Everything the resource holds, in the exchange format (docs/import-format.md).

    Images and documents are written as references collected by ``media``; the
    type's own fields come from its model, after the fields every resource shares.
    """
    page = page.specific
    model = type(page)
    common = {f.name for f in ResourcePage._meta.get_fields()}
    record = {
        "type": resource_type_of(page).key,
        "title": page.title,
        "slug": page.slug,
        "url": page.get_full_url() if page.pk else None,
        "summary": page.summary,
        "first_published": isoformat(page.first_published_at),
        "last_updated": isoformat(page.last_published_at),
        "licence": page.licence.slug if page.licence_id else None,
        "level": page.level,
        "themes": sorted(theme.slug for theme in page.themes.all()),
        "audiences": sorted(audience.slug for audience in page.audiences.all()),
        "tags": sorted(tag.name for tag in page.tags.all()),
        "authors": sorted(author.name for author in page.authors.all()),
        "territory": {
            key: value
            for key, value in (("commune", page.commune), ("departement", page.departement))
            if value
        },
        "duration_minutes": page.duration_minutes,
        "pix_competences": sorted(pix.code for pix in page.pix_competences.all()),
        "cover_image": media.image(page.cover_image) if page.cover_image else None,
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "body": encode_stream(
            model._meta.get_field("body").stream_block, page.body, media, base_url
        ),
    }
    for model_field in own_fields(model, common):
        value = encode_field(page, model_field, media, base_url)
        record[model_field.name] = sorted(value) if model_field.many_to_many else value
    record["published"] = page.live
    return {key: value for key, value in record.items() if value not in (None, "", [], {})}


def isoformat(moment):
    return moment.isoformat() if moment else None


def author_record(author, media):
    """A contributor profile in the exchange format."""
    record = {
        "name": author.name,
        "slug": author.slug,
        "organisation": author.organisation,
        "role": author.role,
        "territory": author.territory,
        "bio": author.bio,
        "photo": media.image(author.photo) if author.photo else None,
    }
    return {key: value for key, value in record.items() if value not in (None, "")}


def front_matter(metadata):
    """YAML front matter; strings are written as JSON strings, which YAML reads alike."""
    lines = ["---"]
    for key, value in metadata.items():
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines.extend(f"  - {json.dumps(item, ensure_ascii=False)}" for item in value)
        elif isinstance(value, dict):
            lines.append(f"{key}:")
            lines.extend(
                f"  {sub}: {json.dumps(item, ensure_ascii=False)}" for sub, item in value.items()
            )
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines)


def resource_markdown_document(page, request=None):
    """The whole resource as Markdown: front matter with its metadata, title, content."""
    page = page.specific
    base_url = site_base_url(page, request)
    record = resource_record(page, base_url)
    body = record.pop("body", "")
    original = publicly_visible_page(page.based_on) if page.based_on_id else None
    metadata = {
        **record,
        "licence_url": page.licence.url if page.licence_id else None,
        "date_published": page.first_published_at.isoformat() if page.first_published_at else None,
        "date_modified": page.last_published_at.isoformat() if page.last_published_at else None,
        "based_on": original.get_full_url(request) if original else None,
    }
    metadata = {key: value for key, value in metadata.items() if value is not None}
    parts = [front_matter(metadata), f"# {escape_markdown(page.title)}", body]
    return "\n\n".join(part for part in parts if part) + "\n"
