"""Test factories of the shared domain: vocabularies, authors, media, a published page.

Seeded vocabularies (themes, audiences, licences, PIX) are picked deterministically
from the rows the data migrations create; new rows are only made where the
vocabulary is free (authors). Factories of the apps above build on these; this module
imports nothing from them (layering: practices, courses, home… depend on commons).

Test-only: ``factory_boy`` and ``wagtail-factories`` are development dependencies.
"""

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Site

from commons.models import Audience, Author, Licence, Theme, ThemeCategory

# --------------------------------------------------------------------------
# Seeded vocabularies: deterministic picks, no random ordering.


def pick(model, count, offset=0, order_by="pk"):
    """``count`` seeded rows of ``model``, starting at ``offset`` (wrapping around)."""
    rows = list(model.objects.order_by(order_by))
    if not rows:
        return []
    return [rows[(offset + i) % len(rows)] for i in range(min(count, len(rows)))]


def seeded_themes(count=2, offset=0):
    return pick(Theme, count, offset)


def seeded_audiences(count=2, offset=0):
    return pick(Audience, count, offset)


def licence(slug=Licence.DEFAULT_SLUG):
    return Licence.objects.get(slug=slug)


def root_collection():
    return Collection.get_first_root_node()


def site_root_page():
    """The root page of the default site (the home page the data migration created)."""
    return Site.objects.get(is_default_site=True).root_page.specific


# --------------------------------------------------------------------------
# Vocabularies and media


class ThemeFactory(DjangoModelFactory):
    """A new theme, in the first seeded category (prefer ``seeded_themes``)."""

    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    label = factory.Sequence(lambda n: f"Thème d'essai n° {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.label))
    category = factory.LazyFunction(lambda: ThemeCategory.objects.order_by("sort_order").first())
    description = "Un thème créé pour les tests."


class AudienceFactory(DjangoModelFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("slug",)

    label = factory.Sequence(lambda n: f"Public d'essai n° {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.label))


FRENCH_NAMES = [
    "Aïcha Benali",
    "Mathieu Lefèvre",
    "Éloïse Garnier",
    "Karim Haddad",
    "Sophie Le Gall",
    "Jean-Baptiste Rousseau",
    "Nadia Ferreira",
    "Thibault Marchand",
    "Chloé Nguyen",
    "Yannick Le Bihan",
]
ORGANISATIONS = [
    "Médiathèque François-Mitterrand",
    "Centre social des Trois-Cités",
    "France Services de Lodève",
    "Association Bretagne Numérique Solidaire",
    "Espace public numérique de Roubaix",
]
TERRITORIES = ["Poitiers (86)", "Lodève (34)", "Roubaix (59)", "Quimper (29)", "Grenoble (38)"]


class AuthorFactory(DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"{FRENCH_NAMES[n % len(FRENCH_NAMES)]} {n}")
    organisation = factory.Sequence(lambda n: ORGANISATIONS[n % len(ORGANISATIONS)])
    role = "Conseillère numérique"
    territory = factory.Sequence(lambda n: TERRITORIES[n % len(TERRITORIES)])
    bio = factory.LazyAttribute(
        lambda o: (
            f"{o.name.rsplit(' ', 1)[0]} anime des ateliers numériques à "
            f"{o.organisation} depuis 2019."
        )
    )


class ImageFactory(wagtail_factories.ImageFactory):
    """An image in the root collection (the base factory makes a new root each time)."""

    title = factory.Sequence(lambda n: f"Atelier tablette à la médiathèque ({n})")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.ImageField(width=160, height=90, color="teal")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Support participant n° {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.FileField(
        filename="support-participant.pdf", data=b"%PDF-1.4\n% support d'atelier\n"
    )


# --------------------------------------------------------------------------
# Stream data of the shared body blocks (raw JSON form, as stored in the database)


def body_data(n=0):
    """A body with a heading, a paragraph, numbered steps, a callout, a quote and a link."""
    return [
        {"type": "heading", "value": {"text": "Préparer la séance", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Installez les participants <b>deux par deux</b> devant un poste, "
                "le plus à l'aise à côté du moins à l'aise.</p>"
            ),
        },
        {
            "type": "steps",
            "value": [
                {"title": "Allumer la tablette", "text": "<p>Bouton sur la tranche.</p>"},
                {"title": "Ouvrir le navigateur", "text": "<p>L'icône en forme de globe.</p>"},
                {"title": "Taper l'adresse", "text": "<p>Dans la barre du haut.</p>"},
            ],
        },
        {
            "type": "callout",
            "value": {
                "kind": "astuce",
                "title": "Astuce",
                "text": "<p>Gardez un mot de passe d'exemple au tableau.</p>",
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": "Maintenant j'envoie les photos à mes petits-enfants toute seule.",
                "author": "Josette",
                "role": "participante, 78 ans",
            },
        },
        {
            "type": "link",
            "value": {
                "url": "https://www.service-public.fr/",
                "title": "Service-Public.fr",
                "description": "Le site officiel de l'administration française.",
            },
        },
    ]


# --------------------------------------------------------------------------
# Pages


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Index pages: get-or-create under the site's root page, published with a revision."""

    parent = factory.LazyFunction(site_root_page)

    class Meta:
        abstract = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        instance = super()._create_instance(model_class, parent, kwargs)
        instance.save_revision(clean=False).publish()  # cleaned when created
        instance.refresh_from_db()
        return instance
