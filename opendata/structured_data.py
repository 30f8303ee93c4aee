"""schema.org JSON-LD and social sharing (OpenGraph, Twitter) metadata of a resource.

Sheets and workshops are ``LearningResource``s, recipes are ``HowTo``s; every
type shares the description built by ``common_properties``. Training courses are
``Course``s whose parts are their modules (``course_json_ld``).
"""

import json
from urllib.parse import urljoin

from django.utils.html import strip_tags

from commons.visibility import publicly_visible_page

from .records import site_base_url

SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"
PIX_FRAMEWORK = "Référentiel de compétences numériques PIX"
PIX_URL = "https://pix.fr/competences"


def iso_duration(minutes):
    """ISO 8601 duration (``PT1H30M``) of a number of minutes, or ``None``."""
    if not minutes:
        return None
    hours, rest = divmod(int(minutes), 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest else "")


def iso_datetime(value):
    return value.isoformat() if value else None


def share_image_url(page, base_url):
    if not page.cover_image_id:
        return None
    rendition = page.cover_image.get_rendition(SHARE_IMAGE_SPEC)
    return urljoin(base_url, rendition.url)


def plain(html):
    return " ".join(strip_tags(str(html or "")).split())


def person(author):
    data = {"@type": "Person", "name": author.name}
    if author.organisation:
        data["affiliation"] = {"@type": "Organization", "name": author.organisation}
    return data


def common_properties(page, request, base_url):
    themes = [theme.label for theme in page.themes.all()]
    tags = sorted(tag.name for tag in page.tags.all())
    data = {
        "@context": "https://schema.org",
        "@id": page.get_full_url(request),
        "url": page.get_full_url(request),
        "name": page.title,
        "description": page.summary,
        "inLanguage": "fr",
        "license": page.licence.url if page.licence_id else None,
        "author": [person(author) for author in page.authors.all()],
        "datePublished": iso_datetime(page.first_published_at),
        "dateModified": iso_datetime(page.last_published_at),
        "keywords": ", ".join(themes + tags) or None,
        "about": [{"@type": "Thing", "name": label} for label in themes],
        "audience": [
            {"@type": "Audience", "audienceType": audience.label}
            for audience in page.audiences.all()
        ],
        "image": share_image_url(page, base_url),
        "spatialCoverage": (
            {"@type": "Place", "name": page.territory_label} if page.territory_label else None
        ),
        "publisher": {"@type": "Organization", "name": "Communs", "url": base_url},
    }
    original = publicly_visible_page(page.based_on) if page.based_on_id else None
    if original is not None:
        data["isBasedOn"] = {
            "@type": "CreativeWork",
            "name": original.title,
            "url": original.get_full_url(request),
        }
    return data


def learning_resource(page, request, base_url):
    """Sheets and workshops: what they teach, to whom, at which level and for how long."""
    return {
        "@type": "LearningResource",
        "learningResourceType": str(page.type_label),
        "educationalLevel": page.get_level_display() or None,
        "timeRequired": iso_duration(page.duration_minutes),
        "educationalAlignment": [
            {
                "@type": "AlignmentObject",
                "alignmentType": "teaches",
                "educationalFramework": PIX_FRAMEWORK,
                "targetName": f"{competence.code} {competence.label}",
                "targetDescription": competence.domain_label,
                "targetUrl": PIX_URL,
            }
            for competence in page.pix_competences.all()
        ],
    }


def _quantity(value):
    quantity = value.get("quantity")
    if quantity in (None, ""):
        return None
    return {"@type": "QuantitativeValue", "value": float(quantity), "unitText": value.get("unit")}


def how_to(page, request, base_url):
    """Project recipes: the steps, the supplies (ingredients) and tools to do it again."""
    return {
        "@type": "HowTo",
        "totalTime": iso_duration(page.duration_minutes),
        "educationalLevel": page.get_level_display() or None,
        "step": [
            {
                "@type": "HowToStep",
                "position": position,
                "name": step.value.get("title"),
                "text": plain(step.value.get("text")) or step.value.get("title"),
            }
            for position, step in enumerate(page.steps, start=1)
        ],
        "supply": [
            {
                "@type": "HowToSupply",
                "name": ingredient.value.get("label"),
                "requiredQuantity": _quantity(ingredient.value),
            }
            for ingredient in page.ingredients
        ],
        "tool": [
            {"@type": "HowToTool", "name": tool.value.get("name"), "url": tool.value.get("url")}
            for tool in page.tools
        ],
    }


