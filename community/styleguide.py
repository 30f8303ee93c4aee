"""The staff « guide de style »: the design tokens and components, drawn by the real templates.

Every sample is rendered by the include the site uses (card, callout block, pagination,
breadcrumb, radio group of the feedback form…), so the guide cannot drift from the site.
It lives in community, the app of the public forms it shows, above the other components.
"""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from commons.blocks import CalloutBlock
from practices.models import ResourcePage

from .forms import FeedbackForm

# The colour tokens of static/css/communs.css, with what each is for.
COLOUR_TOKENS = [
    ("--ink", "Texte"),
    ("--muted", "Texte secondaire"),
    ("--link", "Liens, boutons"),
    ("--brand", "En-tête, pied de page"),
    ("--accent", "Surtitres"),
    ("--soft", "Fonds de panneaux"),
    ("--line", "Bordures des champs"),
    ("--line-light", "Séparateurs"),
    ("--focus", "Anneau de focus"),
    ("--tip", "Astuce"),
    ("--warn", "Attention"),
    ("--error", "Erreur"),
    ("--type-sheet", "Fiche pratique"),
    ("--type-recipe", "Recette de projet"),
    ("--type-workshop", "Atelier"),
]
TYPE_STEPS = ["--step-4", "--step-3", "--step-2", "--step-1", "--step-0", "--step--1"]
SPACE_STEPS = [f"--space-{n}" for n in range(1, 8)]


def style_guide(request):
    """The guide, for staff only (other admin users get a 403)."""
    if not request.user.is_staff:
        raise PermissionDenied
    callout = CalloutBlock()
    callouts = [
        callout.render(
            callout.to_python(
                {"kind": kind, "title": title, "text": "<p>Le texte de l'encadré.</p>"}
            )
        )
        for kind, title in (("astuce", "Avant la séance"), ("attention", "Données personnelles"))
    ]
    resources = list(ResourcePage.for_cards(ResourcePage.objects.live().public())[:3])
    pagination = {
        "previous": "?page=1",
        "next": "?page=3",
        "pages": [
            {"number": 1, "url": "?page=1"},
            {"number": 2, "url": "?page=2", "current": True},
            {"number": 3, "url": "?page=3"},
            {"ellipsis": True},
            {"number": 9, "url": "?page=9"},
        ],
    }
    return TemplateResponse(
        request,
        "styleguide/guide.html",
        {
            "colour_tokens": COLOUR_TOKENS,
            "type_steps": TYPE_STEPS,
            "space_steps": SPACE_STEPS,
            "callouts": callouts,
            "resources": resources,
            "pagination": pagination,
            "feedback_form": FeedbackForm(),
            "breadcrumb_items": [
                {"url": "#", "label": "Accueil"},
                {"url": "#", "label": "Ateliers"},
            ],
        },
    )


@hooks.register("register_admin_urls")
def style_guide_url():
    return [path("guide-de-style/", style_guide, name="style_guide")]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_settings_menu_item")
def style_guide_menu_item():
    return StaffMenuItem("Guide de style", reverse("style_guide"), icon_name="doc-full", order=900)
