"""The community blocks of a resource page cost a constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.factories import make_contributor
from community.models import Feedback, RevisionNote
from practices.factories import PracticeSheetFactory
from practices.models import PracticeSheet

pytestmark = pytest.mark.django_db

# Most queries of a resource page with its history, adaptations and answers (measured).
RESOURCE_PAGE_MAX_QUERIES = 23


def grow(page, sections, n):
    """n adaptations (published), n more published versions, n answers."""
    for i in range(n):
        user = make_contributor(f"contrib{page.pk}x{i}")
        PracticeSheetFactory(
            parent=sections.sheets,
            title=f"Adaptation {page.pk}-{i}",
            based_on=page,
            authors=[user.author_profile],
        )
        revision = page.save_revision(user=user)
        RevisionNote.objects.create(revision=revision, summary=f"Modification {i}")
        revision.publish(user=user, skip_permission_checks=True)
        Feedback.objects.create(page=page, rating=4, session_key=f"{page.pk}-{i}")


def count_queries(client, page):
    page = PracticeSheet.objects.get(pk=page.pk)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_resource_page_queries_do_not_grow_with_history_adaptations_and_feedback(client, sections):
    small = PracticeSheetFactory(parent=sections.sheets, title="Petite")
    large = PracticeSheetFactory(parent=sections.sheets, title="Grande")
    grow(small, sections, 1)
    grow(large, sections, 5)
    client.get(small.url)  # warm caches (site root paths, renditions…)
    client.get(large.url)

    small_count, small_html = count_queries(client, small)
    large_count, large_html = count_queries(client, large)

    assert "Modification 4" in large_html and "Adaptations de cette ressource (5)" in large_html
    assert "5 personnes ont donné leur avis" in large_html
    assert large_count == small_count
    assert large_count <= RESOURCE_PAGE_MAX_QUERIES, large_count
