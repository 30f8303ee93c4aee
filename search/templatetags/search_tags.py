"""Template tags of the search page."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

OPTION = (
    '<li class="form-check">'
    '<input type="checkbox" id="{id}" name="{name}" value="{value}"{checked}>'
    '<label for="{id}">{label} <span class="facet__count">({count}'
    '<span class="visually-hidden"> {unit}</span>)</span></label>'
    "</li>"
)


@register.simple_tag
def facet_checkboxes(facet, options, unit):
    """One checkbox per option of ``facet``, with its count of ``unit`` (« ressources »).

    Written here rather than as an included template: a search page shows some
    seventy options, and the template engine's cost per option made the facets the
    dearest part of the page.
    """
    return format_html_join(
        "\n",
        "{}",
        (
            (
                format_html(
                    OPTION,
                    id=option.input_id,
                    name=facet.key,
                    value=option.value,
                    checked=mark_safe(" checked") if option.selected else "",  # noqa: S308 - a constant
                    label=option.label,
                    count=option.count,
                    unit=unit,
                ),
            )
            for option in options
        ),
    )
