"""Shared fixtures: the home page, the three sections, the default site, bulk resources.

Also the suite-wide settings: the Hypothesis profile and, under pytest-xdist, one Redis
database pair per worker."""

import os
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.utils import timezone
from hypothesis import settings as hypothesis_settings
from wagtail.models import Site
from wagtail.signal_handlers import reference_index_auto_update_disabled

from home.factories import get_home_page
from practices.factories import (
    PracticeSheetFactory,
    PracticeSheetIndexPageFactory,
    ProjectRecipeFactory,
    ProjectRecipeIndexPageFactory,
    WorkshopMaterialFactory,
    WorkshopMaterialIndexPageFactory,
)

# Hypothesis: property tests that do not set max_examples themselves run 40 examples
# (instead of 100) in `make test`; HYPOTHESIS_PROFILE=thorough runs 1,000 of each. No
# deadline: the suite shares two cores with the browser tests and the other worker, so a
# slow example says nothing about the code (test_search_termination.py times its calls).
hypothesis_settings.register_profile("communs", max_examples=40, deadline=None)
hypothesis_settings.register_profile("thorough", max_examples=1000, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "communs"))


def _redis_database_per_worker():
    """Under pytest-xdist, worker n uses REDIS_TEST_URL's database minus 2n (and the next
    one, for the pages): tests/test_redis.py flushes its databases, which must not empty
    another worker's. Set before the test modules read REDIS_TEST_URL."""
    from config.settings.base import redis_url_with_db

    url, worker = os.environ.get("REDIS_TEST_URL"), os.environ.get("PYTEST_XDIST_WORKER")
    if url and worker and worker.startswith("gw"):
        shifted = redis_url_with_db(url, -2 * int(worker[2:]))
        if int(shifted.rsplit("/", 1)[1]) < 0:
            raise pytest.UsageError(f"REDIS_TEST_URL : trop de workers pour {url}")
        os.environ["REDIS_TEST_URL"] = shifted


_redis_database_per_worker()

# Wagtail's reference index is not updated on save in the suite (see
# config/settings/test.py), except in the tests marked ``wagtail_indexes``. A thread-local
# flag: set here, it covers class-level test data too.
reference_index_auto_update_disabled.value = True


# What modelsearch enqueues on every save of an indexed model, in the tests whose Wagtail
# indexes are off: a task that loads the object again, only to find no backend to update.
NO_INDEX_TASK = SimpleNamespace(enqueue=lambda *args, **kwargs: None)


@pytest.fixture(autouse=True)
def wagtail_indexes(request):
    """Tests marked ``wagtail_indexes`` read Wagtail's own indexes (admin search,
    reference index): they are updated on every save, as in production."""
    if request.node.get_closest_marker("wagtail_indexes") is None:
        from unittest import mock

        from modelsearch import signal_handlers

        with mock.patch.object(signal_handlers, "insert_or_update_object_task", NO_INDEX_TASK):
            yield
        return
    from django.test import override_settings

    backends = {
        name: {**backend, "AUTO_UPDATE": True}
        for name, backend in django_settings.WAGTAILSEARCH_BACKENDS.items()
    }
    reference_index_auto_update_disabled.value = False
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            yield
    finally:
        reference_index_auto_update_disabled.value = True


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="Ne lancer que les tests qui utilisent la base de données (suite PostgreSQL).",
    )


# What gives a test the database: pytest-django's fixtures and markers, Django's test cases.
DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_setup"}


