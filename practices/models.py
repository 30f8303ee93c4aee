"""The three kinds of resource of the commons, and their section pages.

``ResourcePage`` is the concrete base the three types extend: one table holds
what every resource shares, so listings, theme pages and search cover all
types in a single query.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.formats import date_format
from django.utils.functional import cached_property, classproperty
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from commons.blocks import RICH_TEXT_FEATURES, FigureBlock, ResourceBodyBlock, StepBlock
from commons.listing import build_listing
from commons.mixins import (
    CoverImageMixin,
    LevelMixin,
    LicenceMixin,
    SummaryMixin,
    TaxonomyMixin,
    TerritoryMixin,
)
from commons.models import Author, Theme

from . import extensions
from .blocks import (
    HandoutBlock,
    IngredientBlock,
    ObstacleBlock,
    PartnerBlock,
    RunThroughStepBlock,
    TestimonyBlock,
    ToolBlock,
)
from .resource_types import ResourceType

# Renditions used by resource cards; prefetched with the listing. They must match the
# specs of the {% picture %} tag in templates/includes/resource_card.html exactly.
CARD_RENDITIONS = [
    "fill-400x225|format-webp",
    "fill-400x225|format-jpeg",
    "fill-800x450|format-webp",
    "fill-800x450|format-jpeg",
]


class ResourcePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.ResourcePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ResourcePage(
    RoutablePageMixin,
    SummaryMixin,
    CoverImageMixin,
    LicenceMixin,
    TaxonomyMixin,
    LevelMixin,
    TerritoryMixin,
    Page,
):
    """What every resource of the commons shares. Not created directly."""

    body = StreamField(ResourceBodyBlock(), verbose_name=_("contenu"), blank=True)
    tags = ClusterTaggableManager(through=ResourcePageTag, verbose_name=_("étiquettes"), blank=True)
    pix_competences = ParentalManyToManyField(
        "commons.PixCompetence",
        verbose_name=_("compétences PIX"),
        blank=True,
        related_name="resources",
    )
    duration_minutes = models.PositiveIntegerField(_("durée (minutes)"), null=True, blank=True)
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("adaptée de"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
    )

    is_creatable = False
    parent_page_types = []
    subpage_types = []

    # What a resource of no declared type is called (each type's ``resource_type`` sets these).
    type_label = _("Ressource")
    type_slug = "ressource"
    # How the duration is called in the resource's key facts.
    duration_label = _("Durée")

    classification_panels = [
        MultiFieldPanel(
            [
                *TaxonomyMixin.taxonomy_panels,
                FieldPanel("tags"),
                *LicenceMixin.licence_panels,
            ],
            heading=_("Classement, auteurs et licence"),
        ),
    ]
    related_panels = [
        InlinePanel("related_links", label=_("Ressources liées")),
        # Form-only field of the admin form (extensions.set_admin_form), shown in the
        # public history.
        FieldPanel("change_summary"),
    ]

    @classproperty
    def base_form_class(cls):
        return extensions.admin_form() or WagtailAdminPageForm

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("themes", [index.SearchField("label", boost=2)]),
        index.RelatedFields("audiences", [index.SearchField("label")]),
        index.AutocompleteField("summary"),
        index.FilterField("level"),
        index.FilterField("departement"),
        index.FilterField("licence_id"),
    ]

    class Meta:
        verbose_name = _("ressource")
        verbose_name_plural = _("ressources")

    def full_clean(self, *args, **kwargs):
        if self.licence_id is None:
            from commons.models import Licence

            self.licence_id = Licence.default_pk()
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        for validate in extensions.validators():
            validate(self)

    @classmethod
    def get_subpage_urls(cls):
        # The routes the feature apps add to every resource (« adapter/ », « markdown/ »).
        return (*super().get_subpage_urls(), *extensions.routes())

    @property
    def resource_type_label(self):
        return self.specific_class.type_label if self.specific_class else self.type_label

    @property
    def resource_type_slug(self):
        return self.specific_class.type_slug if self.specific_class else self.type_slug

    def get_duration_minutes(self):
        return self.duration_minutes

    @cached_property
    def related_cards(self):
        """The live related resources, loaded for cards in a constant number of queries."""
        ids = [link.related_page_id for link in self.related_links.all()]
        if not ids:
            return []
        found = ResourcePage.for_cards(ResourcePage.objects.live().public().filter(pk__in=ids))
        by_id = {resource.pk: resource for resource in found}
        return [by_id[pk] for pk in ids if pk in by_id]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Prefetched on the instance: the page body, the JSON-LD and the sharing tags
        # all read these relations, and must not query them again each.
        prefetch_related_objects(
            [self],
            Prefetch("themes", queryset=Theme.objects.select_related("category")),
            "audiences",
            Prefetch("authors", queryset=Author.objects.select_related("photo")),
            "tags",
            "pix_competences",
        )
        context["themes"] = list(self.themes.all())
        context["audiences"] = list(self.audiences.all())
        context["authors"] = list(self.authors.all())
        context["tags"] = list(self.tags.all())
        context["pix_competences"] = list(self.pix_competences.all())
        return context

    @classmethod
    def for_cards(cls, queryset=None):
        """Everything a resource card shows, in a constant number of queries."""
        queryset = cls.objects.all() if queryset is None else queryset
        images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
        return queryset.select_related("licence").prefetch_related(
            Prefetch("cover_image", queryset=images),
            "themes",
            "audiences",
        )


def live_resources():
    """The resources any visitor may see: live, and under no view restriction."""
    return ResourcePage.objects.live().public()


class RelatedResource(Orderable):
    page = ParentalKey(ResourcePage, related_name="related_links", on_delete=models.CASCADE)
    related_page = models.ForeignKey(
        ResourcePage,
        verbose_name=_("ressource"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("ressource liée")
        verbose_name_plural = _("ressources liées")


class PracticeSheet(ResourcePage):
    """Fiche pratique: a best-practice sheet a mediator can apply tomorrow."""

    last_reviewed = models.DateField(_("dernière relecture"), null=True, blank=True)

    resource_type = ResourceType(
        key="sheet",
        slug="fiche",
        label=_("Fiche pratique"),
        section_title="Fiches pratiques",
        section_slug="fiches-pratiques",
        latest_heading=_("Dernières fiches pratiques"),
        see_all_label=_("Voir toutes les fiches pratiques"),
        api_shared_fields=("pix_competences",),
    )
    duration_label = _("Temps de mise en œuvre")
    parent_page_types = ["practices.PracticeSheetIndexPage"]
    subpage_types = []

    content_panels = (
        Page.content_panels
        + SummaryMixin.summary_panels
        + CoverImageMixin.cover_panels
        + [FieldPanel("body")]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("level"),
                    FieldPanel("duration_minutes", heading=_("Temps de mise en œuvre (minutes)")),
                    FieldPanel("last_reviewed"),
                ],
                heading=_("Mise en pratique"),
            ),
            FieldPanel("pix_competences", widget=forms.CheckboxSelectMultiple),
        ]
        + ResourcePage.classification_panels
        + ResourcePage.related_panels
    )

    class Meta:
        verbose_name = _("fiche pratique")
        verbose_name_plural = _("fiches pratiques")


class ProjectRecipe(ResourcePage):
    """Recette de projet: everything another territory needs to reproduce a project."""

    class Difficulty(models.IntegerChoices):
        SIMPLE = 1, _("Facile")
        MEDIUM = 2, _("Moyenne")
        HARD = 3, _("Exigeante")

    # The shared level facet follows the recipe's difficulty.
    DIFFICULTY_TO_LEVEL = {1: "debutant", 2: "intermediaire", 3: "avance"}

    period_start = models.DateField(_("début du projet"), null=True, blank=True)
    period_end = models.DateField(_("fin du projet"), null=True, blank=True)
    project_holder = models.CharField(_("porteur du projet"), max_length=200, blank=True)
    partners = StreamField([("partner", PartnerBlock())], verbose_name=_("partenaires"), blank=True)
    context = RichTextField(
        _("contexte et raisons du projet"), features=RICH_TEXT_FEATURES, blank=True
    )
    ingredients = StreamField(
        [("ingredient", IngredientBlock())], verbose_name=_("ingrédients"), blank=True
    )
    tools = StreamField([("tool", ToolBlock())], verbose_name=_("outils"), blank=True)
    steps = StreamField([("step", StepBlock())], verbose_name=_("étapes"), blank=True)
    facilitators = StreamField(
        [("facilitator", blocks.CharBlock(label=_("Facilitateur"), max_length=300))],
        verbose_name=_("ce qui a aidé (facilitateurs)"),
        blank=True,
    )
    obstacles = StreamField(
        [("obstacle", ObstacleBlock())], verbose_name=_("freins et solutions"), blank=True
    )
    results = RichTextField(
        _("résultats et impact social"), features=RICH_TEXT_FEATURES, blank=True
    )
    testimonies = StreamField(
        [("testimony", TestimonyBlock())], verbose_name=_("témoignages"), blank=True
    )
    variants = RichTextField(_("variantes"), features=RICH_TEXT_FEATURES, blank=True)
    setup_time = models.CharField(
        _("temps de mise en place"), max_length=100, blank=True, help_text=_("Ex. : 3 mois")
    )
    difficulty = models.PositiveSmallIntegerField(
        _("difficulté"), choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    contact = models.TextField(_("contact"), max_length=500, blank=True)
    gallery = StreamField([("image", FigureBlock())], verbose_name=_("galerie"), blank=True)

    resource_type = ResourceType(
        key="recipe",
        slug="recette",
        label=_("Recette de projet"),
        section_title="Recettes de projets",
        section_slug="recettes",
        latest_heading=_("Dernières recettes de projets"),
        see_all_label=_("Voir toutes les recettes de projets"),
        extra_sections=(
            "context",
            "partners",
            "ingredients",
            "tools",
            "steps",
            "facilitators",
            "obstacles",
            "results",
            "testimonies",
            "variants",
        ),
    )
    parent_page_types = ["practices.ProjectRecipeIndexPage"]
    subpage_types = []

    content_panels = (
        Page.content_panels
        + SummaryMixin.summary_panels
        + CoverImageMixin.cover_panels
        + [
            MultiFieldPanel(
                [
                    *TerritoryMixin.territory_panels,
                    FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                    FieldPanel("project_holder"),
                    FieldPanel("partners"),
                ],
                heading=_("Le projet"),
            ),
            FieldPanel("context"),
            FieldPanel("body", heading=_("Le projet en détail")),
            FieldPanel("ingredients"),
            FieldPanel("tools"),
            FieldPanel("steps"),
            FieldPanel("facilitators"),
            FieldPanel("obstacles"),
            FieldPanel("results"),
            FieldPanel("testimonies"),
            FieldPanel("variants"),
            MultiFieldPanel(
                [FieldPanel("setup_time"), FieldPanel("difficulty"), FieldPanel("contact")],
                heading=_("Pour se lancer"),
            ),
            FieldPanel("gallery"),
        ]
        + ResourcePage.classification_panels
        + ResourcePage.related_panels
    )

    search_fields = ResourcePage.search_fields + [
        index.SearchField("context"),
        index.SearchField("results"),
        index.SearchField("project_holder"),
        index.SearchField("commune"),
    ]

    class Meta:
        verbose_name = _("recette de projet")
        verbose_name_plural = _("recettes de projet")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(
                {"period_end": _("La fin du projet ne peut pas précéder son début.")}
            )

    def save(self, *args, **kwargs):
        self.level = self.DIFFICULTY_TO_LEVEL.get(self.difficulty, "")
        super().save(*args, **kwargs)

    @property
    def period_label(self):
        """« De mars 2024 à juin 2025 », « Depuis mars 2024 », « Jusqu'en juin 2025 »."""
        start = date_format(self.period_start, "F Y") if self.period_start else ""
        end = date_format(self.period_end, "F Y") if self.period_end else ""
        if start and end:
            return _("De %(start)s à %(end)s") % {"start": start, "end": end}
        if start:
            return _("Depuis %(start)s") % {"start": start}
        if end:
            return _("Jusqu'en %(end)s") % {"end": end}
        return ""

    def ingredients_by_category(self):
        """Ingredients grouped under their category heading, in display order."""
        groups = {}
        for block in self.ingredients:
            category = block.value.get("category")
            label = dict(IngredientBlock.base_blocks["category"].field.choices).get(category)
            groups.setdefault(label or category, []).append(block)
        return list(groups.items())


