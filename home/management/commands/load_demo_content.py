"""``manage.py load_demo_content``: the demonstration site and its content (idempotent)."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo.loader import load


class Command(BaseCommand):
    help = (
        "Prépare le site de démonstration (site, rubriques, comptes) et importe son contenu "
        "(home/demo/content/ : fiches, recettes, ateliers, auteurs, images et documents). "
        "Peut être relancée sans effet."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        with transaction.atomic():
            lines, created_accounts = load(stderr=self.stderr)
        for line in lines:
            self.stdout.write(line)
        if created_accounts or not settings.DEBUG:
            self.stderr.write(
                self.style.WARNING(
                    "Attention : les comptes de démonstration (admin, moderatrice, "
                    "contributeur) ont des mots de passe connus de tous. Ils sont réservés à un "
                    "usage local : ne les gardez jamais sur un serveur accessible "
                    "(voir « manage.py demo_accounts »)."
                )
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Contenu de démonstration prêt en {time.monotonic() - started:.1f} s."
            )
        )
