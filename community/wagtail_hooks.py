"""Moderation in the admin: reports, feedback, join requests, and change summaries."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

import commons.ids  # noqa: F401  (registers the <id:…> converter)

from . import accounts, styleguide  # noqa: F401  (styleguide registers the « guide de style »)
from .models import Feedback, JoinRequest, Report, RevisionNote, Status


def list_url(model):
    meta = model._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")


class ReportIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == Status.NEW and self.request.user.has_perm("community.change_report"):
            buttons.insert(
                0,
                MenuItem(
                    _("Marquer comme traité"),
                    url=reverse("community_admin:report_processed", args=[instance.pk]),
                    icon_name="check",
                    priority=5,
                ),
            )
        return buttons


class ReportViewSet(SnippetViewSet):
    model = Report
    index_view_class = ReportIndexView
    icon = "warning"
    menu_label = gettext_lazy("Signalements")
    list_display = ["page", "reason", "status", "created_at"]
    list_filter = ["status", "reason"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Report.objects.select_related("page")

    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("reason", read_only=True),
        FieldPanel("comment", read_only=True),
        FieldPanel("status"),
    ]


class FeedbackViewSet(SnippetViewSet):
    model = Feedback
    icon = "pick"
    menu_label = gettext_lazy("Avis d'utilité")
    list_display = ["page", "rating", "comment", "created_at"]
    list_filter = ["rating"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Feedback.objects.select_related("page")

    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("rating", read_only=True),
        FieldPanel("comment", read_only=True),
    ]


class JoinRequestIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_pending and self.request.user.has_perm("community.change_joinrequest"):
            decisions = [
                MenuItem(
                    _("Refuser"),
                    url=reverse("community_admin:join_refuse", args=[instance.pk]),
                    icon_name="cross",
                    priority=6,
                ),
            ]
            # An e-mail that already has an account can only be refused.
            if not instance.existing_account():
                decisions.insert(
                    0,
                    MenuItem(
                        _("Accepter"),
                        url=reverse("community_admin:join_accept", args=[instance.pk]),
                        icon_name="check",
                        priority=5,
                    ),
                )
            buttons[:0] = decisions
        return buttons


class JoinRequestViewSet(SnippetViewSet):
    model = JoinRequest
    index_view_class = JoinRequestIndexView
    icon = "user"
    menu_label = gettext_lazy("Demandes de participation")
    list_display = [
        "name",
        "organisation",
        "territory",
        "email",
        "status",
        "warnings",
        "created_at",
    ]
    list_filter = ["status"]
    search_fields = ["name", "organisation", "email"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "organisation",
        "role",
        "territory",
        "email",
        "warnings",
        "motivation",
        "status",
        "created_at",
        "decided_at",
        "decided_by",
        "user",
    ]

    def get_queryset(self, request):
        return accounts.with_warnings(JoinRequest.objects.all())

    panels = [
        FieldPanel("name", read_only=True),
        FieldPanel("organisation", read_only=True),
        FieldPanel("role", read_only=True),
        FieldPanel("territory", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("motivation", read_only=True),
    ]


class CommunityGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Communauté")
    menu_icon = "group"
    menu_order = 280
    items = (ReportViewSet, FeedbackViewSet, JoinRequestViewSet)


register_snippet(CommunityGroup)


# Actions (confirmation page on GET, action on POST) --------------------------------


def confirm(request, *, title, message, action_label, cancel_url):
    return TemplateResponse(
        request,
        "community/admin/confirm.html",
        {
            "title": title,
            "message": message,
            "action_label": action_label,
            "cancel_url": cancel_url,
        },
    )


@require_http_methods(["GET", "POST"])
def report_processed(request, pk):
    if not request.user.has_perm("community.change_report"):
        raise PermissionDenied
    report = get_object_or_404(Report.objects.select_related("page"), pk=pk)
    if request.method == "POST":
        report.status = Status.PROCESSED
        report.processed_at = timezone.now()
        report.processed_by = request.user
        report.save()
        messages.success(request, _("Signalement marqué comme traité."))
        return redirect(list_url(Report))
    return confirm(
        request,
        title=_("Marquer comme traité"),
        message=_("Le signalement « %(report)s » a-t-il été traité ?") % {"report": report},
        action_label=_("Marquer comme traité"),
        cancel_url=list_url(Report),
    )


def _join_decision(request, pk, *, accept):
    if not request.user.has_perm("community.change_joinrequest"):
        raise PermissionDenied
    join_request = get_object_or_404(JoinRequest, pk=pk)
    if not join_request.is_pending:
        messages.warning(request, _("Cette demande a déjà été traitée."))
        return redirect(list_url(JoinRequest))
    if accept and (username := join_request.existing_account()):
        messages.error(request, str(accounts.AccountExists(username)))
        return redirect(list_url(JoinRequest))
    if request.method == "POST":
        if accept:
            try:
                user = accounts.accept(join_request, request.user)
            except accounts.AccountExists as conflict:
                messages.error(request, str(conflict))
                return redirect(list_url(JoinRequest))
            messages.success(
                request,
                _(
                    "Demande acceptée : le compte « %(username)s » est créé dans le groupe "
                    "Contributeurs, un courriel lui permet de choisir son mot de passe."
                )
                % {"username": user.get_username()},
            )
        else:
            accounts.refuse(join_request, request.user)
            messages.success(request, _("Demande refusée."))
        return redirect(list_url(JoinRequest))
    if accept:
        return confirm(
            request,
            title=_("Accepter la demande"),
            message=_(
                "Créer le compte de contributeur de %(name)s (%(email)s) et lui envoyer "
                "un courriel pour choisir son mot de passe ?"
            )
            % {"name": join_request.name, "email": join_request.email},
            action_label=_("Accepter et créer le compte"),
            cancel_url=list_url(JoinRequest),
        )
    return confirm(
        request,
        title=_("Refuser la demande"),
        message=_("Refuser la demande de %(name)s ?") % {"name": join_request.name},
        action_label=_("Refuser la demande"),
        cancel_url=list_url(JoinRequest),
    )


@require_http_methods(["GET", "POST"])
def join_accept(request, pk):
    return _join_decision(request, pk, accept=True)


@require_http_methods(["GET", "POST"])
def join_refuse(request, pk):
    return _join_decision(request, pk, accept=False)


@hooks.register("register_admin_urls")
def register_admin_urls():
    from django.urls import include

    urls = [
        path("signalements/<id:pk>/traiter/", report_processed, name="report_processed"),
        path("demandes/<id:pk>/accepter/", join_accept, name="join_accept"),
        path("demandes/<id:pk>/refuser/", join_refuse, name="join_refuse"),
    ]
    return [path("communaute/", include((urls, "community_admin"), namespace="community_admin"))]


# « Résumé de la modification » -----------------------------------------------------


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def save_change_summary(request, page):
    summary = (request.POST.get("change_summary") or "").strip()[:255]
    revision_id = getattr(page, "latest_revision_id", None)
    if summary and revision_id:
        RevisionNote.objects.update_or_create(
            revision_id=revision_id, defaults={"summary": summary}
        )


# Contributors create resources, not sections ----------------------------------------


@hooks.register("before_create_page")
def only_moderators_create_sections(request, parent_page, page_class):
    """Wagtail's « add » permission on the home page would let contributors create a
    missing section: only users who may publish there can create non-resource pages."""
    from practices.models import ResourcePage

    if issubclass(page_class, ResourcePage):
        return None
    if parent_page.permissions_for_user(request.user).can_publish_subpage():
        return None
    raise PermissionDenied
