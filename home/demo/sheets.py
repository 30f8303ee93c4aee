"""Demo practice sheets (fiches pratiques), written for Communs.

Format shared with ``recipes.py`` and ``workshops.py``: see ``loader.py``.
Themes, audiences and licences use the exact labels and slugs seeded by
``commons/taxonomy_seed.py``; authors are the names of ``authors.py``.
"""


def h2(text):
    return ("heading", {"text": text, "level": "h2"})


def h3(text):
    return ("heading", {"text": text, "level": "h3"})


def p(*paragraphs):
    """One paragraph block holding one or several paragraphs of rich text."""
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def ul(intro, *items):
    """A paragraph block with an introduction and a bulleted list."""
    lis = "".join(f"<li>{item}</li>" for item in items)
    return ("paragraph", (f"<p>{intro}</p>" if intro else "") + f"<ul>{lis}</ul>")


def steps(*pairs):
    return ("steps", [{"title": title, "text": f"<p>{text}</p>"} for title, text in pairs])


def callout(title, text, kind="astuce"):
    return ("callout", {"kind": kind, "title": title, "text": f"<p>{text}</p>"})


def quote(text, author, role=""):
    return ("quote", {"quote": text, "author": author, "role": role})


def link(url, title, description=""):
    return ("link", {"url": url, "title": title, "description": description})


