"""Every published resource in the exchange format read by ``import_resources``."""

import json

from practices.models import ResourcePage

from .records import resource_record, site_base_url


def published_resources():
    return (
        ResourcePage.objects.live()
        .public()
        .order_by("path")
        .specific()
        .select_related("licence")
        .prefetch_related("themes", "audiences", "authors", "tags")
    )


def export_payload():
    resources = []
    for page in published_resources():
        resources.append(resource_record(page, site_base_url(page)))
    return {"resources": resources}


def to_json(payload):
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
