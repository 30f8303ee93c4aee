"""``manage.py load_demo_courses``: two demonstration courses (idempotent).

Run after ``load_demo_content``: the courses are built from its resources, found
by slug. Missing resources are skipped; a course none of whose resources exist
is not created. Existing courses (same slug) are left untouched.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from commons.models import Audience, Author, Theme
from commons.site_url import site_root_page
from courses.booklet import ModuleSpec, SessionSpec, stream_data_from_specs
from courses.models import Course, CourseIndexPage
from practices.models import ResourcePage

INDEX = {
    "title": "Parcours de formation",
    "slug": "parcours",
    "intro": (
        "<p>Des journées de formation assemblées par des formatrices et formateurs à partir "
        "des fiches, recettes et ateliers du commun. Chaque parcours se télécharge en livret "
        "imprimable, en PDF et avec l'archive de ses supports.</p>"
    ),
}

# Each module: (resource slug, trainer notes, duration override in minutes or None).
COURSES = [
    {
        "slug": "former-les-aidants-aux-demarches-en-ligne",
        "title": "Former les aidants aux démarches en ligne",
        "summary": (
            "Deux journées pour les agents d'accueil et travailleurs sociaux qui accompagnent "
            "des démarches en ligne : posture, identité numérique, santé et arnaques."
        ),
        "level": "intermediaire",
        "objectives": [
            "Accompagner une démarche sans faire à la place de la personne",
            "Repérer en quelques minutes le niveau d'autonomie numérique",
            "Expliquer FranceConnect et les comptes des principaux services publics",
            "Prévenir les arnaques qui visent les usagers des services publics",
        ],
        "prerequisites": (
            "<p>Utiliser soi-même un ordinateur et un smartphone au quotidien. Aucune "
            "connaissance des démarches n'est requise.</p>"
        ),
        "audiences": ["adultes", "personnes-tres-eloignees-du-numerique"],
        "themes": ["aide-aux-demarches-administratives", "diagnostic-de-competences-numeriques"],
        "authors": ["Claire Fontaine"],
        "sessions": [
            (
                "Jour 1 : la posture et l'identité numérique",
                [
                    (
                        "accompagner-une-demarche-sans-faire-a-la-place",
                        "<p>Commencer par un jeu de rôle : l'aidant tient la souris, puis "
                        "l'usager. Faire verbaliser la différence.</p>",
                        45,
                    ),
                    ("diagnostic-competences-numeriques-en-10-minutes", "", 30),
                    ("franceconnect-pas-a-pas", "", 45),
                    (
                        "creer-son-compte-ameli",
                        "<p>En formation, les stagiaires jouent les usagers avec des "
                        "identités fictives : ne jamais utiliser de vrais numéros.</p>",
                        None,
                    ),
                ],
            ),
            (
                "Jour 2 : santé, arnaques et cas difficiles",
                [
                    ("activer-et-utiliser-mon-espace-sante", "", 45),
                    ("reconnaitre-une-arnaque-par-sms", "", 30),
                    ("reperer-les-arnaques-en-ligne", "", None),
                    ("traduire-courrier-administratif-telephone", "", None),
                    (
                        "guichet-numerique-france-services-caf-cpam",
                        "<p>Étude de cas en petits groupes : que reprendre chez vous ?</p>",
                        60,
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "animer-des-ateliers-pour-grands-debutants",
        "title": "Animer des ateliers pour grands débutants",
        "summary": (
            "Trois séances pour préparer les médiateurs à animer leurs premiers ateliers "
            "avec des seniors : tablette, mots de passe, photos et visio en famille."
        ),
        "level": "debutant",
        "objectives": [
            "Installer un climat de confiance dès la première séance",
            "Animer un atelier minuté avec un groupe hétérogène",
            "Adapter les supports aux personnes qui n'ont jamais utilisé d'écran",
        ],
        "prerequisites": "<p>Aucun : parcours pensé pour les nouveaux médiateurs.</p>",
        "audiences": ["seniors-personnes-agees"],
        "themes": ["maitrise-des-outils-numeriques"],
        "authors": ["Yannick Morvan", "Nadia Benali"],
        "sessions": [
            (
                "Séance 1 : premiers pas",
                [
                    ("premier-contact-avec-une-tablette", "", 20),
                    ("premiers-pas-sur-tablette", "", None),
                ],
            ),
            (
                "Séance 2 : sécurité",
                [
                    ("mettre-de-l-ordre-dans-ses-mots-de-passe", "", 30),
                    ("gerer-ses-mots-de-passe", "", None),
                ],
            ),
            (
                "Séance 3 : garder le lien",
                [
                    ("sauvegarder-ses-photos", "", None),
                    (
                        "visioconference-en-famille",
                        "<p>Prévoir un appel avec un membre de l'équipe pour que chacun "
                        "reçoive un vrai appel pendant la séance.</p>",
                        None,
                    ),
                    ("animer-un-cafe-numerique", "", 30),
                    ("pret-tablettes-mediatheque-seniors", "", 45),
                ],
            ),
        ],
    },
]


class Command(BaseCommand):
    help = (
        "Crée la rubrique « Parcours de formation » et deux parcours de démonstration à partir "
        "des ressources de démonstration. Peut être relancée sans effet."
    )

    def handle(self, *args, **options):
        home = site_root_page()
        if home is None:
            self.stderr.write("Aucune page d'accueil : lancez d'abord « migrate ».")
            return
        with transaction.atomic():
            index, created = self.get_index(home)
            if created:
                self.stdout.write(f"Rubrique « {index.title} » créée.")
            for data in COURSES:
                self.load_course(index, data)

    def get_index(self, home):
        index = CourseIndexPage.objects.child_of(home).first()
        if index is not None:
            return index, False
        index = CourseIndexPage(
            title=INDEX["title"], slug=INDEX["slug"], intro=INDEX["intro"], show_in_menus=True
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        return index, True

    def load_course(self, index, data):
        if Course.objects.child_of(index).filter(slug=data["slug"]).exists():
            self.stdout.write(f"Parcours « {data['title']} » déjà présent.")
            return
        wanted = [slug for _, modules in data["sessions"] for slug, _, _ in modules]
        resources = {
            page.slug: page for page in ResourcePage.objects.live().filter(slug__in=wanted)
        }
        missing = [slug for slug in wanted if slug not in resources]
        specs = []
        for title, modules in data["sessions"]:
            found = [
                ModuleSpec(resources[slug].pk, notes, duration)
                for slug, notes, duration in modules
                if slug in resources
            ]
            if found:
                specs.append(SessionSpec(title, found))
        if not specs:
            self.stdout.write(
                f"Parcours « {data['title']} » non créé : aucune de ses ressources n'existe "
                "(lancez d'abord « load_demo_content »)."
            )
            return

        course = Course(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            level=data["level"],
            objectives=[{"type": "objective", "value": text} for text in data["objectives"]],
            prerequisites=data["prerequisites"],
            modules=stream_data_from_specs(specs),
        )
        index.add_child(instance=course)
        course.audiences.set(Audience.objects.filter(slug__in=data["audiences"]))
        course.themes.set(Theme.objects.filter(slug__in=data["themes"]))
        course.authors.set(Author.objects.filter(name__in=data["authors"]))
        course.save()
        course.save_revision().publish()
        count = sum(len(spec.modules) for spec in specs)
        self.stdout.write(f"Parcours « {course.title} » créé ({count} modules).")
        if missing:
            self.stdout.write(f"  Ressources absentes, ignorées : {', '.join(missing)}.")
