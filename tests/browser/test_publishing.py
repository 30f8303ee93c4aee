"""Publishing in a real browser: a contributor writes and submits a sheet, a moderator approves.

Runs last (file name): it adds a published sheet to the demo site.
"""

import re
import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, new_context, screenshot

pytestmark = pytest.mark.browser


def sign_in(page, username, password):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def section_id(context, type_name):
    response = context.request.get(f"/api/v2/pages/?type={type_name}")
    assert response.ok, response.status
    return response.json()["items"][0]["id"]


def test_contributor_submits_moderator_approves_sheet_goes_live(browser, live_url):
    from home.demo.loader import DEMO_ACCOUNTS

    accounts = {account["username"]: account["password"] for account in DEMO_ACCOUNTS}
    title = f"Créer une adresse e-mail avec la personne, pas à sa place {int(time.time())}"
    step = "Vérifier que la personne a accès à son téléphone"

    # 1. The contributor writes a sheet with a cover image and a list of steps, and submits it.
    contributor = new_context(browser, live_url)
    page = contributor.new_page()
    sign_in(page, "contributeur", accounts["contributeur"])
    page.goto(
        f"/admin/pages/{section_id(contributor, 'practices.PracticeSheetIndexPage')}/add_subpage/"
    )
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill(
        "Ouvrir une adresse électronique avec la personne : les étapes, les pièges, et comment "
        "l'aider à retenir son mot de passe."
    )
    page.get_by_role("button", name="Choisir une image").click()
    page.locator("[role=dialog] a[data-chooser-modal-choice]").first.click()
    expect(page.locator("a[data-chooser-modal-choice]")).to_have_count(0)
    page.locator("[data-contentpath=body] button[title='Insérer un bloc']").first.click()
    page.get_by_text("Étapes numérotées", exact=True).click()
    page.locator("input[name$='-value-title']").first.fill(step)
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Soumettre à Relecture").click()
    expect(page.locator(".messages")).to_contain_text("soumise pour modération")
    contributor.close()

    # 2. The moderator finds it on the dashboard and approves it.
    moderator = new_context(browser, live_url)
    page = moderator.new_page()
    sign_in(page, "moderatrice", accounts["moderatrice"])
    row = page.locator("tr", has_text=title)
    expect(row).to_be_visible()
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approuver", exact=True).click()
    # The action posts, then the dashboard reloads without the approved task.
    page.wait_for_load_state("networkidle")
    for _ in range(20):
        page.goto("/admin/")
        if not page.locator("tr", has_text=title).count():
            break
        page.wait_for_timeout(500)
    expect(page.locator("tr", has_text=title)).to_have_count(0)
    moderator.close()

    # 3. A visitor finds it live in its section, with its steps and its image.
    visitor = new_context(browser, live_url)
    page = visitor.new_page()
    page.goto("/fiches-pratiques/")
    page.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("main ol li", has_text=step)).to_be_visible()
    expect(page.locator("main .resource__cover img")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "fiche-publiee-bureau")
    visitor.close()
