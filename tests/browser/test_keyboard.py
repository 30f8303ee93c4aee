"""Keyboard only: skip link first, every interactive element reachable and visibly focused."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# The element that has the focus: a description, whether it is visible, and whether its focus
# is visibly indicated: an outline or box shadow on it, or an outline on the box that wraps
# a radio button or a checkbox (styled choices ring their whole label, not the tiny input).
FOCUSED_JS = r"""
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const ringed = (s) => s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
  const shadow = style.boxShadow && style.boxShadow !== "none";
  const choice = el.type === "radio" || el.type === "checkbox";
  const wrapper = choice && el.parentElement && ringed(getComputedStyle(el.parentElement));
  return {
    key: el.dataset.kb ?? el.outerHTML.slice(0, 160),
    description: el.outerHTML.slice(0, 160),
    visible: rect.width > 0 && rect.height > 0 && style.visibility !== "hidden",
    indicated: ringed(style) || shadow || wrapper,
  };
}
"""

# The interactive elements a keyboard user must be able to reach.
FOCUSABLE_JS = r"""
() => {
  const groups = {};
  const keys = [];
  const candidates = document.querySelectorAll(
    "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select,"
    + " textarea, summary, [tabindex]");
  for (const el of candidates) {
    const rect = el.getBoundingClientRect();
    // checkVisibility(): also false inside a closed <details>.
    if (!rect.width || !rect.height || !el.checkVisibility({visibilityProperty: true})) continue;
    // Out of the tab order on purpose (anti-spam field, main content target).
    if (el.getAttribute("tabindex") === "-1" || el.closest("[inert], [hidden]")) continue;
    // A group of radio buttons is one tab stop; the arrow keys move inside it.
    if (el.type === "radio") {
      if (!(el.name in groups)) {
        groups[el.name] = String(keys.length);
        keys.push(groups[el.name]);
      }
      el.dataset.kb = groups[el.name];
      continue;
    }
    el.dataset.kb = String(keys.length);
    keys.push(el.dataset.kb);
  }
  return keys;
}
"""

KEYBOARD_PAGES = ["accueil", "rubrique-ateliers", "atelier", "recherche-resultats", "contribuer"]


def test_skip_link_comes_first_and_leads_to_the_content(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_have_text("Aller au contenu")
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#contenu")).to_be_focused()
    # The next Tab goes into the content, not back to the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize("name", KEYBOARD_PAGES)
def test_every_interactive_element_is_reachable_and_visibly_focused(name, page, resolved_pages):
    page.goto(resolved_pages[name])
    expected = page.evaluate(FOCUSABLE_JS)
    reached = []
    problems = []
    for _ in range(len(expected) + 20):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused is None or (reached and focused["key"] == reached[0]):
            break  # back to the start: the tab order went round, no trap
        if focused["key"] in reached:
            problems.append(f"piège au clavier ou boucle : {focused['description']}")
            break
        reached.append(focused["key"])
        if not focused["visible"]:
            problems.append(f"élément focalisé invisible : {focused['description']}")
        elif not focused["indicated"]:
            problems.append(f"focus non visible : {focused['description']}")
    else:
        problems.append("la tabulation ne revient jamais au début de la page")
    missing = [
        page.locator(f"[data-kb='{key}']").first.evaluate("(el) => el.outerHTML.slice(0, 160)")
        for key in expected
        if key not in reached
    ]
    assert problems == []
    assert missing == [], "inatteignables au clavier"
