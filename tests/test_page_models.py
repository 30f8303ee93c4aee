"""Every page type of the project has a factory and is creatable, renderable, editable and
previewable.

The page types come from Wagtail's registry restricted to the project's apps, and the
factories from each app's ``factories`` module: a new page type fails here until its app
declares a factory for it, and then gets every check below without editing this file.
"""

import importlib
from pathlib import Path

import pytest
import wagtail_factories
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from wagtail.coreutils import get_dummy_request
from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

from tests.page_forms import edit_form_data, stream_field_names, without_ids

pytestmark = pytest.mark.django_db


def project_apps():
    """The installed apps whose code is in this repository (not in the virtualenv)."""
    base = Path(settings.BASE_DIR).resolve()
    return [
        app
        for app in apps.get_app_configs()
        if Path(app.path).resolve().is_relative_to(base)
        and ".venv" not in Path(app.path).resolve().relative_to(base).parts
    ]


def page_factories():
    """The concrete page factories declared in each project app's ``factories`` module."""
    found = {}
    for app in project_apps():
        module_name = f"{app.name}.factories"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, wagtail_factories.PageFactory)
                and value.__module__ == module_name
                and not value._meta.abstract
            ):
                found.setdefault(value._meta.model, value)
    return found


PROJECT_APPS = project_apps()
PAGE_MODELS = [model for model in get_page_models() if model._meta.app_config in PROJECT_APPS]
FACTORIES = page_factories()


class PageChecks(WagtailPageTestCase):
    """WagtailPageTestCase's assertions, called from a parametrised pytest test."""

    def runTest(self):  # unittest needs a method name to build an instance
        pass


@pytest.fixture
def checks(client, site):
    checker = PageChecks()
    checker.client = client
    checker.dummy_request = get_dummy_request(site=site)
    return checker


def test_the_registry_sees_every_page_type_of_the_project():
    labels = {model._meta.label for model in PAGE_MODELS}
    assert {
        "home.HomePage",
        "practices.PracticeSheet",
        "practices.PracticeSheetIndexPage",
        "courses.Course",
        "courses.CourseIndexPage",
    } <= labels
    assert "wagtailcore.Page" not in labels


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model._meta.label)
def test_page_type(model, checks):
    # Where it may live: the parents it declares (parent_page_types) accept it, and every
    # page type of the project that declares it as a subpage (subpage_types) is declared
    # back. The root (wagtailcore.Page) accepts anything, so only the child side names it.
    declared_by_child = set(model.clean_parent_page_models())
    declared_by_parents = {
        parent
        for parent in PAGE_MODELS
        if parent.is_creatable and model in parent.clean_subpage_models()
    }
    checks.assertAllowedParentPageTypes(model, declared_by_child)
    assert declared_by_child - {Page} == declared_by_parents
    for parent_model in declared_by_child:
        checks.assertCanCreateAt(parent_model, model)

    if not model.is_creatable:
        # A shared base (ResourcePage): never created itself, only through its subtypes.
        assert not declared_by_child and not declared_by_parents
        assert any(other is not model and issubclass(other, model) for other in PAGE_MODELS)
        return

    factory = FACTORIES.get(model)
    assert factory is not None, (
        f"{model._meta.label} has no factory: declare one in {model._meta.app_label}/factories.py"
    )
    page = factory()
    assert type(page) is model and page.live

    # Creatable where the factory puts it, and through the admin while under max_count.
    parent = page.get_parent().specific
    checks.assertCanCreateAt(type(parent), model)
    admin = checks.create_superuser("page-type-admin")
    checks.client.force_login(admin, settings.AUTHENTICATION_BACKENDS[-1])
    add_view = checks.client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
    )
    checks.client.logout()
    if model.max_count and model.objects.count() >= model.max_count:
        assert not model.can_create_at(parent)
        assert add_view.status_code != 200
    else:
        assert model.can_create_at(parent)
        assert add_view.status_code == 200

    checks.assertPageIsRenderable(page)

    checks.assertPageIsEditable(page, post_data=edit_form_data(checks, page))
    # The POST saved a revision keeping every stream's content intact (the helper's final
    # page.save() rewinds the page itself, not its revisions).
    revision = page.revisions.order_by("-created_at", "-pk").first()
    assert revision.user.username == "assertpageiseditable"
    saved = revision.as_object()
    assert saved.title == page.title
    for name in stream_field_names(page):
        assert without_ids(getattr(saved, name).get_prep_value()) == without_ids(
            getattr(page, name).get_prep_value()
        ), name

    for mode, _label in page.preview_modes or [("", "")]:
        checks.assertPageIsPreviewable(page, mode=mode, post_data=edit_form_data(checks, page))
