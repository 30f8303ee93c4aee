"""Licence rules of adaptations (the commons' fork).

- share-alike original (CC BY-SA, CC BY-NC-SA): the adaptation keeps the same licence;
- non-commercial original: the adaptation stays non-commercial;
- any other original (CC0, Licence Ouverte, CC BY): free choice.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from commons.models import Licence


def licence_error(original_licence, licence):
    """Why ``licence`` cannot be the licence of an adaptation, or None when it can."""
    if original_licence is None or licence is None:
        return None
    if original_licence.share_alike and licence.pk != original_licence.pk:
        return _(
            "La ressource d'origine est sous licence %(licence)s, qui impose le partage "
            "dans les mêmes conditions : l'adaptation doit garder la licence %(licence)s."
        ) % {"licence": original_licence.short_name}
    if original_licence.non_commercial and not licence.non_commercial:
        return _(
            "La ressource d'origine est sous licence %(licence)s, sans utilisation commerciale : "
            "l'adaptation doit garder une licence « pas d'utilisation commerciale » (NC)."
        ) % {"licence": original_licence.short_name}
    return None


def allowed_licences(original_licence):
    """The licences an adaptation of a resource under ``original_licence`` may use."""
    return [
        licence
        for licence in Licence.objects.all()
        if licence_error(original_licence, licence) is None
    ]


def validate_adaptation_licence(page):
    """Model validation hook of ResourcePage.clean(): raise when the rule is broken."""
    if not page.based_on_id or not page.licence_id:
        return
    from practices.models import ResourcePage

    original = ResourcePage.objects.select_related("licence").filter(pk=page.based_on_id).first()
    if original is None:
        return
    licence = Licence.objects.filter(pk=page.licence_id).first()
    error = licence_error(original.licence, licence)
    if error:
        raise ValidationError({"licence": error})
