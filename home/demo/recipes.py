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
    {
        "slug": "ecoles-passent-au-logiciel-libre",
        "title": "Les écoles de la commune passent au logiciel libre",
        "summary": (
            "Une ville des Côtes-d'Armor a équipé ses 9 écoles de postes sous PrimTux et d'un "
            "espace de stockage Nextcloud, avec formation des enseignants et maintenance "
            "mutualisée. Retour sur trois ans de migration, ses coûts et ses écueils."
        ),
        "themes": [
            "Open source et licences libres",
            "Souveraineté numérique & hébergement des données",
        ],
        "audiences": ["Enfants mineurs", "Adultes"],
        "tags": ["logiciel libre", "écoles", "PrimTux", "Nextcloud", "collectivité"],
        "authors": ["Julien Le Goff"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 430,
        "commune": "Lannion",
        "departement": "22",
        "body": [
            ("heading", {"text": "Pourquoi le libre à l'école", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La commune finance l'équipement des écoles primaires. En 2021, le parc de "
                    "180 postes arrivait en fin de support, et les licences représentaient près "
                    "d'un quart du budget informatique. Le conseil municipal a voté une "
                    "délibération de principe : <b>privilégier les logiciels libres</b> et "
                    "héberger les données des élèves sur des serveurs maîtrisés, conformément au "
                    "RGPD.</p><p>Le choix s'est porté sur <b>PrimTux</b>, une distribution conçue "
                    "par des enseignants pour l'école primaire, et sur une instance "
                    "<b>Nextcloud</b> hébergée par le syndicat informatique départemental pour le "
                    "partage de documents entre classes.</p>"
                ),
            ),
            ("heading", {"text": "Une migration école par école", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Plutôt qu'une bascule générale, la ville a commencé par deux écoles "
                    "volontaires. Leurs enseignants ont ensuite présenté leur expérience en "
                    "conseil des maîtres dans les autres écoles : rien de tel que la parole d'un "
                    "pair pour rassurer. Les postes trop anciens ont été reconditionnés plutôt que "
                    "remplacés, ce qui a prolongé leur vie de quatre à cinq ans.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Ne pas oublier les usages hors classe",
                    "text": (
                        "<p>Vérifiez en amont les logiciels imposés (évaluations nationales, "
                        "logiciel de direction) et les périphériques (TBI, imprimantes) : c'est là "
                        "que se cachent les blocages.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://primtux.fr/",
                    "title": "PrimTux",
                    "description": (
                        "Distribution libre pour l'école primaire, maintenue par des enseignants."
                    ),
                },
            ),
        ],
        "period_start": "2021-09-01",
        "period_end": "2024-07-05",
        "project_holder": "Ville de Lannion, direction des systèmes d'information",
        "partners": [
            {
                "name": "Circonscription de l'Éducation nationale",
                "role": "Accompagnement pédagogique et animations",
            },
            {"name": "Syndicat informatique départemental", "role": "Hébergement Nextcloud"},
            {
                "name": "Association d'utilisateurs de logiciels libres",
                "role": "Install-parties et formation",
            },
        ],
        "context": (
            "<p>Fin de support du système d'exploitation, coût des licences et questions sur "
            "l'hébergement des données des élèves hors d'Europe : la commune cherchait une "
            "solution durable et maîtrisée.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Technicien informatique municipal",
                "quantity": 0.5,
                "unit": "ETP",
                "note": "Pendant les trois ans de migration",
            },
            {
                "category": "humain",
                "label": "Formation des enseignants",
                "quantity": 54,
                "unit": "heures",
                "note": "Trois mercredis matin par école",
            },
            {
                "category": "materiel",
                "label": "Postes migrés ou reconditionnés",
                "quantity": 180,
                "unit": "machines",
            },
            {
                "category": "budget",
                "label": "SSD et mémoire pour reconditionnement",
                "quantity": 11000,
                "unit": "€",
            },
            {
                "category": "budget",
                "label": "Hébergement Nextcloud",
                "quantity": 2400,
                "unit": "€ par an",
            },
            {
                "category": "budget",
                "label": "Économie de licences",
                "quantity": 19000,
                "unit": "€ par an",
                "note": "Montant évité, pas dépensé",
            },
        ],
        "tools": [
            {
                "name": "PrimTux",
                "url": "https://primtux.fr/",
                "description": "Système et logiciels éducatifs pour le primaire",
                "free_software": True,
            },
            {
                "name": "Nextcloud",
                "url": "https://nextcloud.com/",
                "description": "Partage de documents entre classes",
                "free_software": True,
            },
            {
                "name": "LibreOffice des écoles",
                "url": "https://www.libreoffice.org/",
                "description": "Traitement de texte et présentations",
                "free_software": True,
            },
            {
                "name": "Clonezilla",
                "url": "https://clonezilla.org/",
                "description": "Déploiement d'une image identique sur tous les postes",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Inventorier le parc et les usages",
                "text": "<p>Logiciels utilisés par classe, périphériques, logiciels imposés.</p>",
            },
            {
                "title": "Faire voter une délibération",
                "text": (
                    "<p>Un principe clair protège le projet des changements d'interlocuteurs.</p>"
                ),
            },
            {
                "title": "Piloter dans deux écoles volontaires",
                "text": "<p>Une année complète, avec un bilan partagé.</p>",
            },
            {
                "title": "Former avant de déployer",
                "text": "<p>Pas de poste migré sans formation de l'équipe.</p>",
            },
            {
                "title": "Généraliser par vagues",
                "text": "<p>Trois à quatre écoles par an, pendant les vacances d'été.</p>",
            },
            {
                "title": "Organiser le support",
                "text": "<p>Un référent par école et une permanence téléphonique hebdomadaire.</p>",
            },
        ],
        "facilitators": [
            "Une délibération municipale qui fixe le cap",
            "Des enseignants pionniers qui témoignent auprès de leurs collègues",
            "Une distribution pensée pour l'école par des enseignants",
        ],
        "obstacles": [
            {
                "obstacle": "Tableaux blancs interactifs sans pilote Linux",
                "solution": (
                    "<p>Utilisation du logiciel libre OpenBoard et remplacement progressif par des "
                    "vidéoprojecteurs interactifs compatibles.</p>"
                ),
            },
            {
                "obstacle": "Inquiétude des enseignants sur la compatibilité des fichiers",
                "solution": (
                    "<p>Formation centrée sur les formats ouverts et conversion des modèles de "
                    "documents les plus utilisés.</p>"
                ),
            },
            {
                "obstacle": "Charge du technicien au moment des bascules",
                "solution": (
                    "<p>Image système unique déployée avec Clonezilla : un poste prêt en dix "
                    "minutes.</p>"
                ),
            },
        ],
        "results": (
            "<p><b>180 postes</b> migrés dans 9 écoles, <b>19 000 € par an</b> de licences "
            "économisés, durée de vie moyenne des machines portée à 8 ans ; 86 % des enseignants "
            "se disent satisfaits ou très satisfaits au bout d'un an.</p>"
        ),
        "testimonies": [
            {
                "quote": (
                    "Les élèves ne voient aucune différence, sauf qu'ils peuvent installer les "
                    "mêmes logiciels gratuitement à la maison."
                ),
                "name": "Anne",
                "role": "directrice d'école élémentaire",
            },
        ],
        "variants": (
            "<p>Une petite commune peut s'appuyer sur les services du ministère "
            "(apps.education.fr) plutôt que sur son propre Nextcloud, et commencer par une seule "
            "classe mobile.</p>"
        ),
        "setup_time": "3 ans",
        "difficulty": 3,
        "contact": "DSI de la ville, pole-ecoles@lannion.example",
    },
    {
        "slug": "education-medias-radio-locale",
        "title": "Éducation aux médias : des collégiens font leur émission à la radio locale",
        "summary": (
            "Dans le Cantal, une radio associative et un collège ont monté un atelier d'éducation "
            "aux médias : vérifier une information, interviewer, monter un son. Chaque trimestre, "
            "une émission réalisée par les élèves est diffusée sur l'antenne."
        ),
        "themes": ["Éducation aux médias", "Citoyenneté & engagement"],
        "audiences": ["Enfants mineurs"],
        "tags": ["radio", "éducation aux médias", "fake news", "podcast", "collège"],
        "authors": ["Sophie Martin", "Élodie Rousseau"],
        "licence": "cc-by-4.0",
        "published_days_ago": 305,
        "commune": "Aurillac",
        "departement": "15",
        "body": [
            ("heading", {"text": "Passer de l'autre côté du micro", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Les élèves de 4e consomment l'information surtout via des vidéos courtes, "
                    "sans toujours savoir qui la produit. En fabriquant eux-mêmes une émission, "
                    "ils découvrent les choix d'un journaliste : quelle source, quel angle, quelle "
                    "durée, quelle part de doute. Le projet se déroule sur l'année, à raison d'une "
                    "heure par semaine en classe et d'une demi-journée par trimestre dans les "
                    "studios de la radio.</p>"
                ),
            ),
            (
                "steps",
                [
                    {
                        "title": "Décrypter",
                        "text": (
                            "<p>Analyser des contenus viraux, repérer les signes d'une fausse "
                            "information.</p>"
                        ),
                    },
                    {
                        "title": "Enquêter",
                        "text": (
                            "<p>Choisir un sujet local, trouver deux sources indépendantes, "
                            "préparer les questions.</p>"
                        ),
                    },
                    {
                        "title": "Enregistrer",
                        "text": (
                            "<p>Interviews sur le terrain avec des enregistreurs prêtés par la "
                            "radio.</p>"
                        ),
                    },
                    {
                        "title": "Monter et diffuser",
                        "text": (
                            "<p>Montage sur Audacity, habillage sonore, passage à l'antenne.</p>"
                        ),
                    },
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "J'ai appelé la mairie pour vérifier un chiffre qui tournait sur les "
                        "réseaux. Il était faux. Ça m'a fait bizarre."
                    ),
                    "author": "Inès",
                    "role": "élève de 4e",
                },
            ),
            (
                "link",
                {
                    "url": "https://www.clemi.fr/",
                    "title": "CLEMI",
                    "description": (
                        "Centre pour l'éducation aux médias et à l'information : ressources et "
                        "Semaine de la presse."
                    ),
                },
            ),
        ],
        "period_start": "2023-09-11",
        "period_end": "2024-06-14",
        "project_holder": "Radio associative du Cantal",
        "partners": [
            {
                "name": "Collège public d'Aurillac",
                "role": "Deux classes de 4e et leurs professeurs",
            },
            {"name": "CLEMI de l'académie", "role": "Ressources pédagogiques et formation"},
            {"name": "DRAC Auvergne-Rhône-Alpes", "role": "Financement éducation aux médias"},
        ],
        "context": (
            "<p>Après une rumeur locale qui avait enflammé les réseaux sociaux des élèves, le "
            "collège a sollicité la radio pour travailler sur la fabrication de l'information.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Journaliste-animatrice de la radio",
                "quantity": 60,
                "unit": "heures",
            },
            {
                "category": "humain",
                "label": "Professeurs (français, documentation)",
                "quantity": 2,
                "unit": "personnes",
            },
            {
                "category": "materiel",
                "label": "Enregistreurs numériques",
                "quantity": 6,
                "unit": "enregistreurs",
            },
            {
                "category": "materiel",
                "label": "Ordinateurs avec casques",
                "quantity": 8,
                "unit": "postes",
            },
            {
                "category": "budget",
                "label": "Intervention de la radio",
                "quantity": 4200,
                "unit": "€",
            },
        ],
        "tools": [
            {
                "name": "Audacity",
                "url": "https://www.audacityteam.org/",
                "description": "Montage audio",
                "free_software": True,
            },
            {
                "name": "InVID-WeVerify",
                "url": "https://www.invid-project.eu/",
                "description": "Vérification d'images et de vidéos",
                "free_software": True,
            },
            {
                "name": "Ressources du CLEMI",
                "url": "https://www.clemi.fr/",
                "description": "Séquences pédagogiques",
                "free_software": False,
            },
        ],
        "steps": [
            {
                "title": "Co-construire le projet",
                "text": "<p>Radio, professeurs et CLEMI fixent objectifs et calendrier.</p>",
            },
            {
                "title": "Séances de décryptage",
                "text": "<p>Six séances en classe autour de contenus réels.</p>",
            },
            {
                "title": "Choix des sujets",
                "text": "<p>Par équipes de quatre, sujets locaux et vérifiables.</p>",
            },
            {
                "title": "Journées studio",
                "text": "<p>Une demi-journée par trimestre à la radio.</p>",
            },
            {
                "title": "Diffusion et écoute collective",
                "text": (
                    "<p>L'émission passe à l'antenne et en podcast ; écoute en classe avec les "
                    "familles.</p>"
                ),
            },
        ],
        "facilitators": [
            "Une vraie diffusion à l'antenne, très motivante",
            "Le binôme professeur-journaliste",
            "Des sujets locaux, vérifiables sur le terrain",
        ],
        "obstacles": [
            {
                "obstacle": "Droit à l'image et à la voix des mineurs",
                "solution": (
                    "<p>Autorisations parentales signées en début d'année et prénoms seulement à "
                    "l'antenne.</p>"
                ),
            },
            {
                "obstacle": "Temps de montage sous-estimé",
                "solution": (
                    "<p>Montage simplifié : un élève monteur par équipe et une trame de 8 minutes "
                    "imposée.</p>"
                ),
            },
        ],
        "results": (
            "<p>52 élèves, <b>3 émissions</b> de 30 minutes diffusées, 1 400 écoutes du podcast. "
            "Au questionnaire de fin d'année, 78 % des élèves disent vérifier davantage une "
            "information avant de la partager (contre 31 % en septembre).</p>"
        ),
        "testimonies": [
            {
                "quote": (
                    "Ils ont compris qu'une information, ça se fabrique, avec des choix. C'est "
                    "exactement ce qu'on voulait."
                ),
                "name": "Pierre",
                "role": "professeur documentaliste",
            },
        ],
        "variants": (
            "<p>Sans radio locale, une web-radio de l'établissement ou un podcast publié sur l'ENT "
            "permet le même travail. Le format fonctionne aussi avec des adultes en atelier "
            "sociolinguistique.</p>"
        ),
        "setup_time": "2 mois",
        "difficulty": 2,
        "contact": "Radio associative du Cantal, education@radio15.example",
    },
    {
        "slug": "ateliers-cv-numerique-france-travail",
        "title": "Des ateliers CV et candidature en ligne avec France Travail",
        "summary": (
            "Un espace public numérique du Pas-de-Calais et l'agence France Travail locale "
            "co-animent un parcours de quatre ateliers : CV en ligne, espace candidat, candidature "
            "par e-mail et entretien en visio. Orientation, contenu et résultats."
        ),
        "themes": ["Emploi & entrepreneuriat", "Maîtrise des outils numériques"],
        "audiences": ["Personnes en insertion sociale ou professionnelle", "Adultes"],
        "tags": ["emploi", "CV", "France Travail", "candidature", "insertion"],
        "authors": ["Amandine Lefèvre"],
        "licence": "etalab-2.0",
        "published_days_ago": 58,
        "commune": "Lens",
        "departement": "62",
        "body": [
            ("heading", {"text": "Un parcours plutôt qu'un atelier isolé", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Les conseillers France Travail repèrent, lors des entretiens, les "
                    "demandeurs d'emploi qui peinent avec leur espace personnel ou qui n'ont pas "
                    "d'adresse électronique utilisable. Ils les orientent vers un parcours de "
                    "quatre séances de deux heures à l'espace public numérique, en petits groupes "
                    "de six.</p><ol><li>Mon adresse e-mail professionnelle et mon espace France "
                    "Travail</li><li>Mon CV en ligne, exporté en PDF</li><li>Répondre à une offre "
                    "et écrire un message d'accompagnement</li><li>Passer un entretien en "
                    "visio</li></ol><p>La dernière séance se fait avec un conseiller France "
                    "Travail qui joue le recruteur : la simulation est filmée (avec accord) et "
                    "débriefée.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Une adresse e-mail sérieuse",
                    "text": (
                        "<p>Prénom.nom chez un fournisseur courant : c'est souvent le premier "
                        "changement qui débloque les réponses des recruteurs.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.francetravail.fr/",
                    "title": "France Travail",
                    "description": "Espace candidat, offres d'emploi et ateliers.",
                },
            ),
            ("heading", {"text": "Ce que chacun emporte", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>À la fin du parcours, chaque participant repart avec une clé USB contenant "
                    "son CV en format modifiable et en PDF, un modèle de message d'accompagnement, "
                    "la liste de ses identifiants notée dans un carnet personnel, et un espace "
                    "France Travail complet avec son CV mis en ligne et visible des recruteurs. "
                    "L'animateur envoie aussi au conseiller référent, avec l'accord du "
                    "participant, une courte fiche de fin de parcours : ce qui est acquis, ce qui "
                    "reste à travailler.</p>"
                ),
            ),
        ],
        "period_start": "2024-02-05",
        "project_holder": "Espace public numérique de Lens",
        "partners": [
            {
                "name": "Agence France Travail de Lens",
                "role": "Orientation des participants et co-animation",
            },
            {"name": "Mission locale", "role": "Orientation des moins de 26 ans"},
            {"name": "Entreprises du bassin", "role": "Recruteurs invités pour les simulations"},
        ],
        "context": (
            "<p>Les conseillers constataient que des candidats compétents étaient écartés faute de "
            "savoir déposer un CV ou répondre par e-mail. L'espace public numérique avait les "
            "postes et les animateurs, mais peu de public orienté.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Animateur de l'espace public numérique",
                "quantity": 0.2,
                "unit": "ETP",
            },
            {
                "category": "humain",
                "label": "Conseiller France Travail",
                "quantity": 2,
                "unit": "heures par parcours",
            },
            {
                "category": "materiel",
                "label": "Ordinateurs avec webcam et casque",
                "quantity": 6,
                "unit": "machines",
            },
            {
                "category": "budget",
                "label": "Clés USB offertes aux participants",
                "quantity": 150,
                "unit": "€ par an",
            },
        ],
        "tools": [
            {
                "name": "Espace candidat France Travail",
                "url": "https://www.francetravail.fr/",
                "description": "Profil, CV, candidatures",
                "free_software": False,
            },
            {
                "name": "LibreOffice Writer",
                "url": "https://www.libreoffice.org/",
                "description": "Modèles de CV exportables en PDF",
                "free_software": True,
            },
            {
                "name": "Jitsi Meet",
                "url": "https://meet.jit.si/",
                "description": "Simulation d'entretien en visio",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Définir les critères d'orientation",
                "text": "<p>Une grille simple partagée avec les conseillers.</p>",
            },
            {
                "title": "Construire les quatre séances",
                "text": (
                    "<p>Chaque séance produit un résultat concret : une adresse, un CV, une "
                    "candidature.</p>"
                ),
            },
            {
                "title": "Caler un calendrier fixe",
                "text": "<p>Un parcours démarre chaque mois, le lundi matin.</p>",
            },
            {
                "title": "Animer en binôme pour la dernière séance",
                "text": "<p>Simulation d'entretien avec un conseiller ou un recruteur.</p>",
            },
            {
                "title": "Faire un retour au conseiller",
                "text": "<p>Fiche de fin de parcours transmise avec l'accord du participant.</p>",
            },
        ],
        "facilitators": [
            "L'orientation directe par les conseillers France Travail",
            "Des productions concrètes à chaque séance",
            "Des recruteurs locaux qui jouent le jeu",
        ],
        "obstacles": [
            {
                "obstacle": "Absentéisme à la première séance",
                "solution": (
                    "<p>Appel de l'animateur la veille et remise d'une clé USB dès la première "
                    "séance.</p>"
                ),
            },
            {
                "obstacle": "Niveaux très hétérogènes",
                "solution": (
                    "<p>Un court diagnostic avec Pix en amont pour constituer des groupes "
                    "homogènes.</p>"
                ),
            },
        ],
        "results": (
            "<p>En un an, <b>14 parcours</b> et 79 participants ; 71 ont terminé le parcours, "
            "<b>34 ont décroché un entretien</b> dans les trois mois et 19 un contrat d'au moins "
            "six mois.</p>"
        ),
        "testimonies": [
            {
                "quote": (
                    "Je n'avais jamais fait de visio. Le jour de mon entretien, j'étais prête, "
                    "j'avais déjà répété ici."
                ),
                "name": "Sandrine",
                "role": "aide-soignante, en poste depuis",
            },
        ],
        "variants": (
            "<p>Le parcours se décline pour les métiers sans ordinateur (bâtiment, logistique) en "
            "version 100 % smartphone, avec l'application France Travail.</p>"
        ),
        "setup_time": "2 mois",
        "difficulty": 1,
        "contact": "Espace public numérique de Lens, epn@lens.example",
    },
    {
        "slug": "accompagnement-e-sante-maison-de-sante-rurale",
        "title": "Accompagner l'e-santé dans une maison de santé rurale",
        "summary": (
            "Une conseillère numérique tient une permanence dans une maison de santé de "
            "Haute-Marne : Mon espace santé, compte ameli, téléconsultation assistée, prise de "
            "rendez-vous en ligne. Un modèle pour les déserts médicaux."
        ),
        "themes": ["Numérique en santé", "Aide aux démarches administratives"],
        "audiences": [
            "Seniors & personnes âgées",
            "Personnes en situation de handicap ou de perte d'autonomie",
        ],
        "tags": ["e-santé", "Mon espace santé", "ameli", "téléconsultation", "rural"],
        "authors": ["Claire Fontaine", "Karim Haddad"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 172,
        "commune": "Langres",
        "departement": "52",
        "body": [
            ("heading", {"text": "Le numérique au cabinet, pas à côté", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Les patients les plus concernés par la télésanté sont souvent ceux qui en "
                    "sont le plus éloignés. Plutôt que de les envoyer vers un espace numérique, la "
                    "conseillère vient à eux : deux demi-journées par semaine dans la salle "
                    "d'attente de la maison de santé, avec un bureau fermé pour les démarches "
                    "confidentielles.</p><p>Elle accompagne la création du compte ameli, "
                    "l'activation de <b>Mon espace santé</b>, la prise de rendez-vous en ligne, et "
                    "assiste les téléconsultations avec des spécialistes éloignés (dermatologie, "
                    "psychiatrie) en lien avec l'infirmière de la maison de santé.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Secret médical",
                    "text": (
                        "<p>La conseillère ne consulte jamais le contenu médical des dossiers. "
                        "Pendant la téléconsultation, c'est l'infirmière qui reste aux côtés du "
                        "patient ; la conseillère gère uniquement la connexion.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Avoir mes résultats d'analyse sur mon téléphone, je n'y croyais pas. Je "
                        "les montre au cardiologue de Dijon sans rien imprimer."
                    ),
                    "author": "Roger",
                    "role": "patient, 77 ans",
                },
            ),
            (
                "link",
                {
                    "url": "https://www.monespacesante.fr/",
                    "title": "Mon espace santé",
                    "description": "Le carnet de santé numérique de l'Assurance maladie.",
                },
            ),
        ],
        "period_start": "2023-04-03",
        "project_holder": "Maison de santé pluriprofessionnelle du pays de Langres",
        "partners": [
            {"name": "CPAM de la Haute-Marne", "role": "Formation de la conseillère et supports"},
            {"name": "ARS Grand Est", "role": "Financement de l'équipement de téléconsultation"},
            {
                "name": "Communauté de communes",
                "role": "Mise à disposition de la conseillère numérique",
            },
        ],
        "context": (
            "<p>Le territoire a perdu trois médecins en cinq ans ; la téléconsultation avec des "
            "spécialistes est devenue incontournable, mais de nombreux patients âgés n'ont ni "
            "compte ameli ni adresse électronique.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Conseillère numérique",
                "quantity": 0.2,
                "unit": "ETP",
            },
            {
                "category": "humain",
                "label": "Infirmière de la maison de santé (téléconsultations)",
                "quantity": 4,
                "unit": "heures par semaine",
            },
            {
                "category": "materiel",
                "label": "Chariot de téléconsultation avec objets connectés",
                "quantity": 1,
                "unit": "chariot",
            },
            {
                "category": "materiel",
                "label": "Tablette de démonstration",
                "quantity": 1,
                "unit": "tablette",
            },
            {
                "category": "budget",
                "label": "Équipement de téléconsultation",
                "quantity": 12000,
                "unit": "€",
            },
        ],
        "tools": [
            {
                "name": "Compte ameli",
                "url": "https://www.ameli.fr/",
                "description": "Remboursements, attestations, messagerie avec la CPAM",
                "free_software": False,
            },
            {
                "name": "Mon espace santé",
                "url": "https://www.monespacesante.fr/",
                "description": "Documents médicaux et messagerie sécurisée",
                "free_software": False,
            },
            {
                "name": "Santé.fr",
                "url": "https://www.sante.fr/",
                "description": "Annuaire et informations de santé publique",
                "free_software": False,
            },
        ],
        "steps": [
            {
                "title": "Impliquer l'équipe soignante",
                "text": (
                    "<p>Présenter le projet en réunion pluriprofessionnelle : les soignants "
                    "orientent.</p>"
                ),
            },
            {
                "title": "Former la conseillère",
                "text": "<p>Une journée avec la CPAM sur ameli et Mon espace santé.</p>",
            },
            {
                "title": "Installer la permanence",
                "text": "<p>Jours fixes, affichage en salle d'attente, bureau fermé.</p>",
            },
            {
                "title": "Organiser les téléconsultations assistées",
                "text": "<p>Protocole écrit entre conseillère et infirmière.</p>",
            },
            {
                "title": "Mesurer et ajuster",
                "text": "<p>Bilan trimestriel avec l'équipe de soins.</p>",
            },
        ],
        "facilitators": [
            "La confiance des patients envers leur maison de santé",
            "Un protocole clair entre soignants et conseillère",
            "Des jours de permanence alignés sur ceux des médecins",
        ],
        "obstacles": [
            {
                "obstacle": "Patients sans adresse électronique",
                "solution": (
                    "<p>Création d'une adresse pendant la permanence, avec un proche aidant "
                    "présent si possible.</p>"
                ),
            },
            {
                "obstacle": "Réticence de certains médecins au départ",
                "solution": (
                    "<p>Démonstration d'une téléconsultation réussie et remontée des retours "
                    "patients.</p>"
                ),
            },
        ],
        "results": (
            "<p>En 18 mois : <b>640 patients accompagnés</b>, 410 comptes ameli créés, 380 profils "
            "Mon espace santé activés, <b>210 téléconsultations assistées</b> qui ont évité en "
            "moyenne 110 km de trajet chacune.</p>"
        ),
        "testimonies": [
            {
                "quote": (
                    "Mes patients arrivent à la téléconsultation sereins, connectés, avec leurs "
                    "documents. Je peux me concentrer sur le soin."
                ),
                "name": "Dr Hugues",
                "role": "médecin généraliste",
            },
        ],
        "variants": (
            "<p>En pharmacie d'officine, la même permanence fonctionne bien, notamment autour de "
            "l'ordonnance numérique. Dans les EHPAD, elle se concentre sur la visio avec les "
            "familles et les spécialistes.</p>"
        ),
        "setup_time": "4 mois",
        "difficulty": 2,
        "contact": "Maison de santé du pays de Langres, accueil@msp-langres.example",
    },
    {
        "slug": "defi-numerique-responsable-entreprise",
        "title": "Un défi « numérique responsable » de six semaines en entreprise",
        "summary": (
            "Une PME nantaise de 120 salariés a lancé un défi par équipes : tri des boîtes mail, "
            "allongement de la durée de vie des équipements, visios sobres, écoconception du site. "
            "Kit d'animation, indicateurs et résultats chiffrés."
        ),
        "themes": ["Sobriété numérique", "Écoconception de services numériques"],
        "audiences": ["Adultes"],
        "tags": ["sobriété", "entreprise", "défi", "écoconception", "RSE"],
        "authors": ["Thomas Nguyen", "Amandine Lefèvre"],
        "licence": "cc-by-4.0",
        "published_days_ago": 690,
        "commune": "Nantes",
        "departement": "44",
        "body": [
            ("heading", {"text": "Un défi ludique, des gestes durables", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Le défi oppose huit équipes mêlant services et niveaux hiérarchiques. "
                    "Chaque semaine, un thème et trois gestes à valider : semaine 1, comprendre "
                    "(atelier Fresque du numérique) ; semaine 2, messagerie et stockage ; semaine "
                    "3, équipements ; semaine 4, visioconférence ; semaine 5, écoconception ; "
                    "semaine 6, engagements durables.</p><p>L'essentiel de l'impact "
                    "environnemental du numérique vient de la <b>fabrication des équipements</b> : "
                    "le défi insiste donc sur l'allongement de leur durée de vie plutôt que sur la "
                    "seule suppression des e-mails.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Associer la DSI dès le départ",
                    "text": (
                        "<p>Les engagements les plus forts (durée de renouvellement des "
                        "ordinateurs, reconditionné, réglages par défaut) dépendent de la DSI et "
                        "des achats.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://ecoresponsable.numerique.gouv.fr/",
                    "title": "Mission interministérielle numérique responsable",
                    "description": (
                        "Guides, référentiel d'écoconception (RGESN) et bonnes pratiques."
                    ),
                },
            ),
            ("heading", {"text": "Exemples de gestes validés", "level": "h3"}),
            (
                "paragraph",
                (
                    "<ul><li>Faire réparer plutôt que remplacer un équipement en "
                    "panne</li><li>Rendre à la DSI un téléphone ou un écran "
                    "inutilisé</li><li>Couper la caméra en visio quand elle n'apporte "
                    "rien</li><li>Remplacer les pièces jointes par des liens vers le serveur "
                    "partagé</li><li>Supprimer les fichiers en double et les anciennes "
                    "versions</li><li>Proposer une amélioration d'écoconception sur un projet "
                    "client</li></ul><p>Les points sont attribués par les référents sur "
                    "déclaration, avec un bonus pour les gestes collectifs.</p>"
                ),
            ),
        ],
        "period_start": "2023-01-09",
        "period_end": "2023-02-17",
        "project_holder": "Comité RSE d'une PME de services numériques",
        "partners": [
            {
                "name": "Association locale de fresqueurs",
                "role": "Animation des Fresques du numérique",
            },
            {
                "name": "Entreprise adaptée de reconditionnement",
                "role": "Reprise des équipements inutilisés",
            },
        ],
        "context": (
            "<p>L'entreprise voulait passer d'une démarche RSE déclarative à des actions "
            "mesurables, avec l'adhésion des salariés plutôt que des consignes descendantes.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Référents RSE volontaires",
                "quantity": 4,
                "unit": "personnes",
            },
            {
                "category": "humain",
                "label": "Temps salarié consacré au défi",
                "quantity": 6,
                "unit": "heures par personne",
            },
            {
                "category": "budget",
                "label": "Animation des fresques",
                "quantity": 3600,
                "unit": "€",
            },
            {
                "category": "budget",
                "label": "Récompenses (dons à une association choisie par l'équipe gagnante)",
                "quantity": 1000,
                "unit": "€",
            },
        ],
        "tools": [
            {
                "name": "La Fresque du numérique",
                "url": "https://www.fresquedunumerique.org/",
                "description": "Atelier collaboratif de sensibilisation",
                "free_software": False,
            },
            {
                "name": "EcoIndex",
                "url": "https://www.ecoindex.fr/",
                "description": "Mesure de l'impact des pages du site",
                "free_software": True,
            },
            {
                "name": "Framaforms",
                "url": "https://framaforms.org/",
                "description": "Questionnaires avant et après le défi",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Mesurer la situation de départ",
                "text": (
                    "<p>Inventaire des équipements, volume de stockage, score EcoIndex du site.</p>"
                ),
            },
            {"title": "Constituer les équipes", "text": "<p>Mélanger services et fonctions.</p>"},
            {"title": "Lancer par une fresque", "text": "<p>Comprendre avant d'agir.</p>"},
            {
                "title": "Six semaines de défis",
                "text": "<p>Trois gestes par semaine, validés par les référents.</p>",
            },
            {
                "title": "Mesurer et célébrer",
                "text": (
                    "<p>Résultats partagés et engagements inscrits dans la politique d'achats.</p>"
                ),
            },
        ],
        "facilitators": [
            "Le soutien visible de la direction",
            "Des mesures avant/après qui rendent les efforts tangibles",
            "Le format ludique par équipes",
        ],
        "obstacles": [
            {
                "obstacle": "Sentiment de culpabilisation individuelle",
                "solution": (
                    "<p>Mettre l'accent sur les décisions collectives (achats, réglages) autant "
                    "que sur les gestes individuels.</p>"
                ),
            },
            {
                "obstacle": "Contraintes de sécurité sur les équipements",
                "solution": (
                    "<p>Effacement certifié par l'entreprise adaptée partenaire avant tout "
                    "réemploi.</p>"
                ),
            },
        ],
        "results": (
            "<p>97 salariés participants, <b>1,8 To</b> de fichiers supprimés, 64 équipements "
            "dormants réemployés, durée de renouvellement des ordinateurs portée de 3 à <b>5 "
            "ans</b>, score EcoIndex de la page d'accueil passé de E à B.</p>"
        ),
        "testimonies": [
            {
                "quote": (
                    "Je pensais que supprimer mes e-mails sauverait la planète. J'ai découvert que "
                    "garder mon ordinateur deux ans de plus comptait bien plus."
                ),
                "name": "Lucie",
                "role": "cheffe de projet",
            },
        ],
        "variants": (
            "<p>Le défi se transpose dans une collectivité ou une association, sur quatre "
            "semaines. Dans un tiers-lieu, il peut être ouvert aux habitants.</p>"
        ),
        "setup_time": "6 semaines",
        "difficulty": 1,
        "contact": "Comité RSE, rse@pme-nantes.example",
    },
    {
        "slug": "tiers-lieu-wifi-communautaire-village",
        "title": "Un tiers-lieu et un wifi communautaire au cœur du village",
        "summary": (
            "Dans la Drôme, des habitants ont transformé l'ancienne poste en tiers-lieu : wifi "
            "partagé géré par une association, postes en libre accès, ateliers et télétravail. "
            "Gouvernance, montage juridique et modèle économique."
        ),
        "themes": ["Territoires connectés et durables", "Communs numériques"],
        "audiences": ["Tous publics"],
        "tags": ["tiers-lieu", "wifi", "rural", "association", "télétravail"],
        "authors": ["Élodie Rousseau", "Julien Le Goff"],
        "licence": "cc-by-nc-sa-4.0",
        "published_days_ago": 560,
        "commune": "Die",
        "departement": "26",
        "body": [
            ("heading", {"text": "Des habitants qui s'organisent", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Quand la poste a fermé, un collectif d'habitants a proposé à la mairie de "
                    "reprendre le local. Trois ans plus tard, le tiers-lieu ouvre cinq jours sur "
                    "sept : espace de télétravail, postes en libre accès, permanence d'aide aux "
                    "démarches, ateliers du soir, repair café mensuel.</p><p>La connexion, une "
                    "fibre professionnelle, est partagée avec les maisons voisines grâce à des "
                    "liaisons wifi longue portée installées par un <b>fournisseur d'accès "
                    "associatif</b>. Les adhérents paient une cotisation solidaire, calculée selon "
                    "leurs revenus.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Les obligations d'un opérateur",
                    "text": (
                        "<p>Partager une connexion au-delà du local fait de vous un opérateur : "
                        "déclaration à l'Arcep, conservation des journaux de connexion. S'adosser "
                        "à un fournisseur associatif membre de la Fédération FDN simplifie "
                        "beaucoup.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.ffdn.org/",
                    "title": "Fédération FDN",
                    "description": "Réseau de fournisseurs d'accès à Internet associatifs.",
                },
            ),
            ("heading", {"text": "Une gouvernance ouverte", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Le conseil d'administration compte trois collèges : habitants usagers, "
                    "bénévoles actifs et partenaires (commune, fournisseur d'accès). Une assemblée "
                    "ouverte se réunit chaque mois autour d'un repas partagé pour décider de la "
                    "programmation. Tout habitant peut proposer un atelier : cuisine, tricot, "
                    "photo numérique ou initiation au smartphone cohabitent dans le même "
                    "agenda.</p>"
                ),
            ),
        ],
        "period_start": "2021-05-01",
        "project_holder": "Association du tiers-lieu de la vieille poste",
        "partners": [
            {"name": "Commune de Die", "role": "Bail à loyer modéré et travaux"},
            {
                "name": "Fournisseur d'accès associatif",
                "role": "Installation et exploitation du réseau wifi",
            },
            {
                "name": "Région Auvergne-Rhône-Alpes",
                "role": "Subvention d'investissement tiers-lieux",
            },
        ],
        "context": (
            "<p>Fermeture du bureau de poste, débit très faible dans les hameaux et départ des "
            "jeunes actifs : les habitants voulaient un lieu pour travailler, apprendre et se "
            "retrouver.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Coordinatrice salariée",
                "quantity": 0.6,
                "unit": "ETP",
            },
            {
                "category": "humain",
                "label": "Bénévoles actifs",
                "quantity": 25,
                "unit": "personnes",
                "note": "Permanences, ateliers, travaux",
            },
            {
                "category": "materiel",
                "label": "Antennes wifi longue portée",
                "quantity": 8,
                "unit": "antennes",
            },
            {
                "category": "materiel",
                "label": "Postes en libre accès",
                "quantity": 4,
                "unit": "machines",
            },
            {
                "category": "budget",
                "label": "Travaux et équipement",
                "quantity": 48000,
                "unit": "€",
            },
            {
                "category": "budget",
                "label": "Budget de fonctionnement",
                "quantity": 36000,
                "unit": "€ par an",
            },
        ],
        "tools": [
            {
                "name": "OpenWrt",
                "url": "https://openwrt.org/",
                "description": "Système libre des routeurs et antennes",
                "free_software": True,
            },
            {
                "name": "Nextcloud",
                "url": "https://nextcloud.com/",
                "description": "Agenda et documents partagés de l'association",
                "free_software": True,
            },
            {
                "name": "Dolibarr",
                "url": "https://www.dolibarr.org/",
                "description": "Gestion des adhésions et de la comptabilité",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Réunir les habitants",
                "text": "<p>Porte-à-porte et réunion publique pour recenser besoins et envies.</p>",
            },
            {
                "title": "Monter l'association et négocier le local",
                "text": "<p>Bail avec la commune et convention d'objectifs.</p>",
            },
            {"title": "Rénover et équiper", "text": "<p>Chantiers participatifs le week-end.</p>"},
            {
                "title": "Déployer le wifi partagé",
                "text": "<p>Avec le fournisseur associatif, maison par maison.</p>",
            },
            {
                "title": "Ouvrir et programmer",
                "text": "<p>Permanences fixes, ateliers proposés par les habitants eux-mêmes.</p>",
            },
            {
                "title": "Stabiliser le modèle économique",
                "text": "<p>Cotisations, location de bureaux, prestations, subventions.</p>",
            },
        ],
        "facilitators": [
            "Un local municipal vacant et un maire partant",
            "Le savoir-faire d'un fournisseur d'accès associatif",
            "Des chantiers participatifs qui créent l'appropriation",
        ],
        "obstacles": [
            {
                "obstacle": "Fragilité du modèle économique",
                "solution": (
                    "<p>Diversification : location de postes de télétravail, prestations de "
                    "formation, permanence France Services itinérante accueillie contre "
                    "défraiement.</p>"
                ),
            },
            {
                "obstacle": "Usure des bénévoles fondateurs",
                "solution": (
                    "<p>Embauche d'une coordinatrice et renouvellement du bureau tous les deux "
                    "ans.</p>"
                ),
            },
            {
                "obstacle": "Zones d'ombre pour le wifi",
                "solution": (
                    "<p>Relais posés chez des habitants volontaires, alimentés par panneau "
                    "solaire.</p>"
                ),
            },
        ],
        "results": (
            "<p>180 adhérents, <b>43 foyers</b> raccordés au wifi partagé, 12 télétravailleurs "
            "réguliers, 1 100 passages par an à la permanence numérique et 2 emplois créés.</p>"
        ),
        "testimonies": [
            {
                "quote": (
                    "Sans ce lieu, j'aurais quitté le village. Je télétravaille ici trois jours "
                    "par semaine et j'anime un atelier photo le jeudi."
                ),
                "name": "Mathilde",
                "role": "graphiste, adhérente",
            },
        ],
        "variants": (
            "<p>Sans wifi partagé, le tiers-lieu peut démarrer dans une salle communale, deux "
            "soirs par semaine. Certains villages s'associent pour partager une coordinatrice.</p>"
        ),
        "setup_time": "18 mois",
        "difficulty": 3,
        "contact": "Tiers-lieu de la vieille poste, bonjour@vieilleposte.example",
    },
    {
        "slug": "formation-accessibilite-numerique-associations",
        "title": "Former les associations à l'accessibilité numérique",
        "summary": (
            "À Montpellier, un collectif handicap et une structure de médiation forment les "
            "bénévoles associatifs à rendre leurs documents, sites et réseaux sociaux accessibles "
            ": trois modules courts, des tests avec des usagers, un label local."
        ),
        "themes": ["Accessibilité", "Réseaux sociaux & communication"],
        "audiences": ["Adultes", "Personnes en situation de handicap ou de perte d'autonomie"],
        "tags": ["accessibilité", "RGAA", "associations", "handicap", "FALC"],
        "authors": ["Sophie Martin"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 121,
        "commune": "Montpellier",
        "departement": "34",
        "body": [
            ("heading", {"text": "Trois modules de trois heures", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Les associations communiquent beaucoup par affiches PDF, publications "
                    "Facebook et petits sites. Ces supports excluent souvent les personnes "
                    "aveugles, malvoyantes, sourdes ou ayant des difficultés de compréhension. La "
                    "formation se concentre sur ce que les bénévoles font réellement "
                    ":</p><ul><li><b>Documents accessibles</b> : styles de titres, textes "
                    "alternatifs, contrastes, export PDF balisé avec "
                    "LibreOffice</li><li><b>Réseaux sociaux</b> : descriptions d'images, "
                    "sous-titres, emojis avec modération, hashtags en CamelCase</li><li><b>Sites "
                    "web</b> : bases du RGAA, test au clavier, lecteur d'écran "
                    "NVDA</li></ul><p>Chaque module se termine par un test réel : une personne "
                    "concernée utilise le support produit par le groupe et dit ce qui coince.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Quand j'ai entendu le lecteur d'écran lire notre affiche « image, image, "
                        "image », j'ai tout compris en dix secondes."
                    ),
                    "author": "Bernard",
                    "role": "président d'un club de randonnée",
                },
            ),
            (
                "link",
                {
                    "url": "https://accessibilite.numerique.gouv.fr/",
                    "title": "RGAA",
                    "description": "Référentiel général d'amélioration de l'accessibilité.",
                },
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Rémunérer l'expertise d'usage",
                    "text": (
                        "<p>Les testeurs sont rémunérés à chaque session : leur regard est une "
                        "compétence, pas un service rendu bénévolement. Cela change aussi la "
                        "posture des participants, qui les écoutent comme des experts.</p>"
                    ),
                },
            ),
        ],
        "period_start": "2023-10-02",
        "period_end": "2024-06-30",
        "project_holder": "Collectif handicap 34",
        "partners": [
            {"name": "Maison des associations de Montpellier", "role": "Salles et communication"},
            {"name": "Structure de médiation numérique", "role": "Co-animation technique"},
            {"name": "Testeurs concernés", "role": "Tests utilisateurs rémunérés"},
        ],
        "context": (
            "<p>Les adhérents du collectif signalaient qu'ils ne pouvaient pas s'inscrire aux "
            "activités des associations de leur quartier, faute de supports lisibles.</p>"
        ),
        "ingredients": [
            {
                "category": "humain",
                "label": "Formatrice accessibilité",
                "quantity": 45,
                "unit": "heures",
            },
            {
                "category": "humain",
                "label": "Testeurs en situation de handicap",
                "quantity": 6,
                "unit": "personnes",
                "note": "Rémunérés pour chaque session",
            },
            {
                "category": "materiel",
                "label": "Ordinateurs portables avec NVDA",
                "quantity": 8,
                "unit": "machines",
            },
            {
                "category": "budget",
                "label": "Rémunération des testeurs",
                "quantity": 1800,
                "unit": "€",
            },
            {
                "category": "budget",
                "label": "Interprétariat LSF pour les sessions",
                "quantity": 1500,
                "unit": "€",
            },
        ],
        "tools": [
            {
                "name": "NVDA",
                "url": "https://www.nvaccess.org/",
                "description": "Lecteur d'écran libre pour Windows",
                "free_software": True,
            },
            {
                "name": "LibreOffice",
                "url": "https://www.libreoffice.org/",
                "description": "Export de PDF balisés accessibles",
                "free_software": True,
            },
            {
                "name": "WAVE",
                "url": "https://wave.webaim.org/",
                "description": "Audit rapide d'une page web",
                "free_software": False,
            },
            {
                "name": "Colour Contrast Analyser",
                "url": "https://www.tpgi.com/color-contrast-checker/",
                "description": "Vérification des contrastes",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Recueillir les besoins des personnes concernées",
                "text": "<p>Un atelier avec les adhérents du collectif.</p>",
            },
            {
                "title": "Concevoir les modules",
                "text": "<p>Centrés sur les outils réellement utilisés par les associations.</p>",
            },
            {
                "title": "Recruter et rémunérer les testeurs",
                "text": "<p>Leur expertise d'usage est un travail.</p>",
            },
            {
                "title": "Animer les sessions",
                "text": "<p>Six sessions de trois modules dans l'année.</p>",
            },
            {
                "title": "Délivrer le label local",
                "text": "<p>Après vérification d'un support produit par l'association.</p>",
            },
        ],
        "facilitators": [
            "La présence de testeurs concernés à chaque module",
            "Des exercices sur les vrais supports des associations",
            "Un label valorisant pour les associations",
        ],
        "obstacles": [
            {
                "obstacle": "Sentiment que l'accessibilité est trop technique",
                "solution": (
                    "<p>Commencer par trois gestes simples : titres, textes alternatifs, "
                    "contrastes.</p>"
                ),
            },
            {
                "obstacle": "Disponibilité des bénévoles en semaine",
                "solution": "<p>Sessions le samedi matin et modules indépendants.</p>",
            },
        ],
        "results": (
            "<p>74 bénévoles formés dans <b>41 associations</b>, 23 associations labellisées ; sur "
            "un échantillon de 60 documents avant/après, la part de documents lisibles par un "
            "lecteur d'écran est passée de 12 % à <b>83 %</b>.</p>"
        ),
        "testimonies": [
            {
                "quote": (
                    "Pour la première fois, j'ai pu m'inscrire seule à la sortie du club, depuis "
                    "mon téléphone."
                ),
                "name": "Yasmina",
                "role": "testeuse, non-voyante",
            },
        ],
        "variants": (
            "<p>Un module « Facile à lire et à comprendre » (FALC) peut être ajouté avec des "
            "personnes en situation de handicap intellectuel. Le format s'adapte aussi aux agents "
            "d'une collectivité.</p>"
        ),
        "setup_time": "3 mois",
        "difficulty": 2,
        "contact": "Collectif handicap 34, accessibilite@collectif34.example",
    },
    {
        "slug": "campagne-fresque-du-numerique-territoire",
        "title": "Une campagne de Fresques du numérique sur tout un territoire",
        "summary": (
            "L'Eurométropole de Strasbourg a formé 40 animateurs bénévoles pour déployer la "
            "Fresque du numérique dans les médiathèques, centres sociaux, lycées et services "
            "municipaux : 120 ateliers en un an et un réseau qui continue."
        ),
        "themes": ["Sobriété numérique", "Usages responsables du numérique"],
        "audiences": ["Tous publics", "Adultes"],
        "tags": [
            "fresque du numérique",
            "sensibilisation",
            "sobriété",
            "animateurs",
            "collectivité",
        ],
        "authors": ["Karim Haddad"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 244,
        "commune": "Strasbourg",
        "departement": "67",
        "body": [
            (
                "heading",
                {"text": "Former des animateurs plutôt qu'acheter des ateliers", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>La Fresque du numérique est un atelier collaboratif de trois heures : en "
                    "reliant des cartes, les participants reconstituent les impacts "
                    "environnementaux du numérique, puis imaginent des actions. Plutôt que de "
                    "commander des ateliers à des prestataires, la collectivité a choisi de "
                    "<b>former un réseau d'animateurs</b> parmi ses agents, les médiateurs "
                    "numériques et les bénévoles associatifs.</p><p>Chaque animateur s'engage à "
                    "animer au moins trois fresques dans l'année, en binôme les premières fois. Un "
                    "format court de 1 h 30 a été adapté pour les lycées et les publics peu à "
                    "l'aise avec l'écrit.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Le binôme débutant-confirmé",
                    "text": (
                        "<p>Les premières animations en binôme avec un animateur expérimenté font "
                        "chuter l'abandon des nouveaux animateurs.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.fresquedunumerique.org/",
                    "title": "La Fresque du numérique",
                    "description": "Présentation de l'atelier et formation des animateurs.",
                },
            ),
            ("heading", {"text": "Après la fresque, des actions", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Chaque fresque se termine par un temps d'engagements. Les lieux d'accueil "
                    "transmettent ensuite aux participants un programme de suite : repair café, "
                    "atelier « faire durer son smartphone », permanence de reconditionnement. "
                    "Cette passerelle entre sensibilisation et action est ce qui distingue la "
                    "campagne d'un simple cycle de conférences.</p>"
                ),
            ),
        ],
        "period_start": "2024-01-15",
        "period_end": "2024-12-31",
        "project_holder": "Eurométropole de Strasbourg, mission transition numérique",
        "partners": [
            {"name": "Association La Fresque du numérique", "role": "Formation des animateurs"},
            {"name": "Médiathèques et centres sociaux", "role": "Accueil des ateliers publics"},
            {"name": "Lycées de l'Eurométropole", "role": "Ateliers pour les élèves de seconde"},
        ],
        "context": (
            "<p>La collectivité s'était dotée d'une feuille de route numérique responsable mais "
            "peinait à la faire connaître au-delà de ses services.</p>"
        ),
        "ingredients": [
            {"category": "humain", "label": "Chargée de mission", "quantity": 0.3, "unit": "ETP"},
            {
                "category": "humain",
                "label": "Animateurs formés",
                "quantity": 40,
                "unit": "personnes",
            },
            {
                "category": "materiel",
                "label": "Jeux de cartes imprimés",
                "quantity": 30,
                "unit": "jeux",
            },
            {
                "category": "budget",
                "label": "Formations d'animateurs",
                "quantity": 8000,
                "unit": "€",
            },
            {
                "category": "budget",
                "label": "Impression et logistique",
                "quantity": 1500,
                "unit": "€",
            },
        ],
        "tools": [
            {
                "name": "La Fresque du numérique",
                "url": "https://www.fresquedunumerique.org/",
                "description": "Cartes et guide d'animation",
                "free_software": False,
            },
            {
                "name": "Mobilizon",
                "url": "https://joinmobilizon.org/",
                "description": "Publication des ateliers ouverts au public",
                "free_software": True,
            },
            {
                "name": "Framadate",
                "url": "https://framadate.org/",
                "description": "Constitution des binômes d'animateurs",
                "free_software": True,
            },
        ],
        "steps": [
            {
                "title": "Recruter les futurs animateurs",
                "text": "<p>Appel à volontaires auprès des agents et des associations.</p>",
            },
            {
                "title": "Former par promotions de dix",
                "text": "<p>Participation à une fresque puis formation à l'animation.</p>",
            },
            {
                "title": "Planifier les ateliers",
                "text": "<p>Un calendrier partagé avec les lieux d'accueil.</p>",
            },
            {
                "title": "Animer en binôme",
                "text": "<p>Débutant et confirmé ensemble pour les trois premières.</p>",
            },
            {"title": "Réunir le réseau", "text": "<p>Un retour d'expérience par trimestre.</p>"},
        ],
        "facilitators": [
            "Un format clé en main reconnu",
            "L'engagement contractualisé de trois animations",
            "Des lieux d'accueil déjà fréquentés",
        ],
        "obstacles": [
            {
                "obstacle": "Format de trois heures trop long pour certains publics",
                "solution": "<p>Version courte de 1 h 30 avec un jeu de cartes réduit.</p>",
            },
            {
                "obstacle": "Baisse d'activité des animateurs après six mois",
                "solution": (
                    "<p>Programmation trimestrielle proposée d'office et soirée de "
                    "retrouvailles.</p>"
                ),
            },
        ],
        "results": (
            "<p><b>120 fresques</b> animées, 1 650 participants, dont 540 lycéens ; 62 % des "
            "participants déclarent avoir changé au moins une pratique trois mois après "
            "(questionnaire de suivi).</p>"
        ),
        "testimonies": [
            {
                "quote": (
                    "Je suis agent des espaces verts. Animer une fresque devant mes collègues de "
                    "la DSI, je n'aurais jamais imaginé."
                ),
                "name": "Stéphane",
                "role": "agent municipal et animateur",
            },
        ],
        "variants": (
            "<p>À l'échelle d'un petit territoire, deux ou trois animateurs suffisent pour "
            "démarrer ; d'autres fresques (climat, biodiversité) peuvent être proposées en "
            "cycle.</p>"
        ),
        "setup_time": "4 mois",
        "difficulty": 1,
        "contact": "Mission transition numérique, numerique-responsable@strasbourg.example",
    },
]
