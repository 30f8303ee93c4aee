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
        "equipment": ["Téléphone", "Aucun"],
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
]
