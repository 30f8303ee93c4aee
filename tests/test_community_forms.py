"""Public forms of the community: reports, feedback, join requests; login throttling.

Everything goes through real requests: the resource page, the public forms and
the moderation screens of the admin.
"""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from commons.factories import AuthorFactory
from community.factories import make_contributor, make_moderator
from community.models import Feedback, JoinRequest, Report
from practices.factories import PracticeSheetFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client_factory():
    """A new visitor (own session) at each call, from ``address`` (the same by default)."""

    def make(address="127.0.0.1"):
        return Client(REMOTE_ADDR=address)

    return make


@pytest.fixture
def sheet(sections):
    return PracticeSheetFactory(parent=sections.sheets, title="Repérer une arnaque par SMS")


def report_url(page):
    return reverse("community:report", args=[page.pk])


def feedback_url(page):
    return reverse("community:feedback", args=[page.pk])


# Reports -------------------------------------------------------------------------


def test_resource_page_has_an_accessible_report_form(client, sheet):
    html = client.get(sheet.url).content.decode()
    assert "Signaler un problème" in html
    assert f'action="{report_url(sheet)}"' in html
    assert "<legend>Quel est le problème ?" in html
    for label in ("Obsolète", "Erreur", "Doublon", "Contenu inapproprié", "Autre"):
        assert label in html
    assert "---------" not in html  # no blank radio button
    # Honeypot: labelled, out of the tab order, no autocomplete.
    assert "Ne pas remplir" in html
    assert re.search(r'name="signalement-site_web"[^>]*tabindex="-1"', html) or re.search(
        r'tabindex="-1"[^>]*name="signalement-site_web"', html
    )


def test_valid_report_is_saved_then_redirects_with_a_message(client, sheet):
    response = client.post(
        report_url(sheet),
        {"signalement-reason": "obsolete", "signalement-comment": "Le site a changé."},
    )
    assert response.status_code == 302
    assert response["Location"] == sheet.url + "#signaler"
    report = Report.objects.get()
    assert (report.page_id, report.reason, report.status) == (sheet.pk, "obsolete", "nouveau")
    assert report.comment == "Le site a changé."
    html = client.get(response["Location"]).content.decode()
    assert "votre signalement a été transmis" in html


