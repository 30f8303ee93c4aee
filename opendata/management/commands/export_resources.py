"""``manage.py export_resources FILE``: every published resource, in the import format."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opendata.exporter import export_payload, to_json


class Command(BaseCommand):
    help = (
        "Exporte toutes les ressources publiées dans un fichier JSON au format de "
        "import_resources (docs/import-format.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Fichier JSON à écrire (« - » pour la sortie standard).")

    def handle(self, *args, file, **options):
        payload = export_payload()
        content = to_json(payload)
        if file == "-":
            self.stdout.write(content, ending="")
            return
        path = Path(file)
        if not path.parent.is_dir():
            raise CommandError(f"Dossier introuvable : {path.parent}")
        path.write_text(content, encoding="utf-8")
        count = len(payload["resources"])
        self.stdout.write(self.style.SUCCESS(f"{count} ressource(s) exportée(s) dans {file}."))
