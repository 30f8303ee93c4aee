"""Test factories of the resource pages and their section index pages.

Resource pages end up live, published, with a revision, unless ``publish=False`` is
passed (a draft, never live). Built on commons/factories.py only (layering).
"""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from commons.factories import (
    AuthorFactory,
    DocumentFactory,
    ImageFactory,
    PublishedPageFactory,
    body_data,
    licence,
    pick,
    seeded_audiences,
    seeded_themes,
)
from commons.models import Equipment, PixCompetence
from practices.models import (
    PracticeSheet,
    PracticeSheetIndexPage,
    ProjectRecipe,
    ProjectRecipeIndexPage,
    WorkshopMaterial,
    WorkshopMaterialIndexPage,
)

# --------------------------------------------------------------------------
# Stream data (raw JSON form, as stored in the database)


def ingredients_data():
    return [
        {
            "type": "ingredient",
            "value": {
                "category": "humain",
                "label": "Une conseillère numérique",
                "quantity": "0.5",
                "unit": "ETP",
                "note": "Deux demi-journées par semaine",
            },
        },
        {
            "type": "ingredient",
            "value": {
                "category": "materiel",
                "label": "Tablettes reconditionnées",
                "quantity": "8",
                "unit": "tablettes",
                "note": "",
            },
        },
        {
            "type": "ingredient",
            "value": {
                "category": "budget",
                "label": "Abonnement 4G",
                "quantity": "600",
                "unit": "€",
                "note": "par an",
            },
        },
    ]


def recipe_steps_data():
    return [
        {"type": "step", "value": {"title": "Réunir les partenaires", "text": "<p>Mairie.</p>"}},
        {"type": "step", "value": {"title": "Recruter les bénévoles", "text": "<p>Trois.</p>"}},
        {"type": "step", "value": {"title": "Lancer les permanences", "text": ""}},
    ]


def obstacles_data():
    return [
        {
            "type": "obstacle",
            "value": {
                "obstacle": "Peu d'inscriptions au démarrage",
                "solution": "<p>Affiches chez les pharmaciens et à la boulangerie.</p>",
            },
        },
        {
            "type": "obstacle",
            "value": {
                "obstacle": "Connexion Wi-Fi instable dans la salle",
                "solution": "<p>Un routeur 4G prêté par la médiathèque.</p>",
            },
        },
    ]


RUN_THROUGH_DURATIONS = (15, 45, 30)


def run_through_data(durations=RUN_THROUGH_DURATIONS):
    titles = ["Accueil et tour de table", "Manipulation guidée", "Exercice en binôme", "Bilan"]
    return [
        {
            "type": "sequence",
            "value": {
                "title": titles[i % len(titles)],
                "duration_minutes": minutes,
                "instructions": "<p>Chacun dit ce qu'il attend de la séance.</p>",
                "facilitator_notes": "Laisser le temps de répondre.",
            },
        }
        for i, minutes in enumerate(durations)
    ]


# --------------------------------------------------------------------------
# Pages


class PracticeSheetIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = PracticeSheetIndexPage
        django_get_or_create = ("slug", "parent")

    title = "Fiches pratiques"
    slug = "fiches-pratiques"
    intro = "<p>Des fiches courtes à appliquer dès demain en atelier.</p>"


class ProjectRecipeIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = ProjectRecipeIndexPage
        django_get_or_create = ("slug", "parent")

    title = "Recettes de projets"
    slug = "recettes"
    intro = "<p>Comment refaire ailleurs un projet qui a marché.</p>"


class WorkshopMaterialIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = WorkshopMaterialIndexPage
        django_get_or_create = ("slug", "parent")

    title = "Ateliers"
    slug = "ateliers"
    intro = "<p>Des ateliers prêts à animer, avec leur déroulé minuté.</p>"


def _seeded_m2m(name, pick_rows):
    """A post-generation hook filling a ParentalManyToMany with seeded rows.

    The pick depends on the page id, so consecutive pages carry different (and
    overlapping) themes; pass an explicit iterable to choose them.
    """

    def hook(obj, create, extracted, **kwargs):
        rows = list(extracted) if extracted is not None else pick_rows(obj.pk or 0)
        getattr(obj, name).set(rows)
        return True

    return factory.PostGeneration(hook)


