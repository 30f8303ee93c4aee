"""Small abstract mixins composing the resource pages.

Each mixin owns a few fields and the admin panels that edit them, so page
types assemble what they need instead of copying fields around.
"""

from django import forms
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .models import Licence
from .territories import DEPARTEMENT_CHOICES, DEPARTEMENT_NAMES


class SummaryMixin(models.Model):
    summary = models.TextField(
        _("résumé"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_("300 caractères au plus ; affiché sur les cartes et dans les résultats."),
    )

    summary_panels = [FieldPanel("summary")]

    class Meta:
        abstract = True


class CoverImageMixin(models.Model):
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image de couverture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    cover_panels = [FieldPanel("cover_image")]

    class Meta:
        abstract = True


class LicenceMixin(models.Model):
    licence = models.ForeignKey(
        "commons.Licence",
        verbose_name=_("licence"),
        on_delete=models.PROTECT,
        related_name="+",
        default=Licence.default_pk,
        help_text=_("Les conditions de réutilisation de la ressource."),
    )

    licence_panels = [FieldPanel("licence")]

    class Meta:
        abstract = True


class TaxonomyMixin(models.Model):
    """Themes, audiences and authors: the controlled vocabularies."""

    themes = ParentalManyToManyField(
        "commons.Theme", verbose_name=_("thèmes"), blank=True, related_name="%(class)ss"
    )
    audiences = ParentalManyToManyField(
        "commons.Audience", verbose_name=_("publics"), blank=True, related_name="%(class)ss"
    )
    authors = ParentalManyToManyField(
        "commons.Author", verbose_name=_("auteurs"), blank=True, related_name="%(class)ss"
    )

    taxonomy_panels = [
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("authors"),
    ]

    class Meta:
        abstract = True


class LevelMixin(models.Model):
    class Level(models.TextChoices):
        DEBUTANT = "debutant", _("Débutant")
        INTERMEDIAIRE = "intermediaire", _("Intermédiaire")
        AVANCE = "avance", _("Avancé")

    level = models.CharField(_("niveau"), max_length=20, choices=Level.choices, blank=True)

    level_panels = [FieldPanel("level")]

    class Meta:
        abstract = True


class TerritoryMixin(models.Model):
    commune = models.CharField(_("commune"), max_length=150, blank=True)
    departement = models.CharField(
        _("département"), max_length=3, choices=DEPARTEMENT_CHOICES, blank=True
    )

    territory_panels = [
        MultiFieldPanel([FieldPanel("commune"), FieldPanel("departement")], heading=_("Territoire"))
    ]

    class Meta:
        abstract = True

    @property
    def departement_name(self):
        return DEPARTEMENT_NAMES.get(self.departement, "")

    @property
    def territory_label(self):
        parts = [self.commune]
        if self.departement:
            parts.append(f"{self.departement_name} ({self.departement})")
        return ", ".join(p for p in parts if p)
