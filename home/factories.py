"""Test factories of the home page (the one the data migration created)."""

import factory
import wagtail_factories
from wagtail.models import Page

from home.models import HomePage


def get_home_page():
    """The HomePage created by ``home/migrations/0002_create_homepage.py``."""
    return HomePage.objects.get()


class HomePageFactory(wagtail_factories.PageFactory):
    """The home page: the one the data migration created (``max_count = 1``)."""

    class Meta:
        model = HomePage
        django_get_or_create = ("slug", "parent")

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "Communs"
    slug = "accueil"
    hero_text = "Le commun des savoirs de la médiation numérique"
