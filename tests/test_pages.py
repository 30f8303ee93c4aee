"""Page types: where they can be created, rendering, editing, admin creation, validation,
what a resource page shows, and which resources each taxonomy page lists."""

import datetime
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from commons.factories import AuthorFactory
from commons.models import Audience, Author, Licence, Theme
from home.factories import HomePageFactory, get_home_page
from home.models import HomePage
from practices import resource_types
from practices.factories import (
    PracticeSheetFactory,
    PracticeSheetIndexPageFactory,
    ProjectRecipeFactory,
    ProjectRecipeIndexPageFactory,
    WorkshopMaterialFactory,
    WorkshopMaterialIndexPageFactory,
    run_through_data,
)
from practices.models import (
    PracticeSheet,
    ProjectRecipe,
    ProjectRecipeIndexPage,
    ResourcePage,
    WorkshopMaterial,
)

RESOURCE_TYPES = [resource_type.model for resource_type in resource_types.all()]
INDEX_TYPES = [resource_type.index_model for resource_type in resource_types.all()]
SECTION_OF = dict(zip(RESOURCE_TYPES, INDEX_TYPES, strict=True))


def home_route(home, name, *args):
    return home.url + home.reverse_subpage(name, args=args)


# Where each page type can be created ----------------------------------------


class TestPageTree(WagtailPageTestCase):
    def test_each_resource_goes_under_its_own_section_only(self):
        for resource_type, section_type in SECTION_OF.items():
            self.assertCanCreateAt(section_type, resource_type)
            for other_section in INDEX_TYPES:
                if other_section is not section_type:
                    self.assertCanNotCreateAt(other_section, resource_type)
            self.assertCanNotCreateAt(HomePage, resource_type)
            self.assertCanNotCreateAt(Page, resource_type)
            for other_resource in RESOURCE_TYPES:
                self.assertCanNotCreateAt(other_resource, resource_type)
        self.assertCanNotCreateAt(ProjectRecipeIndexPage, PracticeSheet)

    def test_resource_page_base_is_not_creatable_anywhere(self):
        self.assertFalse(ResourcePage.is_creatable)
        for parent in [Page, HomePage, *INDEX_TYPES, *RESOURCE_TYPES]:
            self.assertCanNotCreateAt(parent, ResourcePage)

    def test_sections_only_under_the_home_page(self):
        for section_type in INDEX_TYPES:
            self.assertCanCreateAt(HomePage, section_type)
            self.assertCanNotCreateAt(Page, section_type)
            for other in [*INDEX_TYPES, *RESOURCE_TYPES]:
                self.assertCanNotCreateAt(other, section_type)
            self.assertAllowedParentPageTypes(section_type, {HomePage})

    def test_home_page_goes_at_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        for other in [HomePage, *INDEX_TYPES, *RESOURCE_TYPES]:
            self.assertCanNotCreateAt(other, HomePage)


# Rendering (every page type is rendered, edited and previewed in test_page_models.py)


