"""``manage.py demo_accounts``: the demo logins, for local use only."""

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand

from home.demo.loader import DEMO_ACCOUNTS


class Command(BaseCommand):
    help = "Affiche les identifiants des comptes de démonstration (usage local uniquement)."

    def handle(self, *args, **options):
        base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
        existing = set(
            User.objects.filter(username__in=[a["username"] for a in DEMO_ACCOUNTS]).values_list(
                "username", flat=True
            )
        )
        self.stdout.write("Comptes de démonstration (usage local uniquement) :")
        for account in DEMO_ACCOUNTS:
            note = "" if account["username"] in existing else "  (pas encore créé)"
            self.stdout.write(
                f"  {account['label']:<15} identifiant : {account['username']:<13} "
                f"mot de passe : {account['password']}{note}"
            )
        self.stdout.write(f"Administration : {base_url}/admin/")
        if not existing:
            self.stdout.write("Lancez « manage.py load_demo_content » pour créer ces comptes.")
