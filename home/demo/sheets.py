"""Demo practice sheets (fiches pratiques), written for Communs.

Format shared with ``recipes.py`` and ``workshops.py``: see ``loader.py``.
Themes, audiences and licences use the exact labels and slugs seeded by
``commons/taxonomy_seed.py``; authors are the names of ``authors.py``.
"""

SHEETS = [
    {
        "slug": "creer-une-adresse-e-mail",
        "title": "Créer une adresse e-mail avec une personne débutante",
        "summary": (
            "Choisir un service, inventer un identifiant lisible, noter le mot de passe au bon "
            "endroit et envoyer un premier message : une séance d'une heure pour que la "
            "personne reparte avec une adresse qu'elle sait vraiment utiliser."
        ),
        "themes": ["Maîtrise des outils numériques"],
        "audiences": ["Personnes très éloignées du numérique", "Seniors & personnes âgées"],
        "tags": ["e-mail", "messagerie", "premiers pas", "mot de passe"],
        "authors": ["Nadia Benali"],
        "licence": "cc-by-sa-4.0",
        "level": "debutant",
        "duration_minutes": 60,
        "published_days_ago": 612,
        "last_reviewed_days_ago": 40,
        "commune": "Villeurbanne",
        "departement": "69",
        "pix": ["2.1"],
        "body": [
            ("heading", {"text": "Pourquoi prendre le temps", "level": "h2"}),
            (
                "paragraph",
                "<p>L'adresse e-mail est la clé de presque toutes les démarches : compte "
                "Ameli, impots.gouv.fr, France Travail, CAF. Une adresse créée à la va-vite, "
                "par un proche ou un agent pressé, est souvent perdue au bout de quelques "
                "semaines : mot de passe oublié, numéro de téléphone de récupération qui "
                "n'est pas le bon, identifiant impossible à retenir. Mieux vaut y consacrer "
                "une vraie séance, avec la personne aux commandes.</p>",
            ),
            ("heading", {"text": "Avant la séance", "level": "h2"}),
            (
                "paragraph",
                "<p>Demandez à la personne de venir avec son téléphone portable chargé (pour "
                "recevoir le code de vérification) et, si possible, une pièce d'identité pour "
                "écrire son nom sans faute. Préparez le mémo à remplir, imprimé : c'est lui "
                "qu'elle rangera chez elle.</p>",
            ),
            ("heading", {"text": "Le déroulé pas à pas", "level": "h2"}),
            (
                "steps",
                [
                    {
                        "title": "Choisir le service ensemble",
                        "text": "<p>Présentez deux ou trois services gratuits, dont au moins "
                        "un service européen respectueux des données. Laissez la personne "
                        "choisir : elle doit savoir où elle a créé son compte.</p>",
                    },
                    {
                        "title": "Inventer un identifiant lisible",
                        "text": "<p>Prénom, nom, éventuellement une année : pas de surnom ni "
                        "de chiffres au hasard. L'adresse servira pour écrire à la CAF ou à "
                        "un employeur.</p>",
                    },
                    {
                        "title": "Construire le mot de passe",
                        "text": "<p>Proposez la méthode de la phrase : quatre mots sans lien, "
                        "faciles à imaginer. La personne l'écrit elle-même sur le mémo, pas "
                        "vous.</p>",
                    },
                    {
                        "title": "Renseigner le numéro de récupération",
                        "text": "<p>Vérifiez avec elle que c'est bien son numéro, et non "
                        "celui d'un enfant ou d'un voisin.</p>",
                    },
                    {
                        "title": "Envoyer un premier message",
                        "text": "<p>Elle vous écrit, vous répondez : elle voit le message "
                        "arriver, l'ouvre, y répond. Puis elle se déconnecte et se reconnecte "
                        "seule.</p>",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Ne gardez aucune copie",
                    "text": "<p>Ne notez jamais le mot de passe d'une personne dans vos "
                    "propres fichiers, même pour « dépanner ». Si elle l'oublie, on utilise la "
                    "procédure de récupération ensemble : c'est aussi un apprentissage.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Je croyais que c'était pour les jeunes. Maintenant je reçois "
                    "les photos de ma petite-fille et je réponds toute seule.",
                    "author": "Marie-Thérèse",
                    "role": "participante, 74 ans",
                },
            ),
            (
                "document",
                {
                    "document": "memo-adresse-e-mail",
                    "title": "Mémo à remplir : mon adresse e-mail",
                    "description": "Une page à imprimer, à remplir par la personne elle-même.",
                },
            ),
        ],
        "documents": [
            {
                "slug": "memo-adresse-e-mail",
                "title": "Mémo : mon adresse e-mail",
                "filename": "memo-adresse-e-mail.pdf",
                "lines": [
                    "# Mon adresse e-mail",
                    "Mon adresse : ............................................@..................",
                    "Le service où je l'ai créée : ..........................................",
                    "Le téléphone de récupération : .........................................",
                    "",
                    "# Mon mot de passe",
                    "Je l'écris ici, et je range ce mémo chez moi, pas dans mon portefeuille :",
                    "...........................................................................",
                    "",
                    "# Les trois gestes à retenir",
                    "1. Pour lire mes messages, j'ouvre le site ou l'application du service.",
                    "2. Pour écrire, je clique sur « Nouveau message » ou « Écrire ».",
                    "3. Quand j'ai fini sur un ordinateur partagé, je me déconnecte.",
                    "",
                    "# Si j'ai oublié mon mot de passe",
                    "Je clique sur « Mot de passe oublié ? » : je reçois un code par SMS.",
                    "Personne ne me demandera jamais mon mot de passe par message ou téléphone.",
                ],
            }
        ],
    },
]
