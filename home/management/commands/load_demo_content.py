"""``manage.py load_demo_content``: the demonstration content of Communs (idempotent)."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo.loader import DemoLoader, summary_lines


class Command(BaseCommand):
    help = (
        "Charge le contenu de démonstration (rubriques, auteurs, fiches, recettes, ateliers, "
        "images, documents et comptes de démonstration). Peut être relancée sans effet."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        with transaction.atomic():
            report = DemoLoader().load()
        for line in summary_lines(report):
            self.stdout.write(line)
        if report.created.get("accounts") or not settings.DEBUG:
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
