"""``manage.py set_site_url [URL]``: the public address of the site, on Wagtail's default Site."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from commons.site_url import apply_site_url


class Command(BaseCommand):
    help = (
        "Applique l'adresse publique du site (SITE_URL, à défaut WAGTAILADMIN_BASE_URL, ou "
        "l'adresse donnée) au site Wagtail par défaut : liens absolus du plan du site, des "
        "flux, des métadonnées et des livrets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "url", nargs="?", help="adresse publique, ex. https://communs.example.org"
        )

    def handle(self, *args, url=None, **options):
        try:
            site = apply_site_url(url)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if site is None:
            raise CommandError("Aucun site Wagtail : lancez d'abord « manage.py migrate ».")
        self.stdout.write(f"Adresse publique du site : {site.root_url}/")
