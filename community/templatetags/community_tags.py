"""Community blocks of a resource page: actions (adapt, report, rate) and footer.

Each tag runs a constant number of queries, whatever the number of versions,
adaptations or answers.
"""

from django import template
from django.db.models import Prefetch

from commons.models import Author
from commons.visibility import publicly_visible
from practices.models import ResourcePage

from ..adapt import can_adapt
from ..feedback import already_rated, feedback_summary, is_own_resource
from ..forms import FeedbackForm, ReportForm
from ..history import published_versions

register = template.Library()


def _authors_query():
    return Author.objects.only("pk", "name", "slug", "user_id")


@register.inclusion_tag("community/includes/actions.html", takes_context=True)
def community_actions(context, page=None):
    page = page or context.get("page")
    request = context.get("request")
    user = getattr(request, "user", None)
    authors = context.get("authors")
    own = bool(user) and is_own_resource(user, page, authors)
    return {
        "request": request,
        "page": page,
        "csrf_token": context.get("csrf_token"),
        "report_form": ReportForm(),
        "feedback_form": FeedbackForm(),
        "own_resource": own,
        "already_rated": request is not None and already_rated(request, page),
        "feedback": feedback_summary(page),
        "messages": context.get("messages"),
    }


@register.inclusion_tag("community/includes/adapt_action.html", takes_context=True)
def community_adapt_action(context, page=None):
    """The « Adapter cette ressource » button of the action bar, for those allowed to."""
    page = page or context.get("page")
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "request": request,
        "page": page,
        "csrf_token": context.get("csrf_token"),
        "can_adapt": bool(user) and page.live and can_adapt(user, page),
    }


@register.inclusion_tag("community/includes/footer.html", takes_context=True)
def community_footer(context, page=None):
    page = page or context.get("page")
    original = None
    if page.based_on_id:
        # Only a publicly visible original is named: its title and address are not
        # public once it is unpublished or restricted.
        original = (
            publicly_visible(ResourcePage.objects.filter(pk=page.based_on_id))
            .select_related("licence")
            .prefetch_related(Prefetch("authors", queryset=_authors_query()))
            .first()
        )
    adaptations = list(
        publicly_visible(ResourcePage.objects.filter(based_on_id=page.pk))
        .prefetch_related(Prefetch("authors", queryset=_authors_query()))
        .order_by("first_published_at", "pk")
    )
    return {
        "request": context.get("request"),
        "page": page,
        "original": original,
        "adaptations": adaptations,
        "versions": published_versions(page),
    }
