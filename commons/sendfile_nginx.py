"""Documents handed to nginx after the application's checks (``X-Accel-Redirect``).

Optional: set ``DOCUMENTS_X_ACCEL_PREFIX`` (see README, « Servir »). Wagtail's serve view
still checks the collection's restrictions; then, instead of streaming the file through a
gunicorn worker, it answers with an empty response whose ``X-Accel-Redirect`` header names
the file under an nginx location marked ``internal``, which visitors cannot request
themselves. Wagtail's ``sendfile`` wrapper adds the type and file name headers.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponse


def sendfile(request, filename, **kwargs):
    """The response nginx completes with the file ``filename`` (a path under MEDIA_ROOT)."""
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        relative = Path(filename).resolve().relative_to(root)
    except ValueError:
        raise Http404("Ce fichier n'est pas dans les médias.") from None
    response = HttpResponse()
    prefix = settings.COMMONS_DOCUMENTS_X_ACCEL_PREFIX.rstrip("/")
    response["X-Accel-Redirect"] = quote(f"{prefix}/{relative.as_posix()}")
    return response
