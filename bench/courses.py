"""Benchmark of the course exports (``make bench-courses``).

Builds, on a scratch SQLite database and media folder, a 30-module course made
of 10 sheets, 10 recipes and 10 workshops (with body images, handouts and
documents), then times the three exports through the test client: printable
HTML booklet, PDF booklet and ZIP archive. The first run generates the image
renditions (cold); the following runs are what a trainer usually gets (warm).

Goal: each export of a 30-module course in under 5 seconds. The CPU time of the
uncached runs is printed too: on a shared machine, wall time follows the load.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = 30
WARM_RUNS = 3
GOAL_SECONDS = 5.0


def setup_django():
    scratch = Path(tempfile.mkdtemp(prefix="communs-bench-courses-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'bench.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    return scratch


def build_course():
    """A published 30-module course in three sessions, over generated resources."""
    import factory
    from wagtail.models import Site

    from commons.factories import DocumentFactory, ImageFactory, body_data
    from courses.factories import CourseFactory, CourseIndexPageFactory
    from home.factories import get_home_page
    from practices.factories import (
        PracticeSheetFactory,
        PracticeSheetIndexPageFactory,
        ProjectRecipeFactory,
        ProjectRecipeIndexPageFactory,
        WorkshopMaterialFactory,
        WorkshopMaterialIndexPageFactory,
    )

    home = get_home_page()
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    sections = (
        PracticeSheetIndexPageFactory(parent=home),
        ProjectRecipeIndexPageFactory(parent=home),
        WorkshopMaterialIndexPageFactory(parent=home),
    )
    photo = factory.django.ImageField(width=1600, height=1000, color="teal", format="JPEG")

    def rich_body(n):
        image = ImageFactory(file=photo)
        document = DocumentFactory(
            file=factory.django.FileField(
                filename=f"guide-{n}.pdf", data=b"%PDF-1.4\n" + b"0" * 200_000
            )
        )
        return [
            *body_data(n),
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "decorative": False, "alt_text": "Un atelier"},
                    "caption": "L'atelier en cours",
                },
            },
            {"type": "document", "value": {"document": document.pk, "title": "Guide"}},
        ]

    resources = []
    for n in range(MODULES // 3):
        resources.append(PracticeSheetFactory(parent=sections[0], body=rich_body(3 * n)))
        resources.append(ProjectRecipeFactory(parent=sections[1], body=rich_body(3 * n + 1)))
        resources.append(WorkshopMaterialFactory(parent=sections[2], body=rich_body(3 * n + 2)))
    index = CourseIndexPageFactory(parent=home)
    third = MODULES // 3
    return CourseFactory(
        parent=index,
        title="Parcours de référence pour le banc d'essai",
        sessions=[
            ("Jour 1", resources[:third]),
            ("Jour 2", resources[third : 2 * third]),
            ("Jour 3", resources[2 * third :]),
        ],
    )


def timed(client, url):
    """(wall seconds, CPU seconds of this process, response size) of one GET."""
    wall, cpu = time.perf_counter(), time.process_time()
    response = client.get(url)
    size = len(b"".join(response.streaming_content) if response.streaming else response.content)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if response.status_code != 200:
        raise SystemExit(f"{url} a répondu {response.status_code}")
    return wall, cpu, size


def main():
    scratch = setup_django()
    print(f"Banc d'essai des exports de parcours (base temporaire : {scratch})")
    started = time.perf_counter()
    course = build_course()
    print(f"  {MODULES} modules générés en {time.perf_counter() - started:.1f} s")

    from django.core.cache import cache
    from django.test import Client

    client = Client()
    base = course.url
    exports = [
        ("Livret HTML", base + "livret/"),
        ("Livret PDF", base + "livret.pdf"),
        ("Archive ZIP", base + "supports.zip"),
    ]
    print(
        "\n  1er appel : rien n'est prêt (les vignettes des images sont créées)."
        f"\n  Recalcul : médiane de {WARM_RUNS} appels, cache vidé avant chacun."
        "\n  En cache : le même export redemandé (le PDF est gardé en cache).\n"
    )
    print(
        f"  {'export':<12} {'1er appel':>10} {'recalcul':>9} {'(CPU)':>7} {'en cache':>9} "
        f"{'taille':>9}"
    )
    slowest = 0.0
    for label, url in exports:
        cold, _, size = timed(client, url)
        runs = []
        for _ in range(WARM_RUNS):
            cache.clear()
            runs.append(timed(client, url))
        cached = timed(client, url)[0]
        wall = statistics.median(run[0] for run in runs)
        cpu = statistics.median(run[1] for run in runs)
        slowest = max(slowest, cold, wall)
        print(
            f"  {label:<12} {cold:>9.2f}s {wall:>8.2f}s {cpu:>6.2f}s {cached:>8.2f}s "
            f"{size / 1024:>6.0f} Ko"
        )
    load = os.getloadavg()[0]
    verdict = "objectif tenu" if slowest < GOAL_SECONDS else "OBJECTIF DÉPASSÉ"
    print(
        f"\n  Plus lent sans cache : {slowest:.2f} s pour {MODULES} modules ({verdict} : "
        f"< {GOAL_SECONDS:.0f} s). Charge de la machine : {load:.1f} pour {os.cpu_count()} cœurs."
    )
    # A report, not a gate: timings depend on what else the machine is doing.
    return 0


if __name__ == "__main__":
    sys.exit(main())
