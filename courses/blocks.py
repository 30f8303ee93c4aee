"""Blocks of a training course: sessions of ordered modules, each pointing to a resource."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from commons.blocks import RICH_TEXT_FEATURES
from practices import resource_types

# The resource types a module may reference: all of them.
RESOURCE_PAGE_TYPES = [resource_type.model_label for resource_type in resource_types.all()]


class ModuleBlock(blocks.StructBlock):
    """One module of a course: a published resource, with the trainer's own notes."""

    resource = blocks.PageChooserBlock(label=_("Ressource"), page_type=RESOURCE_PAGE_TYPES)
    trainer_notes = blocks.RichTextBlock(
        label=_("Notes du formateur"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("Consignes, adaptations, points d'attention pour ce module."),
    )
    duration_override = blocks.IntegerBlock(
        label=_("Durée (minutes)"),
        required=False,
        min_value=1,
        max_value=24 * 60,
        help_text=_("Laisser vide pour reprendre la durée de la ressource."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Module")

    def clean(self, value):
        value = super().clean(value)
        resource = value.get("resource")
        if resource is not None and not resource.live:
            raise StructBlockValidationError(
                block_errors={
                    "resource": ValidationError(
                        _("Cette ressource n'est pas publiée : choisissez une ressource publiée.")
                    )
                }
            )
        return value


class SessionBlock(blocks.StructBlock):
    """A group of modules (« Jour 1 », « Séance 2 »…); an empty title means no grouping."""

    title = blocks.CharBlock(
        label=_("Titre de la séance"),
        required=False,
        max_length=150,
        help_text=_("Ex. : Jour 1, Séance 2. Laisser vide pour ne pas grouper les modules."),
    )
    modules = blocks.ListBlock(ModuleBlock(), label=_("Modules"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Séance")
