"""Setting up the demo site around its content, which is data (``home/demo/content/``).

The resources, their authors, images and documents are files in the exchange
format (docs/import-format.md), loaded by ``import_resources`` like any other
import. What is not content lives here: the site, the introductions of the
section pages, the demo files' collection, the demo accounts and the
contributor's profile.
Every step finds what a previous run created, so a second run changes nothing.
"""

import io
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from commons.models import Author
from practices.models import ResourceIndexPage, ResourcePage

CONTENT_DIR = Path(__file__).resolve().parent / "content"
COLLECTION_NAME = "Démo"
# The profile the « contributeur » account writes as.
CONTRIBUTOR_AUTHOR = "Nadia Benali"

# Introductions of the section pages the import creates, by section slug.
SECTION_INTROS = {
    "fiches-pratiques": (
        "<p>Des savoir-faire éprouvés sur le terrain, à appliquer dès demain : "
        "accompagner une démarche en ligne, sécuriser un compte, accueillir un public "
        "allophone, parler d'intelligence artificielle sans jargon… Chaque fiche dit "
        "pour qui, en combien de temps, et comment s'y prendre pas à pas.</p>"
    ),
    "recettes": (
        "<p>Comment un projet de médiation numérique a été monté, avec qui, avec quels "
        "moyens, ce qui a aidé et ce qui a freiné : tout ce qu'il faut à un autre "
        "territoire pour le refaire, en l'adaptant.</p>"
    ),
    "ateliers": (
        "<p>Des ateliers prêts à animer : objectifs, déroulé minuté, matériel, "
        "supports à imprimer et variantes pour adapter la séance à votre public.</p>"
    ),
}

# Demo accounts: LOCAL USE ONLY, documented as such in the README.
DEMO_ACCOUNTS = [
    {
        "username": "admin",
        "password": "communs-admin",
        "email": "admin@example.org",
        "first_name": "Alex",
        "last_name": "Administration",
        "superuser": True,
        "group": None,
        "label": "Administration",
    },
    {
        "username": "moderatrice",
        "password": "communs-moderation",
        "email": "moderatrice@example.org",
        "first_name": "Morgane",
        "last_name": "Modération",
        "superuser": False,
        "group": "Modérateurs",
        "label": "Modération",
    },
    {
        "username": "contributeur",
        "password": "communs-contribution",
        "email": "contributeur@example.org",
        "first_name": "Camille",
        "last_name": "Contribution",
        "superuser": False,
        "group": "Contributeurs",
        "label": "Contribution",
    },
]


def home_page():
    from home.models import HomePage

    home = HomePage.objects.first()
    if home is None:
        raise CommandError("La page d'accueil est absente : lancez d'abord « manage.py migrate ».")
    return home


def ensure_site(home):
    """The default site answers on localhost with the home page as its root."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    wanted = {"hostname": "localhost", "port": 80, "root_page_id": home.pk, "is_default_site": True}
    if site is None:
        Site.objects.create(site_name="Communs", **wanted)
    elif any(getattr(site, key) != value for key, value in wanted.items()):
        Site.objects.exclude(pk=site.pk).filter(is_default_site=True).update(is_default_site=False)
        for key, value in wanted.items():
            setattr(site, key, value)
        site.site_name = site.site_name or "Communs"
        site.save()


def ensure_collection():
    if not Collection.objects.filter(name=COLLECTION_NAME).exists():
        Collection.get_first_root_node().add_child(name=COLLECTION_NAME)


def dress_sections(home):
    """Show the section pages (created by the import) in the menu, with their introduction."""
    changed = 0
    home.refresh_from_db()  # the import added children: a stale home looks like a leaf
    for section in home.get_children().specific():
        intro = SECTION_INTROS.get(section.slug)
        if not isinstance(section, ResourceIndexPage) or intro is None:
            continue
        if section.intro == intro and section.show_in_menus:
            continue
        section.intro, section.show_in_menus = intro, True
        section.save_revision().publish()
        changed += 1
    return changed


def ensure_accounts():
    """The three demo accounts; returns how many were created."""
    created = 0
    for account in DEMO_ACCOUNTS:
        user = User.objects.filter(username=account["username"]).first()
        if user is None:
            user = User(
                username=account["username"],
                email=account["email"],
                first_name=account["first_name"],
                last_name=account["last_name"],
                is_staff=True,
                is_superuser=account["superuser"],
            )
            user.set_password(account["password"])
            user.save()
            created += 1
        if account["group"]:
            # Permissions are given to these groups by a data migration; never touched here.
            group, _ = Group.objects.get_or_create(name=account["group"])
            if not user.groups.filter(pk=group.pk).exists():
                user.groups.add(group)
    return created


def link_contributor():
    contributor = User.objects.get(username="contributeur")
    author = Author.objects.filter(name=CONTRIBUTOR_AUTHOR, user__isnull=True).first()
    if author and not Author.objects.filter(user=contributor).exists():
        author.user = contributor
        author.save(update_fields=["user"])


def load(stderr=None):
    """Set the demo site up and import its content; returns the lines to print."""
    home = home_page()
    ensure_site(home)
    ensure_collection()
    out = io.StringIO()
    call_command(
        "import_resources",
        str(CONTENT_DIR),
        collection=COLLECTION_NAME,
        stdout=out,
        stderr=stderr,
        verbosity=0,
    )
    created_sections = dress_sections(home)
    created_accounts = ensure_accounts()
    link_contributor()
    report = out.getvalue().strip().splitlines()[-1]
    counts = {
        "resources": ResourcePage.objects.count(),
        "authors": Author.objects.count(),
        "images": get_image_model().objects.filter(collection__name=COLLECTION_NAME).count(),
        "documents": get_document_model().objects.filter(collection__name=COLLECTION_NAME).count(),
        "pages": Page.objects.count(),
    }
    lines = [
        f"{counts['resources']} ressources, {counts['authors']} auteurs, {counts['images']} "
        f"images et {counts['documents']} documents de démonstration.",
        report,
    ]
    if " 0 ressource(s) créée(s), 0 mise(s) à jour" in report and not (
        created_sections or created_accounts
    ):
        lines.append("Tout était déjà en place : rien n'a été modifié.")
    return lines, created_accounts
