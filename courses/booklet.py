"""The booklet shared by courses and personal selections.

A booklet is an ordered list of modules, optionally grouped in sessions. Each
module is a resource (or an « unavailable » marker when the resource was
unpublished or deleted), the trainer's notes and a duration. From it come the
three exports: the printable HTML booklet, the same booklet as PDF, and the
ZIP archive of every attached document with its CREDITS.md.

All module pages are resolved in a constant number of queries, whatever the
number of modules: ids are collected first, then fetched in one specific query.
"""

import hashlib
import re
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from commons.templatetags.commons_tags import duration as format_minutes
from commons.visibility import document_restriction_label, readable_documents
from practices.models import ResourcePage

# Where documents hang in a resource: (stream field name, block type name).
DOCUMENT_SOURCES = [("body", "document"), ("handouts", "handout")]

# Full content of each resource type in the booklet; the default one shows the body.
CONTENT_TEMPLATES = {
    "projectrecipe": "courses/booklet/content/project_recipe.html",
    "workshopmaterial": "courses/booklet/content/workshop_material.html",
}
DEFAULT_CONTENT_TEMPLATE = "courses/booklet/content/resource.html"

# Already-compressed formats are stored as they are in the archive.
STORED_EXTENSIONS = {
    *("pdf", "png", "jpg", "jpeg", "zip"),
    *("odt", "ods", "odp", "docx", "xlsx", "pptx"),
}
# Generated PDFs are kept a day, unless too big for the cache.
PDF_CACHE_SECONDS = 24 * 60 * 60
PDF_CACHE_MAX_BYTES = 20 * 1024 * 1024
UNSAFE_FILENAME_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def resource_duration(resource):
    """Minutes of a resource: a workshop's timed run-through wins over the declared duration."""
    return getattr(resource, "run_through_total", 0) or resource.get_duration_minutes()


def safe_filename(text, max_length=80):
    """Text usable as a file name on every system, accents and spaces kept."""
    cleaned = " ".join(UNSAFE_FILENAME_CHARS.sub(" ", str(text)).split())
    if len(cleaned) > max_length:
        cut = cleaned[: max_length + 1]
        cleaned = cut.rsplit(" ", 1)[0] if " " in cut else cut[:max_length]
    return cleaned.strip(" .") or "sans titre"


def _list_items(raw_items):
    """The values of a ListBlock's raw data, in either storage format."""
    for item in raw_items or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            yield item["value"]
        else:
            yield item


def _as_id(value):
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


# Specification: what a course or a selection says, before resolution ------------------


@dataclass
class ModuleSpec:
    page_id: int | None
    notes: str = ""
    duration_override: int | None = None


@dataclass
class SessionSpec:
    title: str
    modules: list[ModuleSpec]


def session_specs_from_stream(stream_value):
    """Read a course's ``modules`` StreamField without resolving any page."""
    specs = []
    for item in stream_value.raw_data:
        if item.get("type") != "session":
            continue
        value = item.get("value") or {}
        modules = [
            ModuleSpec(
                page_id=_as_id(module.get("resource")),
                notes=module.get("trainer_notes") or "",
                duration_override=_as_id(module.get("duration_override")) or None,
            )
            for module in _list_items(value.get("modules"))
            if isinstance(module, dict)
        ]
        specs.append(SessionSpec(title=value.get("title") or "", modules=modules))
    return specs


def stream_data_from_specs(specs):
    """The raw StreamField data of a course made of these sessions."""
    return [
        {
            "type": "session",
            "id": str(uuid.uuid4()),
            "value": {
                "title": spec.title,
                "modules": [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {
                            "resource": module.page_id,
                            "trainer_notes": module.notes,
                            "duration_override": module.duration_override,
                        },
                    }
                    for module in spec.modules
                ],
            },
        }
        for spec in specs
    ]


# Resolved booklet ---------------------------------------------------------------------


@dataclass
class Attachment:
    """A document attached to a module's resource."""

    document: object
    title: str
    archive_name: str = ""
    # Why the visitor may not read it (« réservé aux personnes connectées »…), or "".
    restriction: str = ""

    @property
    def extension(self):
        return PurePosixPath(self.document.file.name).suffix.lower().lstrip(".")


