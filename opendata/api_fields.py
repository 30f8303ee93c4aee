"""Fields the resource pages expose through the Wagtail API v2.

The API of resource pages lists the fields every resource shares, then the own fields
of its type's model and the shared ones its type also shows (``ResourceType``); the
serializers of related objects
(taxonomy, licence, authors, tags…) live here so every type exposes them alike.
"""

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.rich_text import APIRichText

from commons.visibility import publicly_visible_page
from practices import resource_types


class RichTextSerializer(serializers.Field):
    """Rich text in the format asked by ``?rich_text_format=`` (public HTML by default)."""

    def to_representation(self, value):
        request = self.context.get("request")
        requested = request.GET.get("rich_text_format") if request else None
        return APIRichText.serialize(value, format=APIRichText.resolve_format(requested))


class TaxonomySerializer(serializers.Field):
    """Themes, audiences, equipment: ``[{"label": …, "slug": …}]``."""

    def to_representation(self, value):
        return [{"label": item.label, "slug": item.slug} for item in value.all()]


class PixCompetenceSerializer(serializers.Field):
    def to_representation(self, value):
        return [{"code": item.code, "label": item.label} for item in value.all()]


class AuthorsSerializer(serializers.Field):
    """Author names, in the order of the profiles."""

    def to_representation(self, value):
        return [author.name for author in value.all()]


class TagsSerializer(serializers.Field):
    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class LicenceSerializer(serializers.Field):
    def to_representation(self, value):
        if value is None:
            return None
        return {"slug": value.slug, "name": value.name, "url": value.url}


class TerritorySerializer(serializers.Field):
    """Commune and département of the whole page (``source="*"``)."""

    def to_representation(self, value):
        return {
            "commune": value.commune,
            "departement": value.departement,
            "departement_name": value.departement_name,
        }


class BasedOnSerializer(serializers.Field):
    """The resource this one adapts, or ``null`` (also when it is not public)."""

    def to_representation(self, value):
        value = publicly_visible_page(value)
        if value is None:
            return None
        request = self.context.get("request")
        return {"id": value.pk, "title": value.title, "url": value.get_full_url(request)}


class ResourceTypeSerializer(serializers.Field):
    def to_representation(self, value):
        return {"slug": value.resource_type_slug, "label": str(value.resource_type_label)}


# Fields whose value needs more than the default model serialization.
SERIALIZERS = {
    "resource_type": lambda: ResourceTypeSerializer(source="*"),
    "themes": TaxonomySerializer,
    "audiences": TaxonomySerializer,
    "equipment": TaxonomySerializer,
    "pix_competences": PixCompetenceSerializer,
    "authors": AuthorsSerializer,
    "tags": TagsSerializer,
    "licence": LicenceSerializer,
    "territory": lambda: TerritorySerializer(source="*"),
    "based_on": BasedOnSerializer,
    "context": RichTextSerializer,
    "results": RichTextSerializer,
    "variants": RichTextSerializer,
    "prerequisites": RichTextSerializer,
}

# What every resource type exposes.
SHARED_FIELDS = (
    "resource_type",
    "summary",
    "cover_image",
    "themes",
    "audiences",
    "tags",
    "licence",
    "authors",
    "level",
    "duration_minutes",
    "territory",
    "body",
    "based_on",
)


def api_field(name):
    serializer = SERIALIZERS.get(name)
    return APIField(name, serializer=serializer()) if serializer else APIField(name)


def resource_api_fields(model):
    """The shared resource fields followed by the own fields of the type of ``model``."""
    resource_type = resource_types.of(model)
    own = (
        (*resource_type.own_field_names, *resource_type.api_shared_fields) if resource_type else ()
    )
    return [api_field(name) for name in (*SHARED_FIELDS, *own)]