def test_invalid_report_shows_french_errors_linked_to_fields_and_keeps_input(client, sheet):
    response = client.post(
        report_url(sheet),
        {"signalement-reason": "", "signalement-comment": "Texte gardé"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Le formulaire contient une erreur" in html
    assert 'href="#id_signalement-reason_0"' in html
    assert "Ce champ est obligatoire." in html
    assert 'aria-describedby="id_signalement-reason-erreur"' in html
    assert 'id="id_signalement-reason-erreur"' in html
    assert "Texte gardé" in html
    assert not Report.objects.exists()

    response = client.post(report_url(sheet), {"signalement-reason": "n-importe-quoi"})
    assert response.status_code == 400
    assert "Choisissez un des motifs proposés." in response.content.decode()

    response = client.post(
        report_url(sheet), {"signalement-reason": "autre", "signalement-comment": "x" * 2001}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "2000 caractères au plus." in html
    assert 'aria-invalid="true"' in html
    assert not Report.objects.exists()


def test_report_honeypot_drops_spam_silently(client, sheet):
    response = client.post(
        report_url(sheet),
        {"signalement-reason": "autre", "signalement-site_web": "http://spam.example"},
    )
    assert response.status_code == 302
    assert not Report.objects.exists()


def test_reports_are_rate_limited(client, sheet, settings):
    settings.COMMUNITY_RATE_LIMITS = {"report": (2, 600), "feedback": (2, 600), "join": (2, 600)}
    for _ in range(2):
        assert client.post(report_url(sheet), {"signalement-reason": "erreur"}).status_code == 302
    response = client.post(
        report_url(sheet), {"signalement-reason": "erreur", "signalement-comment": "Encore"}
    )
    assert response.status_code == 429
    html = response.content.decode()
    assert "trop de formulaires" in html
    assert "Encore" in html
    assert Report.objects.count() == 2


def test_report_of_unknown_or_draft_resource_is_404(client, sections):
    draft = PracticeSheetFactory(parent=sections.sheets, publish=False)
    assert client.post(report_url(draft), {"signalement-reason": "autre"}).status_code == 404
    response = client.post("/signaler/999999/", {"signalement-reason": "autre"})
    assert response.status_code == 404


def test_moderator_lists_reports_and_marks_them_processed(client, sheet):
    report = Report.objects.create(page=sheet, reason="erreur", comment="Lien cassé")
    moderator = make_moderator()
    client.force_login(moderator)
    listing = client.get(reverse("wagtailsnippets_community_report:list"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert sheet.title in html and "Nouveau" in html
    url = reverse("community_admin:report_processed", args=[report.pk])
    assert url in html
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "traite" and report.processed_by == moderator

    client.force_login(make_contributor())
    other = Report.objects.create(page=sheet, reason="autre")
    response = client.post(reverse("community_admin:report_processed", args=[other.pk]))
    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.status == "nouveau"


# Feedback ------------------------------------------------------------------------


def vote(client, page, rating, comment=""):
    return client.post(feedback_url(page), {"avis-rating": rating, "avis-comment": comment})


def test_feedback_form_is_a_fieldset_of_four_answers(client, sheet):
    html = client.get(sheet.url).content.decode()
    assert "<legend>Cette ressource vous a-t-elle été utile ?" in html
    # One scale, its stored values unchanged (1 to 4).
    for value, label in enumerate(("Pas utile", "Un peu utile", "Utile", "Très utile"), start=1):
        assert f'value="{value}"' in html
        assert f">{label}</label>" in html
    # The question is asked once, as the legend: no heading repeats it.
    assert html.count("Cette ressource vous a-t-elle été utile ?") == 1
    assert "Personne n'a encore donné son avis." in html


def test_one_vote_per_session_and_resource(client, sheet):
    response = vote(client, sheet, 4, "Très clair")
    assert response.status_code == 302
    assert response["Location"] == sheet.url + "#avis"
    feedback = Feedback.objects.get()
    assert (feedback.rating, feedback.comment) == (4, "Très clair")
    html = client.get(sheet.url).content.decode()
    assert "Merci pour votre avis" in html
    assert "vous avez déjà donné votre avis" in html
    assert 'name="avis-rating"' not in html

    response = vote(client, sheet, 1)
    assert response.status_code == 302
    assert Feedback.objects.count() == 1


def test_feedback_count_and_badge(client_factory, sheet):
    for n, rating in enumerate((4, 4, 3)):
        assert vote(client_factory(f"192.0.2.{n}"), sheet, rating).status_code == 302
    html = client_factory().get(sheet.url).content.decode()
    assert "3 personnes ont donné leur avis" in html
    assert "Très recommandée" in html  # average 3.67 ≥ 3.5 with 3 answers


def test_no_badge_under_three_answers_or_a_low_average(client_factory, sheet):
    for n, rating in enumerate((4, 4)):
        vote(client_factory(f"192.0.2.{n}"), sheet, rating)
    assert "Très recommandée" not in client_factory().get(sheet.url).content.decode()
    vote(client_factory("192.0.2.9"), sheet, 1)  # average 3.0
    html = client_factory().get(sheet.url).content.decode()
    assert "3 personnes ont donné leur avis" in html
    assert "Très recommandée" not in html


def test_invalid_feedback_keeps_the_comment(client, sheet):
    response = vote(client, sheet, "", "Mon commentaire")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ce champ est obligatoire." in html
    assert 'href="#id_avis-rating_0"' in html
    assert "Mon commentaire" in html
    response = vote(client, sheet, 9)
    assert response.status_code == 400
    assert "Choisissez une des réponses proposées." in response.content.decode()
    assert not Feedback.objects.exists()


def test_feedback_honeypot_and_rate_limit(client_factory, sheet, settings):
    client = client_factory()
    response = client.post(feedback_url(sheet), {"avis-rating": 4, "avis-site_web": "robot"})
    assert response.status_code == 302
    assert not Feedback.objects.exists()

    settings.COMMUNITY_RATE_LIMITS = {"report": (2, 600), "feedback": (2, 600), "join": (2, 600)}
    cache.clear()
    assert vote(client_factory(), sheet, 3).status_code == 302
    assert vote(client_factory(), sheet, 3).status_code == 302
    assert vote(client_factory(), sheet, 3).status_code == 429
    assert Feedback.objects.count() == 2


def test_authors_cannot_rate_their_own_resource(client, sections):
    contributor = make_contributor("autrice")
    page = PracticeSheetFactory(
        parent=sections.sheets, authors=[contributor.author_profile, AuthorFactory()]
    )
    client.force_login(contributor)
    html = client.get(page.url).content.decode()
    assert "vous ne pouvez pas l'évaluer" in html
    assert vote(client, page, 4).status_code == 302
    assert not Feedback.objects.exists()


def test_moderators_see_feedback_comments(client, sheet):
    Feedback.objects.create(page=sheet, rating=2, comment="Il manque un exemple", session_key="s")
    client.force_login(make_moderator())
    response = client.get(reverse("wagtailsnippets_community_feedback:list"))
    assert response.status_code == 200
    assert "Il manque un exemple" in response.content.decode()
    client.force_login(make_contributor())
    response = client.get(reverse("wagtailsnippets_community_feedback:list"))
    assert response.status_code in (302, 403)


# Joining -------------------------------------------------------------------------

JOIN = {
    "participation-name": "Samia Benali",
    "participation-organisation": "Médiathèque de Saint-Denis",
    "participation-role": "Conseillère numérique",
    "participation-territory": "Seine-Saint-Denis",
    "participation-email": "samia@example.org",
    "participation-motivation": "Partager nos ateliers seniors.",
}


def test_contribute_page_explains_and_has_the_form(client, site):
    response = client.get("/contribuer/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Contribuer à Communs" in html
    for label in ("Nom et prénom", "Structure", "Fonction", "Territoire", "Adresse électronique"):
        assert label in html
    assert 'autocomplete="email"' in html


def test_invalid_join_request_keeps_values(client, site):
    response = client.post("/contribuer/", {**JOIN, "participation-email": "pas-une-adresse"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Saisissez une adresse électronique valide" in html
    assert 'href="#id_participation-email"' in html
    assert "Médiathèque de Saint-Denis" in html
    assert "pas-une-adresse" in html
    assert not JoinRequest.objects.exists()


def test_join_request_honeypot_and_rate_limit(client, site, settings):
    assert client.post("/contribuer/", {**JOIN, "participation-site_web": "x"}).status_code == 302
    assert not JoinRequest.objects.exists()
    settings.COMMUNITY_RATE_LIMITS = {"report": (2, 600), "feedback": (2, 600), "join": (2, 600)}
    cache.clear()
    assert client.post("/contribuer/", JOIN).status_code == 302
    assert client.post("/contribuer/", JOIN).status_code == 302
    assert client.post("/contribuer/", JOIN).status_code == 429
    assert JoinRequest.objects.count() == 2


def test_accepting_a_join_request_creates_a_contributor_account(client, site):
    response = client.post("/contribuer/", JOIN)
    assert response.status_code == 302
    assert "votre demande a bien été envoyée" in client.get("/contribuer/").content.decode()
    join = JoinRequest.objects.get()
    assert join.status == "en_attente"

    client.force_login(make_moderator())
    listing = client.get(reverse("wagtailsnippets_community_joinrequest:list"))
    assert "Samia Benali" in listing.content.decode()
    accept_url = reverse("community_admin:join_accept", args=[join.pk])
    assert accept_url in listing.content.decode()
    mail.outbox.clear()
    assert client.post(accept_url).status_code == 302

    join.refresh_from_db()
    user = join.user
    assert join.status == "acceptee"
    assert user.email == "samia@example.org" and not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == ["Contributeurs"]
    assert user.author_profile.organisation == "Médiathèque de Saint-Denis"
    assert user.has_perm("wagtailadmin.access_admin")

    # The set-password e-mail works.
    message = mail.outbox[-1]
    assert message.to == ["samia@example.org"]
    link = re.search(r"http://testserver(/admin/password_reset/\S+)", message.body).group(1)
    client.logout()
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "Ateliers-2026!", "new_password2": "Ateliers-2026!"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Ateliers-2026!")


def test_refusing_a_join_request(client, site):
    client.post("/contribuer/", JOIN)
    join = JoinRequest.objects.get()
    client.force_login(make_moderator())
    assert client.post(reverse("community_admin:join_refuse", args=[join.pk])).status_code == 302
    join.refresh_from_db()
    assert join.status == "refusee" and join.user is None
    client.force_login(make_contributor())
    second = JoinRequest.objects.create(**{k.split("-", 1)[1]: v for k, v in JOIN.items()})
    client.post(reverse("community_admin:join_accept", args=[second.pk]))
    second.refresh_from_db()
    assert second.status == "en_attente"


# Login throttling ----------------------------------------------------------------


def admin_login(client, username, password):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def test_admin_login_is_refused_after_repeated_failures(client, settings):
    make_contributor("camille")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = admin_login(client, "camille", "mauvais")
        assert response.status_code == 200
    response = admin_login(client, "camille", "mauvais")
    assert response.status_code in (403, 429)
    # Even the right password is refused now, with a French message.
    response = admin_login(client, "camille", "motdepasse-1")
    assert response.status_code in (403, 429)
    assert "Connexion temporairement bloquée" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_successful_login_resets_the_failures(client, settings):
    make_contributor("camille")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        admin_login(client, "camille", "mauvais")
    assert admin_login(client, "camille", "motdepasse-1").status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert admin_login(client, "camille", "mauvais").status_code == 200


def test_client_login_without_request_still_works(client):
    make_contributor("camille")
    assert client.login(username="camille", password="motdepasse-1")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_sessions_opened_without_a_named_backend_resolve_their_user(client, django_user_model):
    # Wagtail's page test helpers log in with the first backend, the throttling one.
    from django.conf import settings

    user = django_user_model.objects.create_superuser("racine", "racine@example.org", "x")
    client.force_login(user, settings.AUTHENTICATION_BACKENDS[0])
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response.wsgi_request.user == user
