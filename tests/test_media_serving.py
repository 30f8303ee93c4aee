"""Document files are only ever handed out by Wagtail's serve view, which checks restrictions.

The reverse proxy (README, « Servir ») serves ``COMMONS_PUBLIC_MEDIA_FOLDERS`` only: image
files. Documents live elsewhere, their links point to the serve view, and on S3 the view
redirects only to signed, expiring addresses.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import BaseViewRestriction, CollectionViewRestriction

from commons.factories import DocumentFactory, ImageFactory, root_collection
from commons.visibility import documents_folder
from tests.test_settings import STRONG_SECRET_KEY, run_with_production_settings

# Settings only: reading them imports the production settings, no app is loaded.
PRINT_SERVE_METHOD = (
    "from django.conf import settings; "
    "print(settings.WAGTAILDOCS_SERVE_METHOD, *settings.COMMONS_PUBLIC_MEDIA_FOLDERS)"
)


@pytest.fixture
def private_document(db):
    collection = root_collection().add_child(name="Réservé aux équipes")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=BaseViewRestriction.LOGIN
    )
    document = DocumentFactory(title="Compte rendu interne", collection=collection)
    document.file.save("compte-rendu.pdf", ContentFile(b"%PDF-1.4 interne"))
    return document


def served_by_proxy(name):
    """Whether the proxy, configured as the README says, serves the media file ``name``."""
    return name.startswith(settings.COMMONS_PUBLIC_MEDIA_FOLDERS)


def test_document_links_go_through_the_serve_view(client, private_document, django_user_model):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    url = private_document.url
    assert url == reverse(
        "wagtaildocs_serve", args=[private_document.pk, private_document.filename]
    )
    assert not url.startswith(settings.MEDIA_URL)

    response = client.get(url)
    assert response.status_code == 302 and "login" in response["Location"]

    client.force_login(django_user_model.objects.create_user("equipe", "e@example.org", "x"))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 interne"
    # Sent by the view itself (its headers), not by a redirect to the file.
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_the_proxy_serves_images_but_never_a_document_file(private_document):
    assert private_document.file.name.startswith(documents_folder())
    assert not served_by_proxy(private_document.file.name)
    image = ImageFactory()
    rendition = image.get_rendition("width-100")
    assert served_by_proxy(image.file.name)
    assert served_by_proxy(rendition.file.name)


def test_the_development_media_routes_leave_documents_out(settings, private_document, client):
    """With DEBUG, ``config.urls`` serves image folders only, like the production proxy."""
    import importlib
    import sys

    from django.urls import clear_url_caches

    settings.DEBUG = True
    try:
        import config.urls

        importlib.reload(config.urls)
        clear_url_caches()
        image = ImageFactory()
        assert client.get(settings.MEDIA_URL + image.file.name).status_code == 200
        response = client.get(settings.MEDIA_URL + private_document.file.name)
        assert response.status_code == 404
    finally:
        settings.DEBUG = False
        importlib.reload(sys.modules["config.urls"])
        clear_url_caches()


def serve_method(**env):
    result = run_with_production_settings(
        ["-c", PRINT_SERVE_METHOD], SECRET_KEY=STRONG_SECRET_KEY, **env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].split()


def test_production_serves_documents_through_the_view_and_redirects_only_to_signed_urls():
    method, *folders = serve_method()
    assert method == "serve_view"
    assert folders == ["images/", "original_images/"]
    s3 = {"AWS_STORAGE_BUCKET_NAME": "communs-medias"}
    assert serve_method(**s3)[0] == "redirect"  # signed, expiring addresses
    assert serve_method(**s3, AWS_QUERYSTRING_AUTH="false")[0] == "serve_view"
    assert serve_method(**s3, AWS_S3_CUSTOM_DOMAIN="medias.example.org")[0] == "serve_view"


@pytest.fixture
def nginx_sends_documents(settings):
    from wagtail.utils.sendfile import _get_sendfile

    settings.SENDFILE_BACKEND = "commons.sendfile_nginx"
    settings.COMMONS_DOCUMENTS_X_ACCEL_PREFIX = "/_medias_proteges/"
    _get_sendfile.clear()  # Wagtail keeps the backend it loaded first
    yield
    _get_sendfile.clear()


def test_with_x_accel_redirect_nginx_sends_the_file_only_after_the_check(
    client, private_document, django_user_model, nginx_sends_documents
):
    response = client.get(private_document.url)
    assert response.status_code == 302 and "X-Accel-Redirect" not in response

    client.force_login(django_user_model.objects.create_user("equipe", "e@example.org", "x"))
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/_medias_proteges/" + private_document.file.name
    assert response.content == b""  # nginx adds the file
    # The view's own headers stay: the file's name and type, the CSP of documents.
    assert private_document.filename in response["Content-Disposition"]
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_production_turns_x_accel_redirect_on_from_the_environment():
    script = (
        "from django.conf import settings; "
        "print(getattr(settings, 'SENDFILE_BACKEND', '-'), "
        "settings.COMMONS_DOCUMENTS_X_ACCEL_PREFIX or '-')"
    )

    def backend(**env):
        result = run_with_production_settings(["-c", script], SECRET_KEY=STRONG_SECRET_KEY, **env)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().splitlines()[-1].split()

    assert backend() == ["-", "-"]
    assert backend(DOCUMENTS_X_ACCEL_PREFIX="/_medias_proteges/") == [
        "commons.sendfile_nginx",
        "/_medias_proteges/",
    ]


def test_anonymous_request_helper_matches_a_real_anonymous_visitor(private_document, rf):
    from commons.visibility import anonymous_request, document_is_readable

    request = rf.get("/")
    request.user, request.session = AnonymousUser(), {}
    assert not document_is_readable(request, private_document)
    assert not document_is_readable(anonymous_request(), private_document)
    assert not document_is_readable(None, private_document)
