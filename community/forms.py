"""Public forms (reports, feedback, join requests) and the change summary of the editor.

Public forms carry a honeypot field and link each error to its field
(``aria-invalid``, ``aria-describedby``) so that the templates can list them
in an error summary at the top.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.pages import WagtailAdminPageForm

from .models import Feedback, JoinRequest, Report

HONEYPOT_FIELD = "site_web"


class PublicFormMixin:
    """Honeypot field, French required message and errors linked to their fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Ne pas remplir"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        for field in self.fields.values():
            field.error_messages["required"] = _("Ce champ est obligatoire.")

    @property
    def is_spam(self):
        """True when the hidden field was filled in: only robots do."""
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())

    @property
    def visible_fields_list(self):
        return [field for field in self if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            widget = self.fields[name].widget
            described_by = [f"{bound.auto_id}-erreur"]
            if self.fields[name].help_text:
                described_by.append(f"{bound.auto_id}_helptext")
            widget.attrs["aria-describedby"] = " ".join(described_by)
            widget.attrs["aria-invalid"] = "true"

    def error_summary(self):
        """(message, anchor) pairs for the summary at the top of the form."""
        items = []
        for name, errors in self.errors.items():
            if name == forms.forms.NON_FIELD_ERRORS or name not in self.fields:
                items.extend((str(error), None) for error in errors)
                continue
            bound = self[name]
            anchor = bound.auto_id
            if isinstance(self.fields[name].widget, forms.RadioSelect):
                anchor = f"{bound.auto_id}_0"
            items.extend((f"{bound.label} : {error}", anchor) for error in errors)
        return items


class ReportForm(PublicFormMixin, forms.ModelForm):
    prefix = "signalement"

    class Meta:
        model = Report
        fields = ["reason", "comment"]
        labels = {
            "reason": _("Quel est le problème ?"),
            "comment": _("Précisez (facultatif)"),
        }
        help_texts = {
            "comment": _("Ce qui est obsolète, l'erreur relevée, le lien vers le doublon…"),
        }
        widgets = {
            "reason": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "reason": {"invalid_choice": _("Choisissez un des motifs proposés.")},
            "comment": {"max_length": _("2000 caractères au plus.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # No "---------" blank choice among the radio buttons.
        self.fields["reason"].choices = Report.Reason.choices


class FeedbackForm(PublicFormMixin, forms.ModelForm):
    prefix = "avis"

    class Meta:
        model = Feedback
        fields = ["rating", "comment"]
        labels = {
            "rating": _("Cette ressource vous a-t-elle été utile ?"),
            "comment": _("Un commentaire pour l'équipe de modération (facultatif)"),
        }
        help_texts = {"comment": _("Il n'est pas publié.")}
        widgets = {
            "rating": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "rating": {"invalid_choice": _("Choisissez une des réponses proposées.")},
            "comment": {"max_length": _("2000 caractères au plus.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # No "---------" blank choice among the radio buttons.
        self.fields["rating"].choices = Feedback.Rating.choices


class JoinRequestForm(PublicFormMixin, forms.ModelForm):
    prefix = "participation"

    class Meta:
        model = JoinRequest
        fields = ["name", "organisation", "role", "territory", "email", "motivation"]
        help_texts = {
            "organisation": _("Ex. : médiathèque de Brest, centre social des Minguettes"),
            "role": _("Ex. : conseillère numérique, médiateur, coordinatrice"),
            "territory": _("Commune, département ou région où vous intervenez"),
            "email": _("Format attendu : nom@domaine.fr"),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "motivation": forms.Textarea(attrs={"rows": 5}),
        }
        error_messages = {
            "email": {
                "invalid": _("Saisissez une adresse électronique valide, ex. nom@domaine.fr.")
            },
            "motivation": {"max_length": _("2000 caractères au plus.")},
        }


class ResourcePageForm(WagtailAdminPageForm):
    """The resource editor, with a « Résumé de la modification » shown in the history."""

    change_summary = forms.CharField(
        label=_("Résumé de la modification"),
        required=False,
        max_length=255,
        help_text=_(
            "Facultatif. Une phrase sur ce qui change (ex. : « mise à jour des liens »), "
            "affichée dans l'historique public de la ressource une fois publiée."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(self.instance, "based_on_id", None) and "licence" in self.fields:
            self.fields["licence"].help_text = licence_rule_help(self.instance.based_on_id)


def licence_rule_help(original_id):
    """The licence rule of an adaptation, explained next to its licence field."""
    from practices.models import ResourcePage

    page = ResourcePage.objects.select_related("licence").filter(pk=original_id).first()
    original = page.licence if page is not None else None
    if original is None:
        return ""
    if original.share_alike:
        return _(
            "Adaptation d'une ressource sous licence %(licence)s (partage dans les mêmes "
            "conditions) : elle doit garder la licence %(licence)s."
        ) % {"licence": original.short_name}
    if original.non_commercial:
        return _(
            "Adaptation d'une ressource sous licence %(licence)s : elle doit garder une "
            "licence « pas d'utilisation commerciale » (NC)."
        ) % {"licence": original.short_name}
    return _(
        "Adaptation d'une ressource sous licence %(licence)s : vous pouvez choisir la licence."
    ) % {"licence": original.short_name}