def document(slug, title, description=""):
    return ("document", {"document": slug, "title": title, "description": description})


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
        "tags": ["e-mail", "messagerie", "premiers pas", "mot de passe", "seniors"],
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
    {
        "slug": "accompagner-une-demarche-sans-faire-a-la-place",
        "title": "Accompagner une démarche en ligne sans faire à la place",
        "summary": (
            "Quand la personne peut apprendre, on guide ses mains ; quand elle ne le peut pas, "
            "on agit pour elle dans un cadre sûr, avec un mandat Aidants Connect. Repères pour "
            "choisir la bonne posture et ne jamais garder les identifiants de quelqu'un."
        ),
        "themes": ["Aide aux démarches administratives"],
        "audiences": [
            "Adultes",
            "Seniors & personnes âgées",
            "Personnes très éloignées du numérique",
        ],
        "tags": ["démarches en ligne", "Aidants Connect", "France Services", "posture", "accueil"],
        "authors": ["Claire Fontaine"],
        "licence": "etalab-2.0",
        "level": "intermediaire",
        "duration_minutes": 30,
        "published_days_ago": 540,
        "last_reviewed_days_ago": 60,
        "commune": "Saint-Affrique",
        "departement": "12",
        "pix": ["2.4", "4.2"],
        "body": [
            h2("Trois postures, pas une seule"),
            p(
                "Devant une démarche en ligne, l'aidant peut <b>faire avec</b> (la personne "
                "tient la souris, on la guide), <b>montrer puis laisser faire</b> (on fait une "
                "première fois, elle refait), ou <b>faire pour</b> (elle ne peut pas, ou ne "
                "veut pas, apprendre). Les deux premières sont à privilégier : chaque démarche "
                "réussie seule est une démarche de moins à venir faire au guichet.",
                "La troisième n'est pas un échec. Une personne malade, épuisée ou pressée par "
                "une échéance a besoin que la démarche soit faite. Mais elle doit l'être dans un "
                "cadre qui protège la personne et l'aidant.",
            ),
            h2("Faire pour quelqu'un : le mandat Aidants Connect"),
            p(
                "Aidants Connect est un service public qui permet à un aidant professionnel "
                "habilité de réaliser des démarches en ligne pour le compte d'une personne. "
                "Celle-ci signe un mandat qui précise les domaines concernés (social, santé, "
                "logement, travail…) et sa durée. Sur le site de la démarche, l'aidant clique sur "
                "le bouton FranceConnect, choisit Aidants Connect et s'identifie avec sa propre "
                "carte d'aidant : il ne connaît jamais le mot de passe de la personne, et chaque "
                "action est tracée.",
            ),
            steps(
                (
                    "Vérifier que la structure est habilitée",
                    "Seuls les aidants formés d'une structure habilitée peuvent établir des "
                    "mandats. Renseignez-vous auprès de votre responsable ou du site du service.",
                ),
                (
                    "Expliquer le mandat à la personne",
                    "Avec des mots simples : ce que vous pourrez faire, pendant combien de temps, "
                    "et comment elle peut y mettre fin à tout moment.",
                ),
                (
                    "Choisir les démarches et la durée",
                    "Uniquement ce qui est nécessaire : une journée pour une démarche "
                    "ponctuelle, plusieurs mois pour un suivi régulier.",
                ),
                (
                    "Faire la démarche, en la commentant",
                    "Même quand vous faites à sa place, dites ce que vous faites et montrez "
                    "l'écran : la personne reste actrice de sa démarche.",
                ),
                (
                    "Remettre une trace",
                    "Imprimez ou envoyez le récapitulatif, et notez avec elle la prochaine "
                    "échéance.",
                ),
            ),
            callout(
                "Ce qu'on ne fait jamais",
                "Noter les identifiants d'une personne dans un cahier, les enregistrer dans le "
                "navigateur du poste public ou utiliser votre propre adresse e-mail pour créer "
                "son compte. En cas de litige, rien ne vous protège.",
                kind="attention",
            ),
            h2("Et quand la structure n'est pas habilitée ?"),
            p(
                "Restez sur les deux premières postures et orientez vers le lieu habilité le "
                "plus proche pour le reste. La carte des France Services et les réseaux "
                "départementaux de médiation numérique permettent de le trouver rapidement.",
            ),
            link(
                "https://aidantsconnect.beta.gouv.fr/",
                "Aidants Connect",
                "Le service public pour sécuriser l'aide aux démarches en ligne.",
            ),
            document(
                "aide-memoire-posture-aidant",
                "Aide-mémoire : quelle posture pour quelle situation ?",
                "Une page à afficher près du poste d'accueil.",
            ),
        ],
        "documents": [
            {
                "slug": "aide-memoire-posture-aidant",
                "title": "Aide-mémoire : accompagner sans faire à la place",
                "filename": "aide-memoire-posture-aidant.pdf",
                "lines": [
                    "# 1. Faire avec",
                    "La personne tient la souris ou le téléphone. Je guide avec des mots, je ne",
                    "touche pas au clavier. C'est la posture par défaut.",
                    "",
                    "# 2. Montrer, puis laisser faire",
                    "Je fais une première fois en commentant, puis la personne refait seule,",
                    "avec le mémo que nous avons écrit ensemble.",
                    "",
                    "# 3. Faire pour",
                    "Seulement si la personne ne peut pas apprendre maintenant, et avec un",
                    "mandat Aidants Connect si ma structure est habilitée.",
                    "",
                    "# Jamais",
                    "- garder ou noter les identifiants et mots de passe d'une personne ;",
                    "- créer un compte avec mon adresse e-mail ou mon numéro de téléphone ;",
                    "- laisser une session ouverte sur le poste public.",
                    "",
                    "# Toujours",
                    "- remettre une trace écrite de la démarche et de la prochaine échéance ;",
                    "- orienter vers un lieu habilité quand je ne peux pas aller plus loin.",
                ],
            }
        ],
    },
    {
        "slug": "reconnaitre-une-arnaque-par-sms",
        "title": "Reconnaître une arnaque par SMS ou par e-mail (hameçonnage)",
        "summary": (
            "Colis en attente, amende à régler, carte Vitale à renouveler : les faux messages "
            "imitent les vrais. Cinq indices à vérifier, les bons réflexes, et où signaler "
            "un message frauduleux ou se faire aider après une arnaque."
        ),
        "themes": ["Risques cyber et protection", "Navigation sur Internet"],
        "audiences": ["Tous publics", "Seniors & personnes âgées"],
        "tags": ["arnaques", "sécurité", "hameçonnage", "SMS"],
        "authors": ["Julien Le Goff"],
        "licence": "cc-by-4.0",
        "level": "debutant",
        "duration_minutes": 45,
        "published_days_ago": 95,
        "commune": "Rennes",
        "departement": "35",
        "pix": ["4.1", "4.2"],
        "body": [
            h2("Le principe de l'hameçonnage"),
            p(
                "L'hameçonnage (ou <i>phishing</i>) consiste à envoyer un message qui imite un "
                "organisme connu pour pousser la personne à cliquer sur un lien, puis à saisir "
                "ses identifiants ou ses coordonnées bancaires sur un faux site. Les escrocs "
                "jouent sur l'urgence et la peur : une amende qui va augmenter, un colis qui va "
                "être renvoyé, un compte qui va être bloqué.",
            ),
            h2("Cinq indices à chercher"),
            steps(
                (
                    "L'urgence",
                    "« Sous 24 heures », « dernier rappel » : un vrai organisme laisse le temps "
                    "de vérifier.",
                ),
                (
                    "L'expéditeur",
                    "Un numéro de portable inconnu ou une adresse e-mail fantaisiste pour un "
                    "message qui prétend venir de l'Assurance maladie.",
                ),
                (
                    "Le lien",
                    "Une adresse qui ressemble au vrai site sans l'être, avec des tirets ou "
                    "des mots en trop. Les sites de l'État se terminent par « .gouv.fr ».",
                ),
                (
                    "La demande",
                    "Une somme minime à payer (1,99 €, frais de port) ou des coordonnées "
                    "bancaires : c'est presque toujours le but de l'arnaque.",
                ),
                (
                    "Le contexte",
                    "Attendez-vous vraiment un colis ? Avez-vous été verbalisé ? En cas de "
                    "doute, on ne clique pas : on va soi-même sur le site officiel.",
                ),
            ),
            callout(
                "Le réflexe à transmettre",
                "Ne jamais cliquer sur un lien reçu par SMS pour payer ou se connecter. On "
                "ouvre soi-même l'application ou le site officiel, et on regarde si une "
                "démarche est vraiment en attente.",
            ),
            h2("Signaler et se faire aider"),
            ul(
                "Signaler, c'est aider les autres :",
                "un SMS frauduleux se transfère gratuitement au <b>33700</b> ;",
                "un e-mail d'hameçonnage se signale sur la plateforme Signal Spam ;",
                "après une arnaque, le site Cybermalveillance.gouv.fr oriente vers les bonnes "
                "démarches (opposition bancaire, plainte, changement de mots de passe).",
            ),
            p(
                "Rassurez toujours la personne qui s'est fait piéger : ces messages sont "
                "conçus par des professionnels, et la honte empêche souvent d'agir vite.",
            ),
            quote(
                "Depuis l'atelier, je montre les SMS à ma fille avant de faire quoi que ce "
                "soit. Deux fois, c'était une arnaque.",
                "Gérard",
                "participant, 69 ans",
            ),
            link(
                "https://www.cybermalveillance.gouv.fr/",
                "Cybermalveillance.gouv.fr",
                "Assistance et prévention en sécurité numérique, pour les particuliers.",
            ),
            document(
                "affiche-cinq-indices-arnaque",
                "Affiche : cinq indices d'une arnaque",
                "À imprimer en A4 pour l'espace d'accueil.",
            ),
        ],
        "documents": [
            {
                "slug": "affiche-cinq-indices-arnaque",
                "title": "Arnaque ou pas ? Cinq indices à vérifier",
                "filename": "affiche-cinq-indices-arnaque.pdf",
                "lines": [
                    "# Avant de cliquer, je vérifie :",
                    "1. L'urgence : « dernier rappel », « sous 24 heures » ? Méfiance.",
                    "2. L'expéditeur : un numéro de portable inconnu pour un organisme officiel ?",
                    "3. Le lien : ressemble-t-il au vrai site sans l'être ?",
                    "4. La demande : de l'argent, même 1,99 €, ou mes coordonnées bancaires ?",
                    "5. Le contexte : est-ce que j'attends vraiment un colis, une amende ?",
                    "",
                    "# En cas de doute",
                    "Je ne clique pas. J'ouvre moi-même le site ou l'application officielle.",
                    "",
                    "# Je signale",
                    "SMS frauduleux : je le transfère au 33700 (gratuit).",
                    "Après une arnaque : www.cybermalveillance.gouv.fr",
                    "Carte bancaire : je fais opposition tout de suite.",
                ],
            }
        ],
    },
    {
        "slug": "franceconnect-pas-a-pas",
        "title": "FranceConnect pas à pas : un seul compte pour les services publics",
        "summary": (
            "Expliquer FranceConnect avec une image simple, choisir le bon compte de "
            "connexion, et réussir une première connexion sur un service public. Avec les "
            "erreurs fréquentes et comment les éviter."
        ),
        "themes": ["Aide aux démarches administratives", "Navigation sur Internet"],
        "audiences": ["Adultes", "Seniors & personnes âgées"],
        "tags": [
            "démarches en ligne",
            "FranceConnect",
            "identité numérique",
            "premiers pas",
            "France Services",
        ],
        "authors": ["Claire Fontaine", "Julien Le Goff"],
        "licence": "etalab-2.0",
        "level": "debutant",
        "duration_minutes": 40,
        "published_days_ago": 410,
        "commune": "Saint-Affrique",
        "departement": "12",
        "pix": ["2.4"],
        "body": [
            h2("Une image pour l'expliquer"),
            p(
                "FranceConnect fonctionne comme un <b>trousseau de clés</b> : au lieu de créer "
                "un nouveau compte pour chaque site public, on utilise la clé d'un compte qu'on "
                "possède déjà, par exemple celui des impôts ou de l'Assurance maladie. Le site "
                "visité vérifie l'identité auprès de ce compte, sans jamais voir le mot de passe.",
                "Beaucoup de services proposent le bouton « S'identifier avec FranceConnect » : "
                "Caf, ANTS, France Travail, retraite, mairies en ligne…",
            ),
            h2("Choisir son compte de connexion"),
            p(
                "Avant toute chose, cherchez avec la personne le compte qu'elle utilise déjà et "
                "dont elle connaît le mot de passe : impots.gouv.fr, ameli.fr, la MSA, "
                "l'Identité Numérique La Poste ou l'application France Identité. Il vaut mieux "
                "toujours utiliser le même : c'est celui-là qu'elle retiendra.",
            ),
            h2("La première connexion"),
            steps(
                (
                    "Aller sur le site du service",
                    "En tapant son adresse, ou depuis service-public.fr, et non depuis un lien "
                    "reçu par message.",
                ),
                (
                    "Cliquer sur le bouton FranceConnect",
                    "Il est bleu et porte la mention « S'identifier avec FranceConnect ». "
                    "L'adresse affichée doit rester celle du service public.",
                ),
                (
                    "Choisir le compte",
                    "Cliquer sur le logo du compte retenu (impôts, Ameli…), puis saisir ses "
                    "identifiants habituels.",
                ),
                (
                    "Vérifier les informations transmises",
                    "Le service affiche le nom, le prénom et la date de naissance. Si une "
                    "information est fausse, c'est dans le compte d'origine qu'il faut la "
                    "corriger.",
                ),
                (
                    "Noter la méthode",
                    "Sur le mémo de la personne : « Pour la Caf, je passe par FranceConnect "
                    "avec mon compte impôts. »",
                ),
            ),
            callout(
                "Erreur fréquente",
                "La personne ne se souvient plus du mot de passe du compte choisi. Inutile "
                "d'insister : on fait la récupération du mot de passe sur le site d'origine "
                "(impôts, Ameli), puis on revient à FranceConnect.",
                kind="attention",
            ),
            h3("Pour aller plus loin"),
            p(
                "Certaines démarches sensibles demandent un niveau de sécurité plus élevé "
                "(FranceConnect+). Elles nécessitent un compte plus robuste, comme l'Identité "
                "Numérique La Poste ou France Identité, avec une vérification de la pièce "
                "d'identité.",
            ),
            link(
                "https://franceconnect.gouv.fr/",
                "FranceConnect",
                "Le site officiel : fonctionnement, comptes utilisables et aide.",
            ),
        ],
    },
    {
        "slug": "mettre-de-l-ordre-dans-ses-mots-de-passe",
        "title": "Mettre de l'ordre dans ses mots de passe",
        "summary": (
            "Une phrase de passe pour les comptes essentiels, un gestionnaire de mots de passe "
            "pour le reste, et la double authentification sur la messagerie : une méthode "
            "progressive pour passer du carnet griffonné à une organisation sûre."
        ),
        "themes": ["Risques cyber et protection", "Maîtrise des outils numériques"],
        "audiences": ["Adultes", "Personnes en insertion sociale ou professionnelle"],
        "tags": ["mot de passe", "sécurité", "gestionnaire de mots de passe", "logiciels libres"],
        "authors": ["Thomas Nguyen"],
        "licence": "cc-by-sa-4.0",
        "level": "intermediaire",
        "duration_minutes": 90,
        "published_days_ago": 275,
        "commune": "Saint-Denis",
        "departement": "974",
        "pix": ["4.1", "4.2"],
        "body": [
            h2("Partir de la situation réelle"),
            p(
                "Commencez par demander, sans jugement : « Comment faites-vous aujourd'hui pour "
                "retenir vos mots de passe ? » Carnet, même mot de passe partout, fichier sur le "
                "téléphone, navigateur qui retient tout : chaque réponse est un point de départ. "
                "L'objectif n'est pas la perfection mais un progrès durable.",
            ),
            h2("Trois niveaux de protection"),
            h3("1. Les comptes essentiels"),
            p(
                "La messagerie est le compte le plus important : c'est elle qui permet de "
                "réinitialiser tous les autres. Elle mérite un mot de passe unique et robuste, "
                "qu'on construit avec la méthode de la <b>phrase de passe</b> : quatre ou cinq "
                "mots sans rapport entre eux, faciles à se représenter, éventuellement reliés "
                "par un chiffre ou un signe.",
            ),
            h3("2. Tous les autres comptes"),
            p(
                "Impossible de retenir trente phrases de passe. Un <b>gestionnaire de mots de "
                "passe</b> les retient pour nous, derrière un mot de passe maître. KeePassXC "
                "(un logiciel libre, sur ordinateur) ou Bitwarden (dont le code est ouvert, "
                "avec une application mobile) sont de bons choix pour débuter.",
            ),
            h3("3. La double authentification"),
            p(
                "Activée sur la messagerie et les comptes sensibles, elle demande un code "
                "reçu sur le téléphone en plus du mot de passe. Un mot de passe volé ne suffit "
                "alors plus.",
            ),
            steps(
                (
                    "Choisir la phrase de passe de la messagerie",
                    "La personne l'invente et l'écrit elle-même ; vous ne la voyez pas.",
                ),
                (
                    "Installer le gestionnaire",
                    "Sur l'appareil personnel de la personne, jamais sur un poste public.",
                ),
                (
                    "Y ranger cinq comptes",
                    "Les plus utilisés d'abord. Les autres seront ajoutés au fil des connexions.",
                ),
                (
                    "Activer la double authentification",
                    "Sur la messagerie au minimum, en vérifiant le numéro de téléphone.",
                ),
                (
                    "Prévoir l'oubli",
                    "Le mot de passe maître est noté sur papier et rangé à la maison, dans un "
                    "endroit connu d'un proche de confiance.",
                ),
            ),
            callout(
                "Un carnet, ce n'est pas interdit",
                "Pour une personne qui ne sera jamais à l'aise avec un gestionnaire, un carnet "
                "rangé à la maison vaut mieux qu'un même mot de passe partout. Le risque, c'est "
                "le vol à distance, pas le cambrioleur qui lirait un carnet.",
            ),
            link(
                "https://www.cnil.fr/fr/mots-de-passe-des-recommandations-de-securite-minimales-pour-les-entreprises-et-les-particuliers",
                "CNIL : recommandations sur les mots de passe",
                "Les règles à suivre selon les usages, expliquées par la CNIL.",
            ),
            document(
                "methode-phrase-de-passe",
                "Fiche : fabriquer sa phrase de passe",
                "La méthode en quatre étapes, avec des exemples à ne pas réutiliser.",
            ),
        ],
        "documents": [
            {
                "slug": "methode-phrase-de-passe",
                "title": "Fabriquer sa phrase de passe",
                "filename": "methode-phrase-de-passe.pdf",
                "lines": [
                    "# 1. Je choisis quatre mots sans rapport entre eux",
                    "Exemple (à ne pas réutiliser) : girafe, parapluie, samedi, volcan.",
                    "",
                    "# 2. J'imagine une scène pour les retenir",
                    "Une girafe avec un parapluie, un samedi, au pied d'un volcan.",
                    "",
                    "# 3. Je les assemble avec un signe et un chiffre",
                    "Girafe-Parapluie-Samedi-Volcan7",
                    "",
                    "# 4. Je ne l'utilise que pour un seul compte",
                    "Ma messagerie mérite sa propre phrase. Pour les autres comptes, un",
                    "gestionnaire de mots de passe s'en souvient pour moi.",
                    "",
                    "# À retenir",
                    "- Plus c'est long, plus c'est solide.",
                    "- Personne n'a à me demander mon mot de passe, pas même un conseiller.",
                    "- J'active la double authentification sur ma messagerie.",
                ],
            }
        ],
    },
    {
        "slug": "premier-contact-avec-une-tablette",
        "title": "Premier contact avec une tablette pour une personne âgée",
        "summary": (
            "Les gestes de base (toucher, glisser, pincer), le bouton d'accueil, le clavier "
            "qui apparaît tout seul : une première séance sans jargon, où la personne tient "
            "la tablette du début à la fin et repart avec une réussite concrète."
        ),
        "themes": ["Maîtrise des outils numériques"],
        "audiences": ["Seniors & personnes âgées", "Personnes très éloignées du numérique"],
        "tags": ["tablette", "seniors", "premiers pas", "médiathèque"],
        "authors": ["Yannick Morvan"],
        "licence": "cc-by-sa-4.0",
        "level": "debutant",
        "duration_minutes": 60,
        "published_days_ago": 700,
        "last_reviewed_days_ago": 200,
        "commune": "Carhaix-Plouguer",
        "departement": "29",
        "pix": ["5.2"],
        "body": [
            h2("Préparer la tablette avant l'arrivée"),
            ul(
                "Une tablette bien préparée évite la moitié des difficultés :",
                "taille du texte augmentée et luminosité au maximum ;",
                "son des touches activé : le retour sonore rassure ;",
                "écran d'accueil épuré, avec quatre ou cinq icônes seulement ;",
                "verrouillage automatique retardé à dix minutes, pour ne pas perdre le fil.",
            ),
            h2("Les gestes, un par un"),
            p(
                "On apprend un geste à la fois, avec un but concret. Le <b>toucher</b> bref "
                "ouvre une application : on ouvre l'appareil photo. Le <b>glisser</b> fait "
                "défiler : on parcourt les photos prises. Le <b>pincer</b> agrandit : on "
                "zoome sur un visage. Chaque geste est répété trois ou quatre fois avant de "
                "passer au suivant.",
                "La principale difficulté est l'appui trop long ou trop appuyé. Comparez avec "
                "un moustique qu'on chasse de la main : un effleurement suffit.",
            ),
            steps(
                (
                    "Allumer et déverrouiller",
                    "La personne repère le bouton et fait le geste elle-même, même si c'est "
                    "plus lent.",
                ),
                (
                    "Prendre une photo",
                    "D'un objet de la salle, puis de vous : c'est le geste le plus "
                    "gratifiant pour commencer.",
                ),
                (
                    "Revenir à l'accueil",
                    "Le bouton ou le geste de retour est la « porte de sortie » : quoi qu'il "
                    "arrive, on sait revenir au départ.",
                ),
                (
                    "Écrire un mot",
                    "Dans la barre de recherche, le nom de sa commune : le clavier apparaît "
                    "tout seul et disparaît quand on a fini.",
                ),
                (
                    "Éteindre ou mettre en veille",
                    "Et expliquer la différence, qui inquiète souvent.",
                ),
            ),
            callout(
                "Les mains dans le dos",
                "Pendant toute la séance, gardez vos mains loin de l'écran. Si vous devez "
                "montrer, utilisez votre propre tablette, à côté.",
            ),
            quote(
                "J'avais peur de la casser. En fait on ne peut rien casser en touchant "
                "l'écran, il me l'a dit dix fois et maintenant je le crois.",
                "Yvonne",
                "84 ans, emprunteuse de tablette",
            ),
            h3("Après la séance"),
            p(
                "Proposez un deuxième rendez-vous dans la semaine, avant que les gestes ne "
                "s'oublient, et un petit mémo illustré des gestes. Si la personne n'a pas de "
                "tablette, renseignez-vous sur les prêts de matériel de votre réseau de "
                "médiathèques.",
            ),
        ],
    },
    {
        "slug": "accueillir-un-public-allophone",
        "title": "Accueillir un public allophone : outils de traduction et bonnes pratiques",
        "summary": (
            "Comment mener un accompagnement numérique sans langue commune : traduction "
            "instantanée, mode conversation, pictogrammes, interprétariat professionnel. Ce "
            "qui marche, ce qui coince, et les précautions pour les données personnelles."
        ),
        "themes": ["Aide aux démarches administratives", "Maîtrise des outils numériques"],
        "audiences": [
            "Personnes allophones, réfugiées ou demandeuses d'asile",
            "Personnes en situation d'illettrisme",
        ],
        "tags": ["traduction", "accueil", "démarches en ligne", "interprétariat"],
        "authors": ["Mamadou Diallo"],
        "licence": "cc-by-sa-4.0",
        "level": "intermediaire",
        "duration_minutes": 45,
        "published_days_ago": 160,
        "commune": "Grenoble",
        "departement": "38",
        "pix": ["2.1"],
        "body": [
            h2("Commencer par l'accueil, pas par l'outil"),
            p(
                "Un sourire, une chaise, un verre d'eau : l'accueil se passe de traduction. "
                "Identifiez ensuite la langue de la personne (une carte avec « Je parle… » "
                "écrit dans vingt langues fait gagner du temps) et la langue de l'écrit : "
                "certaines personnes parlent une langue qu'elles ne lisent pas.",
            ),
            h2("Les outils et leurs usages"),
            h3("La traduction vocale en mode conversation"),
            p(
                "Google Traduction et Microsoft Translator proposent un mode conversation : "
                "chacun parle dans sa langue, le téléphone traduit à voix haute. C'est "
                "l'outil le plus utile pour l'oral, à condition de faire des phrases courtes, "
                "une idée à la fois.",
            ),
            h3("La traduction d'un document par l'appareil photo"),
            p(
                "Pointer la caméra sur un courrier de la préfecture ou de la Caf donne une "
                "idée du contenu. C'est suffisant pour comprendre de quoi il s'agit, pas pour "
                "en saisir le détail juridique.",
            ),
            h3("Les pictogrammes"),
            p(
                "Pour les étapes d'une démarche (« photo », « signature », « justificatif de "
                "domicile »), des pictogrammes imprimés évitent les contresens et servent de "
                "mémo à emporter.",
            ),
            callout(
                "Quand faire appel à un interprète",
                "Pour une démarche aux conséquences importantes (titre de séjour, asile, "
                "santé), la traduction automatique ne suffit pas. Un service "
                "d'interprétariat par téléphone, un proche de confiance majeur ou une "
                "association spécialisée sont préférables. Évitez de faire traduire un "
                "enfant : ce n'est pas son rôle.",
                kind="attention",
            ),
            h2("Protéger les données de la personne"),
            ul(
                "Les outils de traduction en ligne envoient les textes sur des serveurs distants :",
                "ne photographiez pas un document d'identité ou un courrier médical complet ;",
                "masquez le numéro d'étranger, l'adresse et les dates avant de traduire ;",
                "préférez la traduction hors ligne quand l'application la propose.",
            ),
            steps(
                (
                    "Identifier langue parlée et langue lue",
                    "Avec la carte « Je parle… » ou en montrant des drapeaux, sans en présumer.",
                ),
                (
                    "Poser le cadre",
                    "En une phrase traduite : qui vous êtes, ce que vous pouvez faire, et "
                    "que tout reste confidentiel.",
                ),
                (
                    "Avancer phrase par phrase",
                    "Vérifiez la compréhension en faisant reformuler, pas en demandant "
                    "« vous avez compris ? ».",
                ),
                (
                    "Remettre un mémo",
                    "Dans la langue de la personne si possible, avec des pictogrammes.",
                ),
            ),
            quote(
                "La première fois, je pensais qu'on ne pourrait rien faire sans parler la "
                "même langue. Avec le téléphone et beaucoup de patience, on a fait sa "
                "demande de complémentaire santé en quarante minutes.",
                "Mamadou Diallo",
                "médiateur numérique",
            ),
        ],
    },
    {
        "slug": "diagnostic-competences-numeriques-en-10-minutes",
        "title": "Faire un diagnostic des compétences numériques en dix minutes",
        "summary": (
            "Une grille courte, à remplir en conversation et pas comme un examen : ce que la "
            "personne fait déjà, ce qu'elle voudrait faire, ce qui la bloque. Pour orienter "
            "vers le bon accompagnement dès le premier rendez-vous."
        ),
        "themes": ["Diagnostic de compétences numériques"],
        "audiences": ["Adultes", "Personnes en insertion sociale ou professionnelle"],
        "tags": ["diagnostic", "accueil", "orientation", "PIX", "insertion"],
        "authors": ["Sophie Martin"],
        "licence": "cc-by-4.0",
        "level": "intermediaire",
        "duration_minutes": 10,
        "published_days_ago": 330,
        "last_reviewed_days_ago": 90,
        "pix": ["1.1", "2.1", "5.1"],
        "body": [
            h2("Pourquoi un diagnostic court"),
            p(
                "Un premier rendez-vous sert à comprendre la situation de la personne, pas à "
                "évaluer ses connaissances. Un test long et scolaire met mal à l'aise et "
                "mesure surtout l'aisance face à un test. Dix minutes de conversation guidée "
                "suffisent pour savoir par où commencer et vers qui orienter.",
            ),
            h2("La grille, en quatre questions"),
            steps(
                (
                    "« De quoi êtes-vous équipé ? »",
                    "Téléphone, ordinateur, tablette, connexion à la maison, forfait mobile : "
                    "on note ce qui existe, pas ce qui manque.",
                ),
                (
                    "« Qu'est-ce que vous faites déjà ? »",
                    "Appeler en vidéo, envoyer des photos, consulter son compte bancaire… On "
                    "découvre souvent des compétences que la personne ne valorise pas.",
                ),
                (
                    "« Qu'est-ce que vous aimeriez faire seul ? »",
                    "C'est la question la plus importante : elle fixe l'objectif de "
                    "l'accompagnement, exprimé avec les mots de la personne.",
                ),
                (
                    "« Montrez-moi comment vous feriez »",
                    "Une seule petite tâche, sur son propre appareil : ouvrir sa messagerie, "
                    "chercher les horaires de la mairie. On observe sans intervenir.",
                ),
            ),
            h2("Lire les réponses"),
            p(
                "Trois profils se dégagent souvent. La personne <b>autonome avec un besoin "
                "ponctuel</b> repart avec une réponse et un lien. La personne <b>qui veut "
                "apprendre</b> est orientée vers un parcours d'ateliers. La personne <b>qui ne "
                "peut pas ou ne veut pas apprendre maintenant</b> a besoin d'un "
                "accompagnement aux démarches, éventuellement avec un mandat Aidants Connect.",
            ),
            callout(
                "Un diagnostic, pas une étiquette",
                "Notez la date sur la grille et refaites le point au bout de quelques "
                "semaines : les progrès sont souvent rapides et les montrer à la personne est "
                "très motivant.",
            ),
            p(
                "Pour les personnes qui veulent aller plus loin ou valoriser leurs "
                "compétences dans un parcours d'insertion, la plateforme publique Pix permet "
                "ensuite de se tester et d'obtenir une certification reconnue.",
            ),
            link(
                "https://pix.fr/",
                "Pix",
                "Le service public en ligne pour évaluer et certifier ses compétences numériques.",
            ),
            document(
                "grille-diagnostic-10-minutes",
                "Grille de diagnostic en dix minutes",
                "Une page recto, à remplir pendant la conversation.",
            ),
        ],
        "documents": [
            {
                "slug": "grille-diagnostic-10-minutes",
                "title": "Grille de diagnostic des compétences numériques (10 minutes)",
                "filename": "grille-diagnostic-10-minutes.pdf",
                "lines": [
                    "Date : ....../....../..........   Accompagnant·e : ..........................",
                    "",
                    "# 1. Équipement",
                    "[ ] Téléphone tactile   [ ] Ordinateur   [ ] Tablette",
                    "[ ] Connexion à la maison   [ ] Forfait avec Internet",
                    "",
                    "# 2. Ce que la personne fait déjà",
                    "[ ] Appels vidéo   [ ] Messages et photos   [ ] Recherche sur Internet",
                    "[ ] Messagerie e-mail   [ ] Compte bancaire   [ ] Démarches en ligne",
                    "",
                    "# 3. Ce qu'elle aimerait faire seule (avec ses mots)",
                    "...........................................................................",
                    "...........................................................................",
                    "",
                    "# 4. Mise en situation (une tâche, sur son appareil)",
                    "Tâche : ...........................  [ ] Seule  [ ] Avec aide  [ ] Pas encore",
                    "",
                    "# Orientation",
                    "[ ] Réponse ponctuelle   [ ] Parcours d'ateliers   [ ] Aide aux démarches",
                    "Prochain rendez-vous : ......................................................",
                ],
            }
        ],
    },
    {
        "slug": "activer-et-utiliser-mon-espace-sante",
        "title": "Activer et utiliser Mon espace santé",
        "summary": (
            "Mon espace santé réunit documents médicaux, messagerie sécurisée avec les "
            "soignants et agenda de santé. Comment l'expliquer, aider à l'activer, et "
            "montrer que la personne garde la main sur qui voit quoi."
        ),
        "themes": ["Numérique en santé", "Aide aux démarches administratives"],
        "audiences": ["Adultes", "Seniors & personnes âgées"],
        "tags": ["santé", "Mon espace santé", "données personnelles", "démarches en ligne"],
        "authors": ["Fatou Sow"],
        "licence": "etalab-2.0",
        "level": "debutant",
        "duration_minutes": 45,
        "published_days_ago": 48,
        "commune": "Cayenne",
        "departement": "973",
        "pix": ["4.2"],
        "body": [
            h2("Ce qu'est Mon espace santé"),
            p(
                "Mon espace santé est le carnet de santé numérique proposé à chaque assuré par "
                "l'Assurance maladie. On y trouve un <b>dossier médical</b> (ordonnances, "
                "comptes rendus, résultats d'analyses, vaccinations), une <b>messagerie "
                "sécurisée</b> pour échanger avec les professionnels de santé, un <b>agenda</b> "
                "et un catalogue d'applications référencées.",
                "Il est gratuit et n'est pas obligatoire : la personne peut le fermer à tout "
                "moment, et ses documents ne sont pas partagés avec son employeur ou sa "
                "mutuelle.",
            ),
            h2("L'activation, pas à pas"),
            steps(
                (
                    "Rassembler ce qu'il faut",
                    "La carte Vitale et, si la personne l'a reçu, le code provisoire envoyé par "
                    "courrier ou par e-mail. Une adresse e-mail et un téléphone sont utiles "
                    "pour les notifications.",
                ),
                (
                    "Aller sur le site ou l'application officielle",
                    "En tapant l'adresse monespacesante.fr, jamais depuis un lien reçu par "
                    "SMS : de faux messages imitent l'Assurance maladie.",
                ),
                (
                    "Suivre la procédure d'activation",
                    "Le site demande le numéro de sécurité sociale, puis le code provisoire ou, "
                    "à défaut, le numéro de série de la carte Vitale.",
                ),
                (
                    "Choisir ses préférences",
                    "Notifications, accès en cas d'urgence, professionnels autorisés : on les "
                    "parcourt ensemble en expliquant chaque choix.",
                ),
                (
                    "Ajouter un premier document",
                    "Par exemple une photo du carnet de vaccination : la personne voit "
                    "concrètement à quoi sert l'espace.",
                ),
            ),
            callout(
                "Le consentement avant tout",
                "Ne créez ni n'activez jamais l'espace santé de quelqu'un sans son accord "
                "explicite, même à la demande d'un proche. Pour un parent âgé, c'est la "
                "personne elle-même qui décide, sauf mesure de protection juridique.",
                kind="attention",
            ),
            h2("Ce que la personne garde en main"),
            p(
                "C'est l'argument qui rassure le plus : la personne choisit les documents "
                "visibles, peut masquer un document à certains soignants, et consulte "
                "l'historique des accès. Montrez cet historique, il rend la confidentialité "
                "concrète.",
            ),
            quote(
                "Avant, je perdais les ordonnances. Maintenant l'infirmière les dépose et je "
                "les retrouve sur mon téléphone, même chez ma fille à Kourou.",
                "Rosine",
                "patiente de la maison de santé, 71 ans",
            ),
            link(
                "https://www.monespacesante.fr/",
                "Mon espace santé",
                "Le site officiel, avec des tutoriels vidéo et une aide en ligne.",
            ),
        ],
    },
    {
        "slug": "controle-parental-et-ecrans-en-famille",
        "title": "Contrôle parental : accompagner les parents sans leur faire la leçon",
        "summary": (
            "Régler le contrôle parental du téléphone ou de la console, oui, mais surtout "
            "parler des écrans en famille. Une fiche pour conseiller des parents, avec les "
            "outils intégrés aux appareils et une charte familiale à remplir ensemble."
        ),
        "themes": ["Parentalité", "Risques cyber et protection"],
        "audiences": ["Parents"],
        "tags": ["famille", "écrans", "contrôle parental", "jeux vidéo"],
        "authors": ["Karim Haddad"],
        "licence": "cc-by-nc-sa-4.0",
        "level": "debutant",
        "duration_minutes": 60,
        "published_days_ago": 230,
        "commune": "Roubaix",
        "departement": "59",
        "pix": ["4.3"],
        "body": [
            h2("Partir des questions des parents"),
            p(
                "Les parents arrivent rarement en disant « je veux un contrôle parental ». Ils "
                "disent : « il ne lâche plus son téléphone », « elle a vu quelque chose qui l'a "
                "choquée », « je ne sais pas à quoi il joue ». Commencez par écouter : l'outil "
                "technique ne règle qu'une partie du problème, et les parents le savent.",
            ),
            h2("Ce que les outils savent faire"),
            ul(
                "Les appareils récents intègrent tous un contrôle parental gratuit :",
                "<b>Family Link</b> sur Android et <b>Temps d'écran</b> sur iPhone et iPad : "
                "durée d'utilisation, horaires, validation des téléchargements ;",
                "les consoles de jeux : classification d'âge PEGI, temps de jeu, achats ;",
                "la box Internet : filtrage et coupure du Wi-Fi à certaines heures.",
            ),
            p(
                "Depuis la loi du 2 mars 2022, les appareils connectés vendus en France "
                "doivent proposer l'activation d'un contrôle parental dès leur première mise "
                "en service. Le site public jeprotegemonenfant.gouv.fr propose des tutoriels "
                "appareil par appareil.",
            ),
            h2("Régler, étape par étape"),
            steps(
                (
                    "Choisir un appareil et un objectif",
                    "Un seul à la fois : « pas de téléphone après 21 heures », « pas de jeux "
                    "classés 18 ans ».",
                ),
                (
                    "Faire le réglage avec le parent aux commandes",
                    "Sur son propre téléphone, pour qu'il sache le modifier seul plus tard.",
                ),
                (
                    "Prévoir d'en parler à l'enfant",
                    "Un réglage imposé sans explication est vite contourné. Expliqué, il "
                    "devient une règle de la maison.",
                ),
                (
                    "Fixer un rendez-vous dans un mois",
                    "Les besoins changent avec l'âge : le réglage aussi.",
                ),
            ),
            callout(
                "Pas de surveillance cachée",
                "Les applications qui lisent en secret les messages d'un adolescent abîment la "
                "confiance et peuvent poser des problèmes juridiques. Orientez plutôt vers des "
                "réglages connus de l'enfant.",
                kind="attention",
            ),
            h2("La charte familiale"),
            p(
                "Proposez aux parents de remplir avec leurs enfants une charte des écrans : "
                "les moments sans écran (repas, chambre la nuit), ce qu'on a le droit de "
                "télécharger, à qui on en parle quand quelque chose met mal à l'aise. Les "
                "règles valent aussi pour les adultes : c'est souvent ce qui les rend "
                "acceptables.",
            ),
            p(
                "En cas de cyberharcèlement, le numéro national gratuit <b>3018</b> écoute "
                "les jeunes et les parents, et peut faire supprimer des contenus.",
            ),
            link(
                "https://www.jeprotegemonenfant.gouv.fr/",
                "Je protège mon enfant",
                "Le site public d'information des parents sur les écrans et le contrôle parental.",
            ),
            document(
                "charte-familiale-des-ecrans",
                "Charte familiale des écrans",
                "À remplir en famille et à afficher sur le frigo.",
            ),
        ],
        "documents": [
            {
                "slug": "charte-familiale-des-ecrans",
                "title": "Notre charte familiale des écrans",
                "filename": "charte-familiale-des-ecrans.pdf",
                "lines": [
                    "Famille : .................................  Date : ....../....../..........",
                    "",
                    "# Nos moments sans écran",
                    "- Pendant les repas : [ ] oui  [ ] non",
                    "- Dans les chambres la nuit : [ ] oui  [ ] non",
                    "- Autre : ...................................................................",
                    "",
                    "# Nos temps d'écran",
                    "En semaine : ............  Le week-end : ............",
                    "",
                    "# Ce qu'on télécharge",
                    "Les jeux et applications sont choisis ensemble, selon leur âge PEGI.",
                    "",
                    "# Si quelque chose nous met mal à l'aise",
                    "On en parle à : ..........................................................",
                    "Numéro gratuit contre le cyberharcèlement : 3018",
                    "",
                    "# Ces règles valent aussi pour les adultes de la maison.",
                    "Signatures : ..............................................................",
                ],
            }
        ],
    },
    {
        "slug": "bien-choisir-un-appareil-reconditionne",
        "title": "Bien choisir un ordinateur ou un téléphone reconditionné",
        "summary": (
            "Un appareil reconditionné coûte moins cher et évite d'en fabriquer un neuf. "
            "Les points à vérifier avant d'acheter (garantie, batterie, mises à jour), les "
            "bons circuits, et comment conseiller une personne au petit budget."
        ),
        "themes": ["Matériel reconditionné", "Usages responsables du numérique"],
        "audiences": ["Tous publics", "Personnes en insertion sociale ou professionnelle"],
        "tags": ["réemploi", "reconditionné", "écologie", "équipement", "budget"],
        "authors": ["Amandine Lefèvre"],
        "licence": "cc-by-sa-4.0",
        "level": "intermediaire",
        "duration_minutes": 30,
        "published_days_ago": 120,
        "commune": "Roubaix",
        "departement": "59",
        "pix": ["5.2", "4.3"],
        "body": [
            h2("Reconditionné, d'occasion : quelle différence ?"),
            p(
                "Un appareil <b>d'occasion</b> est revendu tel quel, souvent entre "
                "particuliers. Un appareil <b>reconditionné</b> a été contrôlé, nettoyé, "
                "réparé si besoin et remis à zéro par un professionnel, qui le vend avec une "
                "garantie. Pour une personne qui ne peut pas se permettre une mauvaise "
                "surprise, le reconditionné est presque toujours le meilleur choix.",
                "C'est aussi un geste écologique important : l'essentiel de l'empreinte "
                "environnementale d'un téléphone ou d'un ordinateur vient de sa fabrication, "
                "pas de son utilisation.",
            ),
            h2("Les cinq points à vérifier"),
            steps(
                (
                    "La garantie",
                    "Au moins douze mois de garantie légale de conformité pour un appareil "
                    "reconditionné vendu par un professionnel. Méfiance si on vous en propose "
                    "moins.",
                ),
                (
                    "La batterie",
                    "Pour un téléphone, demandez l'état de la batterie (au-dessus de 80 % de "
                    "sa capacité d'origine) ou si elle a été remplacée.",
                ),
                (
                    "Les mises à jour",
                    "Un téléphone qui ne reçoit plus de mises à jour de sécurité devient "
                    "risqué pour les démarches et la banque. Vérifiez l'année de sortie du "
                    "modèle.",
                ),
                (
                    "La puissance utile",
                    "Pour des démarches, de la messagerie et de la visio, inutile de viser "
                    "haut : 8 Go de mémoire vive et un disque SSD suffisent sur un ordinateur.",
                ),
                (
                    "Le grade esthétique",
                    "Les grades (A, B, C…) ne concernent que l'aspect. Un appareil rayé "
                    "fonctionne aussi bien et coûte moins cher.",
                ),
            ),
            callout(
                "Et les vieux ordinateurs ?",
                "Un ordinateur qui ne peut plus passer à la dernière version de Windows n'est "
                "pas bon à jeter : avec une distribution Linux légère comme Linux Mint, il "
                "peut servir encore plusieurs années pour Internet et la bureautique.",
            ),
            h2("Où acheter"),
            ul(
                "Privilégiez les circuits qui emploient et forment localement :",
                "les ateliers de reconditionnement de l'économie sociale et solidaire, "
                "ressourceries et entreprises d'insertion ;",
                "les dispositifs de votre collectivité ou de votre région, qui proposent "
                "parfois des équipements à tarif solidaire ;",
                "les vendeurs professionnels qui affichent clairement la garantie et l'état "
                "de la batterie.",
            ),
            quote(
                "On croyait que reconditionné voulait dire « de seconde zone ». Mon fils fait "
                "ses devoirs dessus depuis deux ans, et il a coûté le tiers du prix neuf.",
                "Samia",
                "maman de deux collégiens",
            ),
            document(
                "check-list-achat-reconditionne",
                "Check-list : acheter un appareil reconditionné",
                "À emporter en magasin ou à garder sous les yeux pour un achat en ligne.",
            ),
        ],
        "documents": [
            {
                "slug": "check-list-achat-reconditionne",
                "title": "Check-list : acheter un appareil reconditionné",
                "filename": "check-list-achat-reconditionne.pdf",
                "lines": [
                    "# Avant d'acheter, je vérifie :",
                    "[ ] La garantie : au moins 12 mois, écrite sur la facture.",
                    "[ ] La batterie : plus de 80 % de sa capacité, ou remplacée.",
                    "[ ] Les mises à jour : le modèle en reçoit encore (année de sortie ?).",
                    "[ ] Le chargeur et le câble sont fournis.",
                    "[ ] Le grade esthétique : A, B ou C, l'aspect seulement.",
                    "",
                    "# Pour mes usages",
                    "Démarches, messages, visio : pas besoin du dernier modèle.",
                    "Ordinateur : 8 Go de mémoire vive et un disque SSD suffisent.",
                    "",
                    "# Où acheter",
                    "Ressourceries, ateliers d'insertion, dispositifs solidaires de ma commune,",
                    "vendeurs professionnels qui affichent garantie et état de la batterie.",
                ],
            }
        ],
    },
    {
        "slug": "sobriete-numerique-au-quotidien",
        "title": "Sobriété numérique au quotidien : des gestes qui comptent vraiment",
        "summary": (
            "Garder ses appareils plus longtemps, préférer le Wi-Fi, baisser la qualité des "
            "vidéos : parler d'écologie numérique sans culpabiliser, en commençant par les "
            "gestes qui ont le plus d'effet et qui font souvent faire des économies."
        ),
        "themes": ["Sobriété numérique", "Usages responsables du numérique"],
        "audiences": ["Tous publics", "Adultes"],
        "tags": ["écologie", "sobriété", "réemploi", "budget"],
        "authors": ["Amandine Lefèvre", "Julien Le Goff"],
        "licence": "cc0-1.0",
        "level": "debutant",
        "duration_minutes": 30,
        "published_days_ago": 15,
        "pix": ["4.3"],
        "body": [
            h2("Remettre les gestes dans le bon ordre"),
            p(
                "On entend souvent qu'il faut supprimer ses vieux e-mails pour sauver la "
                "planète. C'est un geste sympathique, mais de faible effet. En France, la plus "
                "grande part de l'empreinte environnementale du numérique vient de la "
                "<b>fabrication des appareils</b> : extraction des métaux, énergie, transport. "
                "Le geste le plus utile est donc de garder ses appareils plus longtemps.",
            ),
            h2("Les gestes, du plus utile au plus symbolique"),
            steps(
                (
                    "Faire durer ses appareils",
                    "Une coque et un verre trempé, une batterie qu'on remplace plutôt qu'un "
                    "téléphone qu'on change, des mises à jour faites : chaque année gagnée "
                    "compte.",
                ),
                (
                    "Réparer, acheter reconditionné, donner",
                    "Un appareil qui dort dans un tiroir peut servir à quelqu'un d'autre. Les "
                    "ressourceries et les associations le récupèrent.",
                ),
                (
                    "Préférer le Wi-Fi et le réseau fixe",
                    "Regarder des vidéos en 4G ou 5G consomme davantage que par la box, et "
                    "épuise le forfait.",
                ),
                (
                    "Baisser la qualité des vidéos",
                    "Sur un petit écran, la haute définition ne se voit pas. La plupart des "
                    "applications permettent de la régler.",
                ),
                (
                    "Désactiver la lecture automatique",
                    "Les vidéos qui s'enchaînent seules consomment de l'énergie et du temps "
                    "d'attention.",
                ),
            ),
            callout(
                "Sans culpabiliser",
                "Beaucoup de personnes accompagnées ont un seul appareil, souvent ancien : "
                "elles pratiquent déjà la sobriété. Valorisez-le, et présentez les gestes "
                "comme des économies autant que comme de l'écologie.",
            ),
            h2("Animer la discussion"),
            p(
                "Un bon point de départ : faire deviner au groupe, parmi une liste de gestes, "
                "lesquels ont le plus d'effet. Les réponses surprennent presque toujours, et "
                "la discussion qui suit est plus riche qu'une liste de consignes.",
            ),
            quote(
                "J'ai appris que mon vieux téléphone n'était pas ringard, qu'il était "
                "écolo. Je vais juste changer la batterie.",
                "Lucien",
                "participant d'un café numérique",
            ),
            link(
                "https://longuevieauxobjets.gouv.fr/",
                "Longue vie aux objets",
                "Le site de l'ADEME pour trouver un réparateur ou donner un appareil.",
            ),
        ],
    },
    {
        "slug": "verifier-une-information-avant-de-la-partager",
        "title": "Vérifier une information avant de la partager",
        "summary": (
            "Qui parle, d'où vient l'image, qu'en disent les autres sources ? Trois réflexes "
            "simples pour exercer son esprit critique face aux informations qui circulent "
            "sur les réseaux sociaux et les messageries, à pratiquer en groupe."
        ),
        "themes": ["Éducation aux médias", "Réseaux sociaux & communication"],
        "audiences": ["Tous publics", "Enfants mineurs", "Adultes"],
        "tags": ["esprit critique", "désinformation", "réseaux sociaux", "médiathèque"],
        "authors": ["Yannick Morvan"],
        "licence": "cc-by-sa-4.0",
        "level": "intermediaire",
        "duration_minutes": 60,
        "published_days_ago": 455,
        "commune": "Carhaix-Plouguer",
        "departement": "29",
        "pix": ["1.1"],
        "body": [
            h2("Pourquoi on partage trop vite"),
            p(
                "Les fausses informations circulent d'autant mieux qu'elles suscitent une "
                "émotion forte : colère, peur, indignation, émerveillement. On partage pour "
                "prévenir ses proches, avec de bonnes intentions. L'enjeu n'est pas de "
                "devenir journaliste, mais de prendre <b>trente secondes</b> avant de "
                "transférer.",
            ),
            h2("Trois réflexes"),
            steps(
                (
                    "Qui parle ?",
                    "Un média connu, un organisme public, un compte anonyme créé il y a "
                    "deux semaines ? Cliquez sur le nom du compte et regardez ce qu'il publie "
                    "d'habitude.",
                ),
                (
                    "D'où vient l'image ?",
                    "Une photo peut être ancienne ou prise ailleurs. La recherche d'image "
                    "inversée (par exemple avec Google Lens ou TinEye) retrouve ses "
                    "apparitions précédentes.",
                ),
                (
                    "Qu'en disent les autres ?",
                    "Si une information est vraie et importante, plusieurs médias en parlent. "
                    "Les rubriques de vérification des rédactions l'ont peut-être déjà "
                    "examinée.",
                ),
            ),
            callout(
                "Une émotion forte ? Pause.",
                "Apprenez au groupe à repérer ce signal : plus un message donne envie de le "
                "transférer immédiatement, plus il mérite d'être vérifié.",
            ),
            h2("En atelier"),
            p(
                "Préparez quatre ou cinq publications réelles, vraies et fausses, imprimées "
                "ou projetées : une photo sortie de son contexte, une citation inventée, un "
                "article satirique pris au premier degré, une information vraie mais "
                "surprenante. Par petits groupes, les participants appliquent les trois "
                "réflexes, puis chaque groupe présente son enquête.",
                "La conclusion la plus importante : on a le droit de ne pas savoir, et de "
                "ne pas partager.",
            ),
            h3("Avec des adolescents"),
            p(
                "Partez de leurs réseaux à eux et de formats courts (vidéos, captures "
                "d'écran). Ils sont souvent plus vigilants qu'on ne le pense, et très "
                "intéressés par les techniques de manipulation des images.",
            ),
            quote(
                "J'ai découvert que la photo du loup dans la neige, je l'avais déjà vue "
                "pour trois pays différents.",
                "Inès",
                "collégienne, 14 ans",
            ),
            link(
                "https://www.clemi.fr/",
                "CLEMI",
                "Le centre pour l'éducation aux médias et à l'information : ressources et "
                "pistes d'activités.",
            ),
        ],
    },
    {
        "slug": "l-ia-generative-expliquee-simplement",
        "title": "L'intelligence artificielle générative expliquée simplement",
        "summary": (
            "Ce que font (et ne font pas) les assistants conversationnels comme ChatGPT ou "
            "Le Chat : une explication sans jargon, des démonstrations à faire en atelier, et "
            "les précautions à transmettre sur les erreurs et les données personnelles."
        ),
        "themes": ["Intelligence artificielle", "Éducation aux médias"],
        "audiences": ["Adultes", "Tous publics"],
        "tags": ["IA", "esprit critique", "données personnelles", "animation"],
        "authors": ["Thomas Nguyen"],
        "licence": "cc-by-4.0",
        "level": "intermediaire",
        "duration_minutes": 90,
        "published_days_ago": 28,
        "commune": "Saint-Denis",
        "departement": "974",
        "pix": ["1.1", "3.1"],
        "body": [
            h2("Une image pour comprendre"),
            p(
                "Un assistant conversationnel est un <b>prédicteur de suite de texte</b> "
                "extrêmement entraîné. Il a « lu » une quantité immense de textes et, à chaque "
                "mot, il calcule quelle suite est la plus probable. C'est pourquoi il écrit "
                "avec aisance, et c'est aussi pourquoi il peut affirmer avec aplomb des choses "
                "fausses : il produit du texte plausible, pas du texte vérifié.",
                "L'image du « perroquet très cultivé » parle à la plupart des publics : il "
                "répète en recombinant, avec un talent étonnant, mais sans savoir si ce qu'il "
                "dit est vrai.",
            ),
            h2("Ce qu'il fait bien, ce qu'il fait mal"),
            ul(
                "Il est utile pour :",
                "reformuler un courrier administratif en termes simples ;",
                "proposer un premier jet de lettre, qu'on relit et corrige ;",
                "trouver des idées, résumer un texte qu'on lui fournit ;",
                "traduire ou expliquer un mot.",
            ),
            ul(
                "Il est peu fiable pour :",
                "les faits précis : dates, chiffres, références de lois, adresses ;",
                "l'actualité récente ;",
                "les conseils médicaux ou juridiques qui engagent la personne.",
            ),
            h2("Trois démonstrations pour un atelier"),
            steps(
                (
                    "Lui faire simplifier un courrier",
                    "Avec un courrier fictif de la Caf : le résultat impressionne et montre "
                    "un usage vraiment utile.",
                ),
                (
                    "Lui demander une biographie",
                    "Celle d'une personnalité locale peu connue : il invente souvent des "
                    "détails. C'est la démonstration la plus marquante des erreurs.",
                ),
                (
                    "Poser deux fois la même question",
                    "Les réponses diffèrent : cela montre qu'il ne consulte pas une base de "
                    "réponses toutes faites.",
                ),
            ),
            callout(
                "Ce qu'on ne lui confie pas",
                "Jamais de numéro de sécurité sociale, d'identifiants, de données de santé "
                "ou de documents d'identité : ce qui est saisi peut être conservé et servir "
                "à entraîner les modèles. Pour un courrier à simplifier, on retire d'abord "
                "le nom, l'adresse et les numéros.",
                kind="attention",
            ),
            h2("Garder la discussion ouverte"),
            p(
                "Les participants arrivent avec des craintes (« il va remplacer mon "
                "métier ») ou des espoirs démesurés. Accueillez les deux, et ramenez la "
                "discussion aux usages concrets et à l'esprit critique : vérifier, citer ses "
                "sources, garder la décision.",
            ),
            quote(
                "Je croyais que c'était une sorte de Google qui sait tout. Maintenant je sais "
                "qu'il faut vérifier, comme pour le reste.",
                "Jean-Marc",
                "participant, 58 ans",
            ),
            link(
                "https://www.cnil.fr/fr/intelligence-artificielle",
                "CNIL : intelligence artificielle",
                "Les repères de la CNIL sur l'IA et la protection des données.",
            ),
        ],
    },
    {
        "slug": "rendre-un-document-accessible",
        "title": "Rendre un document accessible à toutes et à tous",
        "summary": (
            "Styles de titres, textes alternatifs, contrastes, liens explicites, export PDF "
            "balisé : les bonnes pratiques pour qu'un document soit lisible avec un lecteur "
            "d'écran ou une loupe, et compréhensible par le plus grand nombre."
        ),
        "themes": ["Accessibilité"],
        "audiences": [
            "Personnes en situation de handicap ou de perte d'autonomie",
            "Tous publics",
        ],
        "tags": ["accessibilité", "bureautique", "lecteur d'écran", "logiciels libres"],
        "authors": ["Pierre-Yves Le Gall"],
        "licence": "cc-by-sa-4.0",
        "level": "avance",
        "duration_minutes": 120,
        "published_days_ago": 380,
        "last_reviewed_days_ago": 20,
        "commune": "Nantes",
        "departement": "44",
        "pix": ["3.1", "3.3"],
        "body": [
            h2("Pour qui, pourquoi"),
            p(
                "Une personne aveugle lit un document avec un lecteur d'écran, qui le "
                "restitue à voix haute ou en braille. Une personne malvoyante l'agrandit. Une "
                "personne dyslexique ou qui maîtrise mal le français a besoin d'une mise en "
                "page claire. Un document accessible sert tout le monde : il est plus lisible, "
                "mieux structuré, et il s'adapte aux petits écrans.",
            ),
            h2("Les six règles de base"),
            steps(
                (
                    "Utiliser les styles de titres",
                    "Titre 1, Titre 2… plutôt que du texte en gras agrandi. Le lecteur d'écran "
                    "s'en sert pour naviguer, comme une table des matières.",
                ),
                (
                    "Décrire les images",
                    "Chaque image porteuse d'information reçoit un texte alternatif qui dit "
                    "ce qu'elle apporte. Une image décorative est marquée comme telle.",
                ),
                (
                    "Soigner les contrastes",
                    "Texte foncé sur fond clair, jamais d'information portée par la seule "
                    "couleur (« les cases en rouge sont obligatoires »).",
                ),
                (
                    "Écrire des liens explicites",
                    "« Consulter le guide de l'aide au logement » plutôt que « cliquez ici ».",
                ),
                (
                    "Faire de vrais tableaux et de vraies listes",
                    "Avec les outils du logiciel, une ligne d'en-tête déclarée, et sans "
                    "tableau pour la mise en page.",
                ),
                (
                    "Exporter un PDF balisé",
                    "Dans LibreOffice, l'export PDF propose l'option « PDF balisé » : elle "
                    "conserve la structure. Un document scanné, lui, est une simple image.",
                ),
            ),
            callout(
                "Le test le plus simple",
                "Parcourez votre document avec le navigateur de titres du logiciel : si la "
                "structure a du sens sans le texte, elle en aura pour un lecteur d'écran. "
                "Puis essayez NVDA, un lecteur d'écran libre et gratuit pour Windows.",
            ),
            h2("Au-delà de la technique : le facile à lire"),
            p(
                "L'accessibilité, c'est aussi la compréhension. La méthode du « Facile à lire "
                "et à comprendre » (FALC) propose des règles d'écriture : phrases courtes, "
                "une idée par phrase, mots du quotidien, exemples concrets. Un document "
                "FALC se construit idéalement avec des personnes qui le relisent.",
            ),
            quote(
                "Un PDF mal fait, pour moi, c'est une porte fermée. Un document bien "
                "structuré, je le lis aussi vite que vous.",
                "Pierre-Yves Le Gall",
                "formateur, utilisateur de lecteur d'écran",
            ),
            link(
                "https://accessibilite.numerique.gouv.fr/",
                "Référentiel général d'amélioration de l'accessibilité (RGAA)",
                "Le référentiel officiel pour l'accessibilité des services numériques publics.",
            ),
            document(
                "check-list-document-accessible",
                "Check-list : mon document est-il accessible ?",
                "Douze points à vérifier avant de diffuser un document.",
            ),
        ],
        "documents": [
            {
                "slug": "check-list-document-accessible",
                "title": "Check-list : mon document est-il accessible ?",
                "filename": "check-list-document-accessible.pdf",
                "lines": [
                    "# Structure",
                    "[ ] Les titres utilisent les styles (Titre 1, Titre 2...).",
                    "[ ] Les listes sont de vraies listes à puces ou numérotées.",
                    "[ ] Les tableaux ont une ligne d'en-tête et ne servent pas à la mise en page.",
                    "[ ] La langue du document est définie.",
                    "",
                    "# Images et couleurs",
                    "[ ] Chaque image informative a un texte alternatif.",
                    "[ ] Les images décoratives sont marquées comme décoratives.",
                    "[ ] Le texte est bien contrasté avec le fond.",
                    "[ ] Aucune information n'est donnée par la couleur seule.",
                    "",
                    "# Texte",
                    "[ ] Les liens disent où ils mènent (pas de « cliquez ici »).",
                    "[ ] Les phrases sont courtes, une idée par phrase.",
                    "[ ] La police est lisible, en taille 12 au minimum.",
                    "",
                    "# Export",
                    "[ ] Le PDF est exporté « balisé » et le titre du document est renseigné.",
                ],
            }
        ],
    },
    {
        "slug": "animer-un-cafe-numerique",
        "title": "Animer un café numérique",
        "summary": (
            "Un rendez-vous régulier, sans inscription, où chacun vient avec sa question et "
            "repart avec une réponse, souvent donnée par un autre participant. Comment "
            "l'installer, l'animer et le faire durer dans un lieu ouvert à tous."
        ),
        "themes": ["Maîtrise des outils numériques", "Citoyenneté & engagement"],
        "audiences": ["Tous publics", "Seniors & personnes âgées"],
        "tags": ["animation", "café numérique", "médiathèque", "entraide", "seniors"],
        "authors": ["Yannick Morvan", "Nadia Benali"],
        "licence": "cc-by-sa-4.0",
        "level": "intermediaire",
        "duration_minutes": 120,
        "published_days_ago": 590,
        "commune": "Carhaix-Plouguer",
        "departement": "29",
        "pix": ["2.3"],
        "body": [
            h2("Le principe"),
            p(
                "Un café numérique, c'est un créneau fixe (par exemple le samedi de 10 h à "
                "12 h), sans inscription, dans un lieu convivial. Les participants arrivent "
                "avec leur appareil et leur question. Le médiateur n'est pas un guichet : il "
                "met les gens en relation, et une bonne partie des réponses vient des "
                "participants eux-mêmes.",
            ),
            h2("Installer le rendez-vous"),
            steps(
                (
                    "Choisir un créneau et s'y tenir",
                    "La régularité fait le succès : même jour, même heure, toute l'année, y "
                    "compris quand il y a peu de monde au début.",
                ),
                (
                    "Soigner le lieu",
                    "Des tables en îlots plutôt qu'en rangées, des multiprises, le code "
                    "Wi-Fi affiché en grand, et du café.",
                ),
                (
                    "Accueillir chaque arrivant",
                    "Un tableau où chacun écrit sa question en arrivant permet de regrouper "
                    "les personnes qui ont le même besoin.",
                ),
                (
                    "Repérer les personnes ressources",
                    "Le participant à l'aise avec les photos, la retraitée experte en "
                    "visio : proposez-leur d'aider leur voisin de table.",
                ),
                (
                    "Finir par un tour rapide",
                    "Cinq minutes pour que chacun dise ce qu'il a appris : c'est là que "
                    "naissent les idées de futurs ateliers.",
                ),
            ),
            callout(
                "Limiter les démarches administratives",
                "Le café numérique n'est pas adapté aux démarches qui exigent de la "
                "confidentialité (impôts, Caf, santé). Proposez un rendez-vous individuel "
                "pour celles-ci.",
                kind="attention",
            ),
            h2("Le faire durer"),
            p(
                "Au bout de quelques mois, un noyau d'habitués se forme. Confiez-leur des "
                "rôles (accueillir, préparer le café, présenter une astuce de cinq minutes) : "
                "le café devient un lieu d'entraide qui appartient aussi à ses participants. "
                "Gardez une trace des questions posées : elles décrivent mieux que n'importe "
                "quelle enquête les besoins de votre territoire.",
            ),
            quote(
                "Je suis venu pour une question de téléphone, et maintenant c'est moi qui "
                "explique WhatsApp aux nouveaux.",
                "Bernard",
                "habitué du café numérique, 72 ans",
            ),
        ],
    },
    {
        "slug": "debuter-avec-les-logiciels-libres",
        "title": "Débuter avec les logiciels libres dans un lieu de médiation",
        "summary": (
            "Navigateur, bureautique, lecteur multimédia, système d'exploitation : des "
            "logiciels libres éprouvés pour équiper les postes publics, et des arguments "
            "simples pour les présenter aux personnes accompagnées."
        ),
        "themes": ["Open source et licences libres", "Communs numériques"],
        "audiences": ["Tous publics"],
        "tags": ["logiciels libres", "bureautique", "équipement", "communs"],
        "authors": ["Julien Le Goff", "Thomas Nguyen"],
        "licence": "cc-by-sa-4.0",
        "level": "intermediaire",
        "duration_minutes": 60,
        "published_days_ago": 505,
        "commune": "Rennes",
        "departement": "35",
        "pix": ["5.2", "3.1"],
        "body": [
            h2("Libre, gratuit : ce n'est pas pareil"),
            p(
                "Un logiciel <b>libre</b> peut être utilisé, étudié, modifié et redistribué "
                "par tous : son code source est public et sa licence le garantit. Il est "
                "souvent gratuit, mais ce n'est pas l'essentiel. Ce qui compte pour un lieu de "
                "médiation : personne ne peut le retirer ou le rendre payant du jour au "
                "lendemain, il ne collecte pas les données des usagers pour les revendre, et "
                "les personnes peuvent l'installer chez elles sans frais.",
            ),
            h2("Une sélection éprouvée"),
            ul(
                "",
                "<b>Firefox</b> pour naviguer, avec un bloqueur de publicités comme uBlock "
                "Origin ;",
                "<b>LibreOffice</b> pour les documents, tableurs et présentations, qui ouvre "
                "et enregistre aussi les formats de Microsoft Office ;",
                "<b>VLC</b> pour lire tous les formats de vidéo et de musique ;",
                "<b>Thunderbird</b> pour la messagerie sur ordinateur ;",
                "<b>Linux Mint</b> comme système complet, pour redonner vie à un vieil ordinateur.",
            ),
            h2("Faire la transition en douceur"),
            steps(
                (
                    "Commencer par les logiciels, pas par le système",
                    "Firefox et LibreOffice s'installent sur Windows : les usagers les "
                    "découvrent sans rien perdre de leurs habitudes.",
                ),
                (
                    "Équiper un poste témoin sous Linux",
                    "Un seul poste d'abord, présenté comme tel. Les retours des usagers "
                    "guident la suite.",
                ),
                (
                    "Former l'équipe",
                    "Les médiateurs doivent être à l'aise avant les usagers : une demi-journée "
                    "entre collègues suffit pour les usages courants.",
                ),
                (
                    "S'appuyer sur la communauté",
                    "Associations locales, groupes d'utilisateurs et install-parties aident "
                    "à démarrer et à entretenir le parc.",
                ),
            ),
            callout(
                "Les formats ouverts",
                "Enregistrer les modèles de courrier au format ODT et les diffuser en PDF "
                "garantit qu'ils resteront lisibles dans dix ans, quel que soit le logiciel "
                "de la personne.",
            ),
            p(
                "Les administrations publient elles-mêmes une liste de logiciels libres "
                "recommandés, le Socle interministériel de logiciels libres, qui peut appuyer "
                "un choix auprès d'une collectivité. L'association Framasoft propose de son "
                "côté des services en ligne libres, à présenter comme alternatives.",
            ),
            link(
                "https://code.gouv.fr/sill/",
                "Socle interministériel de logiciels libres (SILL)",
                "Les logiciels libres recommandés pour les administrations.",
            ),
        ],
    },
    {
        "slug": "sauvegarder-ses-photos-et-documents",
        "title": "Sauvegarder ses photos et ses documents importants",
        "summary": (
            "Un téléphone perdu, et ce sont des années de photos et des papiers scannés qui "
            "disparaissent. Comprendre où sont stockées ses données, choisir une sauvegarde "
            "adaptée (clé, disque, nuage) et la rendre automatique."
        ),
        "themes": ["Données", "Souveraineté numérique & hébergement des données"],
        "audiences": ["Adultes", "Seniors & personnes âgées", "Parents"],
        "tags": ["données personnelles", "sauvegarde", "photos", "premiers pas"],
        "authors": ["Sophie Martin"],
        "licence": "cc-by-sa-4.0",
        "level": "intermediaire",
        "duration_minutes": 60,
        "published_days_ago": 190,
        "pix": ["1.2", "5.2"],
        "body": [
            h2("Savoir où sont ses données"),
            p(
                "Beaucoup de personnes ignorent si leurs photos sont sur le téléphone, « dans "
                "le nuage », ou les deux. Commencez par le vérifier ensemble : l'application "
                "Photos indique si la sauvegarde en ligne est activée, et où. On découvre "
                "parfois un espace plein depuis des mois, ou des photos envoyées sur le compte "
                "d'un enfant qui a configuré le téléphone.",
            ),
            h2("Les trois solutions"),
            h3("Une clé USB ou un disque dur"),
            p(
                "Simple, sans abonnement, les données restent à la maison. En revanche, la "
                "sauvegarde n'est pas automatique et la clé peut se perdre avec le reste en "
                "cas d'incendie ou de cambriolage.",
            ),
            h3("Un service de stockage en ligne"),
            p(
                "Automatique et accessible partout. Il faut en revanche un compte bien "
                "protégé, souvent un abonnement au-delà de quelques gigaoctets, et accepter de "
                "confier ses données à une entreprise : certains services sont hébergés en "
                "Europe et soumis au RGPD, d'autres non.",
            ),
            h3("Les deux à la fois"),
            p(
                "La règle des professionnels : trois copies, sur deux supports différents, "
                "dont une hors de la maison. Pour un particulier, le téléphone, une "
                "sauvegarde en ligne et une clé rangée chez un proche, c'est déjà excellent.",
            ),
            steps(
                (
                    "Faire l'inventaire",
                    "Ce qui compte vraiment : photos de famille, papiers scannés (identité, "
                    "diplômes, bulletins de salaire).",
                ),
                (
                    "Choisir une solution adaptée",
                    "Selon le budget, l'aisance de la personne et sa confiance dans les "
                    "services en ligne.",
                ),
                (
                    "Activer la sauvegarde automatique",
                    "Et vérifier le lendemain qu'elle a bien fonctionné.",
                ),
                (
                    "Tester une restauration",
                    "Retrouver une photo depuis la sauvegarde : c'est le seul moyen de savoir "
                    "que la sauvegarde fonctionne.",
                ),
            ),
            callout(
                "Les papiers importants",
                "Pour les justificatifs administratifs, certaines personnes utilisent un "
                "coffre-fort numérique proposé par des associations ou des collectivités. "
                "Vérifiez qui l'héberge, combien de temps il est gratuit, et comment "
                "récupérer les documents si le service s'arrête.",
            ),
            quote(
                "Quand mon téléphone est tombé dans l'eau, j'ai cru avoir perdu les photos de "
                "mon mariage. Elles étaient toutes sauvegardées, grâce au rendez-vous de "
                "l'année d'avant.",
                "Djamila",
                "participante, 45 ans",
            ),
        ],
    },
    {
        "slug": "accompagner-une-candidature-en-ligne",
        "title": "Accompagner une recherche d'emploi et une candidature en ligne",
        "summary": (
            "Créer un CV lisible, répondre à une offre, préparer un entretien en visio : les "
            "étapes d'un accompagnement à la recherche d'emploi en ligne, avec les outils "
            "publics et les pièges à éviter sur les sites d'annonces."
        ),
        "themes": ["Emploi & entrepreneuriat", "Maîtrise des outils numériques"],
        "audiences": ["Personnes en insertion sociale ou professionnelle", "Adultes"],
        "tags": ["emploi", "CV", "visio", "France Travail", "candidature", "insertion"],
        "authors": ["Élodie Rousseau", "Claire Fontaine"],
        "licence": "cc-by-4.0",
        "level": "intermediaire",
        "duration_minutes": 90,
        "published_days_ago": 640,
        "commune": "Guéret",
        "departement": "23",
        "pix": ["3.1", "2.1"],
        "body": [
            h2("Partir du projet, pas de l'outil"),
            p(
                "Avant d'ouvrir un logiciel, on parle du métier visé, des expériences (y "
                "compris bénévoles et familiales) et des contraintes : mobilité, horaires, "
                "garde d'enfants. Le numérique vient ensuite, au service de ce projet. Si la "
                "personne est accompagnée par France Travail ou une mission locale, "
                "coordonnez-vous avec son conseiller pour ne pas faire deux fois le travail.",
            ),
            h2("Les étapes de l'accompagnement"),
            steps(
                (
                    "Une adresse e-mail professionnelle",
                    "Prénom et nom, sans surnom. Vérifiez que la personne sait consulter sa "
                    "messagerie sur son téléphone : les recruteurs répondent par e-mail.",
                ),
                (
                    "Un CV simple et lisible",
                    "Une page, un modèle sobre, des rubriques claires. Enregistré en PDF, "
                    "avec un nom de fichier explicite (« CV-Prenom-Nom.pdf »).",
                ),
                (
                    "Un espace sur le site de France Travail",
                    "Pour consulter les offres, déposer son CV et recevoir des alertes. "
                    "La personne crée elle-même ses identifiants.",
                ),
                (
                    "Une première candidature accompagnée",
                    "Lire l'offre ensemble, adapter le message d'accompagnement, joindre le "
                    "CV, envoyer. La deuxième candidature, la personne la fait seule.",
                ),
                (
                    "Un entretien en visio préparé",
                    "Tester le lien la veille, choisir un endroit calme et éclairé, couper "
                    "les notifications.",
                ),
            ),
            callout(
                "Les fausses offres d'emploi",
                "Un employeur ne demande jamais d'argent pour une formation ou du matériel "
                "avant l'embauche, ni les coordonnées bancaires dès le premier échange. Les "
                "offres trop belles (« 3 000 € par mois, sans expérience, en télétravail ») "
                "doivent alerter.",
                kind="attention",
            ),
            h2("Valoriser les compétences numériques"),
            p(
                "Beaucoup d'offres demandent une aisance numérique. Une certification Pix, "
                "préparée pendant l'accompagnement, peut figurer sur le CV et rassurer un "
                "recruteur. Elle valorise aussi le chemin parcouru par la personne.",
            ),
            quote(
                "Je n'avais jamais fait de CV de ma vie. On l'a fait ensemble, puis j'ai "
                "postulé toute seule depuis mon téléphone. J'ai été prise à la cantine de "
                "l'école.",
                "Sandrine",
                "42 ans, accompagnée au bus numérique",
            ),
            link(
                "https://www.francetravail.fr/",
                "France Travail",
                "Offres d'emploi, espace personnel et services pour les demandeurs d'emploi.",
            ),
        ],
    },
]
