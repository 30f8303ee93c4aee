"""Blocks specific to project recipes and workshop materials."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from commons.blocks import RICH_TEXT_FEATURES


class IngredientBlock(blocks.StructBlock):
    """One line of a recipe's ingredients: who or what, and how much."""

    category = blocks.ChoiceBlock(
        label=_("Catégorie"),
        choices=[
            ("humain", _("Personnes et compétences")),
            ("materiel", _("Matériel")),
            ("budget", _("Budget")),
        ],
        default="humain",
    )
    label = blocks.CharBlock(label=_("Ingrédient"), max_length=200)
    quantity = blocks.DecimalBlock(label=_("Quantité"), required=False, min_value=0)
    unit = blocks.CharBlock(
        label=_("Unité"), required=False, max_length=50, help_text=_("Ex. : €, ETP, tablettes")
    )
    note = blocks.CharBlock(label=_("Précision"), required=False, max_length=300)

    class Meta:
        icon = "list-ul"
        label = _("Ingrédient")
        template = "practices/blocks/ingredient_block.html"
        description = _("Une ressource nécessaire au projet, avec sa quantité.")
        preview_value = {
            "category": "materiel",
            "label": "Tablettes reconditionnées",
            "quantity": 8,
            "unit": "tablettes",
        }


class ToolBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Outil"), max_length=150)
    url = blocks.URLBlock(label=_("Adresse"), required=False)
    description = blocks.CharBlock(label=_("À quoi il sert"), required=False, max_length=300)
    free_software = blocks.BooleanBlock(label=_("Logiciel libre"), required=False)

    class Meta:
        icon = "cogs"
        label = _("Outil")
        template = "practices/blocks/tool_block.html"
        description = _("Un outil ou logiciel utilisé par le projet.")


class ObstacleBlock(blocks.StructBlock):
    obstacle = blocks.CharBlock(label=_("Frein rencontré"), max_length=300)
    solution = blocks.RichTextBlock(
        label=_("Comment il a été levé"), features=RICH_TEXT_FEATURES, required=False
    )

    class Meta:
        icon = "warning"
        label = _("Frein")
        template = "practices/blocks/obstacle_block.html"
        description = _("Une difficulté et la façon dont elle a été surmontée.")


class TestimonyBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Témoignage"))
    name = blocks.CharBlock(label=_("Prénom ou nom"), required=False, max_length=100)
    role = blocks.CharBlock(label=_("Situation"), required=False, max_length=150)
    photo = ImageChooserBlock(label=_("Portrait"), required=False)

    class Meta:
        icon = "user"
        label = _("Témoignage / portrait")
        template = "practices/blocks/testimony_block.html"
        description = _("La parole d'un bénéficiaire ou d'un partenaire.")


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Partenaire"), max_length=200)
    role = blocks.CharBlock(label=_("Rôle dans le projet"), required=False, max_length=300)

    class Meta:
        icon = "group"
        label = _("Partenaire")
        template = "practices/blocks/partner_block.html"


class RunThroughStepBlock(blocks.StructBlock):
    """One timed sequence of a workshop's run-through."""

    title = blocks.CharBlock(label=_("Séquence"), max_length=200)
    duration_minutes = blocks.IntegerBlock(label=_("Durée (minutes)"), min_value=1, max_value=600)
    instructions = blocks.RichTextBlock(label=_("Déroulé"), features=RICH_TEXT_FEATURES)
    facilitator_notes = blocks.TextBlock(label=_("Notes pour l'animateur"), required=False)

    class Meta:
        icon = "time"
        label = _("Séquence minutée")
        template = "practices/blocks/run_through_step_block.html"
        description = _("Une étape de l'atelier, avec sa durée.")
        preview_value = {
            "title": "Tour de table",
            "duration_minutes": 10,
            "instructions": "<p>Chacun dit ce qu'il attend de la séance.</p>",
        }


class HandoutBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=200)
    kind = blocks.ChoiceBlock(
        label=_("Type de support"),
        choices=[
            ("participant", _("Support participant")),
            ("diaporama", _("Diaporama")),
            ("animateur", _("Fiche animateur")),
            ("autre", _("Autre")),
        ],
        default="participant",
    )

    class Meta:
        icon = "doc-full"
        label = _("Support à télécharger")
        template = "practices/blocks/handout_block.html"
        description = _("Un support d'atelier : fiche, diaporama…")
