"""Form errors in a real browser: announced, summarised, linked to their field, axe-clean."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser

# For each invalid field: its id, aria-invalid, and the text of its aria-describedby targets.
INVALID_FIELDS_JS = r"""
() => [...document.querySelectorAll("[aria-invalid=true]")].map((field) => ({
  id: field.id,
  described: (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent.trim() || `(id absent : ${id})`),
}))
"""


@pytest.mark.parametrize("form", ["contribuer", "signaler"])
def test_errors_are_announced_and_linked_to_their_field(form, page, resolved_pages):
    page.goto(resolved_pages[form])
    page.locator("main form[novalidate] button[type=submit]").last.click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_have_attribute("role", "alert")
    links = summary.locator("a[href^='#']")
    assert links.count() >= 1
    targets = [href[1:] for href in links.evaluate_all("(as) => as.map((a) => a.hash)")]

    invalid = page.evaluate(INVALID_FIELDS_JS)
    assert invalid, "aucun champ marqué aria-invalid"
    for field in invalid:
        errors = [text for text in field["described"] if "absent" not in text]
        assert errors == field["described"], field
        assert any(errors), f"{field['id']} : erreur non reliée au champ"
    invalid_ids = {field["id"] for field in invalid}
    # Every link of the summary leads to an invalid field (or its group), and focuses it.
    for target in targets:
        assert page.locator(f"[id='{target}']").count() == 1, target
    first = links.first
    first.click()
    focused = page.evaluate("document.activeElement.id")
    assert focused in invalid_ids or focused == targets[0]

    assert axe_violations(page) == []
    screenshot(page, f"{form}-erreurs-bureau")
