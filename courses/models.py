"""Training courses: trainers assemble the commons' resources into ordered modules.

A ``Course`` groups modules in sessions (« Jour 1 », « Séance 2 »…); each module
references a published resource. The course serves its exports as routes:
``livret/`` (printable HTML), ``livret.pdf`` and ``supports.zip``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from commons.blocks import RICH_TEXT_FEATURES
from commons.mixins import (
    CoverImageMixin,
    LevelMixin,
    LicenceMixin,
    SummaryMixin,
    TaxonomyMixin,
)

from . import exports
from .blocks import SessionBlock
from .booklet import Booklet, session_specs_from_stream
from .pdf import is_pdf_available

# Sub-URLs of a course. The file ones end without a slash: ``courses.export_urls``
# hands them to Wagtail's routing, which only knows paths ending with one.
BOOKLET_PATH = "livret/"
BOOKLET_PDF_PATH = "livret.pdf"
ARCHIVE_PATH = "supports.zip"


class CourseIndexPage(Page):
    """Section « Parcours de formation »: the list of published courses."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.Course"]
    max_count = 1

    class Meta:
        verbose_name = _("rubrique des parcours de formation")

    def get_courses(self):
        return (
            Course.objects.child_of(self)
            .live()
            .public()
            .select_related("cover_image", "licence")
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = list(self.get_courses())
        return context


class Course(
    RoutablePageMixin,
    SummaryMixin,
    CoverImageMixin,
    LicenceMixin,
    TaxonomyMixin,
    LevelMixin,
    Page,
):
    """Parcours de formation: resources of the commons assembled into a training."""

    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objectif"), max_length=300))],
        verbose_name=_("objectifs"),
        blank=True,
    )
    prerequisites = RichTextField(_("prérequis"), features=RICH_TEXT_FEATURES, blank=True)
    modules = StreamField(
        [("session", SessionBlock())],
        verbose_name=_("programme"),
        blank=True,
        help_text=_(
            "Les modules dans l'ordre, regroupés en séances. Une seule séance sans titre "
            "suffit pour une liste simple."
        ),
    )

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = []

    content_panels = (
        Page.content_panels
        + SummaryMixin.summary_panels
        + CoverImageMixin.cover_panels
        + [
            FieldPanel("objectives"),
            MultiFieldPanel(
                [*LevelMixin.level_panels, FieldPanel("prerequisites")],
                heading=_("Public et prérequis"),
            ),
            FieldPanel("modules"),
            MultiFieldPanel(
                [*TaxonomyMixin.taxonomy_panels, *LicenceMixin.licence_panels],
                heading=_("Classement, auteurs et licence"),
            ),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("objectives"),
        index.SearchField("prerequisites"),
        index.AutocompleteField("summary"),
        index.FilterField("level"),
    ]

    class Meta:
        verbose_name = _("parcours de formation")
        verbose_name_plural = _("parcours de formation")

    @property
    def module_count(self):
        """Number of modules, read without resolving any page."""
        return sum(len(spec.modules) for spec in session_specs_from_stream(self.modules))

    def build_booklet(self, request=None):
        """The resolved modules, their durations and the exports of this course."""
        return Booklet(
            title=self.title,
            summary=self.summary,
            sessions=session_specs_from_stream(self.modules),
            source_url=self.get_full_url(request),
            course=self,
            request=request,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["booklet"] = self.build_booklet(request)
        context.update(self.get_export_urls(request))
        context["pdf_available"] = is_pdf_available()
        context["authors"] = list(self.authors.all())
        context["audiences"] = list(self.audiences.all())
        context["themes"] = list(self.themes.all())
        return context

    # Exports ------------------------------------------------------------------------

    def get_export_urls(self, request=None):
        """URLs of the printable booklet, its PDF and the archive of materials."""
        base = self.get_url(request) or ""
        return {
            "html_url": base + BOOKLET_PATH,
            "pdf_url": base + BOOKLET_PDF_PATH,
            "zip_url": base + ARCHIVE_PATH,
        }

    @path(BOOKLET_PATH, name="booklet")
    def booklet_html(self, request):
        return exports.booklet_html_response(self.build_booklet(request))

    @path(BOOKLET_PDF_PATH + "/", name="booklet_pdf")
    def booklet_pdf(self, request):
        return exports.booklet_pdf_response(self.build_booklet(request))

    @path(ARCHIVE_PATH + "/", name="archive")
    def archive(self, request):
        return exports.archive_response(self.build_booklet(request))
