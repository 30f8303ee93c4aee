"""Search reports for editors: what people look for, and what they do not find."""

from datetime import timedelta

from django.db.models import Count, Max
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from .models import SearchQueryLog

REPORT_DAYS = 30


def recent_logs(days=REPORT_DAYS):
    return SearchQueryLog.objects.filter(created_at__gte=timezone.now() - timedelta(days=days))


def top_queries(days=REPORT_DAYS):
    """Most frequent queries of the last ``days`` days, with their latest result count."""
    return (
        recent_logs(days)
        .values("query")
        .annotate(searches=Count("id"), last_searched=Max("created_at"))
        .order_by("-searches", "query")
    )


def zero_result_queries(days=REPORT_DAYS):
    """Queries that found nothing in the last ``days`` days, most frequent first."""
    return (
        recent_logs(days)
        .filter(results_count=0)
        .values("query")
        .annotate(searches=Count("id"), last_searched=Max("created_at"))
        .order_by("-searches", "query")
    )


class SearchLinkColumn(Column):
    """The query, linked to the public search page."""

    cell_template_name = "search/admin/query_cell.html"


class BaseSearchReport(ReportView):
    header_icon = "search"
    paginate_by = 50
    # Any user with access to the admin may read these reports.
    permission_policy = None
    columns = [
        SearchLinkColumn("query", label=_("Recherche")),
        Column("searches", label=_("Nombre de recherches")),
        Column("last_searched", label=_("Dernière recherche")),
    ]
    list_export = ["query", "searches", "last_searched"]
    export_headings = {
        "query": _("Recherche"),
        "searches": _("Nombre de recherches"),
        "last_searched": _("Dernière recherche"),
    }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["report_days"] = REPORT_DAYS
        return context


class TopQueriesReport(BaseSearchReport):
    page_title = _("Recherches les plus fréquentes")
    index_url_name = "search_reports:top"
    index_results_url_name = "search_reports:top_results"
    export_filename = "recherches-frequentes"

    def get_queryset(self):
        return top_queries()


class ZeroResultQueriesReport(BaseSearchReport):
    page_title = _("Recherches sans résultat")
    header_icon = "warning"
    index_url_name = "search_reports:zero"
    index_results_url_name = "search_reports:zero_results"
    export_filename = "recherches-sans-resultat"

    def get_queryset(self):
        return zero_result_queries()


report_urls = [
    path("frequentes/", TopQueriesReport.as_view(), name="top"),
    path("frequentes/resultats/", TopQueriesReport.as_view(results_only=True), name="top_results"),
    path("sans-resultat/", ZeroResultQueriesReport.as_view(), name="zero"),
    path(
        "sans-resultat/resultats/",
        ZeroResultQueriesReport.as_view(results_only=True),
        name="zero_results",
    ),
]


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [path("rapports/recherche/", include((report_urls, "search_reports")))]


@hooks.register("register_reports_menu_item")
def register_top_queries_menu_item():
    return MenuItem(
        _("Recherches fréquentes (30 jours)"),
        reverse("search_reports:top"),
        name="search-top-queries",
        icon_name="search",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def register_zero_result_menu_item():
    return MenuItem(
        _("Recherches sans résultat (30 jours)"),
        reverse("search_reports:zero"),
        name="search-zero-results",
        icon_name="warning",
        order=1310,
    )
