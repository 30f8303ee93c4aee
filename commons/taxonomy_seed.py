"""Initial values of the controlled vocabularies, loaded by a data migration.

Labels follow the public references of French digital mediation (themes and
publics of the national commons, the PIX framework, official licence names).
"""

THEME_CATEGORIES = [
    (
        "Inclusion numérique",
        [
            "Aide aux démarches administratives",
            "Accessibilité",
            "Réseaux sociaux & communication",
            "Diagnostic de compétences numériques",
            "Maîtrise des outils numériques",
            "Navigation sur Internet",
            "Numérique en santé",
            "Parentalité",
            "Risques cyber et protection",
        ],
    ),
    (
        "Culture numérique",
        [
            "Loisirs et créations numériques",
            "Citoyenneté & engagement",
            "Code & programmation",
            "Données",
            "Emploi & entrepreneuriat",
            "Intelligence artificielle",
            "Jeux vidéo",
            "Éducation aux médias",
        ],
    ),
    (
        "Communs & souveraineté",
        [
            "Communs numériques",
            "Économie numérique",
            "Gouvernances partagées",
            "Open source et licences libres",
            "Souveraineté numérique & hébergement des données",
        ],
    ),
    (
        "Numérique & environnement",
        [
            "Écoconception de services numériques",
            "Matériel reconditionné",
            "Mobilités",
            "Numérique au service de l'environnement",
            "Sobriété numérique",
            "Territoires connectés et durables",
            "Usages responsables du numérique",
        ],
    ),
]

AUDIENCES = [
    "Tous publics",
    "Enfants mineurs",
    "Adultes",
    "Seniors & personnes âgées",
    "Parents",
    "Personnes très éloignées du numérique",
    "Personnes en situation de handicap ou de perte d'autonomie",
    "Personnes en insertion sociale ou professionnelle",
    "Personnes en situation d'illettrisme",
    "Personnes allophones, réfugiées ou demandeuses d'asile",
]

EQUIPMENT = ["Ordinateur", "Téléphone", "Tablette", "Autre", "Aucun"]

PIX_DOMAINS = [
    (
        "1",
        "Information et données",
        [
            ("1.1", "Mener une recherche et une veille d'information"),
            ("1.2", "Gérer des données"),
            ("1.3", "Traiter des données"),
        ],
    ),
    (
        "2",
        "Communication et collaboration",
        [
            ("2.1", "Interagir"),
            ("2.2", "Partager et publier"),
            ("2.3", "Collaborer"),
            ("2.4", "S'insérer dans le monde numérique"),
        ],
    ),
    (
        "3",
        "Création de contenu",
        [
            ("3.1", "Développer des documents textuels"),
            ("3.2", "Développer des documents multimédia"),
            ("3.3", "Adapter les documents à leur finalité"),
            ("3.4", "Programmer"),
        ],
    ),
    (
        "4",
        "Protection et sécurité",
        [
            ("4.1", "Sécuriser l'environnement numérique"),
            ("4.2", "Protéger les données personnelles et la vie privée"),
            ("4.3", "Protéger la santé, le bien-être et l'environnement"),
        ],
    ),
    (
        "5",
        "Environnement numérique",
        [
            ("5.1", "Résoudre des problèmes techniques"),
            ("5.2", "Construire un environnement numérique"),
        ],
    ),
]

# (slug, full name, short name, URL, share alike, non commercial, attribution)
LICENCES = [
    (
        "etalab-2.0",
        "Licence Ouverte / Open Licence version 2.0 (Etalab)",
        "Licence Ouverte 2.0",
        "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        False,
        False,
        True,
    ),
    (
        "cc-by-4.0",
        "Creative Commons Attribution 4.0 International",
        "CC BY 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
        False,
        False,
        True,
    ),
    (
        "cc-by-sa-4.0",
        "Creative Commons Attribution - Partage dans les mêmes conditions 4.0 International",
        "CC BY-SA 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
        True,
        False,
        True,
    ),
    (
        "cc-by-nc-sa-4.0",
        "Creative Commons Attribution - Pas d'utilisation commerciale - "
        "Partage dans les mêmes conditions 4.0 International",
        "CC BY-NC-SA 4.0",
        "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        True,
        True,
        True,
    ),
    (
        "cc0-1.0",
        "Creative Commons Zero 1.0 Universel (domaine public)",
        "CC0 1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
        False,
        False,
        False,
    ),
]


def seed_taxonomy(apps):
    """Create the initial vocabularies; existing rows (matched by slug) are kept."""
    from django.utils.text import slugify

    ThemeCategory = apps.get_model("commons", "ThemeCategory")
    Theme = apps.get_model("commons", "Theme")
    Audience = apps.get_model("commons", "Audience")
    Equipment = apps.get_model("commons", "Equipment")
    PixCompetence = apps.get_model("commons", "PixCompetence")
    Licence = apps.get_model("commons", "Licence")

    for cat_order, (category_label, themes) in enumerate(THEME_CATEGORIES):
        category, _ = ThemeCategory.objects.get_or_create(
            slug=slugify(category_label),
            defaults={"label": category_label, "sort_order": cat_order},
        )
        for order, label in enumerate(themes):
            Theme.objects.get_or_create(
                slug=slugify(label),
                defaults={"label": label, "category": category, "sort_order": order},
            )
    for order, label in enumerate(AUDIENCES):
        Audience.objects.get_or_create(
            slug=slugify(label)[:150], defaults={"label": label, "sort_order": order}
        )
    for order, label in enumerate(EQUIPMENT):
        Equipment.objects.get_or_create(
            slug=slugify(label), defaults={"label": label, "sort_order": order}
        )
    for domain_code, domain_label, competences in PIX_DOMAINS:
        for code, label in competences:
            PixCompetence.objects.get_or_create(
                code=code,
                defaults={"label": label, "domain_code": domain_code, "domain_label": domain_label},
            )
    for order, (slug, name, short, url, sa, nc, by) in enumerate(LICENCES):
        Licence.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "short_name": short,
                "url": url,
                "share_alike": sa,
                "non_commercial": nc,
                "requires_attribution": by,
                "sort_order": order,
            },
        )
