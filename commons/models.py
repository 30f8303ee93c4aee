"""Controlled vocabularies shared by every resource, and contributor profiles.

Values are seeded by data migrations and stay editable in the admin.
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class SlugFromLabelMixin(models.Model):
    """A label and a stable slug, filled from the label when left empty."""

    label = models.CharField(_("libellé"), max_length=150)
    slug = models.SlugField(_("identifiant (slug)"), max_length=150, unique=True, blank=True)
    sort_order = models.PositiveIntegerField(_("ordre"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "label"]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.label)[:150]
        super().save(*args, **kwargs)


class ThemeCategory(SlugFromLabelMixin):
    """One of the four families of themes (Inclusion numérique, Culture numérique…)."""

    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("label"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(SlugFromLabelMixin.Meta):
        verbose_name = _("catégorie de thèmes")
        verbose_name_plural = _("catégories de thèmes")


class Theme(index.Indexed, SlugFromLabelMixin):
    """A theme of the commons; each has a public page listing its resources."""

    category = models.ForeignKey(
        ThemeCategory,
        verbose_name=_("catégorie"),
        on_delete=models.PROTECT,
        related_name="themes",
    )
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("label"),
        FieldPanel("slug"),
        FieldPanel("category"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("label"), index.AutocompleteField("label")]

    class Meta(SlugFromLabelMixin.Meta):
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")
        ordering = ["category__sort_order", "sort_order", "label"]


class Audience(index.Indexed, SlugFromLabelMixin):
    """A public the resource is meant for (Seniors, Parents…)."""

    panels = [FieldPanel("label"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("label"), index.AutocompleteField("label")]

    class Meta(SlugFromLabelMixin.Meta):
        verbose_name = _("public")
        verbose_name_plural = _("publics")


class Equipment(SlugFromLabelMixin):
    """Equipment a workshop needs (Ordinateur, Tablette…)."""

    panels = [FieldPanel("label"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(SlugFromLabelMixin.Meta):
        verbose_name = _("équipement")
        verbose_name_plural = _("équipements")


class PixCompetence(models.Model):
    """A competence of the PIX framework (16 competences in 5 domains)."""

    code = models.CharField(_("code"), max_length=10, unique=True)
    label = models.CharField(_("libellé"), max_length=200)
    domain_code = models.CharField(_("code du domaine"), max_length=5)
    domain_label = models.CharField(_("domaine"), max_length=200)

    panels = [
        FieldPanel("code"),
        FieldPanel("label"),
        FieldPanel("domain_code"),
        FieldPanel("domain_label"),
    ]

    class Meta:
        verbose_name = _("compétence PIX")
        verbose_name_plural = _("compétences PIX")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.label}"


class Licence(models.Model):
    """A reuse licence, shown as a badge and a link on every resource."""

    slug = models.SlugField(_("identifiant"), max_length=50, unique=True)
    name = models.CharField(_("nom complet"), max_length=150)
    short_name = models.CharField(_("nom court"), max_length=50)
    url = models.URLField(_("adresse du texte officiel"))
    share_alike = models.BooleanField(
        _("partage dans les mêmes conditions"),
        default=False,
        help_text=_("Les adaptations doivent garder la même licence."),
    )
    non_commercial = models.BooleanField(_("pas d'utilisation commerciale"), default=False)
    requires_attribution = models.BooleanField(_("attribution obligatoire"), default=True)
    sort_order = models.PositiveIntegerField(_("ordre"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        # Read-only: the seeded identifiers ("cc-by-sa-4.0") contain dots, which the
        # SlugField validator rejects, so an editable slug made every licence unsavable.
        FieldPanel("slug", read_only=True),
        FieldPanel("url"),
        MultiFieldPanel(
            [
                FieldPanel("share_alike"),
                FieldPanel("non_commercial"),
                FieldPanel("requires_attribution"),
            ],
            heading=_("Conditions"),
        ),
        FieldPanel("sort_order"),
    ]

    DEFAULT_SLUG = "cc-by-sa-4.0"

    class Meta:
        verbose_name = _("licence")
        verbose_name_plural = _("licences")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.short_name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.short_name)[:50]
        super().save(*args, **kwargs)

    @classmethod
    def default_pk(cls):
        """Primary key of CC BY-SA 4.0, the default licence of a new resource."""
        return cls.objects.filter(slug=cls.DEFAULT_SLUG).values_list("pk", flat=True).first()


class Author(index.Indexed, models.Model):
    """A contributor profile; each has a public page listing their resources."""

    name = models.CharField(_("nom"), max_length=150)
    slug = models.SlugField(_("identifiant (slug)"), max_length=150, unique=True, blank=True)
    organisation = models.CharField(_("structure"), max_length=200, blank=True)
    role = models.CharField(_("fonction"), max_length=150, blank=True)
    territory = models.CharField(_("territoire"), max_length=150, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("présentation courte"), max_length=800, blank=True)
    user = models.OneToOneField(
        "auth.User",
        verbose_name=_("compte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("organisation"),
        FieldPanel("role"),
        FieldPanel("territory"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
    ]

    class Meta:
        verbose_name = _("auteur ou autrice")
        verbose_name_plural = _("auteurs et autrices")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slugify(self.name)[:140] or "auteur"
            slug, n = base, 2
            while Author.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)
