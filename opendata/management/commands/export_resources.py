"""``manage.py export_resources FILE``: every published resource, in the import format."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opendata.exchange_values import MediaCollector
from opendata.exporter import export_payload, to_json, write_single, write_split


class Command(BaseCommand):
    help = (
        "Exporte toutes les ressources publiées au format de import_resources "
        "(docs/import-format.md), images et documents copiés dans medias/ à côté."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            help="Fichier JSON à écrire (« - » pour la sortie standard), ou dossier avec --split.",
        )
        parser.add_argument(
            "--split",
            action="store_true",
            help="Un fichier par ressource, rangé par rubrique, et les auteurs dans auteurs.json.",
        )

    def handle(self, *args, file, split, **options):
        if file == "-":
            media = MediaCollector()
            self.stdout.write(to_json(export_payload(media)), ending="")
            if media.files:
                self.stderr.write(
                    "Les images et documents ne sont pas copiés sur la sortie standard : "
                    "exportez dans un fichier pour les avoir."
                )
            return
        path = Path(file)
        folder = path if split else path.parent
        if not folder.is_dir():
            raise CommandError(f"Dossier introuvable : {folder}")
        count = write_split(path) if split else write_single(path)
        self.stdout.write(self.style.SUCCESS(f"{count} ressource(s) exportée(s) dans {file}."))
