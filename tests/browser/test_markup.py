"""Valid pages: the Nu Html Checker (vnu) finds no error in the HTML of any page type."""

import os

import pytest

from tests.browser.conftest import PAGE_TYPES
from tests.browser.vnu import VnuUnavailable, check_files, ensure_vnu

pytestmark = pytest.mark.browser

EXPECTED_STATUS = {"page-introuvable": 404}


@pytest.fixture(scope="session")
def vnu_command():
    """The vnu command; skipped without Java or npm outside CI, an error in CI."""
    try:
        return ensure_vnu()
    except VnuUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI : {error}", pytrace=False)
        pytest.skip(str(error))


def test_every_page_type_is_valid_html(vnu_command, context, resolved_pages, tmp_path):
    """The HTML as served (not the live DOM), every page type in one vnu run: 0 errors."""
    files = []
    for name in PAGE_TYPES:
        response = context.request.get(resolved_pages[name])
        assert response.status == EXPECTED_STATUS.get(name, 200), name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.body())
        files.append(path)

    errors = check_files(vnu_command, files)

    assert [
        f"{name}:{line}: {message} — {extract!r}" for name, line, message, extract in errors
    ] == []