@dataclass
class Module:
    number: int
    page_id: int | None
    resource: ResourcePage | None
    notes: str = ""
    duration_override: int | None = None
    url: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    # Documents of the resource this visitor may not read: named, never put in the archive.
    withheld: list[Attachment] = field(default_factory=list)

    @property
    def available(self):
        return self.resource is not None

    @property
    def title(self):
        return self.resource.title if self.resource else _("Module indisponible")

    @property
    def anchor(self):
        return f"module-{self.number}"

    @cached_property
    def resource_minutes(self):
        return resource_duration(self.resource) if self.resource else None

    @property
    def duration(self):
        return self.duration_override or self.resource_minutes

    @property
    def duration_label(self):
        return format_minutes(self.duration)

    @property
    def notes_html(self):
        return RichText(self.notes) if self.notes else ""

    @property
    def content_template(self):
        name = self.resource._meta.model_name if self.resource else ""
        return CONTENT_TEMPLATES.get(name, DEFAULT_CONTENT_TEMPLATE)


class ModuleTotalsMixin:
    """Durations summed over ``self.modules`` (a session's, or the whole booklet's)."""

    @property
    def total_minutes(self):
        return sum(module.duration or 0 for module in self.modules)

    @property
    def total_label(self):
        return format_minutes(self.total_minutes)

    @property
    def is_total_complete(self):
        return all(module.duration for module in self.modules)


@dataclass
class Session(ModuleTotalsMixin):
    title: str
    modules: list[Module]


@dataclass
class Credit:
    """Who made a resource and how it may be reused."""

    resource: ResourcePage
    url: str
    modules: list[int]
    attachments: list[Attachment]
    withheld: list[Attachment]

    @property
    def authors(self):
        return [author.name for author in self.resource.authors.all()]

    @property
    def licence(self):
        return self.resource.licence


