"""Security: headers on every response, no inline script, hostile input never gives a 500
and is escaped, path traversal refused, oversized requests refused, uploads restricted."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form

from community.factories import make_user
from practices.factories import PracticeSheetFactory, ProjectRecipeFactory, WorkshopMaterialFactory

XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
INLINE_SCRIPT_RE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>")
HANDLER_RE = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)


@pytest.fixture
def resources(sections):
    return [
        PracticeSheetFactory(parent=sections.sheets),
        ProjectRecipeFactory(parent=sections.recipes),
        WorkshopMaterialFactory(parent=sections.workshops),
    ]


def public_urls(sections, resources):
    theme = resources[0].themes.first()
    return [
        "/",
        sections.sheets.url,
        sections.recipes.url,
        sections.workshops.url,
        *(r.url for r in resources),
        "/themes/",
        f"/themes/{theme.slug}/",
        "/recherche/",
        reverse("community:contribute"),
        reverse("community:report", args=[resources[0].pk]),
        reverse("courses:selection"),
    ]


def test_security_headers_on_public_pages(client, sections, resources):
    for url in public_urls(sections, resources):
        response = client.get(url)
        assert response.status_code == 200, url
        directives = dict(
            part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
        )
        assert directives["script-src"] == "'self'"
        assert directives["frame-ancestors"] == "'none'"
        assert directives["object-src"] == "'none'"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "camera=()" in response["Permissions-Policy"]
        assert response["X-Frame-Options"] == "DENY"


def test_public_pages_have_no_inline_script_nor_event_handler(client, sections, resources):
    for url in public_urls(sections, resources):
        html = client.get(url).content.decode()
        assert not INLINE_SCRIPT_RE.search(html), url
        assert not HANDLER_RE.search(html), url


def test_admin_is_outside_the_policy_and_loads(client, site):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    client.force_login(make_user("admin-csp", superuser=True))
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("param", ["q", "theme", "audience", "level", "page", "type", "tag"])
def test_xss_in_query_parameters_is_escaped(client, sections, resources, param):
    for url in [
        "/",
        sections.sheets.url,
        f"/themes/{resources[0].themes.first().slug}/",
        "/recherche/",
        resources[0].url,
    ]:
        response = client.get(url, {param: XSS})
        assert response.status_code in (200, 400, 404), (url, response.status_code)
        assert XSS not in response.content.decode(), url
        assert "<script>alert(1)" not in response.content.decode(), url


def test_xss_in_public_forms_is_escaped(client, resources):
    page = resources[0]
    posts = [
        (reverse("community:report", args=[page.pk]), {"signalement-comment": XSS}),
        (reverse("community:feedback", args=[page.pk]), {"avis-comment": XSS}),
        (reverse("community:contribute"), {"name": XSS, "email": XSS, "message": XSS}),
        (reverse("courses:selection_add"), {"page_id": XSS, "next": XSS}),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code < 500, url
        assert "<script>alert(1)" not in response.content.decode(), url
        if response.status_code in (301, 302):
            assert not response["Location"].startswith(("javascript:", "//", "http")), url


@pytest.mark.parametrize(
    "path",
    [
        "/documents/1/../../../etc/passwd",
        "/documents/1/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/media/../config/settings/base.py",
        "/media/%2e%2e/db.sqlite3",
        "/static/../db.sqlite3",
        "/static/%2e%2e/config/settings/base.py",
        "/documents/999999/x.pdf",
    ],
)
def test_path_traversal_is_refused(client, site, path):
    response = client.get(path)
    assert response.status_code in (400, 403, 404)
    body = b"".join(response) if response.streaming else response.content
    assert b"SECRET_KEY" not in body and b"root:" not in body


def test_oversized_request_is_refused_without_500(client, resources, settings):
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    response = client.post(
        reverse("community:report", args=[resources[0].pk]),
        data=b"signalement-comment=" + b"x" * (limit + 10),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400


def test_too_many_fields_is_refused_without_500(client, resources, settings):
    fields = "&".join(f"f{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 10))
    response = client.post(
        reverse("community:contribute"),
        data=fields,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400


def document_form(name, content=b"data"):
    form_class = get_document_form(get_document_model())
    with translation.override("fr"):
        form = form_class(
            data={"title": "Essai", "collection": ""},
            files={"file": SimpleUploadedFile(name, content)},
            user=None,
        )
        valid = form.is_valid()
        return valid, " ".join(str(e) for e in form.errors.get("file", []))


@pytest.mark.django_db
def test_documents_outside_the_allow_list_are_rejected_in_french():
    valid, message = document_form("script.exe")
    assert not valid
    assert "exe" in message and "autoris" in message


@pytest.mark.django_db
def test_documents_over_the_size_limit_are_rejected_in_french(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    valid, message = document_form("support.pdf", b"%PDF-1.4" + b"x" * 100)
    assert not valid
    assert "volumineux" in message or "taille" in message, message


def image_form(width, height):
    """Wagtail's image upload form with a PNG of width × height pixels."""
    from PIL import Image
    from wagtail.images import get_image_model
    from wagtail.images.forms import get_image_form

    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")  # 1 bit per pixel: small in memory
    form_class = get_image_form(get_image_model())
    with translation.override("fr"):
        form = form_class(
            data={"title": "Affiche", "collection": ""},
            files={"file": SimpleUploadedFile("affiche.png", buffer.getvalue())},
            user=None,
        )
        valid = form.is_valid()
        return valid, " ".join(str(e) for e in form.errors.get("file", []))


@pytest.mark.django_db
def test_images_over_the_pixel_limit_are_rejected_in_french(settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    valid, message = image_form(8000, 6000)  # 48 million pixels, a 40-million limit
    assert not valid
    assert "pixels" in message and "trop" in message, message
    assert image_form(800, 600) == (True, "")


@pytest.mark.django_db
def test_images_over_the_size_limit_are_rejected_in_french(settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    valid, message = image_form(800, 600)
    assert not valid
    assert "volumineux" in message or "taille" in message, message


def test_login_throttling_is_active_on_the_admin_login(client, site):
    make_user("cible", superuser=False)
    for _ in range(settings_limit()):
        client.post("/admin/login/", {"username": "cible", "password": "mauvais"})
    response = client.post("/admin/login/", {"username": "cible", "password": "motdepasse-1"})
    assert response.status_code in (403, 429)


def settings_limit():
    from django.conf import settings

    return settings.AXES_FAILURE_LIMIT
