from django.core.management.base import BaseCommand

from commons.backup import create_backup


class Command(BaseCommand):
    help = "Sauvegarde cohérente de la base et des médias dans une archive .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="Dossier où écrire l'archive")

    def handle(self, directory, **options):
        path, manifest = create_backup(directory)
        counts = ", ".join(f"{value} {name}" for name, value in manifest["counts"].items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde écrite : {path} ({counts}, {manifest['media_files']} fichiers)."
            )
        )
        self.stdout.write(str(path))
