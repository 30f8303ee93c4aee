"""``manage.py import_resources FILE [--dry-run]``: load resources written elsewhere."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opendata.exchange_format import MAX_FILE_BYTES, ExchangeFileError
from opendata.importer import import_resources


class Command(BaseCommand):
    help = (
        "Importe des ressources depuis un fichier JSON (format décrit dans "
        "docs/import-format.md). Tout ou rien : à la moindre erreur, rien n'est écrit."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Fichier JSON à importer (« - » pour l'entrée standard).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Vérifie le fichier et annonce ce qui serait fait, sans rien écrire.",
        )

    def handle(self, *args, file, dry_run, **options):
        content = self.read(file)
        try:
            report = import_resources(content, dry_run=dry_run)
        except ExchangeFileError as error:
            for message in error.errors:
                self.stderr.write(message)
            raise CommandError(
                f"Import annulé : {len(error.errors)} erreur(s), aucune ressource n'a été écrite."
            ) from None
        for verb, pages in (("créée", report.created), ("mise à jour", report.updated)):
            for page in pages:
                self.stdout.write(f"{page.title} : {verb}")
        if dry_run:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Simulation : fichier valide, {len(report.created)} ressource(s) à créer, "
                    f"{len(report.updated)} à mettre à jour. Rien n'a été écrit."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Import terminé : {len(report.created)} ressource(s) créée(s), "
                    f"{len(report.updated)} mise(s) à jour."
                )
            )

    def read(self, file):
        if file == "-":
            import sys

            return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Fichier introuvable : {file}")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CommandError(f"Fichier trop gros : {MAX_FILE_BYTES // 2**20} Mo au plus.")
        return path.read_bytes()
