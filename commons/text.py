"""Text people type, cleaned once: on save, for every model that stores it.

A control character in a summary made both feeds answer 500 (XML 1.0 cannot carry
it) and PostgreSQL refuses a NUL in any text column. Rather than escaping at each
output, the text is cleaned when it is written: ``clean_text`` removes what no
reader wants (C0 and C1 controls but tab, line feed and carriage return, lone
UTF-16 surrogates, Unicode non-characters) and normalises to NFC, so the same
word is stored the same way however it was typed.

``connect()`` (called from ``CommonsConfig.ready``) cleans the text, StreamField
and JSON fields of the models of this project and of the third-party apps that
store what a person typed (pages, revisions, images, documents, tags): when a
model is validated (every model form, the admin, ``Page.save``), so a required
field left empty by cleaning is reported like any empty field, and again before
every save, so nothing reaches the database uncleaned. Tag names are cleaned
when parsed (``parse_tags``), before taggit looks them up.
"""

import re
import unicodedata
from functools import cache, wraps
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models.signals import pre_save
from wagtail.fields import StreamField

# Tab, LF and CR are kept: they are ordinary whitespace in a text people write.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_SURROGATES = "\ud800-\udfff"
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
)
UNWANTED_CHARACTERS = re.compile(f"[{_CONTROLS}{_SURROGATES}{_NONCHARACTERS}]")

# Third-party apps whose models hold text a person typed (the project's own apps
# are found by their location, so a new app is covered without being listed).
CLEANED_THIRD_PARTY_APPS = frozenset(
    {"wagtailcore", "wagtailimages", "wagtaildocs", "wagtailredirects", "taggit"}
)


def clean_text(value):
    """``value`` without control characters, surrogates or non-characters, in NFC.

    Anything that is not a ``str`` is returned unchanged.
    """
    if not isinstance(value, str):
        return value
    value = UNWANTED_CHARACTERS.sub("", value)
    if value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def clean_data(value):
    """``clean_text`` applied to every string of JSON-like data (dicts, lists, tuples).

    Used for raw StreamField data, where rich text is an HTML string among others.
    """
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(key): clean_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(clean_data(item) for item in value)
    return value


def clean_field_text(field, value):
    """``clean_text`` for a text column, never making it longer than it may be.

    NFC can lengthen a few rare sequences; when that would overflow ``max_length``
    the text keeps its original form (still without unwanted characters).
    """
    cleaned = clean_text(value)
    max_length = getattr(field, "max_length", None)
    if max_length is not None and len(cleaned) > max_length:
        stripped = UNWANTED_CHARACTERS.sub("", value)
        if len(stripped) <= max_length:
            return stripped
    return cleaned


@cache
def is_cleaned_app(app_label):
    """Whether the app stores typed text: one of this project's apps, or listed above."""
    if app_label in CLEANED_THIRD_PARTY_APPS:
        return True
    try:
        app_path = Path(apps.get_app_config(app_label).path).resolve()
    except LookupError:
        return False
    return Path(settings.BASE_DIR).resolve() in app_path.parents


def clean_instance(instance, update_fields=None):
    """Clean the text, StreamField and JSON values of ``instance`` in place.

    Deferred fields are left alone (reading them would query the database), and so
    are fields outside ``update_fields`` when the save only writes some fields.
    """
    loaded = instance.__dict__
    for field in instance._meta.concrete_fields:
        if field.attname not in loaded:
            continue
        if update_fields is not None and field.name not in update_fields:
            continue
        value = loaded[field.attname]
        if isinstance(field, StreamField):
            raw = field.stream_block.get_prep_value(value)
            cleaned = clean_data(raw)
            if cleaned != raw:
                setattr(instance, field.attname, cleaned)
        elif isinstance(field, models.JSONField):
            loaded[field.attname] = clean_data(value)
        elif isinstance(field, models.CharField | models.TextField) and isinstance(value, str):
            loaded[field.attname] = clean_field_text(field, value)


def parse_tags(tag_string):
    """Tag names typed in a form (``TAGGIT_TAGS_FROM_STRING``), cleaned before lookup.

    Cleaning only on save would miss an existing tag and then collide with it.
    """
    from taggit.utils import _parse_tags

    return _parse_tags(clean_text(tag_string))


def clean_before_save(sender, instance, update_fields=None, **kwargs):
    if is_cleaned_app(sender._meta.app_label):
        clean_instance(instance, update_fields)


def clean_fields_after_text(clean_fields):
    """``Model.clean_fields`` that cleans the text first, so validation sees what is saved.

    Without it a required summary made only of control characters passed the form,
    then was saved empty and refused at the next validation (when publishing).
    """

    @wraps(clean_fields)
    def wrapper(self, *args, **kwargs):
        if is_cleaned_app(self._meta.app_label):
            clean_instance(self)
        return clean_fields(self, *args, **kwargs)

    wrapper.cleans_text = True
    return wrapper


def connect():
    """Clean typed text at validation (forms, ``full_clean``) and before every save."""
    pre_save.connect(clean_before_save, dispatch_uid="commons.text.clean_before_save")
    if not getattr(models.Model.clean_fields, "cleans_text", False):
        models.Model.clean_fields = clean_fields_after_text(models.Model.clean_fields)