class TestRenderAndEdit(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.sheets = PracticeSheetIndexPageFactory(parent=cls.home)
        cls.recipes = ProjectRecipeIndexPageFactory(parent=cls.home)
        cls.workshops = WorkshopMaterialIndexPageFactory(parent=cls.home)
        cls.sheet = PracticeSheetFactory(parent=cls.sheets)
        cls.recipe = ProjectRecipeFactory(parent=cls.recipes)
        cls.workshop = WorkshopMaterialFactory(parent=cls.workshops)

    def test_taxonomy_routes_are_renderable(self):
        theme = self.sheet.themes.first()
        author = self.sheet.authors.first()
        tag = self.sheet.tags.first()
        audience = self.sheet.audiences.first()
        self.assertPageIsRoutable(self.home, "themes/")
        self.assertPageIsRenderable(self.home, f"themes/{theme.slug}/")
        self.assertPageIsRenderable(self.home, f"auteurs/{author.slug}/")
        self.assertPageIsRenderable(self.home, f"etiquettes/{tag.slug}/")
        self.assertPageIsRenderable(self.home, f"publics/{audience.slug}/")


# Creation through the admin ---------------------------------------------------


def empty_streams(*names):
    return {name: streamfield([]) for name in names}


def resource_form_data(title, themes, licence, **extra):
    """Add-form POST data shared by the three resource types."""
    data = {
        "title": title,
        "summary": "Ce qu'il faut savoir pour accompagner les débutants.",
        "body": streamfield(
            [
                ("heading", {"text": "Préparer la séance", "level": "h2"}),
                (
                    "steps",
                    {
                        "count": "2",
                        "0": {
                            "type": "item",
                            "value": {
                                "title": "Allumer la tablette",
                                "text": rich_text("<p>Bouton sur la tranche.</p>"),
                            },
                            "deleted": "",
                            "order": "0",
                            "id": "",
                        },
                        "1": {
                            "type": "item",
                            "value": {
                                "title": "Ouvrir le navigateur",
                                "text": rich_text("<p>L'icône en forme de globe.</p>"),
                            },
                            "deleted": "",
                            "order": "1",
                            "id": "",
                        },
                    },
                ),
            ]
        ),
        "themes": [t.pk for t in themes],
        "audiences": [],
        "authors": [],
        "tags": "tablette, seniors",
        "licence": licence.pk,
        "pix_competences": [],
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
        "level": "",
        "duration_minutes": "",
        "cover_image": "",
    }
    data.update(extra)
    return data


def to_post(data):
    """nested_form_data, keeping list values (multiple-choice fields) as lists."""
    lists = {k: v for k, v in data.items() if isinstance(v, list)}
    flat = nested_form_data({k: v for k, v in data.items() if k not in lists})
    flat.update(lists)
    return flat


class TestAdminCreation(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.sections = {
            PracticeSheet: PracticeSheetIndexPageFactory(parent=cls.home),
            ProjectRecipe: ProjectRecipeIndexPageFactory(parent=cls.home),
            WorkshopMaterial: WorkshopMaterialIndexPageFactory(parent=cls.home),
        }
        cls.themes = list(Theme.objects.filter(slug__in=["accessibilite", "parentalite"]))
        cls.licence = Licence.objects.get(slug="etalab-2.0")

    def setUp(self):
        self.login()

    def check_created(self, model, title):
        page = model.objects.get(title=title)
        self.assertTrue(page.live)
        self.assertIsNotNone(page.first_published_at)
        self.assertEqual(page.get_parent().specific, self.sections[model])
        self.assertEqual([b.block_type for b in page.body], ["heading", "steps"])
        self.assertEqual(page.body[0].value["text"], "Préparer la séance")
        self.assertEqual(
            [step["title"] for step in page.body[1].value],
            ["Allumer la tablette", "Ouvrir le navigateur"],
        )
        self.assertEqual(set(page.themes.all()), set(self.themes))
        self.assertEqual(page.licence, self.licence)
        self.assertEqual(set(page.tags.names()), {"tablette", "seniors"})
        return page

    def test_create_practice_sheet(self):
        data = resource_form_data(
            "Créer son adresse e-mail",
            self.themes,
            self.licence,
            level="debutant",
            duration_minutes="30",
            last_reviewed="2025-10-01",
        )
        self.assertCanCreate(self.sections[PracticeSheet], PracticeSheet, to_post(data))
        page = self.check_created(PracticeSheet, "Créer son adresse e-mail")
        self.assertEqual(page.slug, "creer-son-adresse-e-mail")
        self.assertEqual(page.last_reviewed, datetime.date(2025, 10, 1))

    def test_create_project_recipe(self):
        data = resource_form_data(
            "Un bus numérique dans les villages",
            self.themes,
            self.licence,
            commune="Lodève",
            departement="34",
            period_start="2023-09-01",
            period_end="2024-06-30",
            project_holder="Centre social du Lodévois",
            context=rich_text("<p>Des hameaux sans accès.</p>"),
            results=rich_text(""),
            variants=rich_text(""),
            setup_time="3 mois",
            difficulty="3",
            contact="",
            ingredients=streamfield(
                [
                    (
                        "ingredient",
                        {
                            "category": "materiel",
                            "label": "Tablettes reconditionnées",
                            "quantity": "8",
                            "unit": "tablettes",
                            "note": "",
                        },
                    )
                ]
            ),
            steps=streamfield(
                [("step", {"title": "Réunir les partenaires", "text": rich_text("")})]
            ),
            obstacles=streamfield(
                [
                    (
                        "obstacle",
                        {
                            "obstacle": "Peu d'inscrits",
                            "solution": rich_text("<p>Des affiches.</p>"),
                        },
                    )
                ]
            ),
            **empty_streams("partners", "tools", "facilitators", "testimonies", "gallery"),
        )
        self.assertCanCreate(self.sections[ProjectRecipe], ProjectRecipe, to_post(data))
        page = self.check_created(ProjectRecipe, "Un bus numérique dans les villages")
        self.assertEqual(page.level, "avance")  # from the « Exigeante » difficulty
        self.assertEqual(page.ingredients[0].value["label"], "Tablettes reconditionnées")
        self.assertEqual(page.obstacles[0].value["obstacle"], "Peu d'inscrits")
        self.assertEqual(page.territory_label, "Lodève, Hérault (34)")

    def test_create_workshop(self):
        data = resource_form_data(
            "Découvrir la tablette",
            self.themes,
            self.licence,
            level="debutant",
            group_size_min="3",
            group_size_max="8",
            prerequisites=rich_text(""),
            variants=rich_text(""),
            equipment=[],
            objectives=streamfield([("objective", "Allumer une tablette")]),
            run_through=streamfield(
                [
                    (
                        "sequence",
                        {
                            "title": "Accueil",
                            "duration_minutes": "15",
                            "instructions": rich_text("<p>Tour de table.</p>"),
                            "facilitator_notes": "",
                        },
                    ),
                    (
                        "sequence",
                        {
                            "title": "Manipulation",
                            "duration_minutes": "50",
                            "instructions": rich_text("<p>Deux par deux.</p>"),
                            "facilitator_notes": "",
                        },
                    ),
                ]
            ),
            **empty_streams("handouts"),
        )
        self.assertCanCreate(self.sections[WorkshopMaterial], WorkshopMaterial, to_post(data))
        page = self.check_created(WorkshopMaterial, "Découvrir la tablette")
        self.assertEqual(page.duration_minutes, 65)
        self.assertEqual((page.group_size_min, page.group_size_max), (3, 8))

    def test_admin_rejects_recipe_ending_before_it_starts(self):
        data = resource_form_data(
            "Projet à l'envers",
            self.themes,
            self.licence,
            period_start="2024-06-30",
            period_end="2023-09-01",
            difficulty="2",
            context=rich_text(""),
            results=rich_text(""),
            variants=rich_text(""),
            **empty_streams(
                "partners",
                "tools",
                "facilitators",
                "testimonies",
                "gallery",
                "ingredients",
                "steps",
                "obstacles",
            ),
        )
        section = self.sections[ProjectRecipe]
        with self.assertRaisesMessage(AssertionError, "La fin du projet ne peut pas précéder"):
            self.assertCanCreate(section, ProjectRecipe, to_post(data))
        self.assertFalse(ProjectRecipe.objects.filter(title="Projet à l'envers").exists())


# Factories -----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "factory", [PracticeSheetFactory, ProjectRecipeFactory, WorkshopMaterialFactory]
)
def test_factories_make_valid_published_resources(sections, factory):
    page = factory()
    page.full_clean()  # what the admin would accept
    assert page.live and not page.has_unpublished_changes
    assert page.first_published_at and page.latest_revision_id
    assert page.get_parent().specific_class is SECTION_OF[type(page)]
    assert page.cover_image and page.licence
    assert page.themes.count() == 3 and page.audiences.count() == 2
    assert page.authors.count() == 2 and page.tags.count() == 2
    assert {b.block_type for b in page.body} >= {"heading", "paragraph", "steps", "callout"}


@pytest.mark.django_db
def test_home_page_factory_returns_the_migrated_home_page(home_page):
    assert HomePageFactory() == home_page
    assert HomePage.objects.count() == 1


@pytest.mark.django_db
def test_draft_factory_is_not_live(sections):
    draft = WorkshopMaterialFactory(publish=False)
    assert not draft.live and draft.first_published_at is None
    assert draft.get_latest_revision() is not None


# Computed fields and validation -------------------------------------------------


@pytest.mark.django_db
def test_workshop_duration_is_the_sum_of_the_run_through(sections):
    workshop = WorkshopMaterialFactory(
        parent=sections.workshops, run_through=run_through_data((10, 25, 40, 5))
    )
    assert workshop.run_through_total == 80
    assert workshop.duration_minutes == 80

    workshop.run_through = run_through_data((30,))
    workshop.save()
    workshop.refresh_from_db()
    assert workshop.duration_minutes == 30


@pytest.mark.django_db
def test_workshop_without_run_through_keeps_its_own_duration(sections):
    workshop = WorkshopMaterialFactory(
        parent=sections.workshops, run_through=[], duration_minutes=45
    )
    assert workshop.duration_minutes == 45


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("difficulty", "level"),
    [
        (ProjectRecipe.Difficulty.SIMPLE, "debutant"),
        (ProjectRecipe.Difficulty.MEDIUM, "intermediaire"),
        (ProjectRecipe.Difficulty.HARD, "avance"),
    ],
)
def test_recipe_difficulty_drives_level(sections, difficulty, level):
    recipe = ProjectRecipeFactory(parent=sections.recipes, difficulty=difficulty, level="")
    assert recipe.level == level
    assert ProjectRecipe.objects.get(pk=recipe.pk).level == level


