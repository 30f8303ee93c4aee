"""Admin form data of existing pages, as the page editor would post it.

The edit view renders its StreamFields with JavaScript, so the fields read from its HTML
are completed with each stream's current content in the block editor's form encoding.
"""

from decimal import Decimal
from html import unescape

from django.conf import settings
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)


def without_ids(data):
    """Stream data as text, without block ids nor markup: the form posts new blocks
    (new ids) and the rich text editor adds its own attributes (data-block-key)."""
    if isinstance(data, list):
        return [without_ids(item) for item in data]
    if isinstance(data, dict):
        return {k: without_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, str):
        return unescape(strip_tags(data))
    if isinstance(data, Decimal):
        return str(data)
    return data


def stream_field_names(page):
    return [f.name for f in page._meta.get_fields() if isinstance(f, StreamField)]


def block_form_data(block, value):
    """Admin form data of a block value, as the block editor's JavaScript would post it."""
    if isinstance(block, blocks.StreamBlock):
        return streamfield(
            [(child.block_type, block_form_data(child.block, child.value)) for child in value]
        )
    if isinstance(block, blocks.ListBlock):
        items = list(value)
        data = {
            str(i): {
                "type": "item",
                "value": block_form_data(block.child_block, item),
                "deleted": "",
                "order": str(i),
                "id": "",
            }
            for i, item in enumerate(items)
        }
        data["count"] = str(len(items))
        return data
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_form_data(child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if value else "")
    if isinstance(block, blocks.BooleanBlock):
        return "on" if value else ""
    if isinstance(block, blocks.ChooserBlock):
        return value.pk if value else ""
    prepared = block.get_prep_value(value)
    return "" if prepared is None else str(prepared)


def edit_form_data(test, page):
    """The edit form's fields from its HTML, plus the StreamFields rendered by JavaScript."""
    if not hasattr(test, "_form_reader"):
        test._form_reader = test.create_superuser("form-reader")
    test.client.force_login(test._form_reader, settings.AUTHENTICATION_BACKENDS[-1])
    response = test.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    test.client.logout()
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for name in stream_field_names(page):
        field = page._meta.get_field(name)
        for key, value in nested_form_data(
            {name: block_form_data(field.stream_block, getattr(page, name))}
        ).items():
            data[key] = value
    return data
