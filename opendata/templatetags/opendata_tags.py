"""Template tags putting a resource's open data in the page <head>."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from opendata.structured_data import (
    course_json_ld,
    json_ld_script_content,
    resource_json_ld,
    social_meta,
)

register = template.Library()


@register.simple_tag(takes_context=True, name="resource_json_ld")
def resource_json_ld_script(context, page):
    """``<script type="application/ld+json">`` with the schema.org description of ``page``."""
    content = json_ld_script_content(resource_json_ld(page, context.get("request")))
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(content))


@register.simple_tag(takes_context=True, name="course_json_ld")
def course_json_ld_script(context, page, booklet=None):
    """``<script type="application/ld+json">`` with the schema.org ``Course`` of ``page``."""
    content = json_ld_script_content(course_json_ld(page, context.get("request"), booklet))
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(content))


@register.inclusion_tag("opendata/social_meta.html", takes_context=True)
def resource_social_meta(context, page):
    """OpenGraph and Twitter card ``<meta>`` tags of ``page`` (a resource or a course)."""
    return {"properties": social_meta(page, context.get("request"))}
