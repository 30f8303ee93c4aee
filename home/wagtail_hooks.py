"""Admin additions of the home app: the staff « guide de style »."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .styleguide import style_guide


@hooks.register("register_admin_urls")
def style_guide_url():
    return [path("guide-de-style/", style_guide, name="style_guide")]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_settings_menu_item")
def style_guide_menu_item():
    return StaffMenuItem("Guide de style", reverse("style_guide"), icon_name="doc-full", order=900)