def uses_the_database(item):
    """True when ``item`` reads or writes the database, directly or through a fixture."""
    from django.test import TransactionTestCase

    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        return True
    if item.get_closest_marker("django_db"):
        return True
    return bool(DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """``--database-tests-only`` (``make test-postgres``): a test that never touches the
    database behaves the same on every backend, and has run on SQLite already.

    Under ``--dist loadgroup``, the tests that share data built once (see
    ``shared_setup_scope``) form one group, run by one worker. Last (trylast), once the
    other conftests have marked their own groups (tests/browser/conftest.py)."""
    if config.getoption("database_tests_only"):
        kept, left_out = [], []
        for item in items:
            (kept if uses_the_database(item) else left_out).append(item)
        if left_out:
            config.hook.pytest_deselected(items=left_out)
            items[:] = kept
    loadgroup = getattr(config.option, "loadgroup", False)
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            scope = shared_setup_scope(item)
            if scope is not None:
                item.add_marker(pytest.mark.xdist_group(scope))
        if loadgroup:
            join_xdist_group(item)


def join_xdist_group(item):
    """Give ``item`` the node id suffix by which ``--dist loadgroup`` groups tests.

    pytest-xdist 3.8 writes that suffix into ``item._nodeid``, which pytest 9.2's
    structured node ids no longer read (pytest-dev/pytest-xdist#1386): every group was
    silently split over the workers. Does nothing once xdist writes the suffix where
    pytest reads it."""
    names = {
        str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
        for mark in item.iter_markers("xdist_group")
    }
    suffix = f"@{'_'.join(sorted(names))}"
    if not names or item.nodeid.endswith(suffix):
        return
    from _pytest.nodeid import NodeId

    item._id = NodeId.parse(item.nodeid + suffix)


def shared_setup_scope(item):
    """The class or module whose data ``item`` shares with its neighbours, or None.

    A TestCase's ``setUpTestData`` and a class- or module-scoped fixture are built once
    per worker that runs one of their tests: spread over two workers, they are built twice.
    """
    from django.test import TestCase

    cls = getattr(item, "cls", None)
    own_test_data = (
        cls is not None
        and issubclass(cls, TestCase)
        and cls.setUpTestData.__func__ is not TestCase.setUpTestData.__func__
    )
    if own_test_data:
        return f"{item.module.__name__}.{cls.__name__}"
    fixture_info = getattr(item, "_fixtureinfo", None)  # None for items pytest did not make
    for definitions in fixture_info.name2fixturedefs.values() if fixture_info else ():
        scope = definitions[-1].scope
        if scope == "class" and cls is not None:
            return f"{item.module.__name__}.{cls.__name__}"
        if scope == "module":
            return item.module.__name__
    return None


@pytest.fixture(autouse=True)
def public_renditions(request):
    """Publishing a page makes the renditions of its images that the public templates use
    (commons/renditions.py): a dozen resized files per image, a third of what a factory
    resource costs. Only the tests marked ``public_renditions`` have them made on
    publication; elsewhere a page view makes the few it shows, as Wagtail does."""
    if request.node.get_closest_marker("public_renditions") is not None:
        yield
        return
    from unittest import mock

    from commons import renditions

    with mock.patch.object(renditions, "make_public_renditions"):
        yield


@pytest.fixture(autouse=True)
def fresh_site_memo():
    """Every test starts with no remembered Site (commons/sites.py): a test rolls back
    the sites it changed, which no signal tells the memo."""
    from commons.sites import forget_sites

    forget_sites()
    yield


@pytest.fixture(autouse=True)
def fresh_caches():
    """Every test starts with empty caches: they outlive a test, the rows they describe
    do not. Rate-limit counters and PDF render slots would carry over, and a rendition
    remembered under an image id that SQLite gives again after the rollback would stop
    the next test's image from getting its own."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield


@pytest.fixture
def home_page(db):
    """The HomePage created by the data migration (never created by a factory)."""
    return get_home_page()


@pytest.fixture
def site(home_page):
    """The default Site, rooted at the HomePage, answering for the test client's host."""
    site = Site.objects.get(is_default_site=True)
    if site.root_page_id != home_page.pk:
        site.root_page = home_page
        site.save()
    Site.clear_site_root_paths_cache()
    return site


def live_section(factory_class, parent):
    """A section index page with its factory's title, slug and intro, added live.

    Without the revision and the publication the factory adds: two thirds of its
    queries, in most tests of the suite. The tests of publishing use the factories."""
    page = factory_class.build(parent=parent)
    page.live = True
    page.first_published_at = page.last_published_at = timezone.now()
    parent.add_child(instance=page)
    return page


@pytest.fixture
def sections(site, home_page):
    """The three section index pages, live under the home page."""
    return SimpleNamespace(
        sheets=live_section(PracticeSheetIndexPageFactory, home_page),
        recipes=live_section(ProjectRecipeIndexPageFactory, home_page),
        workshops=live_section(WorkshopMaterialIndexPageFactory, home_page),
    )


def create_resources(sections, count, **kwargs):
    """``count`` published resources of each type; returns them by type."""
    return SimpleNamespace(
        sheets=[PracticeSheetFactory(parent=sections.sheets, **kwargs) for _ in range(count)],
        recipes=[ProjectRecipeFactory(parent=sections.recipes, **kwargs) for _ in range(count)],
        workshops=[
            WorkshopMaterialFactory(parent=sections.workshops, **kwargs) for _ in range(count)
        ],
    )


@pytest.fixture
def make_resources(sections):
    """``make_resources(n, **factory_kwargs)``: n published resources of each type."""

    def make(count, **kwargs):
        return create_resources(sections, count, **kwargs)

    return make
