"""The PostgreSQL run (``make test-postgres``) leaves out only tests that never touch the
database (``--database-tests-only``, tests/conftest.py)."""

from types import SimpleNamespace

import pytest
from django.test import SimpleTestCase, TestCase

from tests.conftest import join_xdist_group, shared_setup_scope, uses_the_database


def item(fixtures=(), cls=None, marker=None):
    return SimpleNamespace(
        cls=cls,
        fixturenames=list(fixtures),
        get_closest_marker=lambda name: marker if name == "django_db" else None,
    )


@pytest.mark.parametrize(
    "test",
    [
        item(["client", "sections", "site", "home_page", "db"]),
        item(["transactional_db"]),
        item(["evaluation", "django_db_setup", "django_db_blocker"]),
        item(marker=pytest.mark.django_db),
        item(cls=TestCase),
    ],
)
def test_a_test_reaching_the_database_runs_on_postgresql(test):
    assert uses_the_database(test)


@pytest.mark.parametrize(
    "test",
    [item(["settings", "tmp_path"]), item(["rf"]), item(cls=SimpleTestCase), item()],
)
def test_a_test_without_the_database_runs_on_sqlite_only(test):
    assert not uses_the_database(test)


def test_the_postgresql_run_asks_for_database_tests_only():
    from pathlib import Path

    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text()
    recipe = makefile.split("test-postgres:", 1)[1].split("\n\n", 1)[0]
    assert "--database-tests-only" in recipe


class BuildsItsData(TestCase):
    @classmethod
    def setUpTestData(cls):
        pass


def scoped_item(cls=None, **scopes):
    """An item of module tests.example using fixtures of the given scopes."""
    fixtures = {name: [SimpleNamespace(scope=scope)] for name, scope in scopes.items()}
    return SimpleNamespace(
        cls=cls,
        module=SimpleNamespace(__name__="tests.example"),
        _fixtureinfo=SimpleNamespace(name2fixturedefs=fixtures),
    )


@pytest.mark.parametrize(
    ("test", "scope"),
    [
        (scoped_item(BuildsItsData, db="function"), "tests.example.BuildsItsData"),
        (scoped_item(evaluation="module", db="function"), "tests.example"),
        (scoped_item(BuildsItsData, django_db_setup="session"), "tests.example.BuildsItsData"),
        (scoped_item(TestCase, db="function"), None),
        (scoped_item(db="function", django_db_setup="session"), None),
    ],
)
def test_tests_sharing_data_built_once_run_on_one_worker(test, scope):
    """A class's setUpTestData or a module fixture is built once per worker using it."""
    assert shared_setup_scope(test) == scope


class GroupedItem:
    """What join_xdist_group reads of a pytest item: its node id and its markers."""

    def __init__(self, nodeid, group):
        from _pytest.nodeid import NodeId

        self._id = NodeId.parse(nodeid)
        self.marks = [pytest.mark.xdist_group(group).mark]

    @property
    def nodeid(self):
        return str(self._id)

    def iter_markers(self, name):
        return iter(self.marks if name == "xdist_group" else [])


def test_a_group_is_written_where_xdist_reads_it():
    test = GroupedItem("tests/test_example.py::test_one", "tests.example")
    join_xdist_group(test)
    assert test.nodeid == "tests/test_example.py::test_one@tests.example"
    join_xdist_group(test)  # once only
    assert test.nodeid == "tests/test_example.py::test_one@tests.example"


def test_an_item_without_fixture_information_shares_nothing():
    assert shared_setup_scope(SimpleNamespace(cls=None)) is None
