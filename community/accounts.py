"""Accepting or refusing a join request: the contributor account and its e-mail."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce, Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from commons.models import Author

from .models import CONTRIBUTORS_GROUP, JoinRequest


def unique_username(email):
    User = get_user_model()
    base = slugify(email.split("@")[0])[:140] or "contributeur"
    username, n = base, 2
    while User.objects.filter(username=username).exists():
        username, n = f"{base}-{n}", n + 1
    return username


def set_password_url(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("wagtailadmin_password_reset_confirm", args=[uid, token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


class AccountExists(Exception):
    """The e-mail of a join request already belongs to an account: never merge the two."""

    def __init__(self, username):
        self.username = username
        super().__init__(
            _(
                "Ce courriel correspond déjà au compte « %(username)s » : la demande n'a pas "
                "été acceptée et ce compte n'a pas été modifié. Refusez la demande ; si c'est "
                "bien la même personne, un administrateur peut ajouter ce compte au groupe "
                "Contributeurs."
            )
            % {"username": username}
        )


def with_warnings(queryset):
    """Join requests annotated with what ``JoinRequest.warnings`` needs, in one query.

    E-mails are compared in upper case on both sides (``iexact`` on a column would read
    ``_`` and ``%`` as wildcards on SQLite).
    """
    User = get_user_model()
    email = Upper(OuterRef("email"))
    accounts = User.objects.annotate(email_upper=Upper("email")).filter(email_upper=email)
    others = (
        JoinRequest.objects.annotate(email_upper=Upper("email"))
        .filter(email_upper=email, status=JoinRequest.Decision.PENDING)
        .exclude(pk=OuterRef("pk"))
        .values("email_upper")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return queryset.annotate(
        matching_username=Subquery(accounts.order_by("pk").values("username")[:1]),
        pending_duplicates=Coalesce(Subquery(others[:1]), 0),
    )


def accept(join_request, moderator):
    """Create the account, put it in « Contributeurs », e-mail a set-password link.

    Raises ``AccountExists`` when an account already has this e-mail (any case): accepting
    must never hand an existing account — its groups, its author profile, a reset link —
    to whoever typed its address.
    """
    with transaction.atomic():
        user = _create_account(join_request, moderator)
    send_welcome_email(user)
    return user


def _create_account(join_request, moderator):
    User = get_user_model()
    existing = User.objects.filter(email__iexact=join_request.email).order_by("pk").first()
    if existing is not None:
        raise AccountExists(existing.get_username())
    first_name, _sep, last_name = join_request.name.strip().partition(" ")
    user = User(
        username=unique_username(join_request.email),
        email=join_request.email,
        first_name=first_name[:150],
        last_name=last_name[:150],
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get_or_create(name=CONTRIBUTORS_GROUP)[0])
    Author.objects.create(
        name=join_request.name,
        organisation=join_request.organisation,
        role=join_request.role,
        territory=join_request.territory,
        user=user,
    )
    join_request.status = JoinRequest.Decision.ACCEPTED
    join_request.decided_at = timezone.now()
    join_request.decided_by = moderator
    join_request.user = user
    join_request.save()
    return user


def send_welcome_email(user):
    body = _(
        "Bonjour,\n\n"
        "Votre demande de participation à Communs a été acceptée : bienvenue parmi "
        "les contributeurs !\n\n"
        "Votre identifiant : %(username)s\n"
        "Choisissez votre mot de passe en suivant ce lien (valable quelques jours) :\n"
        "%(url)s\n\n"
        "Vous pourrez ensuite rédiger des fiches pratiques, des recettes de projets et des "
        "ateliers, puis les soumettre à la relecture de l'équipe de modération.\n\n"
        "L'équipe Communs"
    ) % {"username": user.get_username(), "url": set_password_url(user)}
    send_mail(
        _("Communs : votre compte de contributeur"),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
    )


def refuse(join_request, moderator):
    join_request.status = JoinRequest.Decision.REFUSED
    join_request.decided_at = timezone.now()
    join_request.decided_by = moderator
    join_request.save()
