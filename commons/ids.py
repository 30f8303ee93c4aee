"""Database ids typed by visitors: in a URL path (the ``id`` converter) or a parameter.

A visitor can type any digits. ``int()`` reads them all (even Arabic-Indic digits),
but the database cannot: SQLite raises OverflowError past 64 bits, PostgreSQL refuses a
value out of its integer range, and lookups through a foreign key (a resource's
``page_ptr``) are not guarded by Django. Every id from outside goes through here, so a
bad one is a 404 (path) or a French message (form), never a 500.

Import this module before defining a URL pattern with ``<id:…>``: importing it registers
the converter, once.
"""

import re

from django.urls import register_converter

# At most 18 ASCII digits: below 2**63 - 1, the largest id any supported database stores.
ID_PATTERN = "[0-9]{1,18}"
_ID_RE = re.compile(rf"\A{ID_PATTERN}\Z", re.ASCII)


class IdConverter:
    """``<id:name>``: a positive database id of at most 18 ASCII digits, else no match."""

    regex = ID_PATTERN

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(int(value))


register_converter(IdConverter, "id")


def parse_id(value):
    """``value`` (a query or form parameter) as a database id, or None when it is not one.

    Only ASCII digits, at most 18 of them, surrounding spaces ignored: no sign, no other
    script's digits, nothing the database could not compare.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not _ID_RE.match(value):
        return None
    return int(value)
