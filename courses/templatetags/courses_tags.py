"""Template helpers of courses and of the personal selection."""

from django import template
from django.middleware.csrf import get_token

from ..selection import Selection

register = template.Library()


@register.inclusion_tag("courses/includes/selection_form.html", takes_context=True)
def selection_form(context, page=None):
    """The « Ajouter à ma sélection » form of a resource, aware of what is already chosen."""
    request = context.get("request")
    page = page or context.get("page")
    if request is None or page is None or not hasattr(request, "session"):
        return {"page": None}
    return {
        "page": page,
        "in_selection": page.pk in Selection(request.session),
        "next": request.get_full_path() + "#ma-selection",
        "csrf_token": get_token(request),
        "messages": context.get("messages"),
    }
