"""Rebuild the resource search index from the live resources."""

import time

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Reconstruit l'index de recherche des ressources publiées."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = indexing.rebuild()
        elapsed = time.perf_counter() - started
        self.stdout.write(f"{count} ressources indexées en {elapsed:.2f} s.")
