"""Settings: French locale, safe production defaults, migrations in sync with the models."""

import datetime
import os
import subprocess
import sys
from html import unescape
from io import StringIO

import pytest
from django.core.management import call_command
from django.template import Context, Template

from config.settings.base import BASE_DIR

STRONG_SECRET_KEY = "k7#Pq2$vQ9!mZ4@rT8^wL1&nB6*cF3(hJ5)yD0_sG-eA+uKoIiXxNnMmRr-communs"


def run_with_production_settings(args, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env_overrides)
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.django_db
def test_interface_is_french_in_paris_time(client):
    """What the settings are for, not their values: an instant just before midnight UTC is
    written in French, on the next day in Paris; the admin speaks French."""
    instant = datetime.datetime(2025, 3, 14, 23, 30, tzinfo=datetime.UTC)
    written = Template("{{ instant|date:'l j F Y, H:i' }}").render(Context({"instant": instant}))
    assert written == "samedi 15 mars 2025, 00:30"
    login = unescape(client.get("/admin/login/").content.decode())
    assert '<html lang="fr"' in login and "S'identifier" in login


@pytest.mark.parametrize("secret", ["", None], ids=["empty", "missing"])
def test_production_refuses_to_start_without_secret_key(secret):
    env = {} if secret is None else {"SECRET_KEY": secret}
    result = run_with_production_settings(["-c", "import config.settings.production"], **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "La variable d'environnement SECRET_KEY est obligatoire en production." in (
        result.stderr
    )


def test_production_check_deploy_has_no_warning():
    result = run_with_production_settings(
        ["manage.py", "check", "--deploy"],
        SECRET_KEY=STRONG_SECRET_KEY,
        ALLOWED_HOSTS="communs.example.org",
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output.upper(), output
    assert "System check identified no issues" in output


def test_production_is_not_debug_and_reads_allowed_hosts():
    code = (
        "from django.conf import settings; "
        "print(settings.DEBUG, settings.ALLOWED_HOSTS, settings.SESSION_COOKIE_SECURE)"
    )
    result = run_with_production_settings(
        ["-c", code],
        SECRET_KEY=STRONG_SECRET_KEY,
        ALLOWED_HOSTS="communs.example.org, www.communs.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "False ['communs.example.org', 'www.communs.example.org'] True"
    )


@pytest.mark.django_db
def test_migrations_are_in_sync_with_models():
    out = StringIO()
    # Raises SystemExit(1) when a model change has no migration.
    call_command("makemigrations", check=True, dry_run=True, stdout=out, stderr=out)
    assert "No changes detected" in out.getvalue()
