"""Demo workshop materials (ateliers) loaded by ``load_demo_content``.

Every entry is plain data: see ``home/demo/loader.py`` for how it becomes a page.
"""

WORKSHOPS = [
    {
        "slug": "premiers-pas-sur-tablette",
        "title": "Premiers pas sur tablette",
        "summary": (
            "Une séance de deux heures pour apprivoiser une tablette : allumer, toucher, glisser, "
            "écrire, se connecter au wifi et ouvrir une application. Pensée pour des personnes qui "
            "n'ont jamais utilisé d'écran tactile."
        ),
        "themes": ["Maîtrise des outils numériques"],
        "audiences": ["Seniors & personnes âgées", "Personnes très éloignées du numérique"],
        "tags": ["tablette", "débutant", "écran tactile", "prise en main"],
        "authors": ["Yannick Morvan"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 402,
        "commune": "Quimper",
        "departement": "29",
        "pix": ["5.2", "2.1"],
        "level": "debutant",
        "objectives": [
            "Allumer, déverrouiller et éteindre une tablette",
            "Maîtriser les gestes de base : toucher, glisser, pincer",
            "Saisir du texte avec le clavier virtuel",
            "Se connecter à un réseau wifi",
        ],
        "group_size_min": 4,
        "group_size_max": 8,
        "prerequisites": (
            "<p>Aucun. Il suffit de savoir lire de courtes consignes ; une loupe ou des lunettes "
            "de lecture peuvent être utiles.</p>"
        ),
        "equipment": ["Tablette"],
        "body": [
            ("heading", {"text": "L'esprit de l'atelier", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La première peur face à une tablette, c'est de « casser quelque chose ». "
                    "Cet atelier commence donc par une démonstration : on appuie partout, on se "
                    "trompe exprès, et on montre que le bouton d'accueil ramène toujours en "
                    "terrain connu. Chaque geste est d'abord montré, puis répété sur un petit jeu "
                    "avant d'être utilisé « pour de vrai ».</p><p>On travaille avec des tablettes "
                    "configurées à l'identique : mêmes icônes, même fond d'écran, taille du texte "
                    "agrandie. Un participant qui a sa propre tablette peut l'utiliser, mais on "
                    "lui propose d'abord de suivre sur une tablette de l'atelier.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Un pictogramme par geste",
                    "text": (
                        "<p>Affichez au mur les quatre gestes (toucher, toucher longtemps, "
                        "glisser, pincer) avec un dessin de main : les participants s'y réfèrent "
                        "tout au long de la séance.</p>"
                    ),
                },
            ),
            (
                "document",
                {
                    "document": "fiche-gestes-tablette",
                    "title": "Fiche « Les gestes de la tablette »",
                    "description": "À imprimer en A4 couleur, une par participant.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Accueil et tour de table",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Chacun dit son prénom et ce qu'il aimerait faire avec une tablette (voir "
                    "ses petits-enfants, lire le journal, faire ses comptes…).</p>"
                ),
                "facilitator_notes": (
                    "Notez les envies au tableau : vous y reviendrez en fin de séance pour montrer "
                    "ce qui est déjà possible."
                ),
            },
            {
                "title": "Découvrir l'objet",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Repérer les boutons (marche, volume), la prise de charge, la caméra. "
                    "Allumer, déverrouiller, mettre en veille.</p>"
                ),
                "facilitator_notes": (
                    "Laissez chaque participant manipuler sa propre tablette. Ne touchez pas "
                    "l'écran à leur place : guidez avec la voix."
                ),
            },
            {
                "title": "Les gestes de base",
                "duration_minutes": 25,
                "instructions": (
                    "<p>Toucher, toucher longtemps, glisser, pincer pour zoomer. Exercice avec une "
                    "application de dessin puis avec une photo.</p>"
                ),
                "facilitator_notes": (
                    "Le « toucher longtemps » est le geste le plus difficile : prévoyez du temps. "
                    "Rassurez sur le fait que l'écran ne s'abîme pas."
                ),
            },
            {
                "title": "Pause",
                "duration_minutes": 10,
                "instructions": "<p>Pause café.</p>",
                "facilitator_notes": "Profitez-en pour recharger les tablettes les plus faibles.",
            },
            {
                "title": "Écrire avec le clavier",
                "duration_minutes": 25,
                "instructions": (
                    "<p>Ouvrir l'application Notes, écrire son prénom, une majuscule, un accent, "
                    "effacer, passer aux chiffres.</p>"
                ),
                "facilitator_notes": (
                    "Montrez le « toucher longtemps » sur la lettre e pour obtenir é, è, ê : c'est "
                    "souvent un déclic."
                ),
            },
            {
                "title": "Se connecter au wifi",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Ouvrir les réglages, choisir le réseau de la salle, saisir le mot de passe "
                    "affiché au mur.</p>"
                ),
                "facilitator_notes": (
                    "Expliquez la différence entre wifi et données mobiles avec une image simple : "
                    "la box est comme un robinet dans la maison."
                ),
            },
            {
                "title": "Bilan et suite",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Retour aux envies du tour de table ; remise de la fiche des gestes ; "
                    "présentation de la séance suivante.</p>"
                ),
                "facilitator_notes": (
                    "Terminez sur une réussite : chacun ouvre la météo de sa commune."
                ),
            },
        ],
        "handouts": [
            {
                "document": "fiche-gestes-tablette",
                "title": "Les gestes de la tablette",
                "kind": "participant",
            },
            {
                "document": "guide-animateur-premiers-pas-tablette",
                "title": "Préparer les tablettes",
                "kind": "animateur",
            },
        ],
        "documents": [
            {
                "slug": "fiche-gestes-tablette",
                "title": "Les gestes de la tablette",
                "filename": "fiche-gestes-tablette.pdf",
                "lines": [
                    "Les gestes de la tablette",
                    "TOUCHER : posez le doigt et levez-le aussitôt. Sert à ouvrir une application.",
                    (
                        "TOUCHER LONGTEMPS : laissez le doigt une seconde. Sert à obtenir plus de "
                        "choix."
                    ),
                    "GLISSER : posez le doigt et faites-le glisser. Sert à faire défiler une page.",
                    "PINCER : écartez deux doigts pour agrandir, rapprochez-les pour réduire.",
                    "Le bouton ou le trait en bas de l'écran ramène toujours à l'écran d'accueil.",
                    "La flèche retour revient à l'écran précédent.",
                    "Pour écrire une lettre accentuée, touchez longtemps la lettre sans accent.",
                    "Pour allumer : appuyez 3 secondes sur le bouton du côté.",
                    "Pour mettre en veille : un appui court sur le même bouton.",
                    "Vous ne pouvez rien casser en touchant l'écran. Essayez !",
                    "Mon code de déverrouillage (à garder pour moi) : ____________",
                ],
            },
            {
                "slug": "guide-animateur-premiers-pas-tablette",
                "title": "Préparer les tablettes de l'atelier",
                "filename": "guide-animateur-premiers-pas-tablette.pdf",
                "lines": [
                    "Préparer les tablettes de l'atelier « Premiers pas »",
                    "La veille : charger toutes les tablettes à 100 %.",
                    "Agrandir la taille du texte et des icônes dans les réglages d'affichage.",
                    "Retirer de l'écran d'accueil les applications inutiles pour la séance.",
                    "Placer en premier : Notes, Dessin, Photos, Météo, Navigateur.",
                    "Désactiver les notifications des applications.",
                    "Oublier le réseau wifi de la salle, pour que chacun puisse s'y connecter.",
                    "Afficher au mur le nom du réseau et le mot de passe en gros caractères.",
                    "Prévoir une rallonge multiprise et deux chargeurs de secours.",
                    "Après la séance : effacer les notes et dessins, remettre les réglages.",
                ],
            },
        ],
        "variants": (
            "<p>En séance individuelle à domicile, le même déroulé se fait en une heure sur la "
            "tablette de la personne. Avec un smartphone, ajoutez la séquence « répondre à un "
            "appel » et réduisez le temps consacré au clavier.</p>"
        ),
    },
    {
        "slug": "creer-son-compte-ameli",
        "title": "Créer son compte ameli et activer Mon espace santé",
        "summary": (
            "Un atelier pour créer son compte ameli, télécharger une attestation de droits, suivre "
            "ses remboursements et activer Mon espace santé, avec des conseils pour protéger ses "
            "données de santé."
        ),
        "themes": ["Numérique en santé", "Aide aux démarches administratives"],
        "audiences": ["Adultes", "Seniors & personnes âgées"],
        "tags": ["ameli", "Mon espace santé", "Assurance maladie", "démarches", "santé"],
        "authors": ["Claire Fontaine"],
        "licence": "etalab-2.0",
        "published_days_ago": 188,
        "commune": "Chaumont",
        "departement": "52",
        "pix": ["2.4", "4.2"],
        "level": "debutant",
        "objectives": [
            "Créer son compte ameli avec son numéro de sécurité sociale",
            "Télécharger une attestation de droits",
            "Consulter ses remboursements",
            "Activer Mon espace santé et comprendre qui peut voir ses documents",
        ],
        "group_size_min": 3,
        "group_size_max": 6,
        "prerequisites": (
            "<p>Savoir utiliser un clavier et une souris ou un smartphone. Apporter sa carte "
            "Vitale, son téléphone portable et l'accès à sa messagerie électronique (adresse et "
            "mot de passe).</p>"
        ),
        "equipment": ["Ordinateur", "Téléphone"],
        "body": [
            ("heading", {"text": "Pourquoi cet atelier", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Le compte ameli permet de faire sans se déplacer la plupart des démarches "
                    "courantes auprès de l'Assurance maladie : attestation de droits, suivi des "
                    "remboursements, déclaration de changement de situation, messagerie avec un "
                    "conseiller. Mon espace santé, de son côté, réunit les documents médicaux "
                    "(ordonnances, comptes rendus, résultats d'analyse) et une messagerie "
                    "sécurisée avec les soignants.</p><p>Les deux services sont distincts : "
                    "l'atelier aide à ne pas les confondre. On y parle aussi de ce que la personne "
                    "accepte de partager, et avec qui : Mon espace santé permet de masquer un "
                    "document ou de bloquer l'accès d'un professionnel.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Les faux messages ameli",
                    "text": (
                        "<p>L'Assurance maladie ne demande jamais de coordonnées bancaires par SMS "
                        "ou par e-mail. Profitez de l'atelier pour montrer un exemple "
                        "d'hameçonnage aux couleurs d'ameli.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.ameli.fr/",
                    "title": "ameli.fr",
                    "description": "Le site de l'Assurance maladie.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Accueil et vérification des documents",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Chacun vérifie qu'il a sa carte Vitale, son téléphone et l'accès à sa "
                    "messagerie.</p>"
                ),
                "facilitator_notes": (
                    "Si quelqu'un n'a pas accès à sa messagerie, commencez par là avec lui pendant "
                    "que les autres avancent : sans e-mail, pas de compte."
                ),
            },
            {
                "title": "Ameli ou Mon espace santé ?",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Présentation des deux services avec un schéma : l'un pour les "
                    "remboursements, l'autre pour les documents médicaux.</p>"
                ),
                "facilitator_notes": (
                    "Utilisez l'image du guichet (ameli) et du carnet de santé (Mon espace santé)."
                ),
            },
            {
                "title": "Créer son compte ameli",
                "duration_minutes": 30,
                "instructions": (
                    "<p>Sur ameli.fr, « Créer mon compte » : numéro de sécurité sociale, code "
                    "postal, date de naissance, e-mail, mot de passe. Ou connexion via "
                    "FranceConnect.</p>"
                ),
                "facilitator_notes": (
                    "Le code provisoire peut arriver par courrier si le numéro de carte bancaire "
                    "n'est pas renseigné : prévenez-le et proposez de finir à la séance suivante."
                ),
            },
            {
                "title": "Attestation et remboursements",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Télécharger une attestation de droits en PDF, consulter les derniers "
                    "remboursements.</p>"
                ),
                "facilitator_notes": (
                    "Montrez où le fichier PDF s'enregistre : c'est souvent là que les "
                    "participants se perdent."
                ),
            },
            {
                "title": "Activer Mon espace santé",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Sur monespacesante.fr, saisir le code d'activation reçu ou se connecter "
                    "par carte Vitale ; découvrir les rubriques.</p>"
                ),
                "facilitator_notes": (
                    "Insistez sur les paramètres de confidentialité : masquer un document, voir "
                    "l'historique des accès."
                ),
            },
            {
                "title": "Bilan et sécurité",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Reconnaître un faux message ameli ; noter ses identifiants dans un carnet "
                    "rangé en lieu sûr.</p>"
                ),
                "facilitator_notes": (
                    "Remettez la fiche récapitulative et proposez un rendez-vous individuel à ceux "
                    "qui n'ont pas pu finir."
                ),
            },
        ],
        "handouts": [
            {
                "document": "fiche-compte-ameli",
                "title": "Mon compte ameli pas à pas",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "fiche-compte-ameli",
                "title": "Mon compte ameli pas à pas",
                "filename": "fiche-compte-ameli.pdf",
                "lines": [
                    "Mon compte ameli pas à pas",
                    (
                        "Avant de commencer : carte Vitale, téléphone, adresse e-mail et son mot "
                        "de passe."
                    ),
                    "1. Aller sur www.ameli.fr et choisir « Compte ameli ».",
                    "2. Cliquer sur « Créer mon compte ».",
                    "3. Saisir le numéro de sécurité sociale (13 chiffres) et le code postal.",
                    "4. Choisir un mot de passe de 8 caractères au moins.",
                    "5. Valider le lien reçu par e-mail.",
                    "Autre possibilité : « Se connecter avec FranceConnect ».",
                    "Ce que je peux faire : attestation de droits, remboursements, messagerie.",
                    "Mon espace santé : www.monespacesante.fr, pour mes documents médicaux.",
                    "Je peux masquer un document et voir qui a consulté mon dossier.",
                    "ameli ne demande JAMAIS mes coordonnées bancaires par SMS ou e-mail.",
                    "En cas de doute : appeler le 36 46.",
                    (
                        "Mon identifiant : mon numéro de sécurité sociale. Mot de passe : dans mon "
                        "carnet."
                    ),
                ],
            },
        ],
        "variants": (
            "<p>Pour un public allophone, utilisez le site ameli en anglais et prévoyez un "
            "interprète. En permanence individuelle, l'atelier se fait en 45 minutes sur "
            "smartphone avec l'application ameli.</p>"
        ),
    },
    {
        "slug": "reperer-les-arnaques-en-ligne",
        "title": "Repérer les arnaques en ligne",
        "summary": (
            "Faux SMS de colis, faux conseiller bancaire, fausse boutique : un atelier sous forme "
            "de jeu pour reconnaître les arnaques les plus courantes, savoir réagir et où "
            "signaler. Sans ordinateur obligatoire."
        ),
        "themes": ["Risques cyber et protection", "Navigation sur Internet"],
        "audiences": ["Tous publics", "Seniors & personnes âgées"],
        "tags": ["arnaques", "hameçonnage", "phishing", "sécurité", "cybermalveillance"],
        "authors": ["Karim Haddad", "Nadia Benali"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 27,
        "commune": "Tourcoing",
        "departement": "59",
        "pix": ["4.1", "4.2"],
        "level": "debutant",
        "objectives": [
            "Reconnaître les signes d'un message frauduleux",
            "Vérifier l'adresse d'un site ou d'un expéditeur",
            "Savoir quoi faire après avoir cliqué ou payé",
            "Connaître les services de signalement",
        ],
        "group_size_min": 6,
        "group_size_max": 12,
        "prerequisites": (
            "<p>Aucun. Les participants peuvent venir avec leur téléphone pour vérifier des "
            "messages reçus, mais ce n'est pas obligatoire.</p>"
        ),
        "equipment": ["Téléphone"],
        "body": [
            ("heading", {"text": "Un jeu de cartes « Vrai ou arnaque ? »", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Le cœur de l'atelier est un jeu : vingt cartes reproduisent des SMS, "
                    "e-mails et publicités, certains authentiques, d'autres frauduleux. Par petits "
                    "groupes, les participants les trient et justifient leur choix. La mise en "
                    "commun fait émerger les indices : urgence, menace, faute d'orthographe, "
                    "adresse bizarre, demande de code.</p><p>L'atelier insiste sur un message : "
                    "<b>se faire avoir n'est pas une question d'intelligence</b>. Les escrocs "
                    "jouent sur la fatigue, la peur et l'urgence. On en parle sans honte, et l'on "
                    "repart en sachant quoi faire.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "La règle des trois questions",
                    "text": (
                        "<p>Est-ce que je m'y attendais ? Est-ce qu'on me presse ? Est-ce qu'on me "
                        "demande un code, un paiement ou un mot de passe ? Une seule réponse « oui "
                        "» suffit pour ralentir.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.cybermalveillance.gouv.fr/",
                    "title": "Cybermalveillance.gouv.fr",
                    "description": "Assistance et prévention en cas d'arnaque ou de piratage.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Brise-glace",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Qui a déjà reçu un message bizarre ? Chacun raconte en une phrase.</p>"
                ),
                "facilitator_notes": (
                    "Les témoignages viennent vite : limitez-les pour ne pas épuiser le temps. Ne "
                    "jugez jamais une personne qui a été victime."
                ),
            },
            {
                "title": "Jeu « Vrai ou arnaque ? »",
                "duration_minutes": 25,
                "instructions": (
                    "<p>Par groupes de trois, trier les vingt cartes en deux piles et noter les "
                    "indices repérés.</p>"
                ),
                "facilitator_notes": (
                    "Glissez deux ou trois vrais messages d'organismes officiels : l'objectif est "
                    "d'apprendre à vérifier, pas de tout rejeter."
                ),
            },
            {
                "title": "Mise en commun des indices",
                "duration_minutes": 20,
                "instructions": "<p>Construire au tableau la liste des signes d'alerte.</p>",
                "facilitator_notes": (
                    "Faites ressortir l'urgence et la demande de code comme signaux majeurs, avant "
                    "les fautes d'orthographe qui sont de moins en moins fréquentes."
                ),
            },
            {
                "title": "Vérifier une adresse",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Démonstration sur téléphone : lire un nom de domaine, appuyer longuement "
                    "sur un lien sans l'ouvrir.</p>"
                ),
                "facilitator_notes": (
                    "Utilisez des exemples comme ameli.fr-remboursement.com pour montrer que seul "
                    "ce qui précède le premier « / » compte, en lisant depuis la droite."
                ),
            },
            {
                "title": "Et si je me suis fait avoir ?",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Les bons réflexes : faire opposition, changer ses mots de passe, porter "
                    "plainte, signaler sur 33700 (SMS) ou internet-signalement.gouv.fr.</p>"
                ),
                "facilitator_notes": (
                    "Distribuez la fiche réflexe et faites enregistrer le numéro d'opposition "
                    "bancaire dans les téléphones."
                ),
            },
            {
                "title": "Conclusion",
                "duration_minutes": 5,
                "instructions": "<p>Chacun énonce un conseil qu'il retient.</p>",
                "facilitator_notes": "",
            },
        ],
        "handouts": [
            {
                "document": "fiche-reflexes-arnaques",
                "title": "Fiche réflexes anti-arnaques",
                "kind": "participant",
            },
            {
                "document": "cartes-vrai-ou-arnaque",
                "title": "Jeu de cartes « Vrai ou arnaque ? » (liste)",
                "kind": "animateur",
            },
        ],
        "documents": [
            {
                "slug": "fiche-reflexes-arnaques",
                "title": "Fiche réflexes anti-arnaques",
                "filename": "fiche-reflexes-arnaques.pdf",
                "lines": [
                    "Fiche réflexes anti-arnaques",
                    "Les signes d'alerte :",
                    "- on me presse (« dernier délai », « votre compte sera bloqué »)",
                    (
                        "- on me demande un code reçu par SMS, un mot de passe ou mes coordonnées "
                        "bancaires"
                    ),
                    "- l'adresse du site ou de l'expéditeur est étrange",
                    "- l'offre est trop belle pour être vraie",
                    "Avant de cliquer : je ne clique pas, je vais moi-même sur le site officiel.",
                    (
                        "Ma banque ne me demande jamais de valider une opération que je n'ai pas "
                        "faite."
                    ),
                    (
                        "Si j'ai donné mes coordonnées bancaires : j'appelle ma banque ou le 0 892 "
                        "705 705."
                    ),
                    "Si j'ai donné un mot de passe : je le change tout de suite.",
                    "Je signale un SMS frauduleux en le transférant au 33700.",
                    "Je signale un site ou un message sur www.internet-signalement.gouv.fr.",
                    "Je trouve de l'aide sur www.cybermalveillance.gouv.fr.",
                    "Je porte plainte au commissariat ou à la gendarmerie.",
                ],
            },
            {
                "slug": "cartes-vrai-ou-arnaque",
                "title": "Jeu « Vrai ou arnaque ? » : liste des cartes",
                "filename": "cartes-vrai-ou-arnaque.pdf",
                "lines": [
                    "Jeu « Vrai ou arnaque ? » : liste des cartes et réponses",
                    "1. SMS « Votre colis est en attente, payez 1,99 € de frais » : arnaque.",
                    "2. E-mail des impôts annonçant un remboursement à saisir en ligne : arnaque.",
                    (
                        "3. SMS de votre pharmacie : « votre commande est prête » : vrai (vérifier "
                        "le numéro)."
                    ),
                    (
                        "4. Appel d'un « conseiller bancaire » demandant un code de validation : "
                        "arnaque."
                    ),
                    "5. Notification de l'application ameli pour un nouveau document : vrai.",
                    (
                        "6. Message d'un proche : « j'ai changé de numéro, peux-tu m'envoyer de "
                        "l'argent ? » : arnaque."
                    ),
                    "7. Publicité pour un placement garanti à 15 % par an : arnaque.",
                    (
                        "8. E-mail de la CAF vous invitant à consulter votre espace : vrai, sans "
                        "lien de paiement."
                    ),
                    "9. SMS « Amende impayée, régularisez sous 24 h » : arnaque.",
                    "10. Pop-up « Votre ordinateur est infecté, appelez ce numéro » : arnaque.",
                    "Imprimer chaque carte en couleur, recto seul, format A6.",
                ],
            },
        ],
        "variants": (
            "<p>Pour des collégiens, remplacez les cartes par des arnaques aux jeux vidéo et aux "
            "réseaux sociaux (faux concours, comptes piratés). En format court de 45 minutes, "
            "gardez uniquement le jeu et la fiche réflexes.</p>"
        ),
    },
    {
        "slug": "sauvegarder-ses-photos",
        "title": "Sauvegarder ses photos du téléphone",
        "summary": (
            "Téléphone perdu, cassé, plein ? Cet atelier apprend à trier ses photos, à les copier "
            "sur un ordinateur ou une clé, et à comprendre les sauvegardes en ligne, pour ne plus "
            "risquer de perdre ses souvenirs."
        ),
        "themes": ["Maîtrise des outils numériques", "Données"],
        "audiences": ["Adultes", "Seniors & personnes âgées"],
        "tags": ["photos", "sauvegarde", "smartphone", "stockage", "cloud"],
        "authors": ["Sophie Martin"],
        "licence": "cc-by-4.0",
        "published_days_ago": 350,
        "commune": "Angers",
        "departement": "49",
        "pix": ["1.2", "5.2"],
        "level": "intermediaire",
        "objectives": [
            "Comprendre où sont stockées les photos du téléphone",
            "Transférer ses photos vers un ordinateur ou une clé USB",
            "Connaître les avantages et limites des sauvegardes en ligne",
            "Mettre en place une routine de sauvegarde",
        ],
        "group_size_min": 4,
        "group_size_max": 8,
        "prerequisites": (
            "<p>Savoir prendre une photo et la retrouver dans la galerie de son téléphone. Venir "
            "avec son téléphone chargé et son câble de recharge.</p>"
        ),
        "equipment": ["Téléphone", "Ordinateur"],
        "body": [
            ("heading", {"text": "La règle du 3-2-1", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Une photo n'existe vraiment que si elle est à deux endroits. L'atelier "
                    "présente la règle simple des professionnels : <b>trois copies, sur deux "
                    "supports différents, dont une hors de la maison</b>. Pour un particulier, "
                    "cela peut être : le téléphone, une clé USB ou un disque dur, et un service en "
                    "ligne ou une clé confiée à un proche.</p><p>On compare ensuite les options : "
                    "services des fabricants (Google Photos, iCloud), stockage libre (Nextcloud "
                    "chez un hébergeur associatif), et support physique. Aucun choix n'est imposé "
                    ": chacun repart avec la solution qui lui convient et sait pourquoi.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Synchroniser n'est pas sauvegarder",
                    "text": (
                        "<p>Avec une synchronisation, une photo supprimée sur le téléphone "
                        "disparaît aussi en ligne. Vérifiez toujours ce que fait le service choisi "
                        "avant de vider la galerie.</p>"
                    ),
                },
            ),
        ],
        "run_through": [
            {
                "title": "Pourquoi sauvegarder ?",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Tour de table : qui a déjà perdu des photos ? Combien en avez-vous sur "
                    "votre téléphone ?</p>"
                ),
                "facilitator_notes": (
                    "Faites vérifier le nombre de photos et l'espace occupé dans les réglages : "
                    "les chiffres surprennent souvent."
                ),
            },
            {
                "title": "Trier avant de sauvegarder",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Supprimer doublons, captures d'écran inutiles et photos floues ; vider la "
                    "corbeille de la galerie.</p>"
                ),
                "facilitator_notes": (
                    "Montrez le dossier « Supprimés récemment » qui garde les photos 30 jours."
                ),
            },
            {
                "title": "Copier sur l'ordinateur",
                "duration_minutes": 25,
                "instructions": (
                    "<p>Brancher le téléphone, autoriser le transfert de fichiers, copier le "
                    "dossier DCIM dans un dossier daté.</p>"
                ),
                "facilitator_notes": (
                    "Sur Android, la notification « Recharge via USB » doit être changée en « "
                    "Transfert de fichiers ». Sur iPhone, il faut « Faire confiance à cet "
                    "ordinateur »."
                ),
            },
            {
                "title": "La sauvegarde en ligne",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Comparer les services : gratuité, espace, localisation des données, "
                    "synchronisation ou sauvegarde.</p>"
                ),
                "facilitator_notes": (
                    "Restez neutre sur les marques ; présentez aussi une alternative libre et "
                    "européenne."
                ),
            },
            {
                "title": "Ma routine",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Chacun remplit sa fiche : où, quand, comment je sauvegarde.</p>"
                ),
                "facilitator_notes": (
                    "Suggérez une date fixe, par exemple le premier dimanche du mois."
                ),
            },
        ],
        "handouts": [
            {
                "document": "fiche-sauvegarde-photos",
                "title": "Sauvegarder mes photos : mémo et routine",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "fiche-sauvegarde-photos",
                "title": "Sauvegarder mes photos : mémo et routine",
                "filename": "fiche-sauvegarde-photos.pdf",
                "lines": [
                    "Sauvegarder mes photos : mémo et routine",
                    (
                        "La règle du 3-2-1 : 3 copies, sur 2 supports différents, dont 1 hors de "
                        "chez moi."
                    ),
                    "Vocabulaire :",
                    "- DCIM : le dossier où le téléphone range les photos.",
                    (
                        "- Synchroniser : garder deux endroits identiques (une suppression se "
                        "propage)."
                    ),
                    "- Sauvegarder : garder une copie indépendante.",
                    "Copier sur l'ordinateur (Android) :",
                    "1. Brancher le câble, choisir « Transfert de fichiers ».",
                    "2. Ouvrir le téléphone dans l'explorateur, puis le dossier DCIM.",
                    "3. Copier le dossier dans « Images », le renommer avec la date.",
                    (
                        "Copier sur l'ordinateur (iPhone) : « Faire confiance », puis importer les "
                        "photos."
                    ),
                    "Ma routine : je sauvegarde le ____ de chaque mois, sur ______________.",
                    "Ma copie hors de chez moi : ______________.",
                    "Avant de supprimer du téléphone, je vérifie que la copie s'ouvre.",
                ],
            },
        ],
        "variants": (
            "<p>Pour les familles, ajoutez une séquence sur la création d'un album partagé. Pour "
            "des personnes à l'aise, présentez la sauvegarde automatique vers un Nextcloud "
            "associatif.</p>"
        ),
    },
    {
        "slug": "visioconference-en-famille",
        "title": "La visioconférence en famille",
        "summary": (
            "Appeler ses petits-enfants en vidéo, rejoindre une réunion de famille : un atelier "
            "pour passer un appel vidéo sur téléphone ou tablette, avec WhatsApp ou Jitsi Meet, "
            "régler le son et l'image et inviter plusieurs personnes."
        ),
        "themes": ["Réseaux sociaux & communication", "Maîtrise des outils numériques"],
        "audiences": ["Seniors & personnes âgées", "Tous publics"],
        "tags": ["visioconférence", "Jitsi", "famille", "appel vidéo", "lien social"],
        "authors": ["Élodie Rousseau"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 590,
        "commune": "Limoges",
        "departement": "87",
        "pix": ["2.1"],
        "level": "debutant",
        "objectives": [
            "Passer et recevoir un appel vidéo",
            "Rejoindre une visioconférence à partir d'un lien",
            "Régler micro, caméra et haut-parleur",
        ],
        "group_size_min": 4,
        "group_size_max": 8,
        "prerequisites": (
            "<p>Savoir déverrouiller son téléphone ou sa tablette et ouvrir une application. Un "
            "compte WhatsApp n'est pas nécessaire : on peut découvrir la visio avec Jitsi Meet, "
            "sans inscription.</p>"
        ),
        "equipment": ["Téléphone", "Tablette"],
        "body": [
            ("heading", {"text": "Un atelier qui se vit en appelant", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>On n'apprend bien la visio qu'en la pratiquant. Les participants "
                    "s'appellent entre eux, en binômes répartis aux deux bouts de la salle puis "
                    "dans deux pièces différentes, avant d'appeler, s'ils le souhaitent, un proche "
                    "prévenu à l'avance. L'émotion de voir apparaître un petit-fils à l'écran est "
                    "souvent le meilleur moteur pour la suite.</p><p>L'atelier présente deux "
                    "façons de faire : l'appel vidéo d'une messagerie déjà installée, et la "
                    "visioconférence par lien avec <b>Jitsi Meet</b>, un logiciel libre qui "
                    "fonctionne sans compte, pratique pour les réunions de famille à "
                    "plusieurs.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Prévenir les familles",
                    "text": (
                        "<p>Une semaine avant, proposez aux participants de prévenir un proche qui "
                        "sera disponible à l'heure de l'atelier : l'appel réel en fin de séance "
                        "est un moment fort.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://meet.jit.si/",
                    "title": "Jitsi Meet",
                    "description": "Visioconférence libre et gratuite, sans création de compte.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Accueil",
                "duration_minutes": 10,
                "instructions": (
                    "<p>À qui aimeriez-vous parler en vidéo ? Avez-vous déjà essayé ?</p>"
                ),
                "facilitator_notes": (
                    "Repérez ceux qui ont déjà WhatsApp : ils pourront aider leurs voisins."
                ),
            },
            {
                "title": "Les réglages de l'appel",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Repérer micro, caméra avant et arrière, haut-parleur, bouton raccrocher. "
                    "Vérifier le volume.</p>"
                ),
                "facilitator_notes": (
                    "Faites tenir le téléphone à hauteur des yeux : beaucoup filment leur plafond "
                    "ou leur menton."
                ),
            },
            {
                "title": "Appels en binômes",
                "duration_minutes": 20,
                "instructions": "<p>Appeler son voisin, puis changer de pièce et recommencer.</p>",
                "facilitator_notes": (
                    "L'effet Larsen surprend quand les deux téléphones sont proches : c'est "
                    "l'occasion de l'expliquer."
                ),
            },
            {
                "title": "Rejoindre une visio par lien",
                "duration_minutes": 20,
                "instructions": (
                    "<p>L'animateur envoie un lien Jitsi par SMS ; chacun le rejoint et découvre "
                    "la mosaïque des participants.</p>"
                ),
                "facilitator_notes": (
                    "Installez l'application Jitsi Meet à l'avance ou utilisez le navigateur. "
                    "Donnez un nom de salle facile à dicter."
                ),
            },
            {
                "title": "Appeler un proche",
                "duration_minutes": 15,
                "instructions": "<p>Ceux qui le souhaitent appellent un proche prévenu.</p>",
                "facilitator_notes": (
                    "Prévoyez un coin calme. Pour ceux qui n'ont personne de disponible, "
                    "l'animateur ou un bénévole joue le rôle du proche."
                ),
            },
            {
                "title": "Bilan",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Remise du mémo ; chacun note le nom de la personne qu'il appellera cette "
                    "semaine.</p>"
                ),
                "facilitator_notes": "",
            },
        ],
        "handouts": [
            {
                "document": "memo-visio-famille",
                "title": "Mémo : mon appel vidéo",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "memo-visio-famille",
                "title": "Mémo : mon appel vidéo",
                "filename": "memo-visio-famille.pdf",
                "lines": [
                    "Mémo : mon appel vidéo",
                    (
                        "Avant l'appel : je me mets dans un endroit calme et bien éclairé, face à "
                        "la lumière."
                    ),
                    (
                        "Je tiens le téléphone à la hauteur de mes yeux, ou je le pose contre un "
                        "objet."
                    ),
                    (
                        "Appel avec une messagerie : j'ouvre la conversation, je touche l'icône "
                        "caméra."
                    ),
                    (
                        "Visio avec un lien : je touche le lien reçu, j'autorise le micro et la "
                        "caméra."
                    ),
                    (
                        "Les boutons : micro (couper le son), caméra (couper l'image), combiné "
                        "rouge (raccrocher)."
                    ),
                    "Je ne m'entends pas ? J'augmente le volume avec les boutons sur le côté.",
                    "On ne me voit pas ? Je vérifie que la caméra n'est pas barrée.",
                    "Je me vois à l'envers ? C'est normal, mon correspondant me voit à l'endroit.",
                    "Jitsi Meet : gratuit, sans compte. Adresse : meet.jit.si",
                    "Les personnes que je veux appeler : ____________________",
                ],
            },
        ],
        "variants": (
            "<p>En EHPAD, l'atelier se fait sur une tablette fixée à un support, avec l'aide d'un "
            "soignant et des familles prévenues. Pour des actifs, remplacez l'appel familial par "
            "une réunion professionnelle et le partage d'écran.</p>"
        ),
    },
    {
        "slug": "decouvrir-ia-generative",
        "title": "Découvrir l'intelligence artificielle générative",
        "summary": (
            "Comprendre ce qu'est une IA générative, l'essayer pour reformuler un courrier ou "
            "créer une image, repérer ses erreurs et ses biais, et savoir ce qu'il ne faut pas lui "
            "confier. Un atelier pour démystifier sans fasciner."
        ),
        "themes": ["Intelligence artificielle", "Éducation aux médias"],
        "audiences": ["Adultes", "Tous publics"],
        "tags": [
            "IA",
            "intelligence artificielle",
            "ChatGPT",
            "esprit critique",
            "données personnelles",
        ],
        "authors": ["Thomas Nguyen"],
        "licence": "cc-by-4.0",
        "published_days_ago": 12,
        "commune": "Toulouse",
        "departement": "31",
        "pix": ["1.1", "3.1", "4.2"],
        "level": "intermediaire",
        "objectives": [
            "Expliquer simplement comment fonctionne une IA générative",
            "Rédiger une consigne (prompt) efficace",
            "Repérer une erreur ou une invention de l'IA",
            "Identifier les informations à ne pas partager",
        ],
        "group_size_min": 6,
        "group_size_max": 12,
        "prerequisites": (
            "<p>Savoir naviguer sur Internet et utiliser un clavier. Aucun compte personnel n'est "
            "nécessaire : l'animateur prépare des accès ou utilise un service sans "
            "inscription.</p>"
        ),
        "equipment": ["Ordinateur"],
        "body": [
            ("heading", {"text": "Démystifier sans fasciner", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Les participants arrivent souvent avec des idées opposées : l'IA serait "
                    "une intelligence qui sait tout, ou une menace incompréhensible. L'atelier "
                    "part d'une explication simple : un modèle de langage <b>prédit le mot le plus "
                    "probable</b> après les précédents, à partir d'énormes quantités de textes. Il "
                    "ne « sait » pas, il produit du plausible.</p><p>Les exercices montrent à la "
                    "fois l'utilité réelle (reformuler un courrier, résumer un texte, trouver des "
                    "idées) et les limites : erreurs affirmées avec aplomb, sources inventées, "
                    "stéréotypes dans les images générées. On termine sur la protection des "
                    "données : ce que l'on tape peut être conservé et réutilisé.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Jamais de données personnelles",
                    "text": (
                        "<p>Pendant les exercices, utilisez des textes fictifs. Ne saisissez ni "
                        "nom réel, ni numéro de sécurité sociale, ni information de santé.</p>"
                    ),
                },
            ),
            (
                "document",
                {
                    "document": "memo-ia-generative",
                    "title": "Mémo « Bien utiliser une IA générative »",
                    "description": "Une page recto-verso à remettre en fin d'atelier.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Ce que j'en sais, ce que j'en pense",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Sur un mur, deux colonnes : « l'IA, ça sert à… » et « l'IA, ça m'inquiète "
                    "parce que… ». Post-it individuels.</p>"
                ),
                "facilitator_notes": (
                    "Ne corrigez rien à ce stade. Vous reviendrez au mur en fin de séance."
                ),
            },
            {
                "title": "Comment ça marche ?",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Jeu du mot suivant : compléter collectivement « Le chat est monté sur le… "
                    "». Explication de la prédiction de texte.</p>"
                ),
                "facilitator_notes": (
                    "Évitez le vocabulaire technique ; l'analogie avec la saisie prédictive du "
                    "téléphone parle à tous."
                ),
            },
            {
                "title": "Premiers essais",
                "duration_minutes": 25,
                "instructions": (
                    "<p>En binômes : reformuler un courrier administratif fictif en langage "
                    "simple, puis demander une recette avec les restes du frigo.</p>"
                ),
                "facilitator_notes": (
                    "Faites comparer les réponses entre binômes : elles diffèrent, ce qui montre "
                    "le caractère probabiliste."
                ),
            },
            {
                "title": "Prendre l'IA en défaut",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Poser des questions locales précises (horaires de la médiathèque, "
                    "biographie d'un élu local) et vérifier les réponses.</p>"
                ),
                "facilitator_notes": (
                    "Préparez des questions dont vous connaissez la réponse et qui provoquent "
                    "souvent des inventions."
                ),
            },
            {
                "title": "Images et stéréotypes",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Générer « une personne qui dirige une entreprise », « une personne qui "
                    "fait le ménage » et observer.</p>"
                ),
                "facilitator_notes": (
                    "Amenez la discussion sur les biais des données d'entraînement, sans "
                    "culpabiliser."
                ),
            },
            {
                "title": "Bons usages et bilan",
                "duration_minutes": 10,
                "instructions": "<p>Retour au mur des post-it ; remise du mémo.</p>",
                "facilitator_notes": (
                    "Terminez par l'impact environnemental : une requête d'IA consomme bien plus "
                    "qu'une recherche classique."
                ),
            },
        ],
        "handouts": [
            {
                "document": "memo-ia-generative",
                "title": "Bien utiliser une IA générative",
                "kind": "participant",
            },
            {
                "document": "diaporama-ia-generative",
                "title": "Diaporama de l'atelier (trame)",
                "kind": "diaporama",
            },
        ],
        "documents": [
            {
                "slug": "memo-ia-generative",
                "title": "Bien utiliser une IA générative",
                "filename": "memo-ia-generative.pdf",
                "lines": [
                    "Bien utiliser une IA générative",
                    "Ce que c'est : un programme qui prédit la suite la plus probable d'un texte.",
                    "Ce n'est pas : un moteur de recherche, ni une source fiable.",
                    (
                        "Pour une bonne consigne : le rôle (« tu es… »), la tâche, le public, le "
                        "format."
                    ),
                    (
                        "Exemple : « Reformule ce courrier en phrases courtes pour une personne "
                        "qui lit peu. »"
                    ),
                    "Je vérifie toujours les chiffres, les dates, les noms et les sources.",
                    "Je ne partage jamais : nom, adresse, numéros, santé, informations bancaires.",
                    "Une image peut être générée : je me méfie des photos trop parfaites.",
                    "Les IA reproduisent des stéréotypes présents dans leurs données.",
                    "Chaque requête consomme de l'énergie : je l'utilise quand c'est utile.",
                    "Vocabulaire : prompt = consigne ; hallucination = réponse inventée.",
                ],
            },
            {
                "slug": "diaporama-ia-generative",
                "title": "Trame du diaporama « Découvrir l'IA générative »",
                "filename": "diaporama-ia-generative.pdf",
                "lines": [
                    "Trame du diaporama « Découvrir l'IA générative »",
                    "Diapo 1 : titre, objectifs de la séance.",
                    "Diapo 2 : l'IA dans notre quotidien (GPS, traduction, recommandations).",
                    "Diapo 3 : le jeu du mot suivant.",
                    (
                        "Diapo 4 : un modèle de langage en un schéma : textes, entraînement, "
                        "prédiction."
                    ),
                    "Diapo 5 : exemples d'usages utiles.",
                    "Diapo 6 : exemples d'erreurs (« hallucinations »).",
                    "Diapo 7 : images générées et stéréotypes.",
                    "Diapo 8 : données personnelles, ce qu'on ne tape pas.",
                    "Diapo 9 : impact environnemental.",
                    "Diapo 10 : les cinq règles à retenir.",
                ],
            },
        ],
        "variants": (
            "<p>Pour des professionnels de l'accompagnement, ajoutez une séquence sur l'usage de "
            "l'IA dans les démarches et ses risques pour les usagers. Pour des lycéens, travaillez "
            "sur la détection d'images générées et le plagiat.</p>"
        ),
    },
    {
        "slug": "verifier-une-image-avant-de-la-partager",
        "title": "Vérifier une image avant de la partager",
        "summary": (
            "Photo sortie de son contexte, montage, image générée par IA : un atelier d'éducation "
            "aux médias pour apprendre à retrouver l'origine d'une image par recherche inversée et "
            "à se poser les bonnes questions avant de partager."
        ),
        "themes": ["Éducation aux médias", "Citoyenneté & engagement"],
        "audiences": ["Enfants mineurs", "Adultes"],
        "tags": [
            "désinformation",
            "recherche inversée",
            "image",
            "esprit critique",
            "réseaux sociaux",
        ],
        "authors": ["Sophie Martin", "Mamadou Diallo"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 455,
        "commune": "Besançon",
        "departement": "25",
        "pix": ["1.1", "2.2"],
        "level": "intermediaire",
        "objectives": [
            "Identifier les trois grandes manipulations d'images",
            "Faire une recherche d'image inversée",
            "Repérer les indices d'une image générée par IA",
            "Adopter une routine avant de partager",
        ],
        "group_size_min": 6,
        "group_size_max": 14,
        "prerequisites": (
            "<p>Savoir utiliser un navigateur et enregistrer une image. Pour les jeunes, avoir au "
            "moins 12 ans.</p>"
        ),
        "equipment": ["Ordinateur", "Téléphone"],
        "body": [
            ("heading", {"text": "Trois manipulations à connaître", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La plupart des fausses informations visuelles ne reposent pas sur des "
                    "montages sophistiqués mais sur des images <b>vraies sorties de leur "
                    "contexte</b> : une photo d'inondation d'il y a dix ans présentée comme "
                    "d'hier, une manifestation à l'étranger présentée comme locale. Viennent "
                    "ensuite les <b>retouches et montages</b>, puis les <b>images générées</b> par "
                    "intelligence artificielle, de plus en plus réalistes.</p><p>L'atelier apprend "
                    "une routine en quatre questions (qui publie, quand, où, pourquoi) et un outil "
                    "principal : la recherche d'image inversée, qui retrouve les apparitions plus "
                    "anciennes d'une même image.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Des exemples récents et locaux",
                    "text": (
                        "<p>Choisissez des images qui ont circulé récemment dans votre région : "
                        "l'engagement des participants est bien plus fort qu'avec des exemples "
                        "célèbres.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.clemi.fr/",
                    "title": "CLEMI",
                    "description": "Ressources d'éducation aux médias et à l'information.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Vrai ou faux ?",
                "duration_minutes": 10,
                "instructions": "<p>Projection de six images ; vote à main levée.</p>",
                "facilitator_notes": (
                    "Ne donnez pas les réponses : elles viendront avec la vérification."
                ),
            },
            {
                "title": "Les trois manipulations",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Exemples commentés : hors contexte, montage, image générée.</p>"
                ),
                "facilitator_notes": "Insistez sur le hors-contexte, de loin le plus fréquent.",
            },
            {
                "title": "La recherche inversée",
                "duration_minutes": 25,
                "instructions": (
                    "<p>Démonstration puis pratique sur les six images avec Google Lens, Bing ou "
                    "TinEye ; noter la date de la plus ancienne apparition.</p>"
                ),
                "facilitator_notes": (
                    "Sur téléphone, montrez l'appui long sur l'image. Prévoyez les images en "
                    "fichiers sur une clé pour les postes."
                ),
            },
            {
                "title": "Indices d'une image générée",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Observer mains, textes, reflets, arrière-plans ; chercher la source de "
                    "publication.</p>"
                ),
                "facilitator_notes": (
                    "Précisez que ces indices disparaissent peu à peu : la vérification de la "
                    "source reste la méthode la plus sûre."
                ),
            },
            {
                "title": "Ma routine avant de partager",
                "duration_minutes": 10,
                "instructions": "<p>Construire collectivement la liste des quatre questions.</p>",
                "facilitator_notes": "Faites photographier la liste par les participants.",
            },
            {
                "title": "Conclusion",
                "duration_minutes": 5,
                "instructions": "<p>Retour au vote initial : qui a changé d'avis ?</p>",
                "facilitator_notes": "",
            },
        ],
        "handouts": [
            {
                "document": "fiche-verifier-image",
                "title": "Vérifier une image en 4 questions",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "fiche-verifier-image",
                "title": "Vérifier une image en 4 questions",
                "filename": "fiche-verifier-image.pdf",
                "lines": [
                    "Vérifier une image en 4 questions",
                    "1. QUI publie ? Un média connu, un compte anonyme, un compte créé récemment ?",
                    "2. QUAND ? L'image existait-elle avant l'événement ? (recherche inversée)",
                    (
                        "3. OÙ ? Les panneaux, la végétation, la météo correspondent-ils au lieu "
                        "annoncé ?"
                    ),
                    (
                        "4. POURQUOI ? Cherche-t-on à me faire réagir vite (colère, peur, "
                        "indignation) ?"
                    ),
                    (
                        "Recherche inversée sur ordinateur : glisser l'image dans "
                        "images.google.com ou tineye.com."
                    ),
                    (
                        "Recherche inversée sur téléphone : appui long sur l'image, puis « "
                        "Rechercher l'image »."
                    ),
                    (
                        "Indices d'image générée : mains déformées, textes illisibles, reflets "
                        "incohérents."
                    ),
                    "Vocabulaire : hors contexte = vraie image, fausse légende.",
                    (
                        "Vocabulaire : deepfake = vidéo ou image truquée par intelligence "
                        "artificielle."
                    ),
                    "Dans le doute, je ne partage pas.",
                ],
            },
        ],
        "variants": (
            "<p>Avec des lycéens, prolongez par la production d'une courte vidéo expliquant une "
            "vérification. Avec des seniors, concentrez-vous sur les images reçues par messagerie "
            "et sur le téléphone.</p>"
        ),
    },
    {
        "slug": "scratch-pour-les-8-12-ans",
        "title": "Créer son premier jeu avec Scratch (8–12 ans)",
        "summary": (
            "En deux heures, des enfants de 8 à 12 ans créent un petit jeu d'attrape avec Scratch "
            ": lutins, déplacements au clavier, score et son. Un atelier clé en main pour "
            "médiathèques, centres de loisirs et fablabs."
        ),
        "themes": ["Code & programmation", "Loisirs et créations numériques"],
        "audiences": ["Enfants mineurs"],
        "tags": ["Scratch", "code", "enfants", "jeu vidéo", "programmation"],
        "authors": ["Thomas Nguyen", "Julien Le Goff"],
        "licence": "cc0-1.0",
        "published_days_ago": 640,
        "commune": "Saint-Pierre",
        "departement": "974",
        "pix": ["3.4"],
        "level": "debutant",
        "objectives": [
            "Comprendre ce qu'est un programme : une suite d'instructions",
            "Utiliser les événements, les boucles et les conditions",
            "Créer et modifier une variable (score)",
            "Présenter sa création aux autres",
        ],
        "group_size_min": 6,
        "group_size_max": 12,
        "prerequisites": (
            "<p>Savoir lire et utiliser une souris. Aucune connaissance en programmation n'est "
            "nécessaire.</p>"
        ),
        "equipment": ["Ordinateur"],
        "body": [
            ("heading", {"text": "Un jeu d'attrape en cinq étapes", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Les enfants programment un chat qui se déplace avec les flèches du clavier "
                    "et doit attraper des pommes qui tombent du ciel. Chaque étape ajoute une "
                    "notion : un <b>événement</b> (quand la flèche est pressée), une <b>boucle</b> "
                    "(répéter indéfiniment), une <b>condition</b> (si la pomme touche le chat), "
                    "une <b>variable</b> (le score), puis une touche personnelle (son, décor, "
                    "niveau de difficulté).</p><p>Scratch est gratuit et fonctionne dans le "
                    "navigateur ; la version hors ligne est utile quand la connexion est fragile. "
                    "Les enfants travaillent en binômes, avec un « pilote » à la souris et un « "
                    "copilote » qui lit la fiche, en inversant les rôles à chaque étape.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Le droit à l'erreur",
                    "text": (
                        "<p>Quand un programme ne marche pas, on dit qu'il y a un « bug » et on le "
                        "cherche ensemble. Valorisez les enfants qui trouvent les bugs des "
                        "autres.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://scratch.mit.edu/",
                    "title": "Scratch",
                    "description": (
                        "Le site officiel, avec l'éditeur en ligne et la version hors ligne."
                    ),
                },
            ),
        ],
        "run_through": [
            {
                "title": "Le robot humain",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Un enfant joue le robot, les autres lui donnent des instructions pour "
                    "aller chercher un objet dans la salle.</p>"
                ),
                "facilitator_notes": (
                    "Faites ressortir qu'il faut des instructions précises et dans le bon ordre : "
                    "c'est exactement ce qu'est un programme."
                ),
            },
            {
                "title": "Découverte de Scratch",
                "duration_minutes": 15,
                "instructions": (
                    "<p>La scène, les lutins, les catégories de blocs ; faire avancer le chat de "
                    "10 pas.</p>"
                ),
                "facilitator_notes": (
                    "Projetez votre écran et avancez au même rythme que les enfants."
                ),
            },
            {
                "title": "Déplacer le chat au clavier",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Événements « quand la touche flèche droite est pressée », changement "
                    "d'abscisse.</p>"
                ),
                "facilitator_notes": (
                    "Laissez les enfants trouver seuls la flèche gauche par analogie."
                ),
            },
            {
                "title": "Faire tomber la pomme",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Boucle « répéter indéfiniment », position aléatoire, condition « si touche "
                    "le chat ».</p>"
                ),
                "facilitator_notes": (
                    "C'est l'étape la plus difficile : circulez et aidez par des questions plutôt "
                    "qu'en prenant la souris."
                ),
            },
            {
                "title": "Pause goûter",
                "duration_minutes": 10,
                "instructions": "<p>Pause.</p>",
                "facilitator_notes": "Enregistrez les projets sur chaque poste pendant la pause.",
            },
            {
                "title": "Le score et la touche perso",
                "duration_minutes": 25,
                "instructions": (
                    "<p>Créer la variable score ; ajouter un son, un décor ou un deuxième objet à "
                    "attraper.</p>"
                ),
                "facilitator_notes": (
                    "Les plus rapides peuvent ajouter un chronomètre ou un objet à éviter."
                ),
            },
            {
                "title": "Galerie des jeux",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Chaque binôme présente son jeu ; tout le monde joue aux jeux des "
                    "autres.</p>"
                ),
                "facilitator_notes": "Invitez les parents à ce moment-là si possible.",
            },
        ],
        "handouts": [
            {
                "document": "fiche-scratch-jeu-attrape",
                "title": "Fiche défi : le jeu d'attrape",
                "kind": "participant",
            },
            {
                "document": "guide-animateur-scratch",
                "title": "Notes pour l'animateur",
                "kind": "animateur",
            },
        ],
        "documents": [
            {
                "slug": "fiche-scratch-jeu-attrape",
                "title": "Fiche défi : le jeu d'attrape",
                "filename": "fiche-scratch-jeu-attrape.pdf",
                "lines": [
                    "Fiche défi : le jeu d'attrape avec Scratch",
                    "Étape 1 : quand la flèche droite est pressée, ajouter 10 à x.",
                    "Étape 2 : quand la flèche gauche est pressée, ajouter -10 à x.",
                    "Étape 3 : ajoute le lutin Pomme (bouton « Choisir un lutin »).",
                    (
                        "Étape 4 : quand le drapeau vert est cliqué, aller à x : nombre aléatoire, "
                        "y : 180."
                    ),
                    "Étape 5 : répéter indéfiniment : ajouter -5 à y.",
                    (
                        "Étape 6 : si la pomme touche le chat, ajouter 1 au score et remonter la "
                        "pomme."
                    ),
                    "Étape 7 : si la pomme touche le bas, la remonter aussi.",
                    "Défi bonus : ajoute un son quand tu attrapes la pomme.",
                    "Défi bonus : ajoute une bombe à éviter qui enlève un point.",
                    "Vocabulaire : lutin = personnage ; script = suite de blocs ; bug = erreur.",
                    (
                        "Pilote : je tiens la souris. Copilote : je lis la fiche. On change à "
                        "chaque étape !"
                    ),
                ],
            },
            {
                "slug": "guide-animateur-scratch",
                "title": "Notes pour l'animateur : Scratch 8–12 ans",
                "filename": "guide-animateur-scratch.pdf",
                "lines": [
                    "Notes pour l'animateur : Scratch 8–12 ans",
                    "Installer Scratch hors ligne sur chaque poste si la connexion est incertaine.",
                    "Passer l'interface en français (icône globe).",
                    "Préparer un projet corrigé pour les enfants en difficulté.",
                    (
                        "Enregistrer les projets sur le poste : Fichier, Sauvegarder sur votre "
                        "ordinateur."
                    ),
                    (
                        "Ne pas créer de comptes Scratch pour les moins de 13 ans sans accord "
                        "parental."
                    ),
                    "Former des binômes mixtes et de niveaux proches.",
                    (
                        "Questions utiles : « Que fait ce bloc ? », « Que se passe-t-il si tu "
                        "changes ce nombre ? »"
                    ),
                    "Prévoir des clés USB ou un envoi aux parents pour emporter le jeu.",
                ],
            },
        ],
        "variants": (
            "<p>Pour les 6–8 ans, utilisez ScratchJr sur tablette. Pour un cycle de cinq séances, "
            "ajoutez des niveaux, un menu et un écran de fin, puis une séance de présentation aux "
            "familles.</p>"
        ),
    },
    {
        "slug": "reduire-son-empreinte-numerique",
        "title": "Réduire son empreinte numérique au quotidien",
        "summary": (
            "D'où vient l'impact environnemental du numérique ? Un atelier participatif pour "
            "estimer l'empreinte de ses équipements et usages, découvrir les gestes qui comptent "
            "vraiment et repartir avec trois engagements personnels."
        ),
        "themes": ["Sobriété numérique", "Usages responsables du numérique"],
        "audiences": ["Tous publics", "Adultes"],
        "tags": ["sobriété", "environnement", "empreinte carbone", "équipements", "reconditionné"],
        "authors": ["Amandine Lefèvre"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 230,
        "commune": "Lille",
        "departement": "59",
        "pix": ["4.3"],
        "level": "debutant",
        "objectives": [
            "Savoir que la fabrication des équipements pèse le plus lourd",
            "Hiérarchiser les gestes selon leur impact réel",
            "Choisir trois engagements adaptés à sa situation",
        ],
        "group_size_min": 6,
        "group_size_max": 16,
        "prerequisites": (
            "<p>Aucun. Les participants peuvent venir avec leur téléphone pour consulter leurs "
            "propres réglages.</p>"
        ),
        "equipment": ["Téléphone"],
        "body": [
            ("heading", {"text": "Corriger les idées reçues", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Beaucoup de participants pensent que supprimer leurs e-mails est le geste "
                    "le plus efficace. En réalité, en France, l'essentiel de l'empreinte carbone "
                    "du numérique vient de la <b>fabrication des équipements</b> : extraction des "
                    "métaux, production des composants, transport. Garder son téléphone deux ans "
                    "de plus a bien plus d'effet que vider sa boîte de réception.</p><p>L'atelier "
                    "s'appuie sur un jeu de classement : les participants ordonnent une quinzaine "
                    "de gestes du plus au moins efficace, puis comparent avec les ordres de "
                    "grandeur issus des études de l'ADEME et de l'Arcep. Le ton n'est jamais "
                    "culpabilisant : on cherche des gestes faisables, et l'on parle aussi des "
                    "choix collectifs.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Des objets à manipuler",
                    "text": (
                        "<p>Apportez un smartphone démonté ou une carte électronique : voir et "
                        "toucher les composants rend concret ce qu'est la fabrication.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://librairie.ademe.fr/",
                    "title": "Ressources de l'ADEME",
                    "description": "Guides et études sur l'impact environnemental du numérique.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Mon numérique en objets",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Chacun compte ses équipements numériques à la maison (téléphones, box, "
                    "écrans, consoles…).</p>"
                ),
                "facilitator_notes": (
                    "Additionnez au tableau : le total du groupe frappe souvent les esprits."
                ),
            },
            {
                "title": "Le cycle de vie d'un smartphone",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Reconstituer les étapes avec des cartes : extraction, fabrication, "
                    "transport, usage, fin de vie.</p>"
                ),
                "facilitator_notes": (
                    "Faites deviner quelle étape pèse le plus ; la réponse « fabrication » "
                    "surprend."
                ),
            },
            {
                "title": "Le jeu du classement des gestes",
                "duration_minutes": 25,
                "instructions": (
                    "<p>Par groupes, classer quinze gestes du plus au moins efficace, puis "
                    "comparer avec la correction.</p>"
                ),
                "facilitator_notes": (
                    "Acceptez les débats : certains gestes dépendent de la situation (vidéo en "
                    "wifi ou en 4G, par exemple)."
                ),
            },
            {
                "title": "Réglages pratiques",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Sur son téléphone : vérifier l'état de la batterie, désactiver la lecture "
                    "automatique des vidéos, baisser la qualité vidéo en 4G.</p>"
                ),
                "facilitator_notes": (
                    "Montrez aussi où trouver un réparateur labellisé et le bonus réparation."
                ),
            },
            {
                "title": "Mes trois engagements",
                "duration_minutes": 10,
                "instructions": "<p>Chacun choisit trois gestes et les note sur sa fiche.</p>",
                "facilitator_notes": (
                    "Proposez de reprendre contact dans un mois pour faire le point."
                ),
            },
        ],
        "handouts": [
            {
                "document": "fiche-gestes-sobriete",
                "title": "Les gestes qui comptent",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "fiche-gestes-sobriete",
                "title": "Les gestes qui comptent",
                "filename": "fiche-gestes-sobriete.pdf",
                "lines": [
                    "Les gestes qui comptent pour réduire mon empreinte numérique",
                    "Le plus efficace : garder mes équipements plus longtemps.",
                    "Faire réparer : écran, batterie. Le bonus réparation réduit la facture.",
                    "Acheter reconditionné plutôt que neuf.",
                    "Donner ou vendre les appareils qui dorment dans les tiroirs.",
                    "Éviter les objets connectés dont je n'ai pas vraiment besoin.",
                    "Préférer le wifi à la 4G/5G pour regarder des vidéos.",
                    "Baisser la qualité vidéo sur un petit écran.",
                    (
                        "Éteindre la box la nuit ou pendant les absences (si elle n'assure pas le "
                        "téléphone)."
                    ),
                    "Désactiver la lecture automatique des vidéos.",
                    "Vocabulaire : cycle de vie = toutes les étapes, de la mine au recyclage.",
                    "Mes trois engagements :",
                    "1. ____________________",
                    "2. ____________________",
                    "3. ____________________",
                ],
            },
        ],
        "variants": (
            "<p>En entreprise ou en collectivité, ajoutez une séquence sur les achats et la durée "
            "de renouvellement du parc. Pour des enfants, remplacez le jeu de classement par un "
            "jeu de piste sur le cycle de vie.</p>"
        ),
    },
    {
        "slug": "candidater-en-ligne",
        "title": "Candidater à une offre d'emploi en ligne",
        "summary": (
            "Trouver une offre, adapter son CV, écrire un message d'accompagnement et envoyer sa "
            "candidature par e-mail ou via un site d'emploi. Un atelier concret où chacun repart "
            "avec une candidature réellement envoyée."
        ),
        "themes": ["Emploi & entrepreneuriat", "Maîtrise des outils numériques"],
        "audiences": ["Personnes en insertion sociale ou professionnelle", "Adultes"],
        "tags": ["emploi", "candidature", "CV", "e-mail", "France Travail"],
        "authors": ["Amandine Lefèvre", "Mamadou Diallo"],
        "licence": "etalab-2.0",
        "published_days_ago": 86,
        "commune": "Saint-Étienne",
        "departement": "42",
        "pix": ["2.4", "3.1", "1.1"],
        "level": "intermediaire",
        "objectives": [
            "Rechercher une offre avec des filtres pertinents",
            "Enregistrer son CV en PDF avec un nom de fichier clair",
            "Rédiger un message d'accompagnement court",
            "Envoyer une candidature avec pièce jointe",
        ],
        "group_size_min": 4,
        "group_size_max": 8,
        "prerequisites": (
            "<p>Avoir une adresse e-mail fonctionnelle dont on connaît le mot de passe et un CV "
            "(papier ou numérique). Savoir utiliser un clavier et une souris.</p>"
        ),
        "equipment": ["Ordinateur"],
        "body": [
            ("heading", {"text": "Repartir avec une candidature envoyée", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Cet atelier n'est pas un cours sur le CV : c'est une séance de travail où "
                    "chacun candidate pour de vrai à une offre qui l'intéresse. L'animateur montre "
                    "chaque étape sur grand écran, puis les participants la réalisent sur leur "
                    "propre dossier. Les erreurs fréquentes sont traitées au passage : CV nommé « "
                    "document1.docx », e-mail sans objet, pièce jointe oubliée, adresse e-mail "
                    "fantaisiste.</p><p>On utilise le site de France Travail pour la recherche "
                    "d'offres, et un traitement de texte (LibreOffice Writer ou celui déjà "
                    "installé) pour exporter le CV en PDF.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Le nom du fichier compte",
                    "text": (
                        "<p>« CV-Prenom-Nom-Cariste.pdf » : le recruteur retrouve le fichier, et "
                        "le candidat aussi.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.francetravail.fr/",
                    "title": "France Travail",
                    "description": "Offres d'emploi et espace candidat.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Accueil et projets",
                "duration_minutes": 10,
                "instructions": "<p>Chacun présente le métier recherché et l'état de son CV.</p>",
                "facilitator_notes": (
                    "Repérez ceux qui n'ont pas de CV numérique : ils commenceront par le saisir à "
                    "partir d'un modèle."
                ),
            },
            {
                "title": "Chercher une offre",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Sur francetravail.fr : mots-clés, lieu, rayon, type de contrat ; "
                    "enregistrer une alerte.</p>"
                ),
                "facilitator_notes": (
                    "Conseillez d'essayer plusieurs intitulés pour un même métier (agent "
                    "d'entretien, agent de propreté…)."
                ),
            },
            {
                "title": "Adapter et enregistrer son CV",
                "duration_minutes": 30,
                "instructions": (
                    "<p>Mettre en avant deux compétences demandées dans l'offre ; exporter en PDF "
                    "avec un nom clair.</p>"
                ),
                "facilitator_notes": (
                    "Montrez où le fichier est enregistré et comment le retrouver avant de "
                    "l'envoyer."
                ),
            },
            {
                "title": "Le message d'accompagnement",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Objet précis, formule de politesse, trois phrases : le poste, pourquoi "
                    "moi, ma disponibilité.</p>"
                ),
                "facilitator_notes": (
                    "Proposez le modèle de la fiche ; encouragez la personnalisation d'une phrase "
                    "au moins."
                ),
            },
            {
                "title": "Envoyer la candidature",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Joindre le CV, relire, envoyer ; ou postuler via le formulaire du site.</p>"
                ),
                "facilitator_notes": (
                    "Faites envoyer d'abord un e-mail test à l'animateur pour vérifier la pièce "
                    "jointe."
                ),
            },
            {
                "title": "Suivre ses candidatures",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Tableau de suivi : date, entreprise, poste, relance prévue.</p>"
                ),
                "facilitator_notes": "Félicitez chaque envoi : c'est une vraie étape.",
            },
        ],
        "handouts": [
            {
                "document": "fiche-candidater-en-ligne",
                "title": "Ma candidature en ligne : check-list",
                "kind": "participant",
            },
            {
                "document": "tableau-suivi-candidatures",
                "title": "Tableau de suivi des candidatures",
                "kind": "autre",
            },
        ],
        "documents": [
            {
                "slug": "fiche-candidater-en-ligne",
                "title": "Ma candidature en ligne : check-list",
                "filename": "fiche-candidater-en-ligne.pdf",
                "lines": [
                    "Ma candidature en ligne : check-list",
                    "[ ] Mon adresse e-mail est sérieuse (prenom.nom@…).",
                    "[ ] Mon CV met en avant 2 compétences demandées dans l'offre.",
                    "[ ] Mon CV est en PDF et s'appelle CV-Prenom-Nom-Metier.pdf.",
                    "[ ] L'objet de mon e-mail reprend l'intitulé et la référence de l'offre.",
                    "[ ] Mon message commence par « Madame, Monsieur, ».",
                    "[ ] Trois phrases : le poste visé, ce que j'apporte, mes disponibilités.",
                    "[ ] Je termine par une formule de politesse et mon numéro de téléphone.",
                    "[ ] Mon CV est bien en pièce jointe (trombone).",
                    "[ ] J'ai relu avant d'envoyer.",
                    "Exemple d'objet : Candidature – Agent d'entretien – Offre n° 123ABC",
                    (
                        "Je note ma candidature dans mon tableau de suivi et je relance après 10 "
                        "jours."
                    ),
                ],
            },
            {
                "slug": "tableau-suivi-candidatures",
                "title": "Tableau de suivi des candidatures",
                "filename": "tableau-suivi-candidatures.pdf",
                "lines": [
                    "Tableau de suivi de mes candidatures",
                    (
                        "Date | Entreprise | Poste | Comment (e-mail, site, sur place) | Relance "
                        "le | Réponse"
                    ),
                    (
                        "____ | __________ | _____ | _________________________________ | _________ "
                        "| _______"
                    ),
                    (
                        "____ | __________ | _____ | _________________________________ | _________ "
                        "| _______"
                    ),
                    (
                        "____ | __________ | _____ | _________________________________ | _________ "
                        "| _______"
                    ),
                    (
                        "____ | __________ | _____ | _________________________________ | _________ "
                        "| _______"
                    ),
                    (
                        "____ | __________ | _____ | _________________________________ | _________ "
                        "| _______"
                    ),
                    "Conseil : relancer par e-mail ou téléphone 10 jours après l'envoi.",
                ],
            },
        ],
        "variants": (
            "<p>Version smartphone pour les publics sans ordinateur : CV créé avec l'application "
            "France Travail et envoyé depuis la messagerie du téléphone. Pour les jeunes, utilisez "
            "la plateforme 1jeune1solution.</p>"
        ),
    },
    {
        "slug": "parametrer-confidentialite-reseaux-sociaux",
        "title": "Paramétrer la confidentialité de ses réseaux sociaux",
        "summary": (
            "Qui voit mes publications, mes photos, ma liste d'amis ? Un atelier pour passer en "
            "revue, réglage par réglage, la confidentialité de Facebook, Instagram et WhatsApp, et "
            "comprendre ce que l'on partage sans le savoir."
        ),
        "themes": ["Réseaux sociaux & communication", "Risques cyber et protection"],
        "audiences": ["Adultes", "Parents"],
        "tags": ["réseaux sociaux", "confidentialité", "vie privée", "Facebook", "Instagram"],
        "authors": ["Nadia Benali"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 320,
        "commune": "Marseille",
        "departement": "13",
        "pix": ["4.2", "2.2"],
        "level": "intermediaire",
        "objectives": [
            "Voir son profil tel que le voit un inconnu",
            "Restreindre la visibilité des publications et des informations personnelles",
            "Maîtriser les identifications et la localisation",
            "Savoir bloquer et signaler un compte",
        ],
        "group_size_min": 4,
        "group_size_max": 10,
        "prerequisites": (
            "<p>Avoir un compte sur au moins un réseau social et connaître son mot de passe. Venir "
            "avec son téléphone chargé.</p>"
        ),
        "equipment": ["Téléphone"],
        "body": [
            ("heading", {"text": "Regarder son profil avec les yeux d'un inconnu", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La plupart des réseaux sociaux proposent un aperçu « en tant que public ». "
                    "C'est le point de départ de l'atelier : chacun découvre ce qu'un inconnu peut "
                    "voir de lui — ville, employeur, photos d'enfants, liste d'amis. Le choc est "
                    "souvent salutaire et motive la suite.</p><p>On passe ensuite en revue les "
                    "réglages essentiels, réseau par réseau, à partir d'une fiche à cocher. Les "
                    "menus changent souvent : l'animateur vérifie les chemins la veille et "
                    "s'appuie sur la logique (« chercher Confidentialité dans les paramètres ») "
                    "plutôt que sur des captures d'écran qui vieillissent vite.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Les photos d'enfants",
                    "text": (
                        "<p>Abordez avec tact la publication de photos d'enfants : sans "
                        "culpabiliser, expliquez qu'elles peuvent être copiées et conservées, et "
                        "que les enfants ont leur mot à dire.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.cnil.fr/fr/reseaux-sociaux",
                    "title": "CNIL : réseaux sociaux",
                    "description": (
                        "Conseils pour maîtriser ses informations sur les réseaux sociaux."
                    ),
                },
            ),
        ],
        "run_through": [
            {
                "title": "Ce que je montre sans le savoir",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Afficher son profil en mode public ; noter trois informations visibles "
                    "qu'on ne souhaitait pas montrer.</p>"
                ),
                "facilitator_notes": (
                    "Ne demandez jamais à voir le profil d'un participant : chacun travaille sur "
                    "son propre écran."
                ),
            },
            {
                "title": "Publications et audience",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Régler l'audience par défaut (amis), limiter les anciennes publications, "
                    "masquer la liste d'amis.</p>"
                ),
                "facilitator_notes": (
                    "Expliquez la différence entre « amis » et « amis d'amis », souvent mal "
                    "comprise."
                ),
            },
            {
                "title": "Identifications et localisation",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Valider les identifications avant publication ; désactiver la localisation "
                    "des photos.</p>"
                ),
                "facilitator_notes": (
                    "Montrez qu'une photo peut contenir les coordonnées GPS du lieu de prise de "
                    "vue."
                ),
            },
            {
                "title": "WhatsApp et messageries",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Photo de profil, « vu à », statut, ajout aux groupes : choisir qui peut "
                    "voir et qui peut ajouter.</p>"
                ),
                "facilitator_notes": (
                    "Le réglage des groupes évite d'être ajouté à des groupes d'arnaque."
                ),
            },
            {
                "title": "Bloquer, signaler, se protéger",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Bloquer un compte, signaler un contenu, activer la double "
                    "authentification.</p>"
                ),
                "facilitator_notes": "Mentionnez le 3018 pour le cyberharcèlement des jeunes.",
            },
            {
                "title": "Bilan",
                "duration_minutes": 10,
                "instructions": "<p>Chacun refait l'aperçu public et compare avec le début.</p>",
                "facilitator_notes": "",
            },
        ],
        "handouts": [
            {
                "document": "checklist-confidentialite-reseaux",
                "title": "Check-list confidentialité",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "checklist-confidentialite-reseaux",
                "title": "Check-list confidentialité des réseaux sociaux",
                "filename": "checklist-confidentialite-reseaux.pdf",
                "lines": [
                    "Check-list confidentialité des réseaux sociaux",
                    "[ ] J'ai regardé mon profil « en tant que public ».",
                    "[ ] Mes futures publications sont visibles par mes amis seulement.",
                    "[ ] J'ai limité la visibilité de mes anciennes publications.",
                    "[ ] Ma liste d'amis n'est pas publique.",
                    "[ ] Ma date de naissance, mon téléphone et mon adresse sont masqués.",
                    "[ ] Je valide les identifications avant qu'elles apparaissent.",
                    "[ ] La localisation de mes photos est désactivée.",
                    "[ ] WhatsApp : seuls mes contacts peuvent m'ajouter à un groupe.",
                    "[ ] J'ai activé la double authentification.",
                    "Où chercher : Paramètres, puis Confidentialité (ou Vie privée).",
                    "Bloquer : je vais sur le profil, je touche « … » puis « Bloquer ».",
                    "Cyberharcèlement d'un jeune : appeler le 3018 (gratuit, anonyme).",
                ],
            },
        ],
        "variants": (
            "<p>Pour des adolescents, travaillez sur Snapchat et TikTok, avec une séquence sur "
            "l'e-réputation. Pour des parents, ajoutez le contrôle des comptes de leurs "
            "enfants.</p>"
        ),
    },
    {
        "slug": "traduire-courrier-administratif-telephone",
        "title": "Traduire un courrier administratif avec son téléphone",
        "summary": (
            "Comprendre un courrier de la CAF ou de la préfecture grâce à la traduction par photo, "
            "dans sa langue. Un atelier pour personnes allophones, avec interprète si possible, "
            "qui apprend aussi les limites de ces outils."
        ),
        "themes": ["Aide aux démarches administratives", "Maîtrise des outils numériques"],
        "audiences": [
            "Personnes allophones, réfugiées ou demandeuses d'asile",
            "Personnes en situation d'illettrisme",
        ],
        "tags": ["traduction", "allophones", "courrier", "smartphone", "FLE"],
        "authors": ["Mamadou Diallo"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 140,
        "commune": "Strasbourg",
        "departement": "67",
        "pix": ["1.1", "2.1"],
        "level": "debutant",
        "objectives": [
            "Traduire un texte photographié avec une application",
            "Écouter un texte traduit à voix haute",
            "Repérer les informations clés d'un courrier : expéditeur, date, montant, délai",
            "Savoir quand demander l'aide d'une personne",
        ],
        "group_size_min": 3,
        "group_size_max": 8,
        "prerequisites": (
            "<p>Avoir un smartphone avec appareil photo. Aucune maîtrise du français écrit n'est "
            "nécessaire. Si possible, venir avec un courrier reçu (il ne sera pas photographié par "
            "l'animateur).</p>"
        ),
        "equipment": ["Téléphone"],
        "body": [
            ("heading", {"text": "Comprendre avant d'agir", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Recevoir un courrier officiel qu'on ne peut pas lire est une source "
                    "d'angoisse. Les applications de traduction par photo (Google Traduction, "
                    "Microsoft Translator et d'autres) permettent d'obtenir en quelques secondes "
                    "une traduction approximative dans sa langue, et même de l'écouter à voix "
                    "haute pour les personnes qui lisent peu.</p><p>L'atelier s'appuie sur des "
                    "<b>courriers fictifs</b> réalistes (CAF, bailleur, école, préfecture). On "
                    "apprend à cadrer la photo, à choisir la langue, à écouter la traduction, puis "
                    "à repérer quatre informations clés. On montre aussi les erreurs des "
                    "traducteurs automatiques sur le vocabulaire administratif : « avis d'échéance "
                    "», « pièce justificative », « recours ».</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Les limites",
                    "text": (
                        "<p>Pour une décision importante (refus, expulsion, obligation de quitter "
                        "le territoire), la traduction automatique ne suffit pas : il faut l'aide "
                        "d'un professionnel ou d'une association.</p>"
                    ),
                },
            ),
        ],
        "run_through": [
            {
                "title": "Accueil multilingue",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Chacun dit bonjour dans sa langue ; on note les langues présentes.</p>"
                ),
                "facilitator_notes": (
                    "Utilisez des pictogrammes et des gestes. Associez les participants qui "
                    "partagent une langue."
                ),
            },
            {
                "title": "Installer et régler l'application",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Installer l'application, choisir « français » vers sa langue, télécharger "
                    "la langue hors ligne.</p>"
                ),
                "facilitator_notes": (
                    "Certaines langues (tigrigna, pachto) ne sont pas disponibles partout : "
                    "vérifiez à l'avance et prévoyez une langue relais."
                ),
            },
            {
                "title": "Traduire une photo",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Sur un courrier fictif : cadrer, photographier, lire la traduction, "
                    "l'écouter.</p>"
                ),
                "facilitator_notes": (
                    "Montrez comment sélectionner une seule phrase pour une traduction plus juste."
                ),
            },
            {
                "title": "Les quatre informations clés",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Qui écrit ? Quelle date ? Quel montant ? Quel délai ou quelle action ? "
                    "Entourer sur le courrier.</p>"
                ),
                "facilitator_notes": (
                    "Distribuez la fiche avec les pictogrammes : elle reste utile sans "
                    "l'application."
                ),
            },
            {
                "title": "Quand demander de l'aide",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Exemples de courriers urgents ; où trouver une permanence d'aide.</p>"
                ),
                "facilitator_notes": (
                    "Donnez les adresses locales : France Services, permanences associatives."
                ),
            },
            {
                "title": "Bilan",
                "duration_minutes": 5,
                "instructions": (
                    "<p>Chacun montre qu'il sait retrouver l'application et la langue choisie.</p>"
                ),
                "facilitator_notes": "",
            },
        ],
        "handouts": [
            {
                "document": "fiche-courrier-quatre-questions",
                "title": "Mon courrier en 4 questions (pictogrammes)",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "fiche-courrier-quatre-questions",
                "title": "Mon courrier en 4 questions",
                "filename": "fiche-courrier-quatre-questions.pdf",
                "lines": [
                    "Mon courrier en 4 questions",
                    "1. QUI m'écrit ? (logo en haut : CAF, préfecture, école, bailleur…)",
                    "2. QUELLE DATE ? (la date du courrier, en haut à droite)",
                    "3. COMBIEN ? (un montant en euros : à payer ou à recevoir ?)",
                    "4. QUOI FAIRE et AVANT QUAND ? (un délai, un document à envoyer)",
                    "Traduire avec le téléphone :",
                    "- ouvrir l'application de traduction",
                    "- choisir : français vers ma langue",
                    "- toucher l'appareil photo et viser le texte",
                    "- toucher le haut-parleur pour écouter",
                    (
                        "Mots difficiles : échéance = date limite ; justificatif = document qui "
                        "prouve ; recours = contester."
                    ),
                    "Courrier urgent ou décision importante : je demande de l'aide à une personne.",
                    "France Services la plus proche : ____________________",
                ],
            },
        ],
        "variants": (
            "<p>En cours de français langue étrangère, l'atelier devient un support "
            "d'apprentissage du vocabulaire administratif. En permanence individuelle, il se fait "
            "en vingt minutes avec le courrier de la personne.</p>"
        ),
    },
    {
        "slug": "naviguer-en-securite",
        "title": "Naviguer en sécurité sur Internet",
        "summary": (
            "Reconnaître un site fiable, comprendre le cadenas, refuser les cookies, éviter les "
            "faux sites officiels et les téléchargements piégés : les bons réflexes pour naviguer "
            "sereinement, en une séance pratique de deux heures."
        ),
        "themes": ["Navigation sur Internet", "Risques cyber et protection"],
        "audiences": ["Tous publics", "Seniors & personnes âgées"],
        "tags": ["navigation", "sécurité", "cookies", "navigateur", "sites officiels"],
        "authors": ["Karim Haddad"],
        "licence": "cc-by-4.0",
        "published_days_ago": 515,
        "commune": "Rennes",
        "departement": "35",
        "pix": ["4.1", "1.1"],
        "level": "debutant",
        "objectives": [
            "Lire une adresse web et reconnaître un site officiel",
            "Comprendre ce que garantit (et ne garantit pas) le cadenas",
            "Gérer les bandeaux de cookies",
            "Éviter les publicités et téléchargements trompeurs",
        ],
        "group_size_min": 4,
        "group_size_max": 10,
        "prerequisites": (
            "<p>Savoir ouvrir un navigateur et taper une adresse ou une recherche.</p>"
        ),
        "equipment": ["Ordinateur"],
        "body": [
            ("heading", {"text": "Lire une adresse web", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Le réflexe le plus utile pour naviguer en sécurité est de savoir lire une "
                    "adresse. Les sites officiels de l'administration se terminent par "
                    "<b>.gouv.fr</b> (ou ont un nom connu comme ameli.fr, caf.fr) ; des sites "
                    "payants imitent leur apparence pour vendre des démarches gratuites, comme un "
                    "extrait d'acte de naissance ou une carte grise.</p><p>L'atelier alterne "
                    "démonstrations et exercices sur des captures préparées : on apprend à repérer "
                    "le vrai nom de domaine, à comprendre que le cadenas signifie seulement que la "
                    "connexion est chiffrée (pas que le site est honnête), à refuser les cookies "
                    "en un clic, et à reconnaître les faux boutons « Télécharger ».</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Passer par les favoris",
                    "text": (
                        "<p>Enregistrez en favori les sites officiels utilisés souvent : on évite "
                        "ainsi les faux sites qui apparaissent en tête des résultats "
                        "sponsorisés.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.service-public.fr/",
                    "title": "Service-Public.fr",
                    "description": (
                        "Le site officiel de l'administration française, point d'entrée vers les "
                        "démarches gratuites."
                    ),
                },
            ),
        ],
        "run_through": [
            {
                "title": "Tour de table des craintes",
                "duration_minutes": 10,
                "instructions": "<p>Qu'est-ce qui vous inquiète quand vous naviguez ?</p>",
                "facilitator_notes": "Notez les craintes : chaque séquence y répondra.",
            },
            {
                "title": "Lire une adresse",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Exercice sur dix adresses : officielle ou non ? Repérer le nom de "
                    "domaine.</p>"
                ),
                "facilitator_notes": (
                    "Méthode : lire ce qui précède le premier « / » en partant de la droite."
                ),
            },
            {
                "title": "Le cadenas et le https",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Ce que garantit le cadenas ; quand s'inquiéter d'un avertissement du "
                    "navigateur.</p>"
                ),
                "facilitator_notes": "Corrigez l'idée reçue « cadenas = site sûr ».",
            },
            {
                "title": "Résultats sponsorisés et faux sites",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Rechercher « extrait acte de naissance » et comparer les premiers "
                    "résultats au site officiel.</p>"
                ),
                "facilitator_notes": (
                    "Faites remarquer la mention « Sponsorisé » et les tarifs affichés pour une "
                    "démarche gratuite."
                ),
            },
            {
                "title": "Cookies et publicités",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Refuser les cookies ; repérer les faux boutons ; installer un bloqueur de "
                    "publicité.</p>"
                ),
                "facilitator_notes": (
                    "Proposez uBlock Origin (libre) sur Firefox ; vérifiez la politique de la "
                    "structure pour les postes publics."
                ),
            },
            {
                "title": "Mes favoris et bilan",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Enregistrer en favoris trois sites officiels utiles ; retour sur les "
                    "craintes du début.</p>"
                ),
                "facilitator_notes": "",
            },
        ],
        "handouts": [
            {
                "document": "memo-naviguer-securite",
                "title": "Mémo : naviguer en sécurité",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "memo-naviguer-securite",
                "title": "Mémo : naviguer en sécurité",
                "filename": "memo-naviguer-securite.pdf",
                "lines": [
                    "Mémo : naviguer en sécurité",
                    "Lire une adresse : je regarde ce qui est juste avant le premier « / ».",
                    "Exemple : www.service-public.fr/particuliers → le site est service-public.fr.",
                    (
                        "Piège : service-public.fr.demarches-rapides.com → le site est "
                        "demarches-rapides.com !"
                    ),
                    "Les sites de l'État finissent souvent par .gouv.fr.",
                    "Le cadenas veut dire « connexion chiffrée », pas « site honnête ».",
                    "« Sponsorisé » = publicité payée. Je préfère les résultats officiels.",
                    "Une démarche administrative payante sur un site inconnu ? Méfiance.",
                    "Cookies : je cherche « Tout refuser » ou « Continuer sans accepter ».",
                    "Je télécharge un logiciel seulement depuis le site de son éditeur.",
                    "Mes favoris : ____________ / ____________ / ____________",
                    "Un doute ? www.cybermalveillance.gouv.fr",
                ],
            },
        ],
        "variants": (
            "<p>Sur smartphone, remplacez le bloqueur de publicité par les réglages du navigateur "
            "mobile. Pour un public averti, ajoutez la navigation privée et la différence entre "
            "moteurs de recherche.</p>"
        ),
    },
    {
        "slug": "gerer-ses-mots-de-passe",
        "title": "Gérer ses mots de passe avec un gestionnaire et la double authentification",
        "summary": (
            "Des mots de passe forts et différents pour chaque site, sans rien retenir : un "
            "atelier pour installer et utiliser le gestionnaire libre KeePassXC ou Bitwarden, et "
            "activer la double authentification sur ses comptes importants."
        ),
        "themes": ["Risques cyber et protection", "Maîtrise des outils numériques"],
        "audiences": ["Adultes"],
        "tags": ["mots de passe", "KeePassXC", "Bitwarden", "double authentification", "sécurité"],
        "authors": ["Julien Le Goff", "Karim Haddad"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 48,
        "commune": "Nancy",
        "departement": "54",
        "pix": ["4.1", "4.2", "5.2"],
        "level": "avance",
        "objectives": [
            "Comprendre pourquoi réutiliser un mot de passe est dangereux",
            "Créer une phrase de passe maîtresse solide",
            "Installer et utiliser un gestionnaire de mots de passe",
            "Activer la double authentification sur sa messagerie",
        ],
        "group_size_min": 4,
        "group_size_max": 10,
        "prerequisites": (
            "<p>Être à l'aise avec l'installation d'applications et la navigation. Venir avec son "
            "ordinateur portable ou son smartphone, et connaître le mot de passe de sa "
            "messagerie.</p>"
        ),
        "equipment": ["Ordinateur", "Téléphone"],
        "body": [
            ("heading", {"text": "Un seul mot de passe à retenir", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La plupart des piratages de comptes viennent de mots de passe réutilisés : "
                    "une fuite sur un site marchand, et l'attaquant essaie le même couple "
                    "e-mail/mot de passe partout. La solution n'est pas d'apprendre par cœur "
                    "trente mots de passe, mais d'utiliser un <b>gestionnaire de mots de passe</b> "
                    "protégé par une seule phrase de passe solide.</p><p>L'atelier présente deux "
                    "options libres : <b>KeePassXC</b> (un coffre-fort chiffré stocké sur son "
                    "ordinateur, synchronisable) et <b>Bitwarden</b> (un service en ligne, "
                    "pratique sur plusieurs appareils). Chacun choisit selon ses usages, puis "
                    "migre ses cinq comptes les plus importants pendant la séance. On termine par "
                    "l'activation de la double authentification sur la messagerie, clé de tous les "
                    "autres comptes.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "La phrase de passe maîtresse",
                    "text": (
                        "<p>Si elle est oubliée, le coffre est perdu. Faites-la noter sur papier, "
                        "rangée chez soi en lieu sûr, le temps de la mémoriser.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://keepassxc.org/",
                    "title": "KeePassXC",
                    "description": "Gestionnaire de mots de passe libre et multiplateforme.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Combien de mots de passe ?",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Chacun estime le nombre de comptes qu'il possède et combien de mots de "
                    "passe différents il utilise.</p>"
                ),
                "facilitator_notes": "Aucun participant n'énonce de mot de passe, même ancien.",
            },
            {
                "title": "Les fuites de données",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Démonstration du principe du bourrage d'identifiants ; vérification de son "
                    "adresse sur haveibeenpwned.com.</p>"
                ),
                "facilitator_notes": (
                    "Préparez-vous à des réactions fortes : une adresse apparaît presque toujours "
                    "dans une fuite. Restez rassurant et orienté solutions."
                ),
            },
            {
                "title": "Créer sa phrase de passe",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Méthode des quatre à six mots au hasard ; test de robustesse.</p>"
                ),
                "facilitator_notes": (
                    "Faites lancer des dés ou piocher des mots dans un livre pour un vrai hasard."
                ),
            },
            {
                "title": "Installer le gestionnaire",
                "duration_minutes": 25,
                "instructions": (
                    "<p>Installer KeePassXC ou Bitwarden, créer le coffre, installer l'extension "
                    "du navigateur.</p>"
                ),
                "facilitator_notes": (
                    "Ayez les installateurs sur clé USB en cas de connexion lente."
                ),
            },
            {
                "title": "Migrer ses comptes importants",
                "duration_minutes": 30,
                "instructions": (
                    "<p>Pour la messagerie, la banque, ameli, les impôts, un site marchand : "
                    "changer le mot de passe avec le générateur et l'enregistrer.</p>"
                ),
                "facilitator_notes": (
                    "Commencez par la messagerie. Vérifiez que chacun peut se reconnecter avant de "
                    "passer au compte suivant."
                ),
            },
            {
                "title": "Double authentification",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Activer la validation en deux étapes sur la messagerie ; enregistrer les "
                    "codes de secours.</p>"
                ),
                "facilitator_notes": (
                    "Insistez sur les codes de secours imprimés : sans eux, un téléphone perdu "
                    "peut bloquer l'accès."
                ),
            },
            {
                "title": "Sauvegarde et bilan",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Sauvegarder le fichier du coffre (KeePassXC) ou vérifier la "
                    "synchronisation (Bitwarden).</p>"
                ),
                "facilitator_notes": "",
            },
        ],
        "handouts": [
            {
                "document": "guide-gestionnaire-mots-de-passe",
                "title": "Guide : mon gestionnaire de mots de passe",
                "kind": "participant",
            },
            {
                "document": "fiche-animateur-mots-de-passe",
                "title": "Préparer l'atelier",
                "kind": "animateur",
            },
        ],
        "documents": [
            {
                "slug": "guide-gestionnaire-mots-de-passe",
                "title": "Guide : mon gestionnaire de mots de passe",
                "filename": "guide-gestionnaire-mots-de-passe.pdf",
                "lines": [
                    "Guide : mon gestionnaire de mots de passe",
                    "Un mot de passe différent pour chaque site, un seul à retenir.",
                    "Ma phrase de passe maîtresse : 4 à 6 mots tirés au hasard, avec des espaces.",
                    "Exemple (à ne pas utiliser) : girafe lampe nuage orange citadelle",
                    (
                        "KeePassXC : coffre chiffré sur mon ordinateur. Je sauvegarde le fichier "
                        ".kdbx."
                    ),
                    "Bitwarden : coffre en ligne, accessible sur tous mes appareils.",
                    "Pour un nouveau compte : j'utilise le générateur (20 caractères).",
                    "L'extension du navigateur remplit les formulaires pour moi.",
                    "Double authentification : un code sur mon téléphone en plus du mot de passe.",
                    "Je l'active d'abord sur ma messagerie, puis ma banque et mes réseaux sociaux.",
                    "Codes de secours : je les imprime et les range avec mes papiers importants.",
                    "Ordre de migration : messagerie, banque, impôts, ameli, sites marchands.",
                    "Vérifier si mon adresse a fuité : haveibeenpwned.com",
                ],
            },
            {
                "slug": "fiche-animateur-mots-de-passe",
                "title": "Préparer l'atelier « mots de passe »",
                "filename": "fiche-animateur-mots-de-passe.pdf",
                "lines": [
                    "Préparer l'atelier « Gérer ses mots de passe »",
                    "Télécharger les installateurs KeePassXC (Windows, macOS, Linux) sur clé USB.",
                    "Créer un compte Bitwarden de démonstration pour la projection.",
                    "Préparer un coffre de démonstration avec de faux comptes.",
                    "Prévoir des dés ou une liste de mots numérotés pour la phrase de passe.",
                    (
                        "Rappeler dans l'invitation : venir avec son appareil et ses accès à la "
                        "messagerie."
                    ),
                    "Règle d'or : aucun mot de passe n'est dit à voix haute ni montré à l'écran.",
                    (
                        "Prévoir du papier pour noter temporairement la phrase maîtresse et les "
                        "codes de secours."
                    ),
                ],
            },
        ],
        "variants": (
            "<p>Pour un public débutant, gardez seulement le gestionnaire intégré au navigateur et "
            "la double authentification de la messagerie, en 1 h 30. Pour des associations, "
            "ajoutez le partage sécurisé de mots de passe entre bénévoles.</p>"
        ),
    },
    {
        "slug": "fresque-du-numerique-format-court",
        "title": "Fresque du numérique en format court (1 h 30)",
        "summary": (
            "Une version courte et sans écran de l'atelier collaboratif sur les impacts "
            "environnementaux du numérique : relier les cartes, comprendre les causes et imaginer "
            "des actions. Adaptée aux lycéens et aux publics peu à l'aise avec l'écrit."
        ),
        "themes": ["Sobriété numérique", "Numérique au service de l'environnement"],
        "audiences": ["Tous publics", "Enfants mineurs"],
        "tags": [
            "fresque du numérique",
            "sensibilisation",
            "environnement",
            "atelier collaboratif",
            "sans écran",
        ],
        "authors": ["Élodie Rousseau", "Amandine Lefèvre"],
        "licence": "cc-by-nc-sa-4.0",
        "published_days_ago": 265,
        "commune": "Poitiers",
        "departement": "86",
        "pix": ["4.3"],
        "level": "debutant",
        "objectives": [
            "Identifier les grandes étapes du cycle de vie des équipements",
            "Relier usages, infrastructures et impacts environnementaux",
            "Proposer des actions individuelles et collectives",
        ],
        "group_size_min": 5,
        "group_size_max": 8,
        "prerequisites": (
            "<p>Aucun. Les cartes sont lues à voix haute pour les personnes qui lisent "
            "difficilement.</p>"
        ),
        "equipment": ["Aucun"],
        "body": [
            ("heading", {"text": "Un atelier sans écran", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Parler du numérique sans écran : c'est tout l'intérêt de la Fresque. "
                    "Autour d'une grande feuille, les participants reçoivent des cartes par lots "
                    "(usages, équipements, infrastructures, impacts) et les relient par des "
                    "flèches de cause à effet. Ce format court de 1 h 30 garde l'essentiel : la "
                    "découverte collective que la fabrication des équipements pèse le plus lourd, "
                    "et que nos usages déterminent le nombre d'équipements et "
                    "d'infrastructures.</p><p>Le matériel s'obtient en suivant la formation "
                    "d'animateur de l'association La Fresque du numérique ; cette fiche ne "
                    "remplace pas la formation, elle propose un déroulé adapté au format "
                    "court.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Un animateur pour huit participants",
                    "text": (
                        "<p>Au-delà de huit, la discussion se dilue : dédoublez la table et formez "
                        "un second animateur.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.fresquedunumerique.org/",
                    "title": "La Fresque du numérique",
                    "description": "Formation des animateurs et matériel de l'atelier.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Inclusion",
                "duration_minutes": 5,
                "instructions": (
                    "<p>Chacun cite un objet numérique qu'il a utilisé aujourd'hui.</p>"
                ),
                "facilitator_notes": "Rapide : on veut entrer dans le jeu.",
            },
            {
                "title": "Lot 1 : usages et équipements",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Distribuer les cartes du premier lot ; les participants les lisent et les "
                    "placent.</p>"
                ),
                "facilitator_notes": (
                    "Laissez le groupe chercher ; n'intervenez que s'il bloque plus de deux "
                    "minutes."
                ),
            },
            {
                "title": "Lot 2 : infrastructures et fabrication",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Relier centres de données, réseaux, extraction des métaux, fabrication.</p>"
                ),
                "facilitator_notes": (
                    "C'est le moment clé : faites verbaliser le poids de la fabrication."
                ),
            },
            {
                "title": "Lot 3 : impacts",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Émissions de gaz à effet de serre, eau, ressources, déchets, impacts "
                    "sociaux.</p>"
                ),
                "facilitator_notes": (
                    "Abordez les conditions de travail dans les mines sans pathos."
                ),
            },
            {
                "title": "Décoration et titre",
                "duration_minutes": 10,
                "instructions": "<p>Le groupe colore, dessine et donne un titre à sa fresque.</p>",
                "facilitator_notes": "Moment de détente utile après la densité d'informations.",
            },
            {
                "title": "Actions",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Chacun propose une action individuelle et une action collective ; on les "
                    "classe par impact et facilité.</p>"
                ),
                "facilitator_notes": (
                    "Orientez vers l'allongement de la durée de vie et les décisions collectives."
                ),
            },
            {
                "title": "Clôture",
                "duration_minutes": 5,
                "instructions": "<p>Un mot pour dire comment on repart.</p>",
                "facilitator_notes": "Photographiez la fresque pour la partager avec le groupe.",
            },
        ],
        "handouts": [
            {
                "document": "fiche-animateur-fresque-court",
                "title": "Fiche animateur : format court",
                "kind": "animateur",
            },
            {
                "document": "fiche-actions-fresque",
                "title": "Après la fresque : mes actions",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "fiche-animateur-fresque-court",
                "title": "Fiche animateur : Fresque du numérique en format court",
                "filename": "fiche-animateur-fresque-court.pdf",
                "lines": [
                    "Fiche animateur : Fresque du numérique en format court (1 h 30)",
                    "Prérequis : être formé à l'animation de la Fresque du numérique.",
                    (
                        "Matériel : jeu de cartes, grande feuille (paperboard ou kraft), feutres, "
                        "patafix."
                    ),
                    "Installer une table où tous peuvent se tenir debout autour de la feuille.",
                    "Retirer du jeu les cartes optionnelles pour tenir le temps.",
                    "Distribuer les cartes par lots, jamais toutes à la fois.",
                    "Lire les cartes à voix haute si des participants lisent difficilement.",
                    "Messages clés : fabrication des équipements = première source d'impact.",
                    (
                        "Messages clés : nos usages appellent toujours plus d'équipements et "
                        "d'infrastructures."
                    ),
                    (
                        "Garder 20 minutes pour les actions : c'est ce que les participants "
                        "retiennent."
                    ),
                    "Photographier la fresque et l'envoyer au groupe.",
                ],
            },
            {
                "slug": "fiche-actions-fresque",
                "title": "Après la fresque : mes actions",
                "filename": "fiche-actions-fresque.pdf",
                "lines": [
                    "Après la fresque : mes actions",
                    "Ce que j'ai appris et qui m'a surpris : ____________________",
                    "Une action que je fais dès cette semaine : ____________________",
                    "Une action qui me demande plus d'efforts : ____________________",
                    (
                        "Une action collective que je peux proposer (école, travail, association) "
                        ": ________"
                    ),
                    (
                        "Idées : garder mon téléphone 2 ans de plus, le faire réparer, acheter "
                        "reconditionné."
                    ),
                    "Idées : donner les appareils qui dorment dans les tiroirs.",
                    "Idées : proposer une fresque à mes collègues ou à mon association.",
                    "Pour aller plus loin : www.fresquedunumerique.org",
                ],
            },
        ],
        "variants": (
            "<p>Le format complet de trois heures permet d'approfondir les impacts sociaux et les "
            "leviers collectifs. Avec des enfants de 10–12 ans, réduisez le nombre de cartes et "
            "ajoutez des illustrations.</p>"
        ),
    },
    {
        "slug": "jeux-video-en-famille",
        "title": "Jeux vidéo en famille : jouer ensemble et poser des repères",
        "summary": (
            "Parents et enfants jouent ensemble à des jeux choisis, puis découvrent les repères "
            "PEGI, le contrôle parental et les achats intégrés. Un atelier convivial pour "
            "remplacer les conflits autour des écrans par du dialogue."
        ),
        "themes": ["Jeux vidéo", "Parentalité"],
        "audiences": ["Parents", "Enfants mineurs"],
        "tags": ["jeux vidéo", "PEGI", "parentalité", "contrôle parental", "famille"],
        "authors": ["Nadia Benali", "Thomas Nguyen"],
        "licence": "cc-by-sa-4.0",
        "published_days_ago": 7,
        "commune": "Fort-de-France",
        "departement": "972",
        "pix": ["4.3", "2.1"],
        "level": "debutant",
        "objectives": [
            "Jouer ensemble et parler de ce que l'on aime dans un jeu",
            "Lire la signalétique PEGI",
            "Configurer un contrôle parental sur une console ou un téléphone",
            "Établir ensemble une règle de jeu à la maison",
        ],
        "group_size_min": 4,
        "group_size_max": 8,
        "prerequisites": (
            "<p>Aucun. L'atelier s'adresse à des binômes parent-enfant (enfants de 7 à 14 ans). "
            "Les familles peuvent apporter leur console ou leur téléphone pour la séquence "
            "contrôle parental.</p>"
        ),
        "equipment": ["Autre", "Tablette"],
        "body": [
            ("heading", {"text": "Jouer d'abord, parler ensuite", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Beaucoup de conflits familiaux autour des jeux vidéo viennent de ce que "
                    "les parents ne connaissent pas les jeux de leurs enfants. L'atelier commence "
                    "donc par une heure de jeu partagé : jeux coopératifs sur console, jeux de "
                    "réflexion sur tablette, où les enfants deviennent souvent les professeurs de "
                    "leurs parents. Ce renversement crée un climat propice à la "
                    "discussion.</p><p>Dans un second temps, on aborde les repères : la "
                    "signalétique <b>PEGI</b> (âge et contenus), les achats intégrés et les « loot "
                    "boxes », le temps de jeu et le contrôle parental. L'atelier se termine par "
                    "une règle familiale écrite ensemble.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "astuce",
                    "title": "Choisir des jeux coopératifs",
                    "text": (
                        "<p>Privilégiez des jeux où l'on joue dans la même équipe : ils favorisent "
                        "l'entraide entre parent et enfant et évitent la frustration des parents "
                        "débutants.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://www.pedagojeux.fr/",
                    "title": "PédaGoJeux",
                    "description": (
                        "Guides pour les parents sur les jeux vidéo, PEGI et le contrôle parental."
                    ),
                },
            ),
        ],
        "run_through": [
            {
                "title": "Accueil",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Chaque binôme présente le jeu préféré de l'enfant… présenté par le "
                    "parent.</p>"
                ),
                "facilitator_notes": (
                    "Les erreurs des parents font rire et détendent : c'est le but."
                ),
            },
            {
                "title": "Jeu partagé",
                "duration_minutes": 40,
                "instructions": (
                    "<p>Trois postes de jeu en rotation (coopératif, réflexion, créatif) ; chaque "
                    "binôme passe sur deux postes.</p>"
                ),
                "facilitator_notes": (
                    "Préparez des jeux PEGI 3 à 7 ; demandez aux enfants d'expliquer les commandes "
                    "à leur parent."
                ),
            },
            {
                "title": "Ce que j'aime dans le jeu",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Chaque enfant dit ce qu'il aime (gagner, construire, jouer avec les "
                    "copains) ; chaque parent dit ce qui l'inquiète.</p>"
                ),
                "facilitator_notes": (
                    "Reformulez sans juger ; notez les inquiétudes pour la séquence suivante."
                ),
            },
            {
                "title": "Les repères PEGI et les achats",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Lire les pictogrammes PEGI sur des boîtes de jeux ; repérer les achats "
                    "intégrés.</p>"
                ),
                "facilitator_notes": "Rappelez que PEGI indique l'âge adapté, pas la difficulté.",
            },
            {
                "title": "Contrôle parental",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Sur la console ou le téléphone de la famille : limite de temps, "
                    "restrictions d'âge, achats bloqués.</p>"
                ),
                "facilitator_notes": (
                    "Expliquez que le contrôle parental accompagne le dialogue mais ne le remplace "
                    "pas."
                ),
            },
            {
                "title": "Notre règle de jeu",
                "duration_minutes": 10,
                "instructions": (
                    "<p>Chaque binôme écrit une règle sur la fiche : quand, combien, à quels "
                    "jeux.</p>"
                ),
                "facilitator_notes": "",
            },
        ],
        "handouts": [
            {
                "document": "fiche-jeux-video-famille",
                "title": "Jeux vidéo en famille : repères et règle de jeu",
                "kind": "participant",
            },
        ],
        "documents": [
            {
                "slug": "fiche-jeux-video-famille",
                "title": "Jeux vidéo en famille : repères et règle de jeu",
                "filename": "fiche-jeux-video-famille.pdf",
                "lines": [
                    "Jeux vidéo en famille : repères et règle de jeu",
                    "PEGI 3, 7, 12, 16, 18 : l'âge à partir duquel le jeu est adapté.",
                    (
                        "Les pictogrammes précisent les contenus : violence, peur, langage, jeux "
                        "d'argent…"
                    ),
                    "Achats intégrés : des paiements possibles dans le jeu, à bloquer si besoin.",
                    "Loot box : une récompense surprise payante, proche des jeux de hasard.",
                    (
                        "Contrôle parental : limite de temps, âge des jeux, achats, discussions en "
                        "ligne."
                    ),
                    "Il se règle dans les paramètres de la console ou du téléphone.",
                    "Jouer avec son enfant de temps en temps permet de connaître ses jeux.",
                    "Pas d'écran avant de dormir : le sommeil vient plus vite.",
                    "Notre règle de jeu à la maison :",
                    "On joue quand : ____________________",
                    "Combien de temps : ____________________",
                    "À quels jeux : ____________________",
                    "Signatures : ______________ et ______________",
                ],
            },
        ],
        "variants": (
            "<p>En médiathèque, l'atelier peut s'intégrer à un après-midi jeux ouvert à tous. Pour "
            "des adolescents, remplacez le contrôle parental par une discussion sur le jeu en "
            "ligne, les rencontres et le harcèlement.</p>"
        ),
    },
    {
        "slug": "installer-systeme-libre-vieil-ordinateur",
        "title": "Redonner vie à un vieil ordinateur avec un système libre",
        "summary": (
            "Créer une clé d'installation, tester un système libre en mode live, installer Linux "
            "Mint ou Emmabuntüs sur un ordinateur ancien et retrouver ses usages courants. Un "
            "atelier pour participants à l'aise, en mode install-party."
        ),
        "themes": ["Matériel reconditionné", "Open source et licences libres"],
        "audiences": ["Adultes"],
        "tags": ["Linux", "reconditionnement", "Emmabuntüs", "install-party", "logiciel libre"],
        "authors": ["Julien Le Goff", "Yannick Morvan"],
        "licence": "cc0-1.0",
        "published_days_ago": 610,
        "commune": "Brest",
        "departement": "29",
        "pix": ["5.1", "5.2"],
        "level": "avance",
        "objectives": [
            "Sauvegarder ses données avant une installation",
            "Créer une clé USB d'installation et démarrer dessus",
            "Installer un système libre et ses logiciels courants",
            "Retrouver ses habitudes : navigateur, bureautique, photos",
        ],
        "group_size_min": 3,
        "group_size_max": 8,
        "prerequisites": (
            "<p>Savoir gérer des fichiers et des dossiers, installer un logiciel. Venir avec son "
            "ordinateur (moins de 15 ans, 4 Go de mémoire de préférence), son chargeur et une "
            "sauvegarde de ses données, ou un disque externe pour la faire sur place.</p>"
        ),
        "equipment": ["Ordinateur", "Autre"],
        "body": [
            ("heading", {"text": "L'esprit install-party", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Un ordinateur jugé « trop lent » souffre souvent d'un système trop lourd "
                    "pour lui, pas d'une panne. Installer un système libre léger comme <b>Linux "
                    "Mint</b> (édition Xfce) ou <b>Emmabuntüs</b> lui offre plusieurs années de "
                    "vie supplémentaires, sans coût de licence. L'atelier reprend l'esprit des "
                    "install-parties : chacun vient avec sa machine, les plus avancés aident les "
                    "autres, et l'on repart avec un ordinateur fonctionnel.</p><p>La séance suit "
                    "un ordre strict : <b>sauvegarde d'abord</b>, essai en mode live ensuite (pour "
                    "vérifier que wifi, son et écran fonctionnent), installation seulement si tout "
                    "va bien. Le remplacement du disque dur par un SSD, quand c'est possible, est "
                    "proposé en complément : c'est l'amélioration la plus spectaculaire pour un "
                    "ordinateur ancien.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "attention",
                    "title": "Pas de sauvegarde, pas d'installation",
                    "text": (
                        "<p>L'installation efface le disque. Vérifiez avec chaque participant que "
                        "sa sauvegarde s'ouvre sur un autre appareil avant de commencer.</p>"
                    ),
                },
            ),
            (
                "link",
                {
                    "url": "https://emmabuntus.org/",
                    "title": "Emmabuntüs",
                    "description": "Distribution libre conçue pour le réemploi des ordinateurs.",
                },
            ),
        ],
        "run_through": [
            {
                "title": "Diagnostic des machines",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Noter le modèle, la mémoire, le type de disque ; vérifier la batterie.</p>"
                ),
                "facilitator_notes": (
                    "Écartez les machines de plus de 15 ans ou à moins de 2 Go de mémoire : "
                    "proposez plutôt un reconditionnement par la structure."
                ),
            },
            {
                "title": "Sauvegarde",
                "duration_minutes": 25,
                "instructions": (
                    "<p>Copier documents, photos, favoris du navigateur et mots de passe sur un "
                    "disque externe.</p>"
                ),
                "facilitator_notes": (
                    "N'oubliez pas les favoris et les mots de passe enregistrés dans le navigateur "
                    ": ce sont les oublis les plus fréquents."
                ),
            },
            {
                "title": "Démarrer sur la clé en mode live",
                "duration_minutes": 20,
                "instructions": (
                    "<p>Accéder au menu de démarrage (touche F12, Échap ou F9 selon les marques) ; "
                    "tester wifi, son, écran, webcam.</p>"
                ),
                "facilitator_notes": (
                    "Gardez une liste des touches de démarrage par marque. Désactivez le Secure "
                    "Boot si nécessaire."
                ),
            },
            {
                "title": "Installation",
                "duration_minutes": 35,
                "instructions": (
                    "<p>Langue, clavier, fuseau, effacer le disque, compte utilisateur ; pendant "
                    "la copie des fichiers, présentation des logiciels libres équivalents.</p>"
                ),
                "facilitator_notes": (
                    "Recommandez un mot de passe simple à retenir mais non trivial, noté dans le "
                    "carnet du participant."
                ),
            },
            {
                "title": "Pause",
                "duration_minutes": 10,
                "instructions": "<p>Pause pendant la fin des installations.</p>",
                "facilitator_notes": "",
            },
            {
                "title": "Prise en main",
                "duration_minutes": 30,
                "instructions": (
                    "<p>Mises à jour, logithèque, restauration des données, impression, navigateur "
                    "et favoris.</p>"
                ),
                "facilitator_notes": (
                    "Faites installer un logiciel depuis la logithèque par chacun : c'est le geste "
                    "qui rassure le plus."
                ),
            },
            {
                "title": "Bilan et suite",
                "duration_minutes": 15,
                "instructions": (
                    "<p>Où trouver de l'aide : forum ubuntu-fr, association locale, prochaine "
                    "permanence.</p>"
                ),
                "facilitator_notes": "Proposez un rendez-vous de suivi à un mois.",
            },
        ],
        "handouts": [
            {
                "document": "guide-installation-systeme-libre",
                "title": "Guide d'installation pas à pas",
                "kind": "participant",
            },
            {
                "document": "equivalents-logiciels-libres",
                "title": "Mes logiciels et leurs équivalents libres",
                "kind": "autre",
            },
        ],
        "documents": [
            {
                "slug": "guide-installation-systeme-libre",
                "title": "Installer un système libre : guide pas à pas",
                "filename": "guide-installation-systeme-libre.pdf",
                "lines": [
                    "Installer un système libre : guide pas à pas",
                    (
                        "1. SAUVEGARDER : documents, photos, favoris, mots de passe, sur un disque "
                        "externe."
                    ),
                    "2. Vérifier que la sauvegarde s'ouvre sur un autre appareil.",
                    "3. Créer la clé d'installation (8 Go) avec Ventoy ou balenaEtcher.",
                    (
                        "4. Brancher la clé, redémarrer, appuyer sur la touche de démarrage (F12, "
                        "F9, Échap…)."
                    ),
                    "5. Choisir la clé dans le menu ; démarrer en mode « live » (essai).",
                    "6. Tester : wifi, son, écran, webcam, pavé tactile.",
                    "7. Tout fonctionne ? Lancer « Installer ».",
                    "8. Choisir français, clavier français, fuseau Europe/Paris.",
                    "9. « Effacer le disque et installer » (c'est ici que tout est effacé).",
                    "10. Créer mon compte : nom, mot de passe noté dans mon carnet.",
                    "11. Redémarrer, retirer la clé, faire les mises à jour.",
                    "12. Restaurer mes fichiers depuis la sauvegarde.",
                    "Aide : forum.ubuntu-fr.org et l'association locale de logiciels libres.",
                ],
            },
            {
                "slug": "equivalents-logiciels-libres",
                "title": "Mes logiciels et leurs équivalents libres",
                "filename": "equivalents-logiciels-libres.pdf",
                "lines": [
                    "Mes logiciels et leurs équivalents libres",
                    "Traitement de texte, tableur, présentation : LibreOffice",
                    "Navigateur : Firefox",
                    "Messagerie : Thunderbird",
                    "Retouche photo : GIMP ; gestion de photos : Shotwell ou digiKam",
                    "Lecteur vidéo : VLC",
                    "Lecture de PDF : lecteur de documents intégré",
                    "Montage audio : Audacity",
                    "Visioconférence : Jitsi Meet (dans le navigateur)",
                    "Mots de passe : KeePassXC",
                    "Installer un logiciel : ouvrir la « Logithèque » et chercher son nom.",
                ],
            },
        ],
        "variants": (
            "<p>Dans une structure qui reconditionne elle-même, l'atelier devient une formation de "
            "bénévoles installateurs. Pour un public débutant, préférez la remise d'un ordinateur "
            "déjà installé avec une séance de prise en main.</p>"
        ),
    },
]
