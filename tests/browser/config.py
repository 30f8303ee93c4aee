"""What the browser tests and bench/pages.py share: Chromium, viewports, the page types."""

import os
import shutil
from pathlib import Path

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The screens the site is judged on (issue 15): a laptop and a common phone.
DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 360, "height": 740}

# WCAG 2.0 and 2.1, levels A and AA: the level RGAA 4.1 maps to.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

# One page of each type of the demo site (slugs from home/demo/ and courses' demo loader).
SHEET = "/fiches-pratiques/activer-et-utiliser-mon-espace-sante/"
RECIPE = "/recettes/club-code-fablab-ados-reunion/"
WORKSHOP = "/ateliers/reperer-les-arnaques-en-ligne/"
COURSE = "/parcours/former-les-aidants-aux-demarches-en-ligne/"
PAGE_TYPES = {
    "accueil": "/",
    "rubrique-fiches": "/fiches-pratiques/",
    "rubrique-recettes": "/recettes/",
    "rubrique-ateliers": "/ateliers/",
    "fiche-pratique": SHEET,
    "recette": RECIPE,
    "atelier": WORKSHOP,
    "themes": "/themes/",
    "theme": "/themes/numerique-en-sante/",
    "etiquette": "/etiquettes/sante/",
    "public": "/publics/adultes/",
    "auteur": "/auteurs/fatou-sow/",
    "recherche-resultats": "/recherche/?q=securite",
    "recherche-aucun-resultat": "/recherche/?q=zzyzzx",
    "recherche-vide": "/recherche/",
    "selection-vide": "/selection/",
    "parcours-rubrique": "/parcours/",
    "parcours": COURSE,
    "contribuer": "/contribuer/",
    "signaler": "report",  # resolved from the sheet's « Signaler un problème » form
    "avis": "feedback",  # resolved from the sheet's feedback form
    "accessibilite": "/accessibilite/",
    "page-introuvable": "/cette-page-n-existe-pas/",
}

# Pages worth checking (vnu) and looking at (make screenshots) that are not a page type of
# the axe and structure tests: the legal notice, a course booklet (its own HTML document).
EXTRA_PAGES = {
    "recherche-atelier": "/recherche/?q=atelier",
    "mentions-legales": "/mentions-legales/",
    "parcours-livret": COURSE + "livret/",
}


# Debian's headless shell first: the same Blink as Chromium, without the browser's own
# interface, whose renderer kept a core half busy during the tests (Playwright also runs
# headless Chromium through such a shell). The full Chromium does as well.
CHROMIUM_CANDIDATES = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")
INSTALL_CHROMIUM = "apt-get install chromium-headless-shell (ou chromium)"


def chromium_executable():
    for candidate in (os.environ.get("CHROMIUM_PATH"), *CHROMIUM_CANDIDATES):
        if candidate and Path(candidate).exists():
            return candidate
    return (
        shutil.which("chromium-headless-shell")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )
