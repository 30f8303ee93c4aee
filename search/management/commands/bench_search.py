"""``manage.py bench_search``: search latency and index build time on a large corpus.

Generates ``--resources`` published resources (bulk inserts: minutes, not hours),
rebuilds the search index, then requests the search page for ``--queries`` mixed
queries (one to three words, with and without facets, both sorts), in HTML and
in JSON, through Django's test client (middleware, view, template: everything
but the network). Prints the index build time and p50 / p95 latencies.

Generated resources are deleted at the end unless ``--keep`` is given. Run it on
a throwaway database (``make bench-search`` does), with DEBUG off.
"""

import gc
import os
import random
import re
import statistics
import time
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale, Page, Site

from commons.models import Audience, Licence, Theme
from commons.territories import DEPARTEMENT_NAMES
from practices import resource_types
from practices.models import ResourcePage, ResourcePageTag
from search import indexing
from search.models import SearchQueryLog

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
ACTIONS = [
    "Accompagner",
    "Découvrir",
    "Sécuriser",
    "Créer",
    "Animer",
    "Réparer",
    "Sauvegarder",
    "Installer",
    "Comprendre",
    "Protéger",
    "Former",
    "Utiliser",
]
OBJECTS = [
    "la tablette",
    "les démarches administratives",
    "son adresse e-mail",
    "les mots de passe",
    "l'intelligence artificielle",
    "un ordinateur reconditionné",
    "les réseaux sociaux",
    "ses photos",
    "le smartphone",
    "les logiciels libres",
    "un café numérique",
    "les arnaques en ligne",
    "FranceConnect",
    "Mon espace santé",
    "une candidature en ligne",
    "le contrôle parental",
    "la visioconférence",
    "un document accessible",
    "l'empreinte numérique",
    "un fablab",
]
PUBLICS = [
    "avec les seniors",
    "pour les familles",
    "avec des adolescents",
    "en médiathèque",
    "en France Services",
    "au centre social",
    "pour les personnes allophones",
    "en milieu rural",
    "pour les débutants",
    "avec des bénévoles",
]
FILLER_TEXT = (
    "atelier médiateur médiatrice accompagnement usager usagère numérique inclusion "
    "autonomie confiance écran clavier souris navigateur internet application compte "
    "identifiant sécurité données personnelles vie privée partage entraide bénévole "
    "association mairie bibliothèque médiathèque collectivité territoire quartier "
    "village formation séance groupe individuel rendez-vous guichet administration "
    "impôts santé emploi famille parents enfants jeunes seniors retraités handicap "
    "accessibilité sobriété réemploi reconditionnement logiciel libre communs réseau "
    "projet partenaires budget matériel tablette ordinateur téléphone imprimante scanner "
    "wifi connexion fibre messagerie courriel photo vidéo document sauvegarde nuage "
    "démarche formulaire justificatif attestation caf cpam ameli pôle emploi cv lettre"
)
FILLER = FILLER_TEXT.split()
TAGS = [
    "tablette",
    "seniors",
    "démarches en ligne",
    "e-mail",
    "sécurité",
    "arnaques",
    "mot de passe",
    "IA",
    "réemploi",
    "logiciels libres",
    "parentalité",
    "jeux vidéo",
    "emploi",
    "santé",
    "accessibilité",
    "sobriété",
    "rural",
    "médiathèque",
    "France Services",
    "premiers pas",
    "photos",
    "réseaux sociaux",
    "code",
    "fablab",
    "traduction",
    "allophones",
    "famille",
    "visio",
    "données personnelles",
    "esprit critique",
]
WARM_UP_WORDS = ["internet", "navigateur", "clavier", "imprimante", "sauvegarde"]
QUERY_WORDS = [
    "tablette",
    "tablettes",
    "demarches",
    "démarches en ligne",
    "seniors",
    "mail",
    "courriel",
    "mot de passe",
    "arnaque",
    "l'intelligence artificielle",
    "ia",
    "ordinateur",
    "reconditionné",
    "photos",
    "parents",
    "fablab",
    "médiathèque",
    "accessibilité",
    "franceconnect",
    "santé",
    "emploi",
    "sécurité",
    "logiciel libre",
    "vieux",
    "papiers",
    "atelier",
    "famille",
    "wifi",
    "zorglub",
]


