"""The accessibility statement (RGAA format) and the legal notice, linked from every page."""

import pytest


@pytest.mark.django_db
def test_accessibility_statement_follows_the_rgaa_format(client, site):
    response = client.get("/accessibilite/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Déclaration d’accessibilité</h1>" in html
    for heading in (
        "État de conformité",
        "Résultats des tests",
        "Contenus non accessibles",
        "Établissement de cette déclaration d’accessibilité",
        "Technologies utilisées pour la réalisation du site",
        "Environnement de test",
        "Outils pour évaluer l’accessibilité",
        "Pages du site ayant fait l’objet de la vérification de conformité",
        "Retour d’information et contact",
        "Voies de recours",
    ):
        assert f">{heading}</h" in html, heading
    # No full audit was made: the statement must not claim full conformance.
    assert "<strong>partiellement conforme</strong>" in html
    assert "axe-core" in html and "Chromium" in html


@pytest.mark.django_db
def test_footer_links_to_the_statement_and_the_legal_notice(client, site):
    html = client.get("/").content.decode()
    assert 'href="/accessibilite/">Accessibilité : partiellement conforme</a>' in html
    assert 'href="/mentions-legales/">Mentions légales</a>' in html
    response = client.get("/mentions-legales/")
    assert response.status_code == 200
    assert "<h1>Mentions légales</h1>" in response.content.decode()
