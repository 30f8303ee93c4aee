"""Test factories of the course pages (course and selection tests, the benchmark)."""

import factory
import wagtail_factories

from commons.factories import PublishedPageFactory, licence
from courses.booklet import ModuleSpec, SessionSpec, stream_data_from_specs
from courses.models import Course, CourseIndexPage


class CourseIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = CourseIndexPage
        django_get_or_create = ("slug", "parent")

    title = "Parcours de formation"
    slug = "parcours"
    intro = "<p>Des journées de formation assemblées à partir des ressources du commun.</p>"


class CourseFactory(wagtail_factories.PageFactory):
    """A published course; ``sessions`` is a list of (title, [resource or ModuleSpec…])."""

    class Meta:
        model = Course

    parent = factory.SubFactory(CourseIndexPageFactory)
    title = factory.Sequence(lambda n: f"Former les aidants numériques ({n})")
    slug = factory.Sequence(lambda n: f"former-les-aidants-{n}")
    summary = "Deux jours pour outiller les aidants qui accompagnent les démarches en ligne."
    licence = factory.LazyFunction(licence)
    level = "debutant"
    objectives = factory.LazyFunction(
        lambda: [{"type": "objective", "value": "Accompagner une démarche sans faire à la place"}]
    )
    prerequisites = "<p>Savoir utiliser un ordinateur.</p>"

    @classmethod
    def _create(cls, model_class, *args, sessions=(), **kwargs):
        kwargs["modules"] = course_modules(sessions)
        instance = super()._create(model_class, *args, **kwargs)
        instance.save_revision().publish()
        instance.refresh_from_db()
        return instance


def as_spec(item):
    if isinstance(item, ModuleSpec):
        return item
    return ModuleSpec(page_id=item.pk)


def course_modules(sessions):
    """Raw StreamField data from ``[(title, [resource or ModuleSpec…]), …]``."""
    return stream_data_from_specs(
        [SessionSpec(title, [as_spec(item) for item in items]) for title, items in sessions]
    )