@pytest.mark.django_db
def test_recipe_end_before_start_is_rejected_in_french(sections):
    recipe = ProjectRecipeFactory.build(
        period_start=datetime.date(2024, 6, 1), period_end=datetime.date(2024, 1, 1)
    )
    with pytest.raises(ValidationError) as excinfo:
        recipe.clean()
    assert excinfo.value.message_dict == {
        "period_end": ["La fin du projet ne peut pas précéder son début."]
    }


@pytest.mark.django_db
def test_workshop_group_max_below_min_is_rejected_in_french(sections):
    workshop = WorkshopMaterialFactory.build(group_size_min=10, group_size_max=6)
    with pytest.raises(ValidationError) as excinfo:
        workshop.clean()
    assert excinfo.value.message_dict == {
        "group_size_max": ["Le maximum doit être supérieur ou égal au minimum."]
    }
    workshop.group_size_max = 10
    workshop.clean()  # equal bounds are fine


@pytest.mark.django_db
def test_summary_over_300_characters_is_rejected(sections):
    sheet = PracticeSheetFactory(parent=sections.sheets)
    sheet.summary = "a" * 300
    sheet.full_clean()
    sheet.summary = "a" * 301
    with pytest.raises(ValidationError) as excinfo:
        sheet.full_clean()
    assert excinfo.value.message_dict["summary"] == [
        "Assurez-vous que cette valeur comporte au plus 300 caractères (actuellement 301)."
    ]


