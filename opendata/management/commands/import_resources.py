"""``manage.py import_resources FILE_OR_FOLDER… [--dry-run]``: load resources written elsewhere."""

import os
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opendata.exchange_format import MAX_FILE_BYTES, ExchangeFileError
from opendata.importer import ExchangeSource, import_exchange


def exchange_files(path):
    """The JSON files of a folder, in a stable order, or the file itself."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*.json") if p.is_file())
    return [path]


class Command(BaseCommand):
    help = (
        "Importe des ressources depuis des fichiers JSON ou des dossiers de fichiers JSON "
        "(format décrit dans docs/import-format.md). Tout ou rien : à la moindre erreur, "
        "rien n'est écrit."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="+",
            metavar="file",
            help="Fichier JSON ou dossier à importer (« - » pour l'entrée standard).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Vérifie les fichiers et annonce ce qui serait fait, sans rien écrire.",
        )
        parser.add_argument(
            "--collection",
            default=None,
            help="Collection où ranger les images et documents créés (créée si besoin).",
        )

    def handle(self, *args, files, dry_run, collection, **options):
        sources, root = self.sources(files)
        try:
            report = import_exchange(
                sources, dry_run=dry_run, root=root, collection_name=collection
            )
        except ExchangeFileError as error:
            for message in error.errors:
                self.stderr.write(message)
            raise CommandError(
                f"Import annulé : {len(error.errors)} erreur(s), aucune ressource n'a été écrite."
            ) from None
        if options["verbosity"] > 0:
            for verb, pages in (("créée", report.created), ("mise à jour", report.updated)):
                for page in pages:
                    self.stdout.write(f"{page.title} : {verb}")
        counts = (
            f"{len(report.created)} ressource(s) créée(s), "
            f"{len(report.updated)} mise(s) à jour, {len(report.unchanged)} inchangée(s)"
        )
        if dry_run:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Simulation : fichier valide, {len(report.created)} ressource(s) à créer, "
                    f"{len(report.updated)} à mettre à jour. Rien n'a été écrit."
                )
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"Import terminé : {counts}."))

    def sources(self, names):
        """``(sources, root)``: media paths may not leave the folder(s) given."""
        sources, roots = [], []
        for name in names:
            if name == "-":
                content = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
                sources.append(ExchangeSource("-", content, Path.cwd()))
                roots.append(Path.cwd())
                continue
            path = Path(name)
            if not path.exists():
                raise CommandError(f"Fichier introuvable : {name}")
            roots.append(path if path.is_dir() else path.parent)
            for file in exchange_files(path):
                if file.stat().st_size > MAX_FILE_BYTES:
                    raise CommandError(
                        f"Fichier trop gros : {file} ({MAX_FILE_BYTES // 2**20} Mo au plus)."
                    )
                sources.append(ExchangeSource(str(file), file.read_bytes(), file.parent))
        if not sources:
            raise CommandError("Aucun fichier JSON à importer.")
        return sources, Path(os.path.commonpath([str(root.resolve()) for root in roots]))
