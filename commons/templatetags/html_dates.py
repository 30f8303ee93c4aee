"""Dates in HTML attributes: ``<time datetime="{{ value|html_datetime }}">``."""

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def html_datetime(value):
    """A valid HTML global date and time (``2026-10-10T19:47:53+02:00``), or "".

    Django's ``|date:'c'`` writes microseconds, and HTML allows at most three digits of a
    second: the Nu Html Checker rejects it. Seconds are enough for a publication date.
    Aware datetimes are written in the current time zone, or in UTC when its offset has
    seconds (local mean times before 1912), which HTML cannot write; a date stays a date.
    """
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
            if value.utcoffset().seconds % 60:
                value = value.astimezone(datetime.UTC)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