SLOWEST_SHOWN = 15


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


class Command(BaseCommand):
    help = "Mesure la recherche : génération de ressources, construction de l'index, latences."

    def add_arguments(self, parser):
        parser.add_argument("--resources", type=int, default=10_000)
        parser.add_argument("--queries", type=int, default=200)
        parser.add_argument("--seed", type=int, default=20261122)
        parser.add_argument("--keep", action="store_true", help="Garder les ressources générées.")
        parser.add_argument(
            "--reuse",
            action="store_true",
            help="Ne rien générer : mesurer sur les ressources déjà présentes (après --keep).",
        )
        parser.add_argument(
            "--keep-index",
            action="store_true",
            help="Avec --reuse : ne pas reconstruire l'index (mesures répétées).",
        )

    def handle(self, *args, resources, queries, seed, keep, reuse, keep_index, **options):
        self.verbosity = options["verbosity"]
        if settings.DEBUG:
            raise CommandError("Lancez la mesure avec DEBUG désactivé (--settings=...test).")
        self.rng = random.Random(seed)
        call_command("migrate", verbosity=0, interactive=False)
        vendor = connection.vendor
        what = "ressources existantes" if reuse else f"{resources} ressources générées"
        self.stdout.write(f"== Recherche : mesure sur {vendor}, {what}")

        started = time.perf_counter()
        if reuse:
            created = []
            keep = True
        else:
            created = self.generate(self.sections(), resources)
        self.stdout.write(f"Génération : {time.perf_counter() - started:.1f} s")

        if reuse and keep_index:
            self.stdout.write("Index conservé (--keep-index) : pas de mesure de construction.")
        else:
            started = time.perf_counter()
            indexed = indexing.rebuild()
            build = time.perf_counter() - started
            self.stdout.write(f"Index : {indexed} ressources indexées en {build:.1f} s")

        log_start = timezone.now()
        try:
            self.measure(queries)
        finally:
            SearchQueryLog.objects.filter(created_at__gte=log_start).delete()
            if not keep:
                self.cleanup(created)

    # Data ------------------------------------------------------------------

    def sections(self):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        found = {}
        for rtype in resource_types.all():
            model, index_model = rtype.model, rtype.index_model
            index_page = index_model.objects.child_of(home).first()
            if index_page is None:
                index_page = index_model(title=rtype.section_title, slug=rtype.section_slug)
                home.add_child(instance=index_page)
                index_page.save_revision().publish()
                home.refresh_from_db()
            found[model] = Page.objects.get(pk=index_page.pk)
        return found

    def sentences(self):
        """Real sentences of mediators, from the demo content (a natural word distribution)."""
        if not hasattr(self, "_sentences"):
            pool = []
            # The demo's data files, read as files (search sits below home).
            import json
            from pathlib import Path

            content = Path(settings.BASE_DIR) / "home" / "demo" / "content"
            data = [
                json.loads(path.read_text(encoding="utf-8"))
                for path in sorted(content.glob("*/*.json"))
            ]

            def walk(value):
                if isinstance(value, str):
                    text = strip_tags(value)
                    pool.extend(s.strip() for s in SENTENCE_END.split(text) if len(s.split()) >= 5)
                elif isinstance(value, dict):
                    for item in value.values():
                        walk(item)
                elif isinstance(value, list | tuple):
                    for item in value:
                        walk(item)

            walk(data)
            self._sentences = pool or [" ".join(FILLER[i : i + 12]) for i in range(0, 96, 12)]
        return self._sentences

    def text(self, sentences):
        return " ".join(self.rng.choice(self.sentences()) for _ in range(sentences))

    def generate(self, sections, total):
        rng = self.rng
        locale = Locale.get_default()
        licence_id = Licence.default_pk()
        themes = list(Theme.objects.values_list("pk", flat=True))
        audiences = list(Audience.objects.values_list("pk", flat=True))
        tags = [Tag.objects.get_or_create(name=name)[0].pk for name in TAGS]
        departements = list(DEPARTEMENT_NAMES)
        levels = ["debutant", "intermediaire", "avance"]
        now = timezone.now()
        models = [rtype.model for rtype in resource_types.all()]
        created = []
        batch = 1000
        with transaction.atomic():
            for start in range(0, total, batch):
                size = min(batch, total - start)
                by_model = {}
                for n in range(start, start + size):
                    model = models[n % len(models)]
                    by_model.setdefault(model, []).append(n)
                for model, numbers in by_model.items():
                    parent = Page.objects.get(pk=sections[model].pk)
                    content_type = ContentType.objects.get_for_model(model)
                    pages = []
                    for offset, n in enumerate(numbers, start=1):
                        title = (
                            f"{rng.choice(ACTIONS)} {rng.choice(OBJECTS)} "
                            f"{rng.choice(PUBLICS)} ({n})"
                        )
                        slug = f"{slugify(title)[:60]}-bench-{n}"
                        when = now - timedelta(minutes=n)
                        pages.append(
                            Page(
                                title=title,
                                draft_title=title,
                                slug=slug,
                                content_type=content_type,
                                live=True,
                                has_unpublished_changes=False,
                                url_path=f"{parent.url_path}{slug}/",
                                path=Page._get_path(
                                    parent.path, parent.depth + 1, parent.numchild + offset
                                ),
                                depth=parent.depth + 1,
                                numchild=0,
                                first_published_at=when,
                                last_published_at=when,
                                locale=locale,
                            )
                        )
                    Page.objects.bulk_create(pages)
                    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
                    specifics = []
                    for page in pages:
                        values = {
                            "summary": self.text(1)[:300],
                            "licence_id": licence_id,
                            "level": rng.choice(levels),
                            "departement": rng.choice(departements),
                            "body": [{"type": "paragraph", "value": f"<p>{self.text(8)}</p>"}],
                        }
                        if "context" in model.resource_type.own_field_names:
                            values["context"] = f"<p>{self.text(3)}</p>"
                        specific = model(**values)
                        specific.page_ptr_id = page.pk
                        specific.resourcepage_ptr_id = page.pk
                        specific.pk = page.pk
                        specifics.append(specific)
                    fields = ResourcePage._meta.local_concrete_fields
                    ResourcePage.objects._insert(specifics, fields=fields)
                    model.objects._insert(specifics, fields=model._meta.local_concrete_fields)
                    ids = [page.pk for page in pages]
                    created += ids
                    ResourcePage.themes.through.objects.bulk_create(
                        ResourcePage.themes.through(resourcepage_id=pk, theme_id=theme)
                        for pk in ids
                        for theme in rng.sample(themes, 2)
                    )
                    ResourcePage.audiences.through.objects.bulk_create(
                        ResourcePage.audiences.through(resourcepage_id=pk, audience_id=audience)
                        for pk in ids
                        for audience in rng.sample(audiences, 1)
                    )
                    ResourcePageTag.objects.bulk_create(
                        ResourcePageTag(content_object_id=pk, tag_id=tag)
                        for pk in ids
                        for tag in rng.sample(tags, 3)
                    )
        return created

    def cleanup(self, created):
        with transaction.atomic():
            indexing.remove_pages(created)
            for start in range(0, len(created), 1000):
                chunk = created[start : start + 1000]
                ResourcePageTag.objects.filter(content_object_id__in=chunk).delete()
                ResourcePage.themes.through.objects.filter(resourcepage_id__in=chunk).delete()
                ResourcePage.audiences.through.objects.filter(resourcepage_id__in=chunk).delete()
                for rtype in resource_types.all():
                    rtype.model.objects.filter(pk__in=chunk)._raw_delete(connection.alias)
                ResourcePage.objects.filter(pk__in=chunk)._raw_delete(connection.alias)
                Page.objects.filter(pk__in=chunk)._raw_delete(connection.alias)
            for rtype in resource_types.all():
                for index_page in rtype.index_model.objects.all():
                    Page.objects.filter(pk=index_page.pk).update(
                        numchild=index_page.get_children().count()
                    )
        self.stdout.write(f"{len(created)} ressources générées supprimées.")

    # Measures --------------------------------------------------------------

    def requests(self, count):
        rng = self.rng
        types = [rtype.slug for rtype in resource_types.all()]
        themes = list(Theme.objects.values_list("slug", flat=True))
        levels = ["debutant", "intermediaire", "avance"]
        made = []
        for n in range(count):
            query = " ".join(rng.sample(QUERY_WORDS, rng.choice([1, 1, 2, 2, 3])))
            params = {"q": query}
            faceted = n % 2 == 1
            if faceted:
                params[rng.choice(["type", "theme", "level", "tag"])] = "placeholder"
                if "type" in params:
                    params["type"] = rng.choice(types)
                if "theme" in params:
                    params["theme"] = rng.choice(themes)
                if "level" in params:
                    params["level"] = rng.choice(levels)
                if "tag" in params:
                    params["tag"] = slugify(rng.choice(TAGS), allow_unicode=True)
            if n % 5 == 0:
                params["sort"] = "recent"
            if n % 7 == 0:
                params["page"] = "2"
            made.append((faceted, params))
        return made

    def measure(self, count):
        """Two passes over the same requests: facet cache off (every count computed),
        then as configured (cache emptied first: a popular query, or the JSON call
        after the page, is counted once)."""
        plan = self.requests(count)
        passes = [
            ("cache des facettes désactivé", 0),
            ("cache des facettes (réglage du site)", settings.COMMONS_SEARCH_FACET_CACHE_SECONDS),
        ]
        for title, seconds in passes:
            cache.clear()
            with override_settings(ALLOWED_HOSTS=["*"], COMMONS_SEARCH_FACET_CACHE_SECONDS=seconds):
                self.measure_pass(plan, count, title)

    def measure_pass(self, plan, count, title):
        client = Client()
        # Warm-up on words the plan never asks: templates, prepared statements.
        for word in WARM_UP_WORDS:
            for params in ({"q": word}, {"q": word, "type": resource_types.all()[0].slug}):
                client.get("/recherche/", params)
                client.get("/recherche/", dict(params, format="json"))
        cache.clear()
        gc.freeze()  # as config/wsgi.py does once the application is loaded
        timings = {"html": [], "json": [], "facets": [], "plain": []}
        cpu = []
        slowest = []  # (ms, format, params), shown with -v 2
        load_before = os.getloadavg()[0]
        for faceted, params in plan:
            for fmt in ("html", "json"):
                query = dict(params, format="json") if fmt == "json" else params
                started, cpu_started = time.perf_counter(), time.process_time()
                response = client.get("/recherche/", query)
                elapsed = (time.perf_counter() - started) * 1000
                cpu.append((time.process_time() - cpu_started) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{params} : HTTP {response.status_code}")
                timings[fmt].append(elapsed)
                slowest.append((elapsed, fmt, params))
                timings["facets" if faceted else "plain"].append(elapsed)
        labels = {
            "html": "page HTML",
            "json": "JSON",
            "plain": "sans filtre",
            "facets": "avec filtres",
        }
        self.stdout.write(f"Latence de /recherche/ ({count} requêtes × HTML et JSON), {title} :")
        for key, label in labels.items():
            values = timings[key]
            self.stdout.write(
                f"  {label:13} p50 = {statistics.median(values):6.1f} ms   "
                f"p95 = {percentile(values, 0.95):6.1f} ms   (n = {len(values)})"
            )
        everything = timings["html"] + timings["json"]
        self.stdout.write(
            f"  {'ensemble':13} p50 = {statistics.median(everything):6.1f} ms   "
            f"p95 = {percentile(everything, 0.95):6.1f} ms   (n = {len(everything)})"
        )
        # On SQLite the database runs in this process: its CPU time is the request's cost
        # without waiting for a core, a fair estimate on a busy shared machine.
        where = "base comprise" if connection.vendor == "sqlite" else "hors serveur PostgreSQL"
        self.stdout.write(
            f"  {'temps CPU':13} p50 = {statistics.median(cpu):6.1f} ms   "
            f"p95 = {percentile(cpu, 0.95):6.1f} ms   (processus Django, {where})"
        )
        self.stdout.write(
            f"  charge moyenne de la machine : {load_before:.1f} avant, "
            f"{os.getloadavg()[0]:.1f} après ({os.cpu_count()} cœurs)"
        )
        if self.verbosity >= 2:
            self.stdout.write("  requêtes les plus lentes :")
            for elapsed, fmt, params in sorted(slowest, key=lambda s: -s[0])[:SLOWEST_SHOWN]:
                self.stdout.write(f"    {elapsed:6.1f} ms  {fmt:4}  {urlencode(params)}")
