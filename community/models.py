"""What readers and mediators send to the moderators, and notes on revisions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

CONTRIBUTORS_GROUP = "Contributeurs"
MODERATORS_GROUP = "Modérateurs"
REVIEW_WORKFLOW = "Relecture"


class Status(models.TextChoices):
    NEW = "nouveau", _("Nouveau")
    PROCESSED = "traite", _("Traité")


class Report(models.Model):
    """« Signaler un problème » on a resource, sent anonymously by a reader."""

    class Reason(models.TextChoices):
        OBSOLETE = "obsolete", _("Obsolète")
        ERROR = "erreur", _("Erreur")
        DUPLICATE = "doublon", _("Doublon")
        INAPPROPRIATE = "inapproprie", _("Contenu inapproprié")
        OTHER = "autre", _("Autre")

    page = models.ForeignKey(
        "practices.ResourcePage",
        verbose_name=_("ressource"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reason = models.CharField(_("motif"), max_length=20, choices=Reason.choices)
    comment = models.TextField(_("commentaire"), max_length=2000, blank=True)
    status = models.CharField(
        _("statut"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True)
    processed_at = models.DateTimeField(_("traité le"), null=True, blank=True)
    processed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("traité par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("signalement")
        verbose_name_plural = _("signalements")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_reason_display()} — {self.page.title}"


class Feedback(models.Model):
    """« Cette ressource vous a-t-elle été utile ? », once per visitor and resource."""

    class Rating(models.IntegerChoices):
        # One scale from « Pas utile » to « Très utile »; the stored values never change.
        NO = 1, _("Pas utile")
        SOMEWHAT = 2, _("Un peu utile")
        YES = 3, _("Utile")
        A_LOT = 4, _("Très utile")

    page = models.ForeignKey(
        "practices.ResourcePage",
        verbose_name=_("ressource"),
        on_delete=models.CASCADE,
        related_name="feedbacks",
    )
    rating = models.PositiveSmallIntegerField(_("utilité"), choices=Rating.choices)
    comment = models.TextField(_("commentaire"), max_length=2000, blank=True)
    # The visitor's session key: one answer per session and resource.
    session_key = models.CharField(max_length=64, editable=False)
    # HMAC of the visitor's address (community.feedback.address_hash), never the address:
    # one address counts once per resource, whatever its sessions.
    address_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True)

    class Meta:
        verbose_name = _("avis d'utilité")
        verbose_name_plural = _("avis d'utilité")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "session_key"], name="community_feedback_once_per_session"
            )
        ]
        indexes = [models.Index(fields=["page", "address_hash"], name="community_feedback_address")]

    def __str__(self):
        return f"{self.get_rating_display()} — {self.page.title}"


class JoinRequest(models.Model):
    """A mediator asks to become a contributor; a moderator accepts or refuses."""

    class Decision(models.TextChoices):
        PENDING = "en_attente", _("En attente")
        ACCEPTED = "acceptee", _("Acceptée")
        REFUSED = "refusee", _("Refusée")

    name = models.CharField(_("nom et prénom"), max_length=150)
    organisation = models.CharField(_("structure"), max_length=200)
    role = models.CharField(_("fonction"), max_length=150)
    territory = models.CharField(_("territoire"), max_length=150)
    email = models.EmailField(_("adresse électronique"))
    motivation = models.TextField(_("pourquoi souhaitez-vous contribuer ?"), max_length=2000)
    status = models.CharField(
        _("décision"), max_length=12, choices=Decision.choices, default=Decision.PENDING
    )
    created_at = models.DateTimeField(_("reçue le"), auto_now_add=True)
    decided_at = models.DateTimeField(_("décidée le"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("décidée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte créé"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="join_requests",
    )

    class Meta:
        verbose_name = _("demande de participation")
        verbose_name_plural = _("demandes de participation")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.organisation})"

    @property
    def is_pending(self):
        return self.status == self.Decision.PENDING

    def existing_account(self):
        """The account that already uses this e-mail (any case), or None.

        Reads ``matching_username`` when the listing annotated it (one query for the page).
        """
        if hasattr(self, "matching_username"):
            return self.matching_username
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.filter(email__iexact=self.email).order_by("pk").first()
        return user.get_username() if user is not None else None

    def other_pending_count(self):
        """How many other pending requests use this e-mail (any case)."""
        if hasattr(self, "pending_duplicates"):
            return self.pending_duplicates
        return (
            JoinRequest.objects.filter(status=self.Decision.PENDING, email__iexact=self.email)
            .exclude(pk=self.pk)
            .count()
        )

    def warnings(self):
        """What the moderator must know before accepting, in French."""
        notes = []
        username = self.existing_account()
        if username:
            notes.append(
                _(
                    "Ce courriel correspond déjà au compte « %(username)s » : la demande ne "
                    "peut pas être acceptée."
                )
                % {"username": username}
            )
        duplicates = self.other_pending_count() if self.is_pending else 0
        if duplicates:
            notes.append(
                ngettext(
                    "Une autre demande en attente utilise ce courriel.",
                    "%(count)d autres demandes en attente utilisent ce courriel.",
                    duplicates,
                )
                % {"count": duplicates}
            )
        return " ".join(str(note) for note in notes)

    warnings.short_description = _("alertes")


class RevisionNote(models.Model):
    """« Résumé de la modification » typed with a revision, shown in the history."""

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="change_note"
    )
    summary = models.CharField(_("résumé de la modification"), max_length=255)

    class Meta:
        verbose_name = _("résumé de modification")
        verbose_name_plural = _("résumés de modification")

    def __str__(self):
        return self.summary