# What a resource page shows ------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "factory", [PracticeSheetFactory, ProjectRecipeFactory, WorkshopMaterialFactory]
)
def test_detail_page_shows_licence_dates_authors_and_themes(client, sections, factory):
    section = {
        PracticeSheetFactory: sections.sheets,
        ProjectRecipeFactory: sections.recipes,
        WorkshopMaterialFactory: sections.workshops,
    }[factory]
    author = AuthorFactory(name="Aïcha Benali")
    themes = list(Theme.objects.filter(slug__in=["accessibilite", "jeux-video"]))
    licence = Licence.objects.get(slug="cc-by-nc-sa-4.0")
    first = timezone.make_aware(datetime.datetime(2025, 3, 14, 10, 0))
    page = factory(
        parent=section,
        authors=[author],
        themes=themes,
        licence=licence,
        first_published_at=first,
    )
    page.save_revision().publish()  # a later update
    page.refresh_from_db()
    assert page.first_published_at == first
    assert page.last_published_at.date() > first.date()

    response = client.get(page.url)
    assert response.status_code == 200
    html = unescape(response.content.decode())
    home = get_home_page()
    assert f'href="{licence.url}"' in html
    assert licence.short_name in html
    assert "Publiée le" in html and "14 mars 2025" in html
    assert "Mise à jour le" in html
    assert timezone.localtime(page.last_published_at).strftime("%Y-%m-%d") in html
    assert f'href="{home_route(home, "author", author.slug)}">Aïcha Benali</a>' in html
    for theme in themes:
        assert f'href="{home_route(home, "theme", theme.slug)}">{theme.label}</a>' in html


