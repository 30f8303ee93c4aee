"""The PostgreSQL run (``make test-postgres``) leaves out only tests that never touch the
database (``--database-tests-only``, tests/conftest.py)."""

from types import SimpleNamespace

import pytest
from django.test import SimpleTestCase, TestCase

from tests.conftest import uses_the_database


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
