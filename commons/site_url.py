"""The site's public address (``SITE_URL``), applied to Wagtail's default Site.

Every absolute URL the site writes (sitemap, feeds, JSON-LD, OpenGraph, canonical links,
the booklets' « Source : ») comes from the Wagtail Site of the page, whose hostname and
port say where it is served. ``manage.py set_site_url`` writes ``SITE_URL`` there.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Site

# Wagtail writes ``https://`` for port 443 only and ``http://`` for every other port.
DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_site_url(url):
    """``(hostname, port)`` of a public address such as ``https://communs.example.org``.

    Raises ValidationError with a French message for anything Wagtail's Site cannot hold:
    another scheme, no host, a path, a query, or HTTPS on a port other than 443.
    """
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValidationError(f"Adresse du site invalide : « {url} ».") from None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValidationError(
            f"Adresse du site invalide : « {url} ». Attendu : http(s)://nom.de.domaine[:port]"
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValidationError(
            f"L'adresse du site « {url} » ne peut contenir ni chemin, ni paramètres, "
            "ni identifiants : le site est servi à la racine du domaine."
        )
    if ":" in parts.hostname:
        raise ValidationError(
            f"Adresse du site « {url} » : donnez un nom de domaine, pas une adresse IPv6."
        )
    port = port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise ValidationError(
            f"Adresse du site « {url} » : en HTTPS, seul le port 443 est possible "
            "(les adresses des pages sont écrites en http:// sur tout autre port)."
        )
    if parts.scheme == "http" and port == 443:
        raise ValidationError(f"Adresse du site « {url} » : le port 443 est celui de HTTPS.")
    return parts.hostname, port


def configured_site_url():
    """``SITE_URL``, or ``WAGTAILADMIN_BASE_URL`` when it is not set."""
    return getattr(settings, "SITE_URL", "") or settings.WAGTAILADMIN_BASE_URL


@transaction.atomic
def apply_site_url(url=None):
    """Give the default Site the hostname and port of ``url`` (``SITE_URL`` by default).

    Returns the Site, or None when there is none yet (before the first ``migrate``).
    Nothing is written when the address is invalid.
    """
    hostname, port = parse_site_url(configured_site_url() if url is None else url)
    site = Site.objects.select_for_update().filter(is_default_site=True).first()
    if site is None:
        return None
    if (site.hostname, site.port) != (hostname, port):
        # Another site on the same hostname and port would make the pair ambiguous.
        clash = Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk)
        if clash.exists():
            raise ValidationError(
                f"Un autre site Wagtail utilise déjà {hostname}:{port} : "
                "modifiez-le dans l'administration (Paramètres > Sites)."
            )
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        # Wagtail caches the site root paths of page URLs.
        Site.clear_site_root_paths_cache()
    return site


def site_root_page(request=None):
    """The root page (specific) of the Site serving ``request``, of the default Site
    without one, or ``None``: the home page, found through Wagtail by the apps that sit
    below the home app."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    # Deferred: the specific class (its routes) without a query for its own fields,
    # which load on first use; URLs and routes need the base page only.
    return site.root_page.specific_deferred if site is not None else None


def public_root_url(request=None):
    """The root URL (no trailing slash) of the Wagtail Site serving ``request``.

    The default Site when the request's host matches none, ``SITE_URL`` when there is no
    Site at all: the same root as the absolute URLs of pages.
    """
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site is not None else configured_site_url().rstrip("/")
