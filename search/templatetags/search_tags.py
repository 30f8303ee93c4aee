"""Template tags of the search page."""

from html import escape

from django import template
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

    Written here rather than as an included template, and escaped with the standard
    library rather than format_html: a search page shows some seventy options, and the
    template engine's cost per option made the facets the dearest part of the page.
    """
    name, unit = escape(str(facet.key)), escape(str(unit))
    rows = [
        OPTION.format(
            id=escape(str(option.input_id)),
            name=name,
            value=escape(str(option.value)),
            checked=" checked" if option.selected else "",
            label=escape(str(option.label)),
            count=int(option.count),
            unit=unit,
        )
        for option in options
    ]
    return mark_safe("\n".join(rows))  # noqa: S308 - every piece is escaped above