class Booklet(ModuleTotalsMixin):
    """A resolved course or selection, and its exports."""

    def __init__(self, *, title, sessions, summary="", source_url="", course=None, request=None):
        self.title = title
        self.summary = summary
        self.source_url = source_url
        self.course = course
        self.request = request
        self.sessions = self._resolve(sessions)

    # Resolution ---------------------------------------------------------------------

    def _resolve(self, specs):
        ids = {module.page_id for spec in specs for module in spec.modules if module.page_id}
        resources = (
            ResourcePage.objects.filter(pk__in=ids)
            .live()
            .public()
            .specific()
            .select_related("licence", for_specific_subqueries=True)
            .prefetch_related("authors", for_specific_subqueries=True)
            .in_bulk()
            if ids
            else {}
        )
        number, sessions = 0, []
        for spec in specs:
            modules = []
            for module_spec in spec.modules:
                number += 1
                resource = resources.get(module_spec.page_id)
                modules.append(
                    Module(
                        number=number,
                        page_id=module_spec.page_id,
                        resource=resource,
                        notes=module_spec.notes,
                        duration_override=module_spec.duration_override,
                        url=resource.get_full_url(self.request) if resource else "",
                    )
                )
            sessions.append(Session(title=spec.title, modules=modules))
        self._attach_documents([m for s in sessions for m in s.modules if m.available])
        return sessions

    def _attach_documents(self, modules):
        """Documents of every module, fetched in one query.

        Only the documents this request may read, as Wagtail's serve view decides, become
        attachments; the others are withheld, with the reason.
        """
        references = []
        for module in modules:
            for field_name, block_type in DOCUMENT_SOURCES:
                stream = getattr(module.resource, field_name, None)
                if stream is None:
                    continue
                for item in stream.raw_data:
                    value = item.get("value")
                    if item.get("type") != block_type or not isinstance(value, dict):
                        continue
                    document_id = _as_id(value.get("document"))
                    if document_id:
                        references.append((module, document_id, value.get("title") or ""))
        documents = get_document_model().objects.in_bulk({ref[1] for ref in references})
        readable = {
            document.pk for document in readable_documents(self.request, documents.values())
        }
        for module, document_id, title in references:
            document = documents.get(document_id)
            if document is None:
                continue
            if document.pk in readable:
                module.attachments.append(Attachment(document, title or document.title))
            else:
                module.withheld.append(
                    Attachment(
                        document,
                        title or document.title,
                        restriction=document_restriction_label(document, self.request),
                    )
                )

    # Structure ----------------------------------------------------------------------

    @cached_property
    def modules(self):
        return [module for session in self.sessions for module in session.modules]

    @property
    def is_grouped(self):
        return any(session.title for session in self.sessions)

    @property
    def has_withheld(self):
        """Whether a document was left out because this request may not read it."""
        return any(module.withheld for module in self.modules)

    @property
    def unavailable_count(self):
        return sum(1 for module in self.modules if not module.available)

    @cached_property
    def credits(self):
        """One credit per resource used, in order of first appearance."""
        credits = {}
        for module in self.modules:
            if not module.available:
                continue
            credit = credits.get(module.resource.pk)
            if credit is None:
                credits[module.resource.pk] = Credit(
                    module.resource,
                    module.url,
                    [module.number],
                    module.attachments,
                    module.withheld,
                )
            else:
                credit.modules.append(module.number)
        return list(credits.values())

    @property
    def filename_base(self):
        return slugify(self.title)[:60] or "livret"

    # Exports ------------------------------------------------------------------------

    def render_html(self, *, for_pdf=False):
        return render_to_string(
            "courses/booklet.html",
            {"booklet": self, "for_pdf": for_pdf},
            request=self.request,
        )

    def render_pdf(self):
        """The booklet as PDF bytes; raises ``PDFUnavailable`` without WeasyPrint, and
        ``PDFRefused`` past the bounds of ``courses.pdf_limits``.

        PDFs are cached by the hash of their HTML: any change to the course, a
        resource, a note or an image gives new HTML, hence a new PDF.
        """
        from .pdf import html_to_pdf
        from .pdf_limits import check_module_count, render_slot

        check_module_count(len(self.modules))
        base_url = self.request.build_absolute_uri("/") if self.request else "http://localhost/"
        html = self.render_html(for_pdf=True)
        key = "courses:pdf:" + hashlib.sha256(f"{base_url}\n{html}".encode()).hexdigest()
        pdf = cache.get(key)
        if pdf is None:
            with render_slot(self.request):
                pdf = html_to_pdf(html, base_url)
            if len(pdf) <= PDF_CACHE_MAX_BYTES:
                cache.set(key, pdf, PDF_CACHE_SECONDS)
        return pdf

    @cached_property
    def archive_plan(self):
        """(archive name, attachment) of every document, each document once, in module order.

        Every attachment learns its ``archive_name``, so credits can point to the file
        even when the same document hangs in several modules.
        """
        plan, names_by_document, names = [], {}, set()
        for module in self.modules:
            for attachment in module.attachments:
                pk = attachment.document.pk
                if pk not in names_by_document:
                    stem = "{:02d} - {} - {}".format(
                        module.number,
                        safe_filename(module.title, 60),
                        slugify(attachment.title)[:60] or "support",
                    )
                    extension = f".{attachment.extension}" if attachment.extension else ""
                    name, n = f"{stem}{extension}", 2
                    while name in names:
                        name, n = f"{stem} ({n}){extension}", n + 1
                    names.add(name)
                    names_by_document[pk] = name
                    plan.append((name, attachment))
                attachment.archive_name = names_by_document[pk]
        return plan

    def write_archive(self, fileobj):
        """Write the ZIP of every attached document, plus CREDITS.md, to ``fileobj``."""
        missing = []
        with zipfile.ZipFile(fileobj, "w") as archive:
            for name, attachment in self.archive_plan:
                compression = (
                    zipfile.ZIP_STORED
                    if attachment.extension in STORED_EXTENSIONS
                    else zipfile.ZIP_DEFLATED
                )
                try:
                    with attachment.document.file.open("rb") as source:
                        archive.writestr(
                            zipfile.ZipInfo(name, date_time=self._zip_date()),
                            source.read(),
                            compress_type=compression,
                        )
                except OSError:
                    missing.append((name, attachment))
            credits = render_to_string(
                "courses/credits.md", {"booklet": self, "missing": missing}, request=self.request
            )
            archive.writestr(
                zipfile.ZipInfo("CREDITS.md", date_time=self._zip_date()),
                credits,
                compress_type=zipfile.ZIP_DEFLATED,
            )
        return fileobj

    def archive_file(self):
        """The archive in a temporary file, rewound, ready to stream."""
        spool = tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024)  # noqa: SIM115
        self.write_archive(spool)
        spool.seek(0)
        return spool

    @staticmethod
    def _zip_date():
        return timezone.localtime().timetuple()[:6]
