"""``|html_datetime``: every datetime becomes a value HTML accepts in ``<time datetime>``."""

import datetime
import re
import zoneinfo

from django.template import Context, Template
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from commons.templatetags.html_dates import html_datetime

# HTML's « valid global date and time string » (WHATWG, 2.3.5.8), seconds with ≤ 3 decimals.
HTML_GLOBAL_DATETIME = re.compile(
    r"\d{4,}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})"
)
HTML_DATE = re.compile(r"\d{4,}-\d{2}-\d{2}")

aware_datetimes = st.datetimes(
    min_value=datetime.datetime(1000, 1, 2),
    max_value=datetime.datetime(9999, 12, 30),
    timezones=st.sampled_from(
        [datetime.UTC, zoneinfo.ZoneInfo("Europe/Paris"), zoneinfo.ZoneInfo("Pacific/Chatham")]
    ),
)


@given(aware_datetimes)
def test_aware_datetimes_are_valid_html_at_the_same_instant(value):
    written = html_datetime(value)
    assert HTML_GLOBAL_DATETIME.fullmatch(written), written
    # Compared as timestamps: PEP 495 makes ambiguous times (DST fold) unequal across zones.
    instant = value.replace(microsecond=0).timestamp()
    assert datetime.datetime.fromisoformat(written).timestamp() == instant


@given(st.dates(min_value=datetime.date(1000, 1, 1)))
def test_dates_stay_dates(value):
    assert HTML_DATE.fullmatch(html_datetime(value))
    assert html_datetime(value) == value.isoformat()


def test_written_in_the_current_time_zone_in_a_template():
    value = datetime.datetime(2026, 10, 10, 17, 47, 53, 8397, tzinfo=datetime.UTC)
    html = Template('{% load html_dates %}<time datetime="{{ value|html_datetime }}">').render(
        Context({"value": value})
    )
    assert html == '<time datetime="2026-10-10T19:47:53+02:00">'
    # Django's own ISO format is what the Nu Html Checker rejected (microseconds).
    assert "." in Template("{{ value|date:'c' }}").render(Context({"value": value}))
    assert timezone.get_current_timezone_name() == "Europe/Paris"


def test_anything_else_writes_nothing():
    assert html_datetime(None) == ""
    assert html_datetime("") == ""
