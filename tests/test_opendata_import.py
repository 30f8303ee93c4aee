"""``import_resources``: valid files, every kind of invalid input, idempotence, rollback."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from taggit.models import Tag

from commons.models import Author, Theme
from opendata import importer
from practices.models import (
    PracticeSheet,
    PracticeSheetIndexPage,
    ProjectRecipe,
    ResourcePage,
    WorkshopMaterial,
)

pytestmark = pytest.mark.django_db

BODY = """# Préparer la séance

Installez les participants **deux par deux**, voir [le guide](https://example.org/guide).

- un poste pour deux
- une fiche imprimée

### Pendant l'atelier

1. Allumer la tablette
2. Ouvrir le navigateur
"""


def sheet(**overrides):
    data = {
        "type": "sheet",
        "title": "Créer son adresse e-mail",
        "summary": "Pas à pas pour ouvrir une boîte aux lettres électronique.",
        "body": BODY,
        "slug": "creer-son-adresse-e-mail",
        "tags": ["messagerie", "Débutants"],
        "themes": ["Maîtrise des outils numériques", "navigation-sur-internet"],
        "audiences": ["seniors-personnes-agees"],
        "licence": "cc-by-4.0",
        "authors": ["Aïcha Benali"],
        "level": "debutant",
        "territory": {"commune": "Quimper", "departement": "29"},
        "duration_minutes": 90,
        "published": True,
    }
    data.update(overrides)
    return data


def minimal(kind, title, **extra):
    return {
        "type": kind,
        "title": title,
        "summary": f"Résumé de {title}.",
        "body": "Texte.",
        **extra,
    }


def write(tmp_path, payload, name="ressources.json"):
    path = tmp_path / name
    content = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def run_import(path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_resources", path, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def failing_import(path, *args):
    err = StringIO()
    with pytest.raises(CommandError) as excinfo:
        call_command("import_resources", path, *args, stdout=StringIO(), stderr=err)
    assert "aucune ressource n'a été écrite" in str(excinfo.value)
    return err.getvalue().splitlines()


def test_valid_file_creates_published_resources_of_each_type(tmp_path, sections):
    payload = {
        "resources": [
            sheet(),
            minimal("recipe", "Un bus numérique", level="avance"),
            minimal("workshop", "Découvrir la tablette", duration_minutes=120),
        ]
    }
    out, _ = run_import(write(tmp_path, payload))
    assert "3 ressource(s) créée(s)" in out

    page = PracticeSheet.objects.get(slug="creer-son-adresse-e-mail")
    assert page.live and page.get_parent().specific == sections.sheets
    assert page.summary.startswith("Pas à pas")
    assert sorted(t.name for t in page.tags.all()) == ["Débutants", "messagerie"]
    assert {t.slug for t in page.themes.all()} == {
        "maitrise-des-outils-numeriques",
        "navigation-sur-internet",
    }
    assert [a.slug for a in page.audiences.all()] == ["seniors-personnes-agees"]
    assert page.licence.slug == "cc-by-4.0"
    assert [a.name for a in page.authors.all()] == ["Aïcha Benali"]
    assert (page.level, page.commune, page.departement) == ("debutant", "Quimper", "29")
    assert page.duration_minutes == 90
    assert page.first_published_at is not None

    blocks = [(block.block_type, block.value) for block in page.body]
    assert blocks[0] == ("heading", {"text": "Préparer la séance", "level": "h2"})
    assert blocks[2][0] == "heading" and blocks[2][1]["level"] == "h3"
    paragraph = blocks[1][1].source
    assert "<b>deux par deux</b>" in paragraph
    assert '<a href="https://example.org/guide">le guide</a>' in paragraph
    assert "<ul><li>un poste pour deux</li><li>une fiche imprimée</li></ul>" in paragraph
    assert "<ol><li>Allumer la tablette</li>" in blocks[3][1].source

    recipe = ProjectRecipe.objects.get(slug="un-bus-numerique")
    assert recipe.level == "avance"
    assert WorkshopMaterial.objects.get().duration_minutes == 120


@pytest.mark.wagtail_indexes
def test_published_resources_are_searchable_at_once(tmp_path, sections, client):
    run_import(write(tmp_path, {"resources": [sheet(summary="Les zygomorphes du courriel.")]}))
    assert [p.title for p in ResourcePage.objects.live().search("zygomorphes")] == [
        "Créer son adresse e-mail"
    ]
    response = client.get("/api/v2/pages/", {"search": "zygomorphes"})
    assert [item["title"] for item in response.json()["items"]] == ["Créer son adresse e-mail"]


def test_unpublished_resource_is_a_draft(tmp_path, sections):
    run_import(write(tmp_path, {"resources": [sheet(published=False)]}))
    page = PracticeSheet.objects.get()
    assert not page.live
    assert page.latest_revision is not None


def test_missing_section_is_created_under_the_home_page(tmp_path, site, home_page):
    assert not PracticeSheetIndexPage.objects.exists()
    run_import(write(tmp_path, {"resources": [minimal("sheet", "Une fiche")]}))
    section = PracticeSheetIndexPage.objects.get()
    assert section.live and section.get_parent().pk == home_page.pk
    assert PracticeSheet.objects.child_of(section).count() == 1


def test_import_is_idempotent_and_updates_by_slug(tmp_path, sections):
    path = write(tmp_path, {"resources": [sheet(), minimal("workshop", "Un atelier")]})
    run_import(path)
    out, _ = run_import(path)
    assert "0 ressource(s) créée(s), 0 mise(s) à jour, 2 inchangée(s)" in out
    assert PracticeSheet.objects.count() == 1 and WorkshopMaterial.objects.count() == 1
    assert Author.objects.filter(name="Aïcha Benali").count() == 1

    out, _ = run_import(
        write(tmp_path, {"resources": [sheet(summary="Nouveau résumé.", tags=["neuf"])]})
    )
    assert "0 ressource(s) créée(s), 1 mise(s) à jour" in out
    page = PracticeSheet.objects.get()
    assert page.summary == "Nouveau résumé."
    assert [t.name for t in page.tags.all()] == ["neuf"]


def test_dry_run_validates_and_writes_nothing(tmp_path, sections):
    out, _ = run_import(write(tmp_path, {"resources": [sheet()]}), "--dry-run")
    assert "Simulation" in out and "1 ressource(s) à créer" in out
    assert not ResourcePage.objects.exists()
    assert not Tag.objects.filter(name="messagerie").exists()
    assert not Author.objects.filter(name="Aïcha Benali").exists()


def test_dry_run_reports_errors_too(tmp_path, sections):
    lines = failing_import(write(tmp_path, {"resources": [sheet(licence="gpl")]}), "--dry-run")
    assert len(lines) == 1 and "licence inconnue" not in lines[0]
    assert lines[0].startswith("ressource 1 (Créer son adresse e-mail) : licence : licence inconnu")


def test_bad_json_is_reported_with_its_position(tmp_path, sections):
    lines = failing_import(write(tmp_path, '{"resources": [ {"type": "sheet",, } ]}'))
    assert lines[0].startswith("fichier : JSON invalide (ligne 1, colonne")


@pytest.mark.parametrize("payload", [[], {"ressources": []}, {"resources": "aucune"}, "null"])
def test_wrong_top_level_shape(tmp_path, sections, payload):
    content = payload if isinstance(payload, str) else json.dumps(payload)
    lines = failing_import(write(tmp_path, content))
    assert lines == ['fichier : un objet {"resources": [...]} listant les ressources est attendu']


def test_missing_required_fields(tmp_path, sections):
    lines = failing_import(
        write(tmp_path, {"resources": [{"type": "sheet", "title": "Sans rien"}]})
    )
    assert lines == [
        "ressource 1 (Sans rien) : summary : champ obligatoire manquant",
        "ressource 1 (Sans rien) : body : champ obligatoire manquant",
    ]


def test_unknown_theme_and_audience_are_errors(tmp_path, sections):
    payload = {
        "resources": [
            minimal("sheet", "Premier"),
            minimal("sheet", "Deuxième"),
            minimal("sheet", "Titre", themes=["xyz"], audiences=["martiens"]),
        ]
    }
    lines = failing_import(write(tmp_path, payload))
    assert lines == [
        "ressource 3 (Titre) : themes : thème inconnu « xyz »",
        "ressource 3 (Titre) : audiences : public inconnu « martiens »",
    ]
    assert not ResourcePage.objects.exists()


def test_bad_licence_lists_the_possible_values(tmp_path, sections):
    lines = failing_import(write(tmp_path, {"resources": [sheet(licence="cc-by-nd")]}))
    assert lines[0].startswith(
        "ressource 1 (Créer son adresse e-mail) : licence : licence inconnu « cc-by-nd »"
    )
    assert "cc-by-sa-4.0" in lines[0] and "etalab-2.0" in lines[0]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"type": "article"}, "type : type inconnu « article »"),
        ({"title": 12}, "title : doit être un texte"),
        ({"summary": ""}, "summary : ne doit pas être vide"),
        ({"summary": "x" * 301}, "summary : trop long (301 caractères, 300 au plus)"),
        ({"body": 12}, "body : doit être un texte Markdown ou une liste de blocs"),
        ({"body": [{"type": "tableau"}]}, "body[1] : un texte Markdown ou un bloc dont le type"),
        ({"body": [{"type": "callout", "texte": "x"}]}, "body[1].texte : champ inconnu"),
        ({"cover_image": "photo.jpg"}, 'cover_image : doit être un objet {"file": …'),
        ({"pix_competences": ["9.9"]}, "pix_competences : compétence PIX inconnue « 9.9 »"),
        ({"first_published": "hier"}, "first_published : date et heure invalides « hier »"),
        ({"last_reviewed": "2025-13-01"}, "last_reviewed : date invalide « 2025-13-01 »"),
        ({"ingredients": []}, "ingredients : champ inconnu"),
        ({"tags": "tablette"}, "tags : doit être une liste de textes"),
        ({"themes": [1, 2]}, "themes : doit être une liste de textes"),
        ({"level": "expert"}, "level : niveau inconnu « expert »"),
        ({"duration_minutes": "90"}, "duration_minutes : doit être un nombre entier de minutes"),
        ({"duration_minutes": True}, "duration_minutes : doit être un nombre entier de minutes"),
        ({"duration_minutes": -5}, "duration_minutes : doit être compris entre 1 et 100000"),
        ({"published": "oui"}, "published : doit valoir true ou false"),
        ({"territory": ["Quimper"]}, "territory : doit être un objet"),
        ({"territory": {"departement": "999"}}, "territory.departement : département inconnu"),
        ({"slug": "Pas un slug !"}, "slug : « Pas un slug ! » n'est pas un identifiant valide"),
        ({"couleur": "bleu"}, "couleur : champ inconnu"),
        ({"body": "# " + "T" * 250}, "body : bloc 1 (Titre) :"),
    ],
)
def test_wrong_types_and_values(tmp_path, sections, overrides, expected):
    lines = failing_import(write(tmp_path, {"resources": [sheet(**overrides)]}))
    assert len(lines) == 1, lines
    assert expected in lines[0]
    label = "sans titre" if "title" in overrides else "Créer son adresse e-mail"
    assert lines[0].startswith(f"ressource 1 ({label}) : ")


def test_resource_that_is_not_an_object(tmp_path, sections):
    lines = failing_import(write(tmp_path, {"resources": ["une fiche"]}))
    assert lines == ["ressource 1 (sans titre) : ressource : doit être un objet JSON"]


def test_ten_megabyte_body_is_refused(tmp_path, sections):
    big = "Un paragraphe de médiation numérique. " * (10 * 2**20 // 38)
    lines = failing_import(write(tmp_path, {"resources": [sheet(body=big)]}))
    assert len(lines) == 1
    assert "body : trop long (" in lines[0] and "200000 au plus" in lines[0]
    assert not ResourcePage.objects.exists()


def test_duplicate_slugs_in_one_file(tmp_path, sections):
    lines = failing_import(write(tmp_path, {"resources": [sheet(), sheet(title="Copie")]}))
    assert lines == [
        "ressource 2 (Copie) : slug : « creer-son-adresse-e-mail » est déjà celui de la "
        "ressource 1 du fichier"
    ]


def test_every_error_of_the_file_is_listed_and_nothing_written(tmp_path, sections):
    payload = {
        "resources": [
            sheet(),
            minimal("recipe", "Bonne recette"),
            minimal("sheet", "Mauvaise", licence="x", tags="y"),
            {"type": "workshop", "title": "Incomplet", "summary": "Résumé."},
        ]
    }
    lines = failing_import(write(tmp_path, payload))
    assert [line.split(" : ")[0] for line in lines] == [
        "ressource 3 (Mauvaise)",
        "ressource 3 (Mauvaise)",
        "ressource 4 (Incomplet)",
    ]
    assert not ResourcePage.objects.exists()
    assert not Author.objects.filter(name="Aïcha Benali").exists()


def test_failure_while_writing_rolls_everything_back(tmp_path, sections, monkeypatch):
    from django.core.exceptions import ValidationError

    write_resource = importer.write_resource

    def fail_on_second(resource, *args):
        if resource.number == 2:
            raise ValidationError({"slug": "conflit simulé"})
        return write_resource(resource, *args)

    monkeypatch.setattr(importer, "write_resource", fail_on_second)
    payload = {"resources": [sheet(), minimal("recipe", "Deuxième"), minimal("sheet", "Trois")]}
    lines = failing_import(write(tmp_path, payload))
    assert lines == ["ressource 2 (Deuxième) : slug : conflit simulé"]
    assert not ResourcePage.objects.exists()
    assert not Author.objects.filter(name="Aïcha Benali").exists()
    assert Theme.objects.count() == 29


def test_missing_file_and_bad_encoding(tmp_path, sections):
    with pytest.raises(CommandError, match="Fichier introuvable"):
        call_command("import_resources", str(tmp_path / "absent.json"))
    lines = failing_import(write(tmp_path, "é".encode("latin-1")))
    assert lines[0].startswith("fichier : encodage invalide, UTF-8 attendu")


def test_control_characters_are_cleaned_before_checks_and_lookups(tmp_path, sections, client):
    """A NUL or a control character in any text field: cleaned, as the admin saves it.

    PostgreSQL refuses NUL in text, and one control character used to fail both feeds.
    """
    Tag.objects.create(name="messagerie", slug="messagerie")
    payload = {
        "resources": [
            sheet(
                title="Créer son\u0000 adresse e-mail\u0001",
                summary="Pas à pas\u0000 pour ouvrir une boîte\u001b aux lettres.",
                body="# Préparer\u0000 la séance\n\nTexte\u0001 du\ufffe corps.",
                tags=["messa\u0000gerie", "Débutants\u0007"],
                authors=["Aïcha\u0000 Benali"],
                territory={"commune": "Quim\u0000per", "departement": "29"},
            )
        ]
    }
    out, _ = run_import(write(tmp_path, payload))
    assert "1 ressource(s) créée(s)" in out
    page = PracticeSheet.objects.get(slug="creer-son-adresse-e-mail")
    assert page.title == "Créer son adresse e-mail"
    assert page.summary == "Pas à pas pour ouvrir une boîte aux lettres."
    assert page.commune == "Quimper"
    assert [(block.block_type, block.value) for block in page.body][0] == (
        "heading",
        {"text": "Préparer la séance", "level": "h2"},
    )
    assert "Texte du corps." in page.body[1].value.source
    # The existing tag is found again rather than duplicated.
    assert Tag.objects.filter(name__iexact="messagerie").count() == 1
    assert sorted(page.tags.names()) == ["Débutants", "messagerie"]
    assert [author.name for author in page.authors.all()] == ["Aïcha Benali"]
    for url in ("/flux/", "/flux/atom/", "/flux/?type=fiche"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Créer son adresse e-mail" in response.content.decode()


@pytest.mark.parametrize("depth", [12, 500, 100_000])
def test_deeply_nested_json_is_refused_in_french(tmp_path, sections, depth):
    """Nested past the format's few levels: one French message, no traceback, nothing written.

    100,000 levels used to end in a RecursionError traceback; a few hundred were quoted
    whole in a « type inconnu » message.
    """
    nested = "[" * depth + "]" * depth
    for content in (
        nested,
        '{"resources": [' + nested + "]}",
        json.dumps({"resources": [sheet(type="__nested__")]}).replace('"__nested__"', nested),
    ):
        lines = failing_import(write(tmp_path, content))
        assert lines == ["fichier : structure trop imbriquée (10 niveaux au plus)"]
    assert not ResourcePage.objects.exists()


@pytest.mark.parametrize("prefix", ["> ", "- ", "1. ", "> - "])
def test_markdown_nested_too_deep_is_refused_not_cut(tmp_path, sections, prefix):
    """markdown-it drops what lies past its nesting limit: the import says so instead."""
    body = prefix * 20_000 + "le texte au fond"
    lines = failing_import(write(tmp_path, {"resources": [sheet(body=body)]}))
    assert lines == [
        "ressource 1 (Créer son adresse e-mail) : body : listes ou citations imbriquées "
        "trop profondément (le texte au-delà serait perdu)"
    ]
    assert not ResourcePage.objects.exists()


def test_markdown_nested_a_few_levels_is_kept(tmp_path, sections):
    body = "".join(f"{'  ' * level}- niveau {level}\n" for level in range(6))
    run_import(write(tmp_path, {"resources": [sheet(body=body)]}))
    html = PracticeSheet.objects.get().body[0].value.source
    assert html.count("<ul>") == 6 and "niveau 5" in html


def test_a_title_with_no_latin_letter_or_digit_asks_for_a_slug(tmp_path, sections):
    data = sheet(title="Ð")
    del data["slug"]
    lines = failing_import(write(tmp_path, {"resources": [data]}))
    assert lines == ["ressource 1 (Ð) : slug : impossible de le déduire du titre : donnez-le"]
    data["slug"] = "eth"
    call_command("import_resources", str(write(tmp_path, {"resources": [data]})), verbosity=0)
    assert ResourcePage.objects.get(slug="eth").title == "Ð"
