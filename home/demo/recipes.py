"""Demo project recipes (recettes de projet) loaded by ``load_demo_content``.

Every entry is plain data: see ``home/demo/loader.py`` for how it becomes a page.
"""

RECIPES = [
    {
        "slug": "pret-tablettes-mediatheque-seniors",
        "title": "Prêter des tablettes aux seniors avec la médiathèque intercommunale",
        "summary": (
            "Dans un canton rural du Finistère, la médiathèque prête des tablettes "
            "reconditionnées aux personnes âgées, avec trois séances de prise en main "
            "et un numéro d'appel. Une recette simple pour lutter contre l'isolement."
        ),
        "themes": ["Matériel reconditionné", "Maîtrise des outils numériques"],
        "audiences": ["Seniors & personnes âgées", "Personnes très éloignées du numérique"],
        "tags": ["tablette", "seniors", "prêt de matériel", "médiathèque", "rural"],
        "authors": ["Yannick Morvan", "Sophie Martin"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 214,
        "commune": "Carhaix-Plouguer",
        "departement": "29",
        "body": [
            ("heading", {"text": "Le principe", "level": "h2"}),
            (
                "paragraph",
                "<p>La médiathèque prête une tablette comme elle prête un livre : pour "
                "<b>six semaines</b>, renouvelables une fois. Chaque prêt commence par un "
                "rendez-vous individuel d'une heure, suivi de deux ateliers collectifs. "
                "Les tablettes sont reconditionnées, configurées à l'identique et livrées "
                "dans une pochette avec un guide papier en gros caractères.</p>"
                "<p>L'objectif n'est pas d'équiper durablement les personnes, mais de leur "
                "permettre d'<i>essayer avant d'acheter</i>, de reprendre contact avec leurs "
                "proches et de découvrir les ressources numériques de la médiathèque "
                "(presse en ligne, livres audio).</p>",
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Réinitialiser entre deux prêts",
                    "text": "<p>Créez un compte Google ou /e/ dédié par tablette et une "
                    "procédure de réinitialisation écrite : 20 minutes suffisent pour "
                    "remettre une tablette à zéro et la recharger.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Je pensais que ce n'était pas pour moi. Maintenant je lis "
                    "Le Télégramme sur la tablette et j'ai vu mon arrière-petit-fils en vidéo.",
                    "author": "Marie-Thérèse",
                    "role": "emprunteuse, 84 ans",
                },
            ),
            (
                "link",
                {
                    "url": "https://www.lesbonsclics.fr/",
                    "title": "Les Bons Clics",
                    "description": "Des fiches et parcours gratuits pour accompagner "
                    "les débutants sur tablette.",
                },
            ),
            (
                "document",
                {
                    "document": "convention-pret-tablette",
                    "title": "Modèle de convention de prêt",
                    "description": "À adapter à votre règlement de médiathèque.",
                },
            ),
        ],
        "documents": [
            {
                "slug": "convention-pret-tablette",
                "title": "Convention de prêt de tablette",
                "filename": "convention-pret-tablette.pdf",
                "lines": [
                    "Convention de prêt de tablette numérique",
                    "Entre la médiathèque intercommunale et l'emprunteur ci-dessous.",
                    "Nom, prénom : ______________________",
                    "Téléphone : ______________________",
                    "Matériel prêté : tablette n° ___, chargeur, pochette, guide papier.",
                    "Durée du prêt : 6 semaines, renouvelable une fois.",
                    "L'emprunteur s'engage à ne pas modifier le code de déverrouillage.",
                    "En cas de panne ou de perte, prévenir la médiathèque sous 48 heures.",
                    "Aucune caution n'est demandée ; la casse accidentelle n'est pas facturée.",
                    "Les données personnelles sont effacées au retour de la tablette.",
                    "Fait à Carhaix-Plouguer, le ___________",
                    "Signature de l'emprunteur            Signature de la médiathèque",
                ],
            }
        ],
        "period_start": "2023-09-01",
        "period_end": "2024-12-20",
        "project_holder": "Médiathèque intercommunale de Poher communauté",
        "partners": [
            {"name": "CCAS de Carhaix-Plouguer", "role": "Repérage des personnes isolées"},
            {"name": "Conférence des financeurs du Finistère", "role": "Financement"},
            {"name": "Atelier de reconditionnement Ti Numérik", "role": "Fourniture des tablettes"},
        ],
        "context": (
            "<p>Sur le territoire, près d'un habitant sur trois a plus de 65 ans et "
            "beaucoup vivent loin de leurs enfants. Les aides à domicile signalaient des "
            "personnes qui n'osaient pas acheter une tablette « pour rien ». La médiathèque, "
            "lieu familier et gratuit, était le bon endroit pour lever cette peur.</p>"
        ),
        "ingredients": [
            {
                "category": "materiel",
                "label": "Tablettes reconditionnées 10 pouces",
                "quantity": 12,
                "unit": "tablettes",
                "note": "Avec coque renforcée et stylet",
            },
            {
                "category": "humain",
                "label": "Conseiller numérique",
                "quantity": 0.3,
                "unit": "ETP",
                "note": "Rendez-vous de prise en main et ateliers",
            },
            {
                "category": "humain",
                "label": "Bénévoles de la médiathèque",
                "quantity": 4,
                "unit": "personnes",
                "note": "Préparation et réinitialisation des tablettes",
            },
            {
                "category": "budget",
                "label": "Achat et préparation des tablettes",
                "quantity": 2400,
                "unit": "€",
            },
            {
                "category": "budget",
                "label": "Impression des guides en gros caractères",
                "quantity": 350,
                "unit": "€",
            },
        ],
        "tools": [
            {
                "name": "/e/OS",
                "url": "https://e.foundation/",
                "description": "Système Android sans pistage installé sur une partie des tablettes",
                "free_software": True,
            },
            {
                "name": "Les Bons Clics",
                "url": "https://www.lesbonsclics.fr/",
                "description": "Parcours d'apprentissage pour débutants",
                "free_software": False,
            },
            {
                "name": "Koha",
                "url": "https://koha-community.org/",
                "description": "Le SIGB de la médiathèque, où les tablettes sont cataloguées",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Cataloguer les tablettes",
                "text": "<p>Créer un type de document « matériel » dans le logiciel de "
                "la médiathèque pour gérer les prêts comme les autres documents.</p>",
            },
            {
                "title": "Configurer une image type",
                "text": "<p>Écran d'accueil simplifié, grandes icônes, applications "
                "utiles (visio, presse, météo, ressources de la médiathèque).</p>",
            },
            {
                "title": "Repérer les emprunteurs avec le CCAS",
                "text": "<p>Les aides à domicile et le portage de repas orientent les "
                "personnes intéressées.</p>",
            },
            {
                "title": "Premier rendez-vous individuel",
                "text": "<p>Une heure pour allumer, déverrouiller, appeler un proche en "
                "vidéo et remettre le guide.</p>",
            },
            {
                "title": "Deux ateliers collectifs",
                "text": "<p>À la deuxième et à la quatrième semaine : photos, presse en "
                "ligne, questions libres.</p>",
            },
            {
                "title": "Retour et bilan",
                "text": "<p>Un court entretien au retour : la personne veut-elle "
                "s'équiper ? On l'oriente vers une offre reconditionnée locale.</p>",
            },
        ],
        "facilitators": [
            "Le statut de la médiathèque, lieu gratuit et sans jugement",
            "L'orientation par les aides à domicile, déjà en confiance avec les personnes",
            "Un guide papier identique pour toutes les tablettes",
        ],
        "obstacles": [
            {
                "obstacle": "Peur de casser un matériel prêté",
                "solution": "<p>Pas de caution, une coque renforcée et une phrase "
                "rassurante dans la convention : la casse accidentelle n'est pas facturée.</p>",
            },
            {
                "obstacle": "Absence de connexion à domicile",
                "solution": "<p>Quatre tablettes sont équipées d'une carte SIM avec un "
                "forfait data de 20 Go, prêtées en priorité aux personnes sans box.</p>",
            },
            {
                "obstacle": "Temps de réinitialisation sous-estimé",
                "solution": "<p>Une procédure écrite et un créneau hebdomadaire fixe "
                "pour les bénévoles.</p>",
            },
        ],
        "results": (
            "<p>En quinze mois : <b>87 prêts</b> à 64 personnes de 68 à 93 ans, "
            "<b>41 % se sont ensuite équipées</b>, dont la moitié en reconditionné. "
            "Douze emprunteurs se sont inscrits à la médiathèque à cette occasion.</p>"
        ),
        "testimonies": [
            {
                "quote": "La tablette a été un prétexte pour revenir à la médiathèque. "
                "Certains viennent maintenant au club lecture.",
                "name": "Gwenaëlle",
                "role": "bibliothécaire",
            }
        ],
        "variants": (
            "<p>Le même dispositif fonctionne avec des liseuses ou des smartphones "
            "reconditionnés. Des communes l'ont adossé au portage de livres à domicile.</p>"
        ),
        "setup_time": "3 mois",
        "difficulty": 1,
        "contact": "Espace numérique de la médiathèque intercommunale, "
        "numerique@mediatheque-poher.example",
    },
    {
        "slug": "bus-numerique-villages-creuse",
        "title": "Un bus numérique qui fait la tournée des villages",
        "summary": (
            "Un bus aménagé de six postes sillonne 28 communes de la Creuse : démarches "
            "administratives, ateliers d'initiation et accueil sans rendez-vous sur les "
            "places de marché. Budget, tournée, partenariats : tout pour se lancer."
        ),
        "themes": ["Aide aux démarches administratives", "Mobilités"],
        "audiences": ["Tous publics", "Personnes très éloignées du numérique"],
        "tags": ["itinérance", "bus numérique", "rural", "démarches en ligne"],
        "authors": ["Élodie Rousseau"],
        "licence": "etalab-2.0",
        "published_days_ago": 512,
        "commune": "Guéret",
        "departement": "23",
        "body": [
            ("heading", {"text": "Aller vers plutôt qu'attendre", "level": "h2"}),
            (
                "paragraph",
                "<p>Dans un département où la moitié des communes comptent moins de "
                "300 habitants, attendre les gens dans un local en ville ne suffit pas. "
                "Le bus stationne une demi-journée par mois dans chaque village, "
                "toujours le même jour, de préférence à côté du marché ou de la mairie.</p>"
                "<p>À bord : six postes, une imprimante-scanner, une connexion 4G/5G avec "
                "antenne sur le toit, un espace confidentiel pour les démarches sensibles. "
                "Deux conseillers numériques se relaient, dont l'un est habilité "
                "<b>Aidants Connect</b>.</p>",
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Le permis et le stationnement",
                    "text": "<p>Au-delà de 3,5 tonnes, il faut un permis C : vérifiez-le "
                    "avant d'acheter. Anticipez aussi avec chaque mairie une place "
                    "plate, accessible et proche d'une prise électrique.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://aidantsconnect.beta.gouv.fr/",
                    "title": "Aidants Connect",
                    "description": "Le service public pour réaliser des démarches "
                    "pour le compte d'une personne, de façon sécurisée.",
                },
            ),
            ("heading", {"text": "Une demi-journée type", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Le bus arrive à 8 h 45 pour ouvrir à 9 h. La matinée commence par "
                    "l'accueil sans rendez-vous : un conseiller qualifie la demande pendant que "
                    "l'autre installe les postes. De 10 h à 11 h, un mini-atelier collectif (« "
                    "envoyer une photo par e-mail », « prendre rendez-vous chez le médecin en "
                    "ligne ») réunit trois à six personnes. La fin de matinée est réservée aux "
                    "rendez-vous pris par la mairie pour les démarches longues. Chaque passage se "
                    "termine par un court échange avec la secrétaire de mairie pour préparer le "
                    "mois suivant.</p>"
                ),
            ),
        ],
        "period_start": "2022-03-01",
        "project_holder": "Conseil départemental de la Creuse",
        "partners": [
            {"name": "Préfecture de la Creuse", "role": "Cofinancement et lien France Services"},
            {"name": "Communes de la tournée", "role": "Accueil, affichage, place réservée"},
            {"name": "CAF et MSA", "role": "Formation des conseillers et rendez-vous à bord"},
        ],
        "context": (
            "<p>Fermeture de guichets, pas de transport en commun, zones blanches : "
            "les habitants les plus âgés faisaient 40 km pour une démarche. Le "
            "département a choisi de déplacer le service plutôt que les personnes.</p>"
        ),
        "ingredients": [
            {
                "category": "materiel",
                "label": "Véhicule utilitaire aménagé",
                "quantity": 1,
                "unit": "bus",
                "note": "Moins de 3,5 t, avec rampe d'accès PMR",
            },
            {
                "category": "materiel",
                "label": "Ordinateurs portables",
                "quantity": 6,
                "unit": "machines",
            },
            {"category": "humain", "label": "Conseillers numériques", "quantity": 2, "unit": "ETP"},
            {
                "category": "budget",
                "label": "Achat et aménagement du véhicule",
                "quantity": 95000,
                "unit": "€",
            },
            {
                "category": "budget",
                "label": "Fonctionnement annuel (carburant, assurance, forfaits)",
                "quantity": 14000,
                "unit": "€",
            },
        ],
        "tools": [
            {
                "name": "Aidants Connect",
                "url": "https://aidantsconnect.beta.gouv.fr/",
                "description": "Mandats sécurisés pour les démarches faites à la place des usagers",
                "free_software": True,
            },
            {
                "name": "Framadate",
                "url": "https://framadate.org/",
                "description": "Caler les dates de passage avec les secrétaires de mairie",
                "free_software": True,
            },
            {
                "name": "uMap",
                "url": "https://umap.openstreetmap.fr/",
                "description": "Carte publique de la tournée, intégrée aux sites des communes",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Cartographier les besoins",
                "text": "<p>Croiser couverture mobile, âge de la population et "
                "distance aux France Services pour choisir les communes.</p>",
            },
            {
                "title": "Acheter et aménager le véhicule",
                "text": "<p>Prévoir six mois entre la commande et la livraison.</p>",
            },
            {
                "title": "Construire la tournée avec les mairies",
                "text": "<p>Un jour fixe par commune et par mois, affiché en mairie "
                "et annoncé dans le bulletin municipal.</p>",
            },
            {
                "title": "Former les conseillers aux démarches",
                "text": "<p>Aidants Connect, CAF, MSA, ANTS, impots.gouv.fr.</p>",
            },
            {
                "title": "Lancer et ajuster",
                "text": "<p>Après trois mois, supprimer les arrêts vides et doubler "
                "ceux qui débordent.</p>",
            },
        ],
        "facilitators": [
            "Des secrétaires de mairie qui relaient la venue du bus",
            "Un jour de passage fixe, facile à retenir",
            "L'habilitation Aidants Connect des conseillers",
        ],
        "obstacles": [
            {
                "obstacle": "Connexion instable dans certaines vallées",
                "solution": "<p>Un routeur multi-opérateurs et une antenne de toit ; "
                "en dernier recours, la connexion de la mairie.</p>",
            },
            {
                "obstacle": "Faible fréquentation les premiers mois",
                "solution": "<p>Une présence au marché avec café offert et un "
                "passage de porte-à-porte avec le maire la veille.</p>",
            },
        ],
        "results": (
            "<p>Sur deux ans : <b>3 400 accompagnements</b>, dont 62 % de démarches "
            "administratives (retraite, CAF, carte grise) et 520 personnes passées par "
            "un atelier d'initiation. Âge moyen des usagers : 67 ans.</p>"
        ),
        "testimonies": [
            {
                "quote": "Je n'ai plus de voiture. Le bus vient au pied de chez moi, "
                "j'ai pu faire ma demande de retraite complémentaire.",
                "name": "Gérard",
                "role": "habitant de Bénévent-l'Abbaye",
            }
        ],
        "variants": (
            "<p>Sans bus, une voiture et un kit mobile (trois portables, un routeur "
            "4G) installé dans la salle des fêtes donnent 80 % du service pour un dixième "
            "du coût.</p>"
        ),
        "setup_time": "9 mois",
        "difficulty": 3,
        "contact": "Service inclusion numérique du département, bus-numerique@creuse.example",
    },
    {
        "slug": "repair-cafe-ordinateurs-familles-roubaix",
        "title": "Repair café et ordinateurs reconditionnés pour les familles",
        "summary": (
            "Avec une entreprise d'insertion, un centre social de Roubaix collecte des "
            "ordinateurs d'entreprise, les reconditionne sous Emmabuntüs et les remet "
            "aux familles pour 30 €, avec un repair café mensuel pour les faire durer."
        ),
        "themes": ["Matériel reconditionné", "Usages responsables du numérique"],
        "audiences": ["Parents", "Personnes en insertion sociale ou professionnelle"],
        "tags": ["reconditionnement", "repair café", "Emmabuntüs", "familles", "insertion"],
        "authors": ["Karim Haddad", "Amandine Lefèvre"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 147,
        "commune": "Roubaix",
        "departement": "59",
        "body": [
            ("heading", {"text": "Une chaîne courte du don à la famille", "level": "h2"}),
            (
                "paragraph",
                "<p>Les entreprises du territoire renouvellent leur parc tous les quatre "
                "ans. Plutôt que de partir à la benne ou à l'export, ces machines sont "
                "collectées par l'entreprise d'insertion, effacées de façon certifiée, "
                "testées puis installées avec <b>Emmabuntüs</b>, une distribution libre "
                "pensée pour le réemploi.</p>"
                "<p>Le centre social oriente les familles (collégiens sans ordinateur, "
                "parents en recherche d'emploi) et organise la remise : une heure de "
                "prise en main, un compte par membre du foyer, un contrôle parental "
                "expliqué. Chaque mois, un <i>repair café</i> accueille ceux qui ont un "
                "souci, matériel ou logiciel.</p>",
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Le prix symbolique",
                    "text": "<p>Un ordinateur à 30 € (payable en trois fois) est mieux "
                    "respecté qu'un don gratuit, et finance les pièces du repair café.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://emmabuntus.org/",
                    "title": "Emmabuntüs",
                    "description": "Distribution GNU/Linux facile à installer sur du "
                    "matériel ancien.",
                },
            ),
            ("heading", {"text": "Ce que contient un ordinateur remis", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Chaque machine part avec un SSD, au moins 8 Go de mémoire, un chargeur "
                    "testé et une étiquette indiquant la date de reconditionnement et le numéro du "
                    "repair café. Côté logiciel : navigateur avec bloqueur de publicité, "
                    "LibreOffice, un lecteur multimédia, un logiciel de retouche photo et un "
                    "raccourci vers l'ENT du collège. La famille repart aussi avec une fiche « Mes "
                    "premiers gestes » et une garantie de six mois.</p>"
                ),
            ),
        ],
        "period_start": "2023-01-15",
        "project_holder": "Centre social de l'Alma",
        "partners": [
            {
                "name": "Entreprise d'insertion de reconditionnement",
                "role": "Collecte, effacement, reconditionnement",
            },
            {"name": "Collèges du quartier", "role": "Repérage des élèves non équipés"},
            {"name": "Entreprises donatrices", "role": "Don du matériel réformé"},
        ],
        "context": (
            "<p>Pendant les confinements, un tiers des collégiens du quartier "
            "faisaient leurs devoirs sur le téléphone d'un parent. L'ENT, les "
            "candidatures, les démarches CAF demandent pourtant un vrai ordinateur.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Salariés en insertion (techniciens reconditionnement)",
                "quantity": 3,
                "unit": "ETP",
            },
            {
                "category": "humain",
                "label": "Bénévoles du repair café",
                "quantity": 6,
                "unit": "personnes",
                "note": "Un samedi matin par mois",
            },
            {
                "category": "materiel",
                "label": "Ordinateurs portables et fixes collectés",
                "quantity": 300,
                "unit": "machines par an",
            },
            {
                "category": "materiel",
                "label": "Pièces détachées (SSD, RAM, batteries)",
                "quantity": 1,
                "unit": "stock tournant",
            },
            {
                "category": "budget",
                "label": "Pièces et logistique",
                "quantity": 9000,
                "unit": "€ par an",
            },
        ],
        "tools": [
            {
                "name": "Emmabuntüs",
                "url": "https://emmabuntus.org/",
                "description": "Système installé sur les machines",
                "free_software": True,
            },
            {
                "name": "ShredOS",
                "url": "https://github.com/PartialVolume/shredos.x86_64",
                "description": "Effacement sécurisé des disques avant reconditionnement",
                "free_software": True,
            },
            {
                "name": "LibreOffice",
                "url": "https://www.libreoffice.org/",
                "description": "Suite bureautique compatible avec les documents scolaires",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Signer des conventions de don",
                "text": "<p>Avec un engagement d'effacement certifié, argument clé "
                "pour les entreprises.</p>",
            },
            {
                "title": "Reconditionner",
                "text": "<p>Effacement, test de batterie, SSD si besoin, installation "
                "d'Emmabuntüs et des logiciels scolaires.</p>",
            },
            {
                "title": "Orienter les familles",
                "text": "<p>Fiche d'orientation remplie par le collège, le centre "
                "social ou la mission locale.</p>",
            },
            {
                "title": "Remise accompagnée",
                "text": "<p>Une heure en petit groupe : comptes, sauvegardes, "
                "contrôle parental, ENT.</p>",
            },
            {
                "title": "Repair café mensuel",
                "text": "<p>Diagnostic, petites réparations et réponses aux questions "
                "logicielles.</p>",
            },
        ],
        "facilitators": [
            "L'effacement certifié, qui rassure les entreprises donatrices",
            "Un repair café qui évite que les machines finissent au placard",
            "Des collèges impliqués dans le repérage",
        ],
        "obstacles": [
            {
                "obstacle": "Réticence des familles face à Linux",
                "solution": "<p>Montrer en dix minutes que l'ENT, les vidéos et "
                "LibreOffice fonctionnent ; proposer un échange si vraiment bloquant "
                "(cela arrive moins d'une fois sur vingt).</p>",
            },
            {
                "obstacle": "Batteries en fin de vie",
                "solution": "<p>Achat groupé de batteries compatibles et priorité "
                "aux postes fixes pour les foyers qui n'en ont pas besoin.</p>",
            },
        ],
        "results": (
            "<p>En deux ans : <b>540 ordinateurs</b> remis à 410 familles, "
            "<b>7,2 tonnes</b> de matériel détournées des déchets, 22 séances de repair "
            "café et 4 salariés en insertion ayant obtenu un emploi durable.</p>"
        ),
        "testimonies": [
            {
                "quote": "Avant, mon fils faisait ses exposés sur mon téléphone. "
                "Maintenant il a son ordinateur et moi je fais mes candidatures dessus.",
                "name": "Samira",
                "role": "mère de trois enfants",
            },
            {
                "quote": "J'ai appris un métier ici. Je sais qu'un ordinateur que je "
                "répare va servir à un gamin du quartier.",
                "name": "Kevin",
                "role": "technicien en insertion",
            },
        ],
        "variants": (
            "<p>Sans entreprise d'insertion, un partenariat avec un lycée professionnel "
            "(filière systèmes numériques) peut assurer le reconditionnement.</p>"
        ),
        "setup_time": "6 mois",
        "difficulty": 2,
        "contact": "Centre social de l'Alma, pôle numérique, 03 20 00 00 00",
    },
    {
        "slug": "guichet-numerique-france-services-caf-cpam",
        "title": "Un guichet numérique partagé en France Services avec la CAF et la CPAM",
        "summary": (
            "Une France Services de l'Aveyron a organisé des rendez-vous en visio avec "
            "la CAF et la CPAM, et un espace en autonomie accompagnée. Résultat : moins "
            "de déplacements et des dossiers complets du premier coup."
        ),
        "themes": ["Aide aux démarches administratives", "Numérique en santé"],
        "audiences": ["Adultes", "Seniors & personnes âgées"],
        "tags": ["France Services", "CAF", "CPAM", "visio-guichet", "Aidants Connect"],
        "authors": ["Claire Fontaine"],
        "licence": "etalab-2.0",
        "published_days_ago": 388,
        "commune": "Saint-Affrique",
        "departement": "12",
        "body": [
            ("heading", {"text": "Trois niveaux d'accueil", "level": "h2"}),
            (
                "paragraph",
                "<p>Le guichet s'organise en trois niveaux : <b>l'autonomie accompagnée</b> "
                "(deux postes en libre accès, un agent à proximité), <b>l'accompagnement "
                "individuel</b> par un agent France Services, et le <b>rendez-vous visio "
                "avec un expert</b> de la CAF ou de la CPAM pour les situations "
                "complexes, dans un box fermé équipé d'un scanner.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Accueil et qualification",
                        "text": "<p>L'agent identifie la démarche et vérifie les pièces.</p>",
                    },
                    {
                        "title": "Orientation",
                        "text": "<p>Autonomie, accompagnement ou rendez-vous visio.</p>",
                    },
                    {
                        "title": "Suivi",
                        "text": "<p>Un point à J+15 par téléphone pour les dossiers sensibles.</p>",
                    },
                ],
            ),
            (
                "link",
                {
                    "url": "https://www.france-services.gouv.fr/",
                    "title": "France Services",
                    "description": "Trouver une France Services et connaître ses "
                    "partenaires nationaux.",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Le rendez-vous visio n'est pas une simple conversation : l'expert de la "
                    "CAF ou de la CPAM voit le dossier en direct, l'agent France Services scanne "
                    "les pièces manquantes pendant l'échange et l'usager repart avec un "
                    "récapitulatif écrit de ce qui a été fait et de ce qui reste à faire. Les "
                    "agents tiennent un tableau des motifs de rendez-vous, partagé chaque "
                    "trimestre avec les organismes : il a permis de corriger deux courriers types "
                    "jugés incompréhensibles par les allocataires.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Préparer le rendez-vous",
                    "text": (
                        "<p>Un SMS envoyé la veille rappelle les pièces à apporter : justificatif "
                        "d'identité, dernier avis d'imposition, numéro d'allocataire ou carte "
                        "Vitale.</p>"
                    ),
                },
            ),
        ],
        "period_start": "2022-09-05",
        "period_end": "2024-06-28",
        "project_holder": "France Services de Saint-Affrique",
        "partners": [
            {"name": "CAF de l'Aveyron", "role": "Créneaux visio et formation des agents"},
            {"name": "CPAM de l'Aveyron", "role": "Créneaux visio et référent dédié"},
            {"name": "Communauté de communes", "role": "Locaux et équipement du box"},
        ],
        "context": (
            "<p>Les usagers faisaient 80 km aller-retour jusqu'à Rodez pour un "
            "rendez-vous CAF, souvent pour apprendre qu'il manquait une pièce. Les "
            "agents France Services ne pouvaient pas trancher les cas complexes.</p>"
        ),
        "ingredients": [
            {"category": "humain", "label": "Agents France Services", "quantity": 2, "unit": "ETP"},
            {
                "category": "humain",
                "label": "Référents CAF et CPAM en visio",
                "quantity": 6,
                "unit": "heures par semaine",
            },
            {
                "category": "materiel",
                "label": "Box visio insonorisé avec scanner",
                "quantity": 1,
                "unit": "box",
            },
            {
                "category": "materiel",
                "label": "Postes en libre accès",
                "quantity": 2,
                "unit": "machines",
            },
            {"category": "budget", "label": "Aménagement du box", "quantity": 7800, "unit": "€"},
        ],
        "tools": [
            {
                "name": "Aidants Connect",
                "url": "https://aidantsconnect.beta.gouv.fr/",
                "description": "Agir pour le compte de l'usager en toute sécurité",
                "free_software": True,
            },
            {
                "name": "FranceConnect",
                "url": "https://franceconnect.gouv.fr/",
                "description": "Identification unique sur les sites des administrations",
                "free_software": False,
            },
            {
                "name": "Mon espace santé",
                "url": "https://www.monespacesante.fr/",
                "description": "Activation accompagnée du carnet de santé numérique",
                "free_software": False,
            },
        ],
        "steps": [
            {
                "title": "Signer une convention locale",
                "text": "<p>Avec la CAF et la CPAM : créneaux, délais de réponse, "
                "circuit de transmission des pièces.</p>",
            },
            {
                "title": "Équiper le box",
                "text": "<p>Isolation phonique, caméra grand angle, scanner A4.</p>",
            },
            {
                "title": "Former les agents",
                "text": "<p>Deux jours de formation croisée et habilitation Aidants Connect.</p>",
            },
            {
                "title": "Ouvrir l'agenda partagé",
                "text": "<p>Les agents réservent directement les créneaux des experts.</p>",
            },
            {
                "title": "Évaluer tous les six mois",
                "text": "<p>Taux de dossiers complets, délais, satisfaction.</p>",
            },
        ],
        "facilitators": [
            "Un référent nommé dans chaque organisme",
            "Un scanner dans le box pour transmettre les pièces en direct",
            "La formation croisée des agents",
        ],
        "obstacles": [
            {
                "obstacle": "Créneaux visio trop peu nombreux au départ",
                "solution": "<p>Passage de 2 à 6 heures par semaine après trois mois, "
                "chiffres de fréquentation à l'appui.</p>",
            },
            {
                "obstacle": "Appréhension des usagers face à l'écran",
                "solution": "<p>L'agent reste présent les premières minutes et fait "
                "les présentations.</p>",
            },
        ],
        "results": (
            "<p><b>1 150 rendez-vous visio</b> en 21 mois, 88 % de dossiers complets "
            "au premier envoi (contre 55 % avant) et environ 90 000 km de trajets "
            "évités pour les usagers.</p>"
        ),
        "testimonies": [
            {
                "quote": "La conseillère CAF a vu mon dossier en direct, on a tout réglé "
                "en vingt minutes. Avant, ça me prenait une journée.",
                "name": "Laetitia",
                "role": "allocataire",
            }
        ],
        "variants": (
            "<p>Le même box accueille désormais des permanences visio de la MSA, de "
            "France Travail et d'un conciliateur de justice.</p>"
        ),
        "setup_time": "4 mois",
        "difficulty": 2,
        "contact": "France Services de Saint-Affrique, franceservices@stafrique.example",
    },
    {
        "slug": "cycle-ecrans-parents-enfants-centre-social",
        "title": "Un cycle d'ateliers écrans parents-enfants au centre social",
        "summary": (
            "Six séances pour parler écrans en famille : jeux vidéo joués ensemble, "
            "règles co-construites, contrôle parental et temps sans écran. Un cycle "
            "mené par un centre social de Villeurbanne avec la PMI et une ludothèque."
        ),
        "themes": ["Parentalité", "Usages responsables du numérique"],
        "audiences": ["Parents", "Enfants mineurs"],
        "tags": ["écrans", "parentalité", "jeux vidéo", "contrôle parental", "familles"],
        "authors": ["Nadia Benali"],
        "licence": "cc-by-nc-sa-4.0",
        "published_days_ago": 96,
        "commune": "Villeurbanne",
        "departement": "69",
        "body": [
            ("heading", {"text": "Ni diabolisation, ni laisser-faire", "level": "h2"}),
            (
                "paragraph",
                "<p>Le cycle part d'une conviction : les parents n'ont pas besoin d'un "
                "sermon mais d'outils concrets et d'un espace pour échanger sans être "
                "jugés. Chaque séance dure 1 h 30, le mercredi après-midi, avec une "
                "partie commune parents-enfants et une partie séparée.</p>"
                "<ol><li>Nos écrans à la maison : le « photolangage » des usages</li>"
                "<li>Jouer ensemble : découverte de jeux PEGI 3 à 12</li>"
                "<li>Le contrôle parental, ce qu'il fait et ne fait pas</li>"
                "<li>Réseaux sociaux et premiers téléphones</li>"
                "<li>La charte familiale des écrans</li>"
                "<li>Après-midi sans écran, organisé par les familles</li></ol>",
            ),
            (
                "quote",
                {
                    "quote": "On a écrit notre charte ensemble. Mon fils a proposé qu'on "
                    "ne prenne pas non plus le téléphone à table, moi compris !",
                    "author": "Fatou",
                    "role": "maman de deux garçons",
                },
            ),
            (
                "link",
                {
                    "url": "https://www.pedagojeux.fr/",
                    "title": "PédaGoJeux",
                    "description": "Le site de référence pour accompagner les parents "
                    "sur les jeux vidéo.",
                },
            ),
            ("heading", {"text": "La charte familiale", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>À la cinquième séance, chaque famille rédige sa charte sur une grande "
                    "feuille illustrée : où sont les écrans (pas dans les chambres la nuit), quand "
                    "(pas avant l'école, pas pendant les repas), combien, et ce que font les "
                    "adultes. Les enfants proposent des règles pour leurs parents, ce qui change "
                    "tout. La charte est affichée sur le frigo et revue un mois plus tard lors "
                    "d'un café des parents.</p>"
                ),
            ),
        ],
        "period_start": "2024-01-10",
        "period_end": "2024-06-26",
        "project_holder": "Centre social des Buers",
        "partners": [
            {
                "name": "PMI de la Métropole de Lyon",
                "role": "Co-animation de la séance « tout-petits »",
            },
            {"name": "Ludothèque municipale", "role": "Prêt de jeux et de consoles"},
            {"name": "CAF du Rhône", "role": "Financement REAAP"},
        ],
        "context": (
            "<p>Lors des cafés des parents, la question des écrans revenait à chaque "
            "fois, souvent avec culpabilité. Les professionnels de la PMI constataient "
            "aussi des retards de langage associés à une exposition précoce.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Médiatrice numérique",
                "quantity": 40,
                "unit": "heures",
            },
            {
                "category": "humain",
                "label": "Référente familles du centre social",
                "quantity": 30,
                "unit": "heures",
            },
            {
                "category": "materiel",
                "label": "Consoles et tablettes prêtées par la ludothèque",
                "quantity": 4,
                "unit": "appareils",
            },
            {
                "category": "budget",
                "label": "Goûters et garde des plus petits",
                "quantity": 600,
                "unit": "€",
            },
        ],
        "tools": [
            {
                "name": "PédaGoJeux",
                "url": "https://www.pedagojeux.fr/",
                "description": "Fiches pour les parents sur les jeux vidéo",
                "free_software": False,
            },
            {
                "name": "Je protège mon enfant",
                "url": "https://jeprotegemonenfant.gouv.fr/",
                "description": "Tutoriels de contrôle parental par appareil",
                "free_software": False,
            },
        ],
        "steps": [
            {
                "title": "Recueillir les questions des parents",
                "text": "<p>Lors des cafés des parents, avec une boîte à questions anonymes.</p>",
            },
            {
                "title": "Construire le cycle avec les partenaires",
                "text": "<p>Chaque partenaire prend en charge une séance.</p>",
            },
            {
                "title": "Inscrire les familles",
                "text": "<p>Douze familles maximum, engagement sur le cycle complet.</p>",
            },
            {
                "title": "Animer les six séances",
                "text": "<p>Alternance temps commun, temps séparés parents/enfants.</p>",
            },
            {
                "title": "Clore avec un après-midi sans écran",
                "text": "<p>Organisé par les familles pour l'ensemble du quartier.</p>",
            },
        ],
        "facilitators": [
            "Le lien de confiance déjà tissé par la référente familles",
            "La garde des plus petits pendant les séances",
            "Des jeux réellement joués, pas seulement commentés",
        ],
        "obstacles": [
            {
                "obstacle": "Assiduité irrégulière",
                "solution": "<p>Un SMS de rappel la veille et des séances pouvant être "
                "suivies indépendamment.</p>",
            },
            {
                "obstacle": "Barrière de la langue pour certains parents",
                "solution": "<p>Supports illustrés et une maman bénévole traduisant en arabe.</p>",
            },
        ],
        "results": (
            "<p>11 familles ont suivi le cycle (19 enfants), <b>9 chartes familiales</b> "
            "rédigées, 8 contrôles parentaux configurés et un « mercredi sans écran » "
            "qui a réuni 70 personnes.</p>"
        ),
        "testimonies": [
            {
                "quote": "Je croyais que les jeux vidéo, c'était le problème. En jouant "
                "avec ma fille, j'ai compris ce qui lui plaisait.",
                "name": "Jérôme",
                "role": "papa",
            }
        ],
        "variants": (
            "<p>Version courte en trois séances pour les crèches, ou version ados "
            "(12–15 ans) centrée sur les réseaux sociaux et le cyberharcèlement.</p>"
        ),
        "setup_time": "2 mois",
        "difficulty": 1,
        "contact": "Centre social des Buers, secteur familles",
    },
    {
        "slug": "permanence-numerique-refugies-interpretes",
        "title": "Une permanence numérique pour les réfugiés avec des interprètes bénévoles",
        "summary": (
            "Chaque mardi, une permanence grenobloise accompagne des personnes réfugiées "
            "dans leurs démarches en ligne, avec des interprètes bénévoles en dari, "
            "arabe, tigrigna et ukrainien. Organisation, confidentialité et formation."
        ),
        "themes": ["Aide aux démarches administratives", "Maîtrise des outils numériques"],
        "audiences": ["Personnes allophones, réfugiées ou demandeuses d'asile"],
        "tags": ["réfugiés", "interprétariat", "permanence", "démarches", "allophones"],
        "authors": ["Mamadou Diallo", "Nadia Benali"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 271,
        "commune": "Grenoble",
        "departement": "38",
        "body": [
            ("heading", {"text": "Un trinôme autour de l'écran", "level": "h2"}),
            (
                "paragraph",
                "<p>Chaque accompagnement réunit la personne, un médiateur numérique et "
                "un interprète. Le médiateur explique, l'interprète traduit, la personne "
                "<b>tient la souris</b> : on fait avec, pas à la place. Les démarches "
                "les plus fréquentes : compte ANEF pour le titre de séjour, CAF, "
                "inscription à France Travail, Ameli, messagerie électronique.</p>",
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Confidentialité",
                    "text": "<p>Les interprètes signent une charte de confidentialité. "
                    "Aucun identifiant n'est noté par les bénévoles ; on aide la personne "
                    "à les conserver dans un carnet personnel.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Quand quelqu'un explique dans ma langue, je comprends "
                    "pourquoi on clique. La deuxième fois, j'ai fait seul.",
                    "author": "Ahmad",
                    "role": "réfugié afghan, 34 ans",
                },
            ),
            ("heading", {"text": "Le déroulé d'un mardi", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>L'accueil ouvre à 14 h. Une bénévole remplit avec chaque personne la fiche "
                    "d'accueil en pictogrammes (langue, démarche, documents apportés) et l'oriente "
                    "vers un trinôme disponible. Les démarches urgentes (récépissé expirant, "
                    "rendez-vous en préfecture) passent en premier. À 17 h, l'équipe fait un point "
                    "de dix minutes : situations difficiles, orientations juridiques à prévoir, "
                    "besoins en langues pour la semaine suivante.</p>"
                ),
            ),
        ],
        "period_start": "2023-02-07",
        "project_holder": "Association Accueil Numérique Solidaire",
        "partners": [
            {
                "name": "Maison des habitants du centre-ville",
                "role": "Mise à disposition de la salle",
            },
            {"name": "Réseau d'interprètes bénévoles", "role": "Interprétariat en 7 langues"},
            {"name": "Ville de Grenoble", "role": "Subvention et prêt d'ordinateurs"},
        ],
        "context": (
            "<p>Depuis la dématérialisation des titres de séjour, les associations "
            "d'accueil des exilés voyaient arriver des personnes bloquées, parfois "
            "victimes d'intermédiaires payants. La barrière de la langue empêchait "
            "tout apprentissage.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Médiateurs numériques",
                "quantity": 2,
                "unit": "personnes",
            },
            {
                "category": "humain",
                "label": "Interprètes bénévoles",
                "quantity": 14,
                "unit": "personnes",
                "note": "Dari, pachto, arabe, tigrigna, ukrainien, russe, anglais",
            },
            {
                "category": "materiel",
                "label": "Ordinateurs portables",
                "quantity": 5,
                "unit": "machines",
            },
            {
                "category": "materiel",
                "label": "Scanner et imprimante",
                "quantity": 1,
                "unit": "appareil",
            },
            {"category": "budget", "label": "Subvention annuelle", "quantity": 8500, "unit": "€"},
        ],
        "tools": [
            {
                "name": "Framaforms",
                "url": "https://framaforms.org/",
                "description": "Fiche de suivi anonymisée des demandes",
                "free_software": True,
            },
            {
                "name": "Traducteurs en ligne",
                "url": "https://translate.google.com/",
                "description": "En appoint, pour les langues non couvertes",
                "free_software": False,
            },
            {
                "name": "Jitsi Meet",
                "url": "https://meet.jit.si/",
                "description": "Interprétariat à distance quand l'interprète ne peut pas venir",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Constituer le vivier d'interprètes",
                "text": "<p>Via les associations communautaires et les étudiants.</p>",
            },
            {
                "title": "Former les bénévoles",
                "text": "<p>Une demi-journée : posture, confidentialité, démarches de base.</p>",
            },
            {
                "title": "Organiser l'accueil",
                "text": "<p>Fiche d'accueil illustrée, langue déclarée, démarche visée.</p>",
            },
            {
                "title": "Accompagner en trinôme",
                "text": "<p>45 minutes par personne, la personne garde la main.</p>",
            },
            {
                "title": "Suivre et orienter",
                "text": "<p>Vers les cours de français et les ateliers d'initiation.</p>",
            },
        ],
        "facilitators": [
            "Des interprètes issus des communautés, eux-mêmes anciens usagers",
            "Un lieu connu et neutre",
            "Une fiche d'accueil en pictogrammes",
        ],
        "obstacles": [
            {
                "obstacle": "Rareté de certaines langues",
                "solution": "<p>Interprétariat à distance par visio et partenariat "
                "avec un service d'interprétariat téléphonique pour les urgences.</p>",
            },
            {
                "obstacle": "Absence d'adresse électronique ou de téléphone stable",
                "solution": "<p>Création accompagnée d'une adresse et d'un carnet "
                "d'identifiants papier.</p>",
            },
            {
                "obstacle": "Épuisement des bénévoles",
                "solution": "<p>Roulement d'un mardi sur deux et temps d'échange trimestriel.</p>",
            },
        ],
        "results": (
            "<p><b>1 020 accompagnements</b> pour 460 personnes en 18 mois ; 72 % "
            "reviennent au moins une fois et 38 % réalisent seules leur démarche "
            "suivante. 9 interprètes ont été recrutés à partir des usagers.</p>"
        ),
        "testimonies": [
            {
                "quote": "Il y a trois ans j'étais de l'autre côté de la table. Aujourd'hui "
                "je traduis en tigrigna, c'est ma façon de rendre.",
                "name": "Semhar",
                "role": "interprète bénévole",
            }
        ],
        "variants": (
            "<p>Dans les territoires sans vivier d'interprètes, une permanence en visio "
            "mutualisée entre plusieurs structures d'un département fonctionne bien.</p>"
        ),
        "setup_time": "3 mois",
        "difficulty": 2,
        "contact": "Accueil Numérique Solidaire, permanence@ans-grenoble.example",
    },
    {
        "slug": "club-code-fablab-ados-reunion",
        "title": "Un club de code au fablab pour les ados du quartier",
        "summary": (
            "À Saint-Denis de La Réunion, un fablab anime chaque mercredi un club de "
            "code pour les 12–17 ans : Scratch, Arduino, puis projets libres présentés "
            "à la fête de la science. Animateurs, matériel et progression."
        ),
        "themes": ["Code & programmation", "Loisirs et créations numériques"],
        "audiences": ["Enfants mineurs"],
        "tags": ["fablab", "code", "Arduino", "Scratch", "adolescents"],
        "authors": ["Thomas Nguyen"],
        "licence": "cc-by-4.0",
        "published_days_ago": 33,
        "commune": "Saint-Denis",
        "departement": "974",
        "body": [
            ("heading", {"text": "Fabriquer pour apprendre", "level": "h2"}),
            (
                "paragraph",
                "<p>Le club suit trois périodes par année scolaire. Jusqu'aux vacances "
                "de la Toussaint, on découvre la logique avec <b>Scratch</b> ; jusqu'en "
                "février, on passe au physique avec des cartes <b>Arduino</b> (feux de "
                "circulation, station météo) ; le reste de l'année est consacré à un "
                "projet d'équipe choisi par les jeunes.</p>"
                "<p>Parmi les projets : un capteur d'humidité pour le jardin partagé, un "
                "jeu sur l'histoire du maloya, une alarme de crue pour la ravine.</p>",
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Les grands aident les petits",
                    "text": "<p>Les jeunes de deuxième année deviennent « mentors » et "
                    "obtiennent une attestation utile pour Parcoursup.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://scratch.mit.edu/",
                    "title": "Scratch",
                    "description": "Langage de programmation visuel gratuit.",
                },
            ),
            ("heading", {"text": "Une séance type", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Le mercredi de 14 h à 16 h 30 : un « défi flash » de quinze minutes pour "
                    "se mettre en route, une heure et demie de travail en équipe, puis un tour de "
                    "démonstration où chaque équipe montre ce qui marche… et ce qui ne marche pas "
                    "encore. Les erreurs sont notées au tableau comme des découvertes. Chaque "
                    "équipe tient un carnet de bord partagé qui sert de documentation du projet, "
                    "publiée sous licence libre en fin d'année.</p>"
                ),
            ),
        ],
        "period_start": "2023-09-06",
        "project_holder": "Fablab associatif de Saint-Denis",
        "partners": [
            {"name": "Collège du quartier", "role": "Relais auprès des familles"},
            {"name": "Région Réunion", "role": "Financement du matériel"},
            {"name": "Université de La Réunion", "role": "Étudiants en informatique bénévoles"},
        ],
        "context": (
            "<p>Les jeunes du quartier utilisent beaucoup leur téléphone mais "
            "rarement pour créer. Le fablab, sous-utilisé le mercredi, voulait "
            "s'ouvrir au quartier et faire découvrir les métiers du numérique.</p>"
        ),
        "ingredients": [
            {"category": "humain", "label": "Animateur fablab", "quantity": 0.2, "unit": "ETP"},
            {
                "category": "humain",
                "label": "Étudiants bénévoles",
                "quantity": 3,
                "unit": "personnes",
            },
            {"category": "materiel", "label": "Kits Arduino", "quantity": 12, "unit": "kits"},
            {
                "category": "materiel",
                "label": "Ordinateurs reconditionnés sous Linux",
                "quantity": 12,
                "unit": "machines",
            },
            {"category": "budget", "label": "Matériel électronique", "quantity": 1800, "unit": "€"},
        ],
        "tools": [
            {
                "name": "Scratch",
                "url": "https://scratch.mit.edu/",
                "description": "Initiation à la programmation",
                "free_software": True,
            },
            {
                "name": "Arduino IDE",
                "url": "https://www.arduino.cc/",
                "description": "Programmation des cartes électroniques",
                "free_software": True,
            },
            {
                "name": "Tinkercad",
                "url": "https://www.tinkercad.com/",
                "description": "Simulation de circuits avant montage",
                "free_software": False,
            },
        ],
        "steps": [
            {
                "title": "Présenter le club au collège",
                "text": "<p>Une démonstration en classe et une porte ouverte au fablab.</p>",
            },
            {
                "title": "Période Scratch",
                "text": "<p>Jeux simples, boucles, variables, en binômes.</p>",
            },
            {
                "title": "Période Arduino",
                "text": "<p>Montages guidés puis défis.</p>",
            },
            {
                "title": "Projets d'équipe",
                "text": "<p>Cahier des charges, prototypage, documentation.</p>",
            },
            {
                "title": "Présentation publique",
                "text": "<p>À la Fête de la science, devant les familles.</p>",
            },
        ],
        "facilitators": [
            "Des projets ancrés dans le quartier",
            "Les étudiants, proches en âge des jeunes",
            "Le goûter, simple mais décisif",
        ],
        "obstacles": [
            {
                "obstacle": "Peu de filles inscrites la première année",
                "solution": "<p>Un atelier découverte réservé aux filles avec une "
                "ingénieure invitée : 40 % de filles l'année suivante.</p>",
            },
            {
                "obstacle": "Composants cassés ou perdus",
                "solution": "<p>Boîtes individuelles numérotées et inventaire "
                "en fin de séance.</p>",
            },
        ],
        "results": (
            "<p>34 jeunes inscrits sur deux ans, <b>26 assidus</b>, 7 projets présentés "
            "en public ; 5 jeunes ont choisi une option numérique au lycée.</p>"
        ),
        "testimonies": [
            {
                "quote": "Avant je jouais aux jeux, maintenant j'en fabrique un.",
                "name": "Dylan",
                "role": "14 ans",
            }
        ],
        "variants": (
            "<p>Sans fablab, une médiathèque peut lancer la partie Scratch avec des "
            "micro:bit, moins chers et sans soudure.</p>"
        ),
        "setup_time": "2 mois",
        "difficulty": 2,
        "contact": "Fablab de Saint-Denis, club-code@fablab974.example",
    },
    {
        "slug": "reseau-mediateurs-agenda-partage",
        "title": "Un réseau territorial de médiateurs qui partagent leur agenda",
        "summary": (
            "En Ille-et-Vilaine, une trentaine de structures de médiation publient leurs "
            "ateliers dans un agenda commun sous Mobilizon, gouverné collectivement. "
            "Une recette pour sortir de l'isolement et mieux orienter les habitants."
        ),
        "themes": ["Gouvernances partagées", "Communs numériques"],
        "audiences": ["Tous publics"],
        "tags": ["réseau", "agenda partagé", "Mobilizon", "gouvernance", "coopération"],
        "authors": ["Julien Le Goff", "Yannick Morvan"],
        "licence": "cc0-1.0",
        "published_days_ago": 655,
        "commune": "Rennes",
        "departement": "35",
        "body": [
            ("heading", {"text": "Un commun, pas un site de plus", "level": "h2"}),
            (
                "paragraph",
                "<p>L'agenda n'appartient à aucune structure : il est hébergé par un "
                "chaton local, et ses règles (qui publie, comment on modère, quelles "
                "catégories) sont décidées en <b>assemblée trimestrielle</b> au "
                "consentement. Chaque structure désigne un contributeur et s'engage à "
                "tenir ses dates à jour.</p>"
                "<p>Les travailleurs sociaux, les mairies et les France Services "
                "l'utilisent pour orienter : un filtre par commune et par thème suffit.</p>",
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "La règle des trois clics",
                    "text": "<p>Un atelier doit pouvoir être publié en trois clics par "
                    "duplication d'un modèle : sinon, personne ne le fera.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://joinmobilizon.org/",
                    "title": "Mobilizon",
                    "description": "Logiciel libre de gestion d'événements et de groupes, "
                    "développé par Framasoft.",
                },
            ),
            ("heading", {"text": "Les rôles tournants", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Quatre rôles sont attribués pour six mois à des volontaires : "
                    "<b>facilitation</b> des assemblées, <b>modération</b> de l'agenda, "
                    "<b>accueil</b> des nouvelles structures et <b>veille technique</b> avec "
                    "l'hébergeur. Les décisions courantes se prennent sur Loomio en sept jours ; "
                    "les changements de charte attendent l'assemblée. Ce fonctionnement évite que "
                    "le réseau repose sur une seule personne et a survécu au départ de la "
                    "coordinatrice historique.</p>"
                ),
            ),
        ],
        "period_start": "2021-10-01",
        "project_holder": "Collectif des acteurs de la médiation numérique d'Ille-et-Vilaine",
        "partners": [
            {"name": "Hub numérique régional", "role": "Animation du réseau"},
            {"name": "Chaton associatif local", "role": "Hébergement de l'instance"},
            {"name": "Département d'Ille-et-Vilaine", "role": "Soutien financier"},
        ],
        "context": (
            "<p>Les médiateurs ne savaient pas ce que faisaient leurs voisins : deux "
            "ateliers identiques le même jour dans des communes à 5 km, et des "
            "travailleurs sociaux incapables d'orienter faute d'information à jour.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Coordinatrice de réseau",
                "quantity": 0.2,
                "unit": "ETP",
            },
            {
                "category": "humain",
                "label": "Contributeurs dans les structures",
                "quantity": 32,
                "unit": "personnes",
                "note": "Environ 30 minutes par mois chacun",
            },
            {
                "category": "budget",
                "label": "Hébergement et maintenance",
                "quantity": 600,
                "unit": "€ par an",
            },
            {
                "category": "budget",
                "label": "Assemblées (salle, repas)",
                "quantity": 1200,
                "unit": "€ par an",
            },
        ],
        "tools": [
            {
                "name": "Mobilizon",
                "url": "https://joinmobilizon.org/",
                "description": "L'agenda partagé et les groupes par structure",
                "free_software": True,
            },
            {
                "name": "Loomio",
                "url": "https://www.loomio.com/",
                "description": "Décisions entre deux assemblées",
                "free_software": True,
            },
            {
                "name": "Framapad",
                "url": "https://framapad.org/",
                "description": "Comptes rendus co-écrits",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Réunir les structures",
                "text": "<p>Un premier forum ouvert pour recenser les besoins.</p>",
            },
            {
                "title": "Choisir un outil libre",
                "text": "<p>Tester deux outils avec cinq volontaires pendant un mois.</p>",
            },
            {
                "title": "Écrire la charte",
                "text": "<p>Règles de publication, modération, gouvernance.</p>",
            },
            {
                "title": "Former les contributeurs",
                "text": "<p>Une heure en visio, enregistrée.</p>",
            },
            {
                "title": "Faire connaître l'agenda",
                "text": "<p>Aux CCAS, France Services, travailleurs sociaux.</p>",
            },
            {
                "title": "Gouverner dans la durée",
                "text": "<p>Assemblée trimestrielle, rôles tournants.</p>",
            },
        ],
        "facilitators": [
            "Une coordinatrice identifiée, même à temps partiel",
            "Une charte courte, écrite ensemble",
            "Des modèles d'événements prêts à dupliquer",
        ],
        "obstacles": [
            {
                "obstacle": "Structures qui oublient de mettre à jour",
                "solution": "<p>Un rappel mensuel automatique et un « binôme » entre "
                "structures voisines.</p>",
            },
            {
                "obstacle": "Crainte de perdre la visibilité propre de chaque structure",
                "solution": "<p>Chaque structure garde sa page de groupe et peut "
                "intégrer son propre agenda sur son site.</p>",
            },
        ],
        "results": (
            "<p>32 structures contributrices, <b>2 300 événements publiés</b> en deux "
            "ans, 4 000 visites mensuelles ; les doublons d'ateliers ont quasiment "
            "disparu et trois formations communes ont été montées.</p>"
        ),
        "testimonies": [
            {
                "quote": "Je consulte l'agenda avant chaque rendez-vous : je peux "
                "proposer un atelier à deux rues de chez la personne.",
                "name": "Hélène",
                "role": "assistante sociale de secteur",
            }
        ],
        "variants": (
            "<p>À plus petite échelle, un simple calendrier partagé Nextcloud fait "
            "l'affaire pour une dizaine de structures.</p>"
        ),
        "setup_time": "6 mois",
        "difficulty": 2,
        "contact": "Collectif médiation numérique 35, contact@mednum35.example",
    },
]