class ResourcePageFactory(wagtail_factories.PageFactory):
    """Shared declarations of the three resource factories.

    Post-generation keywords: ``themes``, ``audiences``, ``authors``, ``tags``,
    ``pix_competences`` (iterables overriding the defaults) and ``publish``
    (``False`` leaves a draft, not live, with a revision).
    """

    class Meta:
        abstract = True

    slug = factory.LazyAttribute(lambda o: slugify(o.title)[:80])
    summary = factory.LazyAttribute(
        lambda o: (
            f"{o.title} : ce qu'il faut préparer, comment l'animer et les pièges à "
            "éviter, raconté par celles et ceux qui l'ont fait."
        )
    )
    cover_image = factory.SubFactory(ImageFactory)
    licence = factory.LazyFunction(licence)
    body = factory.Sequence(body_data)

    themes = _seeded_m2m("themes", lambda n: seeded_themes(3, offset=n))
    audiences = _seeded_m2m("audiences", lambda n: seeded_audiences(2, offset=n))
    pix_competences = _seeded_m2m("pix_competences", lambda n: pick(PixCompetence, 2, n))

    @factory.post_generation
    def authors(obj, create, extracted, **kwargs):
        rows = list(extracted) if extracted is not None else [AuthorFactory(), AuthorFactory()]
        obj.authors.set(rows)
        return True

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        names = list(extracted) if extracted is not None else ["tablette", "débutants"]
        obj.tags.set(names)
        return True

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        return True if extracted is None else bool(extracted)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if not create:
            return
        # Cleaned once already, when created: the post-generation keywords add rows only.
        if results.get("publish", True):
            instance.save(clean=False)
            instance.save_revision(clean=False).publish()
        else:
            instance.live = False
            instance.has_unpublished_changes = True
            instance.save(clean=False)
            instance.save_revision(clean=False)
        instance.refresh_from_db()


SHEET_TITLES = [
    "Créer son adresse e-mail",
    "Sécuriser ses mots de passe",
    "Prendre rendez-vous sur Doctolib",
    "Repérer une arnaque par SMS",
    "Déclarer ses revenus en ligne",
]
RECIPE_TITLES = [
    "Un bus numérique dans les villages",
    "Des permanences numériques à la mairie",
    "Un repair café informatique",
    "Des ateliers parents-enfants sur les écrans",
]
WORKSHOP_TITLES = [
    "Découvrir la tablette",
    "Envoyer une photo par e-mail",
    "Faire ses démarches sur FranceConnect",
    "Initiation au logiciel libre",
]


class PracticeSheetFactory(ResourcePageFactory):
    class Meta:
        model = PracticeSheet

    parent = factory.SubFactory(PracticeSheetIndexPageFactory)
    title = factory.Sequence(lambda n: f"{SHEET_TITLES[n % len(SHEET_TITLES)]} (fiche {n})")
    level = "debutant"
    duration_minutes = 20
    last_reviewed = datetime.date(2025, 9, 15)


class ProjectRecipeFactory(ResourcePageFactory):
    class Meta:
        model = ProjectRecipe

    parent = factory.SubFactory(ProjectRecipeIndexPageFactory)
    title = factory.Sequence(lambda n: f"{RECIPE_TITLES[n % len(RECIPE_TITLES)]} (recette {n})")
    commune = "Lodève"
    departement = "34"
    period_start = datetime.date(2023, 9, 1)
    period_end = datetime.date(2024, 6, 30)
    project_holder = "Centre social du Lodévois"
    partners = factory.LazyFunction(
        lambda: [
            {"type": "partner", "value": {"name": "Mairie de Lodève", "role": "Prêt de salle"}},
            {"type": "partner", "value": {"name": "Emmaüs Connect", "role": "Matériel"}},
        ]
    )
    context = "<p>Beaucoup d'habitants des hameaux n'avaient aucun accès au numérique.</p>"
    ingredients = factory.LazyFunction(ingredients_data)
    steps = factory.LazyFunction(recipe_steps_data)
    facilitators = factory.LazyFunction(
        lambda: [{"type": "facilitator", "value": "Le soutien du maire dès le départ"}]
    )
    obstacles = factory.LazyFunction(obstacles_data)
    results = "<p>120 personnes accompagnées la première année.</p>"
    setup_time = "3 mois"
    difficulty = ProjectRecipe.Difficulty.MEDIUM
    contact = "Écrire à numerique@centresocial-lodevois.fr"


class WorkshopMaterialFactory(ResourcePageFactory):
    class Meta:
        model = WorkshopMaterial

    parent = factory.SubFactory(WorkshopMaterialIndexPageFactory)
    title = factory.Sequence(lambda n: f"{WORKSHOP_TITLES[n % len(WORKSHOP_TITLES)]} (atelier {n})")
    level = "debutant"
    objectives = factory.LazyFunction(
        lambda: [
            {"type": "objective", "value": "Allumer et déverrouiller une tablette"},
            {"type": "objective", "value": "Installer une application"},
        ]
    )
    group_size_min = 4
    group_size_max = 8
    prerequisites = "<p>Aucun : l'atelier s'adresse aux grands débutants.</p>"
    run_through = factory.LazyFunction(run_through_data)
    handouts = factory.LazyFunction(
        lambda: [
            {
                "type": "handout",
                "value": {
                    "document": DocumentFactory().pk,
                    "title": "Fiche mémo à emporter",
                    "kind": "participant",
                },
            }
        ]
    )
    variants = "<p>En petit groupe de deux, prévoir 1 h de moins.</p>"

    @factory.post_generation
    def equipment(obj, create, extracted, **kwargs):
        rows = (
            list(extracted) if extracted is not None else [Equipment.objects.get(slug="tablette")]
        )
        obj.equipment.set(rows)
        return True


RESOURCE_FACTORIES = (PracticeSheetFactory, ProjectRecipeFactory, WorkshopMaterialFactory)
INDEX_FACTORIES = (
    PracticeSheetIndexPageFactory,
    ProjectRecipeIndexPageFactory,
    WorkshopMaterialIndexPageFactory,
)
