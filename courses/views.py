"""« Ma sélection »: plain POST forms (no JavaScript needed) and the selection's exports."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from commons.ids import parse_id
from practices.models import ResourcePage

from . import exports
from .booklet import ModuleSpec, SessionSpec, stream_data_from_specs
from .models import Course, CourseIndexPage
from .pdf import is_pdf_available
from .selection import MAX_ITEMS, Selection, SelectionFull

MOVES = {"haut": -1, "bas": 1}

# Messages of the selection carry this tag: its templates show only theirs.
MESSAGE_TAG = "selection"


def _notify(request, level, text):
    messages.add_message(request, level, text, extra_tags=MESSAGE_TAG)


def _back(request):
    """Redirect to the page the form came from, or to the selection."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("courses:selection")


def _posted_page_id(request):
    """The ``page_id`` of the form as an id, or None with a French message."""
    page_id = parse_id(request.POST.get("page_id"))
    if page_id is None:
        _notify(
            request,
            messages.ERROR,
            _("Cette ressource est introuvable : l'identifiant est invalide."),
        )
    return page_id


def _course_index_for(user):
    """The course section if ``user`` may add courses to it, else None."""
    index = CourseIndexPage.objects.first()
    if index is None or not user.is_authenticated:
        return None
    return index if index.permissions_for_user(user).can_add_subpage() else None


@require_GET
def selection(request):
    """The « Ma sélection » page."""
    chosen = Selection(request.session)
    booklet = chosen.build_booklet(request, request.build_absolute_uri())
    return TemplateResponse(
        request,
        "courses/selection.html",
        {
            "booklet": booklet,
            "can_save": bool(booklet.modules) and _course_index_for(request.user) is not None,
            "pdf_available": is_pdf_available(),
            "max_items": MAX_ITEMS,
        },
    )


@require_POST
def add(request):
    page_id = _posted_page_id(request)
    if page_id is None:
        return _back(request)
    resource = ResourcePage.objects.live().public().filter(pk=page_id).first()
    if resource is None:
        _notify(
            request,
            messages.ERROR,
            _("Cette ressource n'existe pas ou n'est pas publiée : elle n'a pas été ajoutée."),
        )
        return _back(request)
    try:
        added = Selection(request.session).add(resource.pk)
    except SelectionFull:
        _notify(
            request,
            messages.ERROR,
            _("Votre sélection compte déjà %(max)d ressources : retirez-en avant d'en ajouter.")
            % {"max": MAX_ITEMS},
        )
        return _back(request)
    if added:
        _notify(
            request,
            messages.SUCCESS,
            _("« %(title)s » a été ajoutée à votre sélection.") % {"title": resource.title},
        )
    else:
        _notify(
            request,
            messages.INFO,
            _("« %(title)s » est déjà dans votre sélection.") % {"title": resource.title},
        )
    return _back(request)


@require_POST
def remove(request):
    page_id = _posted_page_id(request)
    if page_id is not None:
        if Selection(request.session).remove(page_id):
            _notify(request, messages.SUCCESS, _("La ressource a été retirée de votre sélection."))
        else:
            _notify(request, messages.ERROR, _("Cette ressource n'est pas dans votre sélection."))
    return _back(request)


@require_POST
def move(request):
    page_id = _posted_page_id(request)
    offset = MOVES.get(request.POST.get("direction", ""))
    if page_id is None:
        return _back(request)
    if offset is None:
        _notify(
            request,
            messages.ERROR,
            _("Déplacement inconnu : choisissez « monter » ou « descendre »."),
        )
    elif Selection(request.session).move(page_id, offset):
        _notify(request, messages.SUCCESS, _("L'ordre de votre sélection a été modifié."))
    else:
        _notify(request, messages.ERROR, _("Cette ressource ne peut pas être déplacée ainsi."))
    return _back(request)


@require_POST
def clear(request):
    Selection(request.session).clear()
    _notify(request, messages.SUCCESS, _("Votre sélection a été vidée."))
    return _back(request)


@require_POST
def save_as_course(request):
    """Create a draft course from the selection, for contributors only."""
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("courses:selection"))
    index = _course_index_for(request.user)
    if index is None:
        raise PermissionDenied(_("Vous n'avez pas le droit de créer un parcours."))
    booklet = Selection(request.session).build_booklet(request)
    available = [module for module in booklet.modules if module.available]
    if not available:
        _notify(
            request, messages.ERROR, _("Votre sélection ne contient aucune ressource disponible.")
        )
        return redirect("courses:selection")

    title = request.POST.get("title", "").strip()[:200] or _("Parcours du %(date)s") % {
        "date": timezone.localdate().strftime("%d/%m/%Y")
    }
    specs = [SessionSpec("", [ModuleSpec(page_id=module.resource.pk) for module in available])]
    course = Course(
        title=title,
        slug=_unique_child_slug(index, title),
        summary=_("Parcours constitué à partir d'une sélection de %(count)d ressources.")
        % {"count": len(available)},
        modules=stream_data_from_specs(specs),
        live=False,
        owner=request.user,
    )
    index.add_child(instance=course)
    course.save_revision(user=request.user, log_action=True)
    _notify(
        request,
        messages.SUCCESS,
        _("Le parcours « %(title)s » a été créé en brouillon : complétez-le puis publiez-le.")
        % {"title": title},
    )
    return redirect("wagtailadmin_pages:edit", course.pk)


def _unique_child_slug(parent, title):
    base = slugify(title)[:200] or "parcours"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _selection_booklet(request):
    booklet = Selection(request.session).build_booklet(
        request, request.build_absolute_uri(reverse("courses:selection"))
    )
    if not booklet.modules:
        _notify(
            request, messages.INFO, _("Votre sélection est vide : ajoutez d'abord des ressources.")
        )
        return None
    return booklet


@require_GET
def booklet_html(request):
    booklet = _selection_booklet(request)
    return exports.booklet_html_response(booklet) if booklet else redirect("courses:selection")


@require_GET
def booklet_pdf(request):
    booklet = _selection_booklet(request)
    return exports.booklet_pdf_response(booklet) if booklet else redirect("courses:selection")


@require_GET
def archive(request):
    booklet = _selection_booklet(request)
    return exports.archive_response(booklet) if booklet else redirect("courses:selection")
