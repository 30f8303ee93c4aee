"""Course exports whose URL ends with a file name (``…/livret.pdf``, ``…/supports.zip``).

Wagtail's catch-all only serves paths ending with a slash; these patterns, placed
before it, hand the path to Wagtail's routing with the slash added, so the page
(a ``Course``) answers through its routes. Other pages answer 404.
"""

from django.urls import re_path
from wagtail.views import serve

from .models import ARCHIVE_PATH, BOOKLET_PDF_PATH

FILE_ROUTES = "|".join(name.replace(".", r"\.") for name in (BOOKLET_PDF_PATH, ARCHIVE_PATH))


def serve_file_route(request, path):
    return serve(request, path + "/")


urlpatterns = [
    re_path(rf"^((?:[\w\-]+/)+(?:{FILE_ROUTES}))$", serve_file_route, name="course_file_export"),
]