class WorkshopMaterial(ResourcePage):
    """Atelier / support pédagogique: a ready-to-run workshop with its materials."""

    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objectif"), max_length=300))],
        verbose_name=_("objectifs pédagogiques"),
        blank=True,
    )
    group_size_min = models.PositiveSmallIntegerField(
        _("participants (minimum)"), null=True, blank=True
    )
    group_size_max = models.PositiveSmallIntegerField(
        _("participants (maximum)"), null=True, blank=True
    )
    prerequisites = RichTextField(_("prérequis"), features=RICH_TEXT_FEATURES, blank=True)
    equipment = ParentalManyToManyField(
        "commons.Equipment", verbose_name=_("équipement"), blank=True, related_name="workshops"
    )
    run_through = StreamField(
        [("sequence", RunThroughStepBlock())], verbose_name=_("déroulé minuté"), blank=True
    )
    handouts = StreamField(
        [("handout", HandoutBlock())], verbose_name=_("supports à télécharger"), blank=True
    )
    variants = RichTextField(_("variantes"), features=RICH_TEXT_FEATURES, blank=True)

    resource_type = ResourceType(
        key="workshop",
        slug="atelier",
        label=_("Atelier"),
        section_title="Ateliers",
        section_slug="ateliers",
        latest_heading=_("Derniers ateliers"),
        see_all_label=_("Voir tous les ateliers"),
        api_shared_fields=("pix_competences",),
        extra_sections=("objectives", "prerequisites", "run_through", "handouts", "variants"),
    )
    parent_page_types = ["practices.WorkshopMaterialIndexPage"]
    subpage_types = []

    content_panels = (
        Page.content_panels
        + SummaryMixin.summary_panels
        + CoverImageMixin.cover_panels
        + [
            FieldPanel("objectives"),
            MultiFieldPanel(
                [
                    FieldPanel("level"),
                    FieldPanel(
                        "duration_minutes",
                        help_text=_("Calculée à partir du déroulé s'il est renseigné."),
                    ),
                    FieldRowPanel([FieldPanel("group_size_min"), FieldPanel("group_size_max")]),
                    FieldPanel("equipment", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("Organisation"),
            ),
            FieldPanel("prerequisites"),
            FieldPanel("body", heading=_("Présentation")),
            FieldPanel("run_through"),
            FieldPanel("handouts"),
            FieldPanel("pix_competences", widget=forms.CheckboxSelectMultiple),
            FieldPanel("variants"),
        ]
        + ResourcePage.classification_panels
        + ResourcePage.related_panels
    )

    class Meta:
        verbose_name = _("atelier")
        verbose_name_plural = _("ateliers")

    def clean(self):
        super().clean()
        if (
            self.group_size_min
            and self.group_size_max
            and self.group_size_max < self.group_size_min
        ):
            raise ValidationError(
                {"group_size_max": _("Le maximum doit être supérieur ou égal au minimum.")}
            )

    @property
    def group_size_label(self):
        """« De 4 à 10 participants », « 10 participants au plus »…"""
        low, high = self.group_size_min, self.group_size_max
        if low and high:
            if low == high:
                return _("%(count)d participants") % {"count": low}
            return _("De %(min)d à %(max)d participants") % {"min": low, "max": high}
        if high:
            return _("%(count)d participants au plus") % {"count": high}
        if low:
            return _("%(count)d participants au moins") % {"count": low}
        return ""

    @property
    def run_through_total(self):
        return sum(block.value.get("duration_minutes") or 0 for block in self.run_through)

    def save(self, *args, **kwargs):
        # The timed run-through is the source of truth for the duration.
        if self.run_through_total:
            self.duration_minutes = self.run_through_total
        super().save(*args, **kwargs)


class ResourceIndexPage(Page):
    """A section listing one kind of resource, with filters and pagination."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # Every section shares one layout; Wagtail would look for a template per model.
        return "practices/resource_index_page.html"

    def get_resources(self):
        return ResourcePage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        queryset = ResourcePage.for_cards(self.get_resources()).order_by(
            "-first_published_at", "-pk"
        )
        context["listing"] = build_listing(request, queryset)
        return context


class PracticeSheetIndexPage(ResourceIndexPage):
    """Section « Fiches pratiques »."""

    subpage_types = ["practices.PracticeSheet"]

    class Meta:
        verbose_name = _("rubrique des fiches pratiques")


class ProjectRecipeIndexPage(ResourceIndexPage):
    """Section « Recettes de projets »."""

    subpage_types = ["practices.ProjectRecipe"]

    class Meta:
        verbose_name = _("rubrique des recettes de projets")


class WorkshopMaterialIndexPage(ResourceIndexPage):
    """Section « Ateliers »."""

    subpage_types = ["practices.WorkshopMaterial"]

    class Meta:
        verbose_name = _("rubrique des ateliers")