# Taxonomy pages list the right resources -------------------------------------------


def listed_titles(response):
    assert response.status_code == 200
    return unescape(response.content.decode())


@pytest.fixture
def tagged_world(sections):
    """One resource of each type carrying a theme and a tag, one of each without them."""
    theme = Theme.objects.get(slug="numerique-en-sante")
    other_theme = Theme.objects.get(slug="jeux-video")
    carrying, others = [], []
    for factory, section in (
        (PracticeSheetFactory, sections.sheets),
        (ProjectRecipeFactory, sections.recipes),
        (WorkshopMaterialFactory, sections.workshops),
    ):
        carrying.append(factory(parent=section, themes=[theme], tags=["santé", "tablette"]))
        others.append(factory(parent=section, themes=[other_theme], tags=["tablette"]))
    return theme, carrying, others


@pytest.mark.django_db
def test_theme_page_lists_resources_of_all_types_carrying_it(client, tagged_world):
    theme, carrying, others = tagged_world
    home = get_home_page()
    html = listed_titles(client.get(home_route(home, "theme", theme.slug)))
    assert theme.label in html
    for page in carrying:
        assert page.title in html and page.url in html
    for page in others:
        assert page.title not in html


@pytest.mark.django_db
def test_tag_page_lists_resources_of_all_types_carrying_it(client, tagged_world):
    _theme, carrying, others = tagged_world
    home = get_home_page()
    tag = Tag.objects.get(name="santé")
    assert tag.slug == "sante"
    html = listed_titles(client.get(home_route(home, "tag", tag.slug)))
    assert "santé" in html
    for page in carrying:
        assert page.title in html and page.url in html
    for page in others:
        assert page.title not in html


@pytest.mark.django_db
def test_author_page_lists_their_resources(client, sections):
    author = AuthorFactory(name="Karim Haddad", organisation="France Services de Lodève")
    theirs = [
        PracticeSheetFactory(parent=sections.sheets, authors=[author, AuthorFactory()]),
        WorkshopMaterialFactory(parent=sections.workshops, authors=[author]),
    ]
    not_theirs = ProjectRecipeFactory(parent=sections.recipes)
    home = get_home_page()
    html = listed_titles(client.get(home_route(home, "author", author.slug)))
    assert "Karim Haddad" in html and "France Services de Lodève" in html
    for page in theirs:
        assert page.title in html
    assert not_theirs.title not in html


@pytest.mark.django_db
def test_drafts_never_appear_in_listings(client, sections):
    theme = Theme.objects.get(slug="parentalite")
    audience = Audience.objects.get(slug="parents")
    author = AuthorFactory()
    common = {"themes": [theme], "audiences": [audience], "authors": [author], "tags": ["écrans"]}
    published, drafts = [], []
    for factory, section in (
        (PracticeSheetFactory, sections.sheets),
        (ProjectRecipeFactory, sections.recipes),
        (WorkshopMaterialFactory, sections.workshops),
    ):
        published.append(factory(parent=section, **common))
        drafts.append(factory(parent=section, publish=False, **common))
    assert not any(Page.objects.get(pk=d.pk).live for d in drafts)

    home = get_home_page()
    urls = [
        home.url,
        sections.sheets.url,
        sections.recipes.url,
        sections.workshops.url,
        home_route(home, "theme", theme.slug),
        home_route(home, "audience", audience.slug),
        home_route(home, "tag", Tag.objects.get(name="écrans").slug),
        home_route(home, "author", author.slug),
    ]
    for url in urls:
        html = listed_titles(client.get(url))
        for draft in drafts:
            assert draft.title not in html, url
    # The published twins do show, so the check above is meaningful.
    assert all(
        p.title in listed_titles(client.get(home_route(home, "theme", theme.slug)))
        for p in published
    )
    assert client.get(drafts[0].url if drafts[0].url else "/fiches-pratiques/x/").status_code == 404


@pytest.mark.django_db
def test_author_model_slug_is_unique(db):
    first = Author.objects.create(name="Chloé Nguyen")
    second = Author.objects.create(name="Chloé Nguyen")
    assert (first.slug, second.slug) == ("chloe-nguyen", "chloe-nguyen-2")
