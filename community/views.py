"""Public views: report a problem, rate a resource, ask to contribute.

Every form works without JavaScript: a valid post redirects with a message
(post/redirect/get), an invalid one shows the form again with its errors and
what was typed.
"""

import contextlib

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from commons.throttle import over_limit
from practices.models import ResourcePage

from .feedback import SESSION_KEY, address_hash, already_rated, is_own_resource
from .forms import FeedbackForm, JoinRequestForm, ReportForm

# At most N posts of each form per visitor address and window of seconds; settings
# COMMUNITY_RATE_LIMITS overrides any of them.
DEFAULT_RATE_LIMITS = {"report": (5, 600), "feedback": (20, 3600), "join": (3, 3600)}


def is_rate_limited(request, kind):
    """Count one post of the ``kind`` form from this visitor; True past its limit."""
    limits = getattr(settings, "COMMUNITY_RATE_LIMITS", {})
    return over_limit(request, f"community:{kind}", limits.get(kind, DEFAULT_RATE_LIMITS[kind]))


def rate_limit_error():
    return _(
        "Vous avez envoyé trop de formulaires en peu de temps. "
        "Patientez quelques minutes avant de réessayer."
    )


def get_live_resource(page_id):
    page = ResourcePage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


def resource_url(request, page, anchor=""):
    return (page.get_url(request) or "/") + anchor


@require_http_methods(["GET", "POST"])
def report(request, page_id):
    page = get_live_resource(page_id)
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_spam:
            messages.success(request, _("Merci, votre signalement a été transmis."), "community")
            return redirect(resource_url(request, page, "#signaler"))
        if is_rate_limited(request, "report"):
            form.is_valid()
            form.add_error(None, rate_limit_error())
            status = 429
        elif form.is_valid():
            item = form.save(commit=False)
            item.page = page
            item.save()
            messages.success(
                request,
                _("Merci, votre signalement a été transmis à l'équipe de modération."),
                "community",
            )
            return redirect(resource_url(request, page, "#signaler"))
        else:
            status = 400
    return TemplateResponse(
        request, "community/report_page.html", {"resource": page, "form": form}, status=status
    )


@require_http_methods(["GET", "POST"])
def feedback(request, page_id):
    page = get_live_resource(page_id)
    if is_own_resource(request.user, page):
        messages.info(
            request,
            _("Vous ne pouvez pas évaluer une ressource dont vous êtes l'auteur."),
            "community",
        )
        return redirect(resource_url(request, page, "#avis"))
    if already_rated(request, page):
        messages.info(
            request, _("Vous avez déjà donné votre avis sur cette ressource. Merci !"), "community"
        )
        return redirect(resource_url(request, page, "#avis"))
    form = FeedbackForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_spam:
            messages.success(request, _("Merci pour votre avis !"), "community")
            return redirect(resource_url(request, page, "#avis"))
        if is_rate_limited(request, "feedback"):
            form.is_valid()
            form.add_error(None, rate_limit_error())
            status = 429
        elif form.is_valid():
            if not request.session.session_key:
                request.session.save()
            item = form.save(commit=False)
            item.page = page
            item.session_key = request.session.session_key
            item.address_hash = address_hash(request)
            # A double click: the first answer counts.
            with contextlib.suppress(IntegrityError), transaction.atomic():
                item.save()
            rated = set(request.session.get(SESSION_KEY, []))
            rated.add(page.pk)
            request.session[SESSION_KEY] = sorted(rated)
            messages.success(request, _("Merci pour votre avis !"), "community")
            return redirect(resource_url(request, page, "#avis"))
        else:
            status = 400
    return TemplateResponse(
        request, "community/feedback_page.html", {"resource": page, "form": form}, status=status
    )


@require_http_methods(["GET", "POST"])
def contribute(request):
    form = JoinRequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_spam:
            messages.success(request, _("Merci, votre demande a bien été envoyée."), "community")
            return redirect("community:contribute")
        if is_rate_limited(request, "join"):
            form.is_valid()
            form.add_error(None, rate_limit_error())
            status = 429
        elif form.is_valid():
            form.save()
            messages.success(
                request,
                _(
                    "Merci, votre demande a bien été envoyée. L'équipe de modération vous "
                    "répondra par courriel."
                ),
                "community",
            )
            return redirect("community:contribute")
        else:
            status = 400
    return TemplateResponse(request, "community/contribute.html", {"form": form}, status=status)
