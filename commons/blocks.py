"""StreamField blocks shared by every resource type.

Headings are limited to h2/h3: the page title is the only h1.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Texte du titre"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de section (h2)")), ("h3", _("Sous-titre (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "blocks/heading_block.html"
        description = _("Un titre de section ou de sous-section.")
        preview_value = {"text": "Préparer l'atelier", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraphe")
        template = "blocks/paragraph_block.html"
        description = _("Du texte mis en forme : gras, liens, listes.")
        preview_value = (
            "<p>Installez les participants deux par deux devant un poste, "
            "le plus à l'aise à côté du moins à l'aise.</p>"
        )


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Étape"), max_length=200)
    text = blocks.RichTextBlock(label=_("Détail"), features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "list-ol"
        label = _("Étape")


class StepsBlock(blocks.ListBlock):
    """Ordered steps, rendered as a numbered list."""

    def __init__(self, **kwargs):
        super().__init__(StepBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        label = _("Étapes numérotées")
        template = "blocks/steps_block.html"
        description = _("Une suite d'étapes à suivre dans l'ordre.")
        preview_value = [
            {"title": "Ouvrir le navigateur", "text": "<p>Cliquez sur l'icône.</p>"},
            {"title": "Taper l'adresse", "text": "<p>Dans la barre du haut.</p>"},
        ]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[("astuce", _("Astuce")), ("attention", _("Attention"))],
        default="astuce",
    )
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=150)
    text = blocks.RichTextBlock(label=_("Texte"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Encadré astuce / attention")
        template = "blocks/callout_block.html"
        description = _("Mettre en valeur une astuce ou un point de vigilance.")
        preview_value = {
            "kind": "astuce",
            "title": "Astuce",
            "text": "<p>Gardez un mot de passe d'exemple au tableau.</p>",
        }


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"
        description = _("Une image avec son texte alternatif et une légende.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titre affiché"),
        required=False,
        max_length=200,
        help_text=_("Laisser vide pour reprendre le titre du document."),
    )
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = "blocks/document_block.html"
        description = _("Un fichier à télécharger (PDF, ODT…).")


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Adresse"))
    title = blocks.CharBlock(label=_("Titre du lien"), max_length=200)
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "link-external"
        label = _("Lien externe")
        template = "blocks/external_link_block.html"
        description = _("Un lien vers une ressource d'un autre site.")
        preview_value = {
            "url": "https://www.service-public.fr/",
            "title": "Service-Public.fr",
            "description": "Le site officiel de l'administration française.",
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Adresse de la vidéo"))
    title = blocks.CharBlock(
        label=_("Titre de la vidéo"),
        max_length=200,
        help_text=_("Annoncé aux lecteurs d'écran."),
    )
    transcript = blocks.TextBlock(label=_("Transcription"), required=False)

    class Meta:
        icon = "media"
        label = _("Vidéo")
        template = "blocks/video_block.html"
        description = _("Une vidéo intégrée, avec un titre et sa transcription.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citation"))
    author = blocks.CharBlock(label=_("Qui parle"), required=False, max_length=150)
    role = blocks.CharBlock(label=_("Rôle ou situation"), required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = _("Citation / témoignage")
        template = "blocks/quote_block.html"
        description = _("Les mots d'un participant ou d'un partenaire.")
        preview_value = {
            "quote": "Maintenant j'envoie les photos à mes petits-enfants toute seule.",
            "author": "Josette",
            "role": "participante, 78 ans",
        }


class ResourceBodyBlock(blocks.StreamBlock):
    """The free content of every resource."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    steps = StepsBlock()
    callout = CalloutBlock()
    image = FigureBlock()
    document = DocumentBlock()
    link = ExternalLinkBlock()
    video = VideoBlock()
    quote = QuoteBlock()

    class Meta:
        block_counts = {}
