"""Relevance of the search over the demo content, on the configured database.

Each case is a query typed the way mediators type it and the slug of the
resource expected among the first three results. The suite prints recall@3, the
mean reciprocal rank (MRR) over the whole first page and the number of empty
result pages, and fails under recall@3 = 0.95 or on any empty page (every query
has a right answer). It runs on SQLite and, in CI, again on PostgreSQL.

The cases of issue 16 come last: typos (one and two edits), words joined or
split, a word no resource has, and pairs where the words typed must outrank a
synonym, or a title a body.
"""

import io
from contextlib import nullcontext
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from wagtail.models import Site

from commons import renditions
from practices.models import ResourcePage
from search import engine, indexing
from search.models import SearchIndexEntry

# The mark makes pytest-django create the test database even when this module runs
# alone, and orders it before transactional tests (whose flush empties the vocabularies).
pytestmark = pytest.mark.django_db

MIN_RECALL_AT_3 = 0.95
ISSUE_16_CATEGORIES = {
    "faute 1",
    "faute 2",
    "mots collés",
    "mots séparés",
    "mot en trop",
    "tapé ou synonyme",
    "titre ou corps",
}

CASES = [
    (
        "accents",
        "demarche en ligne sans faire a la place",
        "accompagner-une-demarche-sans-faire-a-la-place",
    ),
    ("accents", "reconnaitre arnaque sms", "reconnaitre-une-arnaque-par-sms"),
    ("accents", "education aux medias radio", "education-medias-radio-locale"),
    ("accents", "securite navigation internet", "naviguer-en-securite"),
    ("accents", "ÉCRANS PARENTS ENFANTS", "cycle-ecrans-parents-enfants-centre-social"),
    ("accents", "hameconnage sms", "reconnaitre-une-arnaque-par-sms"),
    ("accents", "reemploi appareil reconditionne", "bien-choisir-un-appareil-reconditionne"),
    ("accents", "sobriete numerique quotidien", "sobriete-numerique-au-quotidien"),
    ("pluriels", "tablettes seniors mediatheque pret", "pret-tablettes-mediatheque-seniors"),
    ("pluriels", "atelier tablette seniors", "premiers-pas-sur-tablette"),
    ("pluriels", "gestionnaire mots de passe", "gerer-ses-mots-de-passe"),
    ("pluriels", "photos sauvegarde telephone", "sauvegarder-ses-photos"),
    ("pluriels", "ordinateurs reconditionnes familles", "repair-cafe-ordinateurs-familles-roubaix"),
    ("pluriels", "les réfugiés interprètes", "permanence-numerique-refugies-interpretes"),
    ("pluriels", "médiateurs réseau agenda", "reseau-mediateurs-agenda-partage"),
    ("pluriels", "jeux video famille", "jeux-video-en-famille"),
    ("pluriels", "écoles logiciels libres", "ecoles-passent-au-logiciel-libre"),
    ("élisions", "l'intelligence artificielle", "decouvrir-ia-generative"),
    ("élisions", "l'accessibilité d'un document", "rendre-un-document-accessible"),
    ("élisions", "d'emploi candidature", "candidater-en-ligne"),
    ("élisions", "l'e-santé maison de santé", "accompagnement-e-sante-maison-de-sante-rurale"),
    ("élisions", "l'empreinte numérique", "reduire-son-empreinte-numerique"),
    ("élisions", "qu'est-ce que FranceConnect", "franceconnect-pas-a-pas"),
    ("synonymes", "courriel", "creer-une-adresse-e-mail"),
    ("synonymes", "aide aux papiers", "accompagner-une-demarche-sans-faire-a-la-place"),
    ("accents", "demarches en ligne", "accompagner-une-demarche-sans-faire-a-la-place"),
    ("synonymes", "vieil ordi linux", "installer-systeme-libre-vieil-ordinateur"),
    ("synonymes", "escroquerie sms", "reconnaitre-une-arnaque-par-sms"),
    ("synonymes", "phishing", "reperer-les-arnaques-en-ligne"),
    ("synonymes", "personnes âgées tablette", "premier-contact-avec-une-tablette"),
    ("synonymes", "vieux tablette", "premier-contact-avec-une-tablette"),
    ("synonymes", "ia", "decouvrir-ia-generative"),
    ("synonymes", "mdp", "gerer-ses-mots-de-passe"),
    ("synonymes", "ados code", "club-code-fablab-ados-reunion"),
    ("synonymes", "smartphone traduire courrier", "traduire-courrier-administratif-telephone"),
    ("plusieurs mots", "bus numérique villages", "bus-numerique-villages-creuse"),
    ("plusieurs mots", "guichet france services caf", "guichet-numerique-france-services-caf-cpam"),
    ("plusieurs mots", "fresque du numérique format court", "fresque-du-numerique-format-court"),
    ("plusieurs mots", "wifi communautaire tiers-lieu", "tiers-lieu-wifi-communautaire-village"),
    (
        "plusieurs mots",
        "diagnostic compétences numériques",
        "diagnostic-competences-numeriques-en-10-minutes",
    ),
    ("plusieurs mots", "contrôle parental", "controle-parental-et-ecrans-en-famille"),
    ("plusieurs mots", "visio famille", "visioconference-en-famille"),
    ("plusieurs mots", "café numérique", "animer-un-cafe-numerique"),
    ("plusieurs mots", "vérifier une image", "verifier-une-image-avant-de-la-partager"),
    ("plusieurs mots", "fake news", "verifier-une-information-avant-de-la-partager"),
    (
        "plusieurs mots",
        "confidentialité réseaux sociaux",
        "parametrer-confidentialite-reseaux-sociaux",
    ),
    ("plusieurs mots", "accueil allophone traduction", "accueillir-un-public-allophone"),
    ("plusieurs mots", "CV France Travail atelier", "ateliers-cv-numerique-france-travail"),
    (
        "plusieurs mots",
        "défi numérique responsable entreprise",
        "defi-numerique-responsable-entreprise",
    ),
    ("plusieurs mots", "Scratch enfants", "scratch-pour-les-8-12-ans"),
    (
        "plusieurs mots",
        "former associations accessibilité",
        "formation-accessibilite-numerique-associations",
    ),
    ("plusieurs mots", "Mon espace santé", "activer-et-utiliser-mon-espace-sante"),
    ("plusieurs mots", "compte ameli", "creer-son-compte-ameli"),
    ("plusieurs mots", "fiches parentalité", "controle-parental-et-ecrans-en-famille"),
    ("fautes", "e mail", "creer-une-adresse-e-mail"),
    ("fautes", "tiers lieu wifi", "tiers-lieu-wifi-communautaire-village"),
    ("fautes", "CONTROLE  PARENTAL", "controle-parental-et-ecrans-en-famille"),
    ("fautes", "mots-de-passe gestionnaire", "gerer-ses-mots-de-passe"),
    ("fautes", "france connect", "franceconnect-pas-a-pas"),
    ("fautes", "intelligence artificiel", "decouvrir-ia-generative"),
    # Issue 16 ---------------------------------------------------------------
    ("faute 1", "mediatèque tablettes", "pret-tablettes-mediatheque-seniors"),
    ("faute 1", "ordinnateur reconditionné", "bien-choisir-un-appareil-reconditionne"),
    ("faute 1", "visioconférance famille", "visioconference-en-famille"),
    ("faute 1", "premiers pas tablete", "premiers-pas-sur-tablette"),
    ("faute 1", "hameçonage", "reconnaitre-une-arnaque-par-sms"),
    ("faute 1", "sauvgarder photos", "sauvegarder-ses-photos"),
    ("faute 1", "controle parrental", "controle-parental-et-ecrans-en-famille"),
    ("faute 1", "confidentialitée réseaux sociaux", "parametrer-confidentialite-reseaux-sociaux"),
    ("faute 1", "documant accessible", "rendre-un-document-accessible"),
    ("faute 1", "scrach enfants", "scratch-pour-les-8-12-ans"),
    ("faute 1", "cybermalveilance", "reperer-les-arnaques-en-ligne"),
    (
        "faute 2",
        "acesibilité numérique associations",
        "formation-accessibilite-numerique-associations",
    ),
    ("faute 2", "ordinateurs recondisionés familles", "repair-cafe-ordinateurs-familles-roubaix"),
    ("faute 2", "visiokonferance", "visioconference-en-famille"),
    ("faute 2", "intelijence artificielle générative", "decouvrir-ia-generative"),
    (
        "faute 2",
        "telekonsultation maison de santé",
        "accompagnement-e-sante-maison-de-sante-rurale",
    ),
    ("faute 2", "interpretariat bénévoles réfugiés", "permanence-numerique-refugies-interpretes"),
    ("mots collés", "tierslieu wifi", "tiers-lieu-wifi-communautaire-village"),
    ("mots collés", "repaircafé ordinateurs", "repair-cafe-ordinateurs-familles-roubaix"),
    ("mots collés", "contrôleparental", "controle-parental-et-ecrans-en-famille"),
    ("mots collés", "jeuxvidéo famille", "jeux-video-en-famille"),
    ("mots collés", "radiolocale éducation", "education-medias-radio-locale"),
    ("mots collés", "esanté maison de santé", "accompagnement-e-sante-maison-de-sante-rurale"),
    ("mots collés", "cafénumérique", "animer-un-cafe-numerique"),
    ("mots séparés", "visio conférence famille", "visioconference-en-famille"),
    ("mots séparés", "fab lab code ados", "club-code-fablab-ados-reunion"),
    ("mots séparés", "France Connect compte", "franceconnect-pas-a-pas"),
    ("mot en trop", "bus numérique villages licornes", "bus-numerique-villages-creuse"),
    ("mot en trop", "contrôle parental console pingouin", "controle-parental-et-ecrans-en-famille"),
    ("mot en trop", "repair café roubaix trottinette", "repair-cafe-ordinateurs-familles-roubaix"),
    ("mot en trop", "sauvegarder photos téléphone girafe", "sauvegarder-ses-photos"),
    ("mot en trop", "wifi communautaire montgolfière", "tiers-lieu-wifi-communautaire-village"),
    ("mot en trop", "scratch enfants dinosaures", "scratch-pour-les-8-12-ans"),
    ("mot en trop", "gestionnaire mots de passe yacht", "gerer-ses-mots-de-passe"),
    ("mot en trop", "atelier tablette seniors zorglub", "premiers-pas-sur-tablette"),
    ("tapé ou synonyme", "démarches administratives", "bus-numerique-villages-creuse"),
    ("tapé ou synonyme", "handicap", "formation-accessibilite-numerique-associations"),
    ("tapé ou synonyme", "papiers scannés", "sauvegarder-ses-photos-et-documents"),
    ("titre ou corps", "radio locale", "education-medias-radio-locale"),
    ("titre ou corps", "empreinte numérique", "reduire-son-empreinte-numerique"),
    ("titre ou corps", "agenda partagé", "reseau-mediateurs-agenda-partage"),
]


