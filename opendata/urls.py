"""Routes of the open data app, included before Wagtail's catch-all."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from .api import api_router
from .feeds import AtomResourceFeed, ResourceFeed
from .sitemaps import SITEMAPS
from .views import RobotsTxtView

urlpatterns = [
    path("api/v2/", api_router.urls),
    path("flux/", ResourceFeed(), name="resource_feed"),
    path("flux/atom/", AtomResourceFeed(), name="resource_feed_atom"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", RobotsTxtView.as_view(), name="robots_txt"),
]