# What each resource type adds to the shared properties, by ``type_slug``.
TYPE_BUILDERS = {"fiche": learning_resource, "atelier": learning_resource, "recette": how_to}


def without_empty(value):
    """The value with its empty parts (None, "", [], {}) removed, recursively."""
    if isinstance(value, dict):
        cleaned = {key: without_empty(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        return [item for item in map(without_empty, value) if item not in (None, "", [], {})]
    return value


def resource_json_ld(page, request=None):
    """The schema.org description of a resource, as a JSON-ready dict."""
    page = page.specific
    base_url = site_base_url(page, request)
    data = common_properties(page, request, base_url)
    builder = TYPE_BUILDERS.get(page.type_slug)
    if builder is not None:
        data.update(builder(page, request, base_url))
    return without_empty(data)


def course_json_ld(course, request=None, booklet=None):
    """The schema.org ``Course`` of a training course: what it teaches, its modules, its length.

    ``booklet`` is the course's resolved booklet when the caller has it (the course page
    does), so that the modules are not resolved twice.
    """
    course = course.specific
    base_url = site_base_url(course, request)
    booklet = booklet if booklet is not None else course.build_booklet(request)
    modules = [module for module in booklet.modules if module.available]
    themes = [theme.label for theme in course.themes.all()]
    url = course.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "@id": url,
        "url": url,
        "name": course.title,
        "description": course.summary,
        "inLanguage": "fr",
        "isAccessibleForFree": True,
        "license": course.licence.url if course.licence_id else None,
        "author": [person(author) for author in course.authors.all()],
        "provider": {"@type": "Organization", "name": "Communs", "url": base_url},
        "publisher": {"@type": "Organization", "name": "Communs", "url": base_url},
        "datePublished": iso_datetime(course.first_published_at),
        "dateModified": iso_datetime(course.last_published_at),
        "keywords": ", ".join(themes) or None,
        "about": [{"@type": "Thing", "name": label} for label in themes],
        "audience": [
            {"@type": "Audience", "audienceType": audience.label}
            for audience in course.audiences.all()
        ],
        "image": share_image_url(course, base_url),
        "educationalLevel": course.get_level_display() or None,
        "coursePrerequisites": plain(course.prerequisites) or None,
        "teaches": [str(objective.value) for objective in course.objectives],
        # Only a total that counts every module says how long the course takes.
        "timeRequired": (
            iso_duration(booklet.total_minutes) if booklet.is_total_complete else None
        ),
        "hasPart": [
            {
                "@type": "LearningResource",
                "position": position,
                "name": module.title,
                "url": module.url or module.resource.get_full_url(request),
                "timeRequired": iso_duration(module.duration),
            }
            for position, module in enumerate(modules, start=1)
        ],
    }
    return without_empty(data)


_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script_content(data):
    """JSON safe inside a ``<script>`` element (same escaping as Django's ``json_script``)."""
    return json.dumps(data, ensure_ascii=False, indent=None).translate(_JSON_SCRIPT_ESCAPES)


def _tags(page):
    return page.tags.all() if hasattr(page, "tags") else ()


def social_meta(page, request=None):
    """OpenGraph and Twitter card properties, as ``[(attribute, name, content)]``."""
    page = page.specific
    base_url = site_base_url(page, request)
    image = share_image_url(page, base_url)
    properties = [
        ("property", "og:type", "article"),
        ("property", "og:site_name", "Communs"),
        ("property", "og:locale", "fr_FR"),
        ("property", "og:title", page.title),
        ("property", "og:description", page.summary),
        ("property", "og:url", page.get_full_url(request)),
        ("property", "og:image", image),
        ("property", "og:image:alt", page.cover_image.title if image else None),
        ("property", "article:published_time", iso_datetime(page.first_published_at)),
        ("property", "article:modified_time", iso_datetime(page.last_published_at)),
        # Courses have themes but no free tags.
        *(("property", "article:tag", tag.name) for tag in _tags(page)),
        ("name", "twitter:card", "summary_large_image" if image else "summary"),
        ("name", "twitter:title", page.title),
        ("name", "twitter:description", page.summary),
        ("name", "twitter:image", image),
    ]
    return [(attribute, name, content) for attribute, name, content in properties if content]