def slug_of(url):
    return url.rstrip("/").rsplit("/", 1)[-1]


def run_cases(client):
    """[(category, query, expected slug, rank or 0, first three slugs)]; a page that came
    back empty shows no slug."""
    ranks = []
    for category, query, expected in CASES:
        response = client.get("/recherche/", {"q": query, "format": "json"})
        assert response.status_code == 200, query
        slugs = [slug_of(r["url"]) for r in response.json()["results"]]
        rank = slugs.index(expected) + 1 if expected in slugs else 0
        ranks.append((category, query, expected, rank, slugs[:3]))
    return ranks


def empty_pages(ranks):
    """The queries whose first page came back empty (each has a right answer)."""
    return [query for _, query, _, _, top in ranks if not top]


@pytest.fixture(scope="module")
def evaluation(django_db_setup, django_db_blocker):
    """Load the demo content once, run every query through the JSON output, roll back."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            # The image renditions made on publication play no part in the search: the
            # load skips them (tests/test_renditions.py covers them).
            with mock.patch.object(renditions, "make_public_renditions"):
                call_command("load_demo_content", stdout=io.StringIO(), stderr=io.StringIO())
            Site.clear_site_root_paths_cache()
            client = Client()
            # On PostgreSQL, both rankings: RUM's (when installed) and ts_rank's.
            rankings = {"": None}
            if indexing.rank_index_available():
                rankings = {"RUM": True, "ts_rank": False}
            elif connection.vendor == "postgresql":
                rankings = {"ts_rank": False}
            ranks = {}
            for name, rum in rankings.items():
                patch = mock.patch.object(engine, "rank_index_available", return_value=rum)
                with patch if rum is not None else nullcontext():
                    ranks[name] = run_cases(client)
            counts = {
                "indexed": SearchIndexEntry.objects.count(),
                "live": ResourcePage.objects.live().count(),
                "slugs": set(ResourcePage.objects.live().values_list("slug", flat=True)),
            }
            transaction.set_rollback(True)
        Site.clear_site_root_paths_cache()
    return ranks, counts


def test_the_suite_is_large_enough_and_targets_demo_resources(evaluation):
    _, counts = evaluation
    assert len(CASES) >= 40
    assert sum(category in ISSUE_16_CATEGORIES for category, _, _ in CASES) >= 30
    assert {expected for _, _, expected in CASES} <= counts["slugs"]


def test_publishing_the_demo_content_filled_the_index(evaluation):
    _, counts = evaluation
    assert counts["live"] >= 40
    assert counts["indexed"] == counts["live"]


def test_recall_at_3_and_mrr(evaluation, capsys):
    rankings, _ = evaluation
    failures = [check_recall(name, ranks, capsys) for name, ranks in rankings.items()]
    assert not any(failures), "\n".join(filter(None, failures))


def check_recall(name, ranks, capsys):
    found = [1 <= rank <= 3 for *_, rank, _ in ranks]
    recall = sum(found) / len(ranks)
    mrr = sum(1 / rank for *_, rank, _ in ranks if rank) / len(ranks)
    by_category = {}
    for category, _, _, rank, _ in ranks:
        by_category.setdefault(category, []).append(1 <= rank <= 3)
    misses = [
        f"  « {query} » attendu {expected}, rang {rank or 'absent'} ; en tête : {top}"
        for _, query, expected, rank, top in ranks
        if not 1 <= rank <= 3
    ]
    empty = empty_pages(ranks)
    label = f" ({name})" if name else ""
    with capsys.disabled():
        print(
            f"\n[pertinence] {len(ranks)} requêtes{label} : "
            f"recall@3 = {recall:.3f}, MRR = {mrr:.3f}, pages vides = {len(empty)}"
        )
        for category, hits in by_category.items():
            print(f"[pertinence]   {category:15} {sum(hits)}/{len(hits)}")
        for line in misses:
            print("[pertinence]" + line)
    # A failure message (the misses, the empty pages), or "" when all is well.
    if recall >= MIN_RECALL_AT_3 and not empty:
        return ""
    return f"{name or 'recall@3'}:\n" + "\n".join(
        misses + [f"  page vide : « {q} »" for q in empty]
    )
