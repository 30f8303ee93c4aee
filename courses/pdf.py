"""HTML to PDF with WeasyPrint, reading static and media files from disk.

WeasyPrint needs Pango from the system (see README). When it or its libraries
are missing, ``html_to_pdf`` raises ``PDFUnavailable`` so that views can explain
it in French instead of failing.
"""

import logging
import mimetypes
import posixpath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage

from commons.visibility import documents_folder

logger = logging.getLogger(__name__)


class PDFUnavailable(Exception):
    """WeasyPrint or the system libraries it needs are not installed."""


def _load_weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango or HarfBuzz missing
        logger.warning("PDF export unavailable: %s", exc)
        raise PDFUnavailable(str(exc)) from exc
    return weasyprint


def is_pdf_available():
    try:
        _load_weasyprint()
    except PDFUnavailable:
        return False
    return True


def _static_path(name):
    if staticfiles_storage.exists(name):
        return staticfiles_storage.path(name)
    return finders.find(name)


def _local_file(url, base_url):
    """Open the static or media file behind ``url``; None for anything else."""
    base, target = urlsplit(base_url), urlsplit(url)
    if (target.scheme, target.netloc) != (base.scheme, base.netloc):
        return None
    path = unquote(target.path)
    if path.startswith(settings.STATIC_URL):
        found = _static_path(path.removeprefix(settings.STATIC_URL))
        return open(found, "rb") if found else None  # noqa: SIM115 - closed by WeasyPrint
    if path.startswith(settings.MEDIA_URL):
        name = posixpath.normpath(path.removeprefix(settings.MEDIA_URL))
        if name == ".." or name.startswith(("../", "/", documents_folder())):
            # Documents may be private: only Wagtail's serve view reads them, for a visitor.
            return None
        return default_storage.open(name, "rb") if default_storage.exists(name) else None
    return None


def html_to_pdf(html, base_url):
    """Render ``html`` to PDF bytes; files are read from disk, never over the network."""
    weasyprint = _load_weasyprint()
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            body = _local_file(url, base_url)
            if body is None:
                raise ValueError(f"Ressource non locale ignorée dans le PDF : {url}")
            content_type = mimetypes.guess_type(urlsplit(url).path)[0]
            return URLFetcherResponse(
                url, body, {"Content-Type": content_type or "application/octet-stream"}
            )

    document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=LocalFetcher())
    return document.write_pdf()
