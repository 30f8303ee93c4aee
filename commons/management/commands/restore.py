from django.core.management.base import BaseCommand, CommandError

from commons.backup import BackupError, installation_is_empty, restore_backup


class Command(BaseCommand):
    help = "Restaure une archive de `manage.py backup` dans une installation vide."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Archive .tar.gz écrite par `manage.py backup`")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Remplacer le contenu d'une installation qui n'est pas vide.",
        )

    def handle(self, archive, force=False, **options):
        if not force and not installation_is_empty():
            raise CommandError(
                "Cette installation contient déjà des données (comptes, ressources, images "
                "ou documents) : la restauration les remplacerait. Restaurez dans une "
                "installation vide, ou relancez avec --force pour tout remplacer."
            )
        try:
            manifest = restore_backup(archive, stdout=self.stdout)
        except (BackupError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        counts = ", ".join(f"{value} {name}" for name, value in manifest["counts"].items())
        when = manifest["created_at"]
        self.stdout.write(self.style.SUCCESS(f"Sauvegarde du {when} restaurée ({counts})."))
