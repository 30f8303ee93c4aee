import os

from django.conf import settings
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from opendata import urls as opendata_urls
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("recherche/", search_views.search, name="search"),
    path("recherche/suggestions/", search_views.suggest, name="search_suggest"),
    path("selection/", include("courses.urls")),
    path("", include("courses.export_urls")),
    path("", include("community.urls")),
    path("", include(opendata_urls)),
    path(
        "accessibilite/",
        TemplateView.as_view(template_name="pages/accessibilite.html"),
        name="accessibility",
    ),
    path(
        "mentions-legales/",
        TemplateView.as_view(template_name="pages/mentions_legales.html"),
        name="legal_notice",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # What the proxy serves in production, no more: image files. Documents, possibly
    # private, only through their serve view (/documents/<id>/<name>).
    for folder in settings.COMMONS_PUBLIC_MEDIA_FOLDERS:
        urlpatterns += static(
            settings.MEDIA_URL + folder, document_root=os.path.join(settings.MEDIA_ROOT, folder)
        )

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "commons.views.page_not_found"
handler500 = "commons.views.server_error"
