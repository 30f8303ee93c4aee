"""Courses on the search page: their own tab (« Parcours »), registered with search.

Search imports nothing from courses (layers: courses sit above search); courses plug
their documents into the registry search offers (``search.kinds``), from
``CoursesConfig.ready()``.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from search.kinds import Kind, KindDocument, register


def course_documents():
    """Live courses an anonymous visitor may see (as ``CourseIndexPage.get_courses``)."""
    from .models import Course

    courses = Course.objects.live().public().prefetch_related("themes").order_by("path")
    documents = []
    for course in courses:
        level = course.get_level_display() if course.level else ""
        themes = " ".join(theme.label for theme in course.themes.all())
        documents.append(
            KindDocument.of(
                course.title,
                course.get_url() or "",
                course.summary,
                keywords=f"{themes} {level}",
            )
        )
    return documents


def _count_label(count):
    return ngettext("%(count)d parcours", "%(count)d parcours", count) % {"count": count}


def register_courses():
    from .models import Course

    register(
        Kind(
            slug="parcours",
            label=_("Parcours"),
            type_label=_("Parcours de formation"),
            documents=course_documents,
            count_label=_count_label,
            page_models=(Course,),
            order=100,
        )
    )
