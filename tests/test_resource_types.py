"""Each resource type is declared once, on its model, and read from there everywhere."""

from django.apps import apps

from courses.blocks import RESOURCE_PAGE_TYPES
from home.models import HomePage
from opendata.api import ResourcePagesAPIViewSet
from opendata.api_fields import SHARED_FIELDS
from practices import resource_types
from practices.models import ResourcePage


def concrete_resource_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ResourcePage) and model is not ResourcePage
    ]


def test_every_resource_model_declares_its_type():
    declared = resource_types.all()
    assert [t.model for t in declared] == concrete_resource_models()
    assert len({t.key for t in declared}) == len({t.slug for t in declared}) == len(declared)
    for resource_type in declared:
        assert resource_types.by_key(resource_type.key) is resource_type
        assert resource_types.by_slug(resource_type.slug) is resource_type
        assert resource_types.of(resource_type.model) is resource_type
        assert resource_type.model.type_slug == resource_type.slug


def test_every_type_has_its_section_home_and_course_modules():
    for resource_type in resource_types.all():
        assert resource_type.index_model_label in HomePage.subpage_types
        assert resource_type.model_label in RESOURCE_PAGE_TYPES
        assert resource_type.index_model.subpage_types == [resource_type.model_label]


def test_the_api_shows_every_field_a_type_adds():
    for resource_type in resource_types.all():
        names = ResourcePagesAPIViewSet.get_body_fields_names(resource_type.model)
        expected = [*SHARED_FIELDS, *resource_type.own_field_names]
        assert names[-len(expected) - len(resource_type.api_shared_fields) :] == [
            *expected,
            *resource_type.api_shared_fields,
        ]
        assert resource_type.own_field_names, "a type adds fields of its own"
