"""Backup archive of a Communs installation: database content and media files.

One ``.tar.gz`` holds ``manifest.json``, ``data.json`` (``dumpdata`` with natural keys for
content types and permissions, so it loads into any fresh installation, SQLite or
PostgreSQL; every other reference is the plain id of a row the archive holds, or held: the
history keeps pointing at deleted pages, files and accounts) and ``media/…`` (every file of
the default storage, local or S3, except renditions, which Wagtail regenerates). Derived
data is left out and rebuilt on restore: search indexes, reference index, renditions,
sessions, login attempts. ``restore`` rebuilds the public search index, Wagtail's own
search index (admin search) and the reference index.
"""

import datetime
import io
import json
import shutil
import tarfile
import tempfile
import zlib
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers import json as json_serialization
from django.db import connection, transaction
from django.dispatch import Signal

FORMAT_VERSION = 1
# Sent by restore_backup inside its transaction, once the rows are loaded: the apps
# above the core rebuild what they derive from them (the search app, its index).
backup_restored = Signal()
# Models counted in the manifest, whose rows also make an installation non-empty, by the
# name the manifest gives them; the apps above the core add theirs (count_in_backups).
_counted_models = {}
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "admin.logentry",
    "axes",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailimages.rendition",
    "wagtailcore.referenceindex",
    "search.searchindexentry",
    "search.searchfacetset",
    "search.searchindexversion",
]
# Derived rows that archives written by earlier versions may hold: dropped on restore.
DROPPED_ON_RESTORE = {*EXCLUDED, "search.searchfacetvalue"}
# Wagtail keeps renditions next to the originals: regenerated on demand.
SKIPPED_MEDIA_DIRS = ("images/",)


def _excluded_labels():
    """EXCLUDED, without the apps or models this installation does not have."""
    labels = []
    for label in EXCLUDED:
        app_label, _, model = label.partition(".")
        try:
            if model:
                apps.get_model(app_label, model)
            else:
                apps.get_app_config(app_label)
        except LookupError:
            continue
        labels.append(label)
    return labels


# Rows a fresh installation creates itself, with ids of its own: referred to by natural key.
NATURALLY_KEYED = (ContentType, Permission)
SERIALIZATION_FORMAT = "communs-json"


class Serializer(json_serialization.Serializer):
    """dumpdata's JSON, with natural keys only for content types and permissions.

    Every other row keeps its id in the archive, so a plain id is enough to refer to it, and
    it is the only way to refer to a row that is gone: Wagtail's history (log entries) keeps
    the id of a deleted page, revision or account without a foreign key constraint, and
    ``--natural-foreign`` would have to load the missing row to compute its natural key. Such
    ids are kept as they are, so that the history of deleted objects survives a restore.
    """

    def handle_fk_field(self, obj, field):
        if self.use_natural_foreign_keys and field.remote_field.model in NATURALLY_KEYED:
            try:
                related = getattr(obj, field.name)
            except ObjectDoesNotExist:
                pass  # a dangling id: kept as a plain id, as for every other model
            else:
                self._current[field.name] = related.natural_key() if related else None
                return
        self._current[field.name] = self._value_from_field(obj, field)

    def handle_m2m_field(self, obj, field):
        natural = self.use_natural_foreign_keys
        self.use_natural_foreign_keys = natural and field.remote_field.model in NATURALLY_KEYED
        try:
            super().handle_m2m_field(obj, field)
        finally:
            self.use_natural_foreign_keys = natural


# A serialization module for ``dumpdata --format`` needs both; loading is plain JSON.
Deserializer = json_serialization.Deserializer


def media_files(storage=default_storage, directory=""):
    """Every file name of ``storage`` under ``directory``, recursively."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{directory}{name}"
    for name in directories:
        path = f"{directory}{name}/"
        if path in SKIPPED_MEDIA_DIRS:
            continue
        yield from media_files(storage, path)


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.datetime.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def count_in_backups(name, model):
    """Count the rows of ``model`` as ``name`` in the manifest of backups; an installation
    with such rows is not empty (``restore`` then asks for --force)."""
    _counted_models[name] = model


def _counts():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    return {
        "pages": Page.objects.count(),
        **{name: model.objects.count() for name, model in _counted_models.items()},
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


def create_backup(directory):
    """Write a backup archive into ``directory``; returns its path and manifest."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = directory / f"communs-sauvegarde-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as scratch:
        data_path = Path(scratch) / "data.json"
        # One transaction, so that the dump is a consistent snapshot of the database.
        # Already inside a transaction (a test), its snapshot is the one we get.
        snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block
        with transaction.atomic():
            if snapshot:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            serializers.register_serializer(SERIALIZATION_FORMAT, __name__)
            call_command(
                "dumpdata",
                format=SERIALIZATION_FORMAT,
                natural_foreign=True,
                exclude=_excluded_labels(),
                output=str(data_path),
                verbosity=0,
            )
            counts = _counts()
        files = sorted(media_files())
        manifest = {
            "format": FORMAT_VERSION,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
            "database": connection.vendor,
            "counts": counts,
            "media_files": len(files),
        }
        tmp_path = path.with_suffix(".tmp")
        with tarfile.open(tmp_path, "w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2).encode())
            archive.add(data_path, arcname="data.json")
            for name in files:
                with default_storage.open(name, "rb") as handle:
                    _add_bytes(archive, f"media/{name}", handle.read())
        tmp_path.rename(path)
    return path, manifest


def installation_is_empty():
    """No account, resource, image or document: a fresh installation."""
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    return not any(
        model.objects.exists()
        for model in (
            get_user_model(),
            *_counted_models.values(),
            get_image_model(),
            get_document_model(),
        )
    )


KEPT_TABLES = {"django_content_type", "auth_permission", "django_migrations"}


def _empty_tables():
    """Delete every row but content types and permissions (their ids stay valid), and the
    SQLite full-text tables of Wagtail's search that Django does not know about."""
    from django.core.management.color import no_style

    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in KEPT_TABLES
    ]
    statements = connection.ops.sql_flush(
        no_style(), tables, reset_sequences=True, allow_cascade=True
    )
    if connection.vendor == "postgresql":
        # TRUNCATE refuses tables with pending deferred checks (rows written earlier in
        # this transaction): run them now, then defer again for loaddata.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    connection.ops.execute_sql_flush(statements)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for table in connection.introspection.table_names(cursor):
                if table.endswith("indexentry_fts"):
                    cursor.execute(f'DELETE FROM "{table}"')


class BackupError(Exception):
    """A restore refused or failed; the message, in French, is for the operator."""


MANIFEST_MEMBER = "manifest.json"
DATA_MEMBER = "data.json"
MEDIA_PREFIX = "media/"
UNCHANGED = "Rien n'a été modifié."


def _checked_member_name(name):
    """``name`` if it stays inside the archive's own tree: never absolute, never ``..``."""
    path = PurePosixPath(name)
    if not name or path.is_absolute() or ".." in path.parts or "\\" in name:
        raise BackupError(f"Chemin refusé dans l'archive : {name!r}. {UNCHANGED}")
    return name


def _parse_manifest(raw):
    try:
        manifest = json.loads(raw)
    except ValueError as error:
        raise BackupError(f"manifest.json illisible : {error}. {UNCHANGED}") from error
    if not isinstance(manifest, dict):
        raise BackupError(f"manifest.json ne décrit pas une sauvegarde. {UNCHANGED}")
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Format de sauvegarde inconnu : {manifest.get('format')!r}. {UNCHANGED}")
    if not isinstance(manifest.get("counts"), dict) or not isinstance(
        manifest.get("created_at"), str
    ):
        raise BackupError(f"manifest.json incomplet (counts, created_at). {UNCHANGED}")
    return manifest


def read_archive(path, scratch):
    """Read and check the whole archive at ``path`` before anything is changed.

    Every member is read to the end, into ``scratch``: regular files only (a link could point
    outside the storage), names inside the archive's tree, no duplicates, nothing but
    ``manifest.json``, ``data.json`` and ``media/…``, valid JSON, and the gzip stream
    complete up to its checksum. Returns the manifest, the path of the data to load and the
    media files as (storage name, path in ``scratch``) pairs.
    """
    scratch = Path(scratch)
    (scratch / "media").mkdir()
    manifest = data_path = None
    media, seen = [], set()
    try:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive:
                name = _checked_member_name(member.name)
                if member.isdir():
                    continue
                if not member.isfile():
                    raise BackupError(
                        f"Élément refusé dans l'archive (lien ou fichier spécial) : {name!r}. "
                        f"{UNCHANGED}"
                    )
                if name in seen:
                    raise BackupError(f"Élément en double dans l'archive : {name!r}. {UNCHANGED}")
                seen.add(name)
                content = archive.extractfile(member)
                if name == MANIFEST_MEMBER:
                    manifest = _parse_manifest(content.read())
                elif name == DATA_MEMBER:
                    data_path = scratch / DATA_MEMBER
                    data_path.write_text(_without_derived_rows(content.read()), encoding="utf-8")
                elif name.startswith(MEDIA_PREFIX):
                    copy = scratch / "media" / str(len(media))
                    with copy.open("wb") as handle:
                        shutil.copyfileobj(content, handle)
                    media.append((_checked_member_name(name.removeprefix(MEDIA_PREFIX)), copy))
                else:
                    raise BackupError(f"Élément inattendu dans l'archive : {name!r}. {UNCHANGED}")
            # The tar end marker may come before the end of the file: reading on to the end
            # checks the gzip trailer (length and checksum of everything above).
            while archive.fileobj.read(1 << 20):
                pass
    except (tarfile.TarError, EOFError, OSError, zlib.error) as error:
        raise BackupError(f"Archive illisible ou incomplète : {error}. {UNCHANGED}") from error
    if manifest is None:
        raise BackupError(
            f"Ce fichier n'est pas une sauvegarde de Communs (manifest.json absent). {UNCHANGED}"
        )
    if data_path is None:
        raise BackupError(f"L'archive ne contient pas data.json. {UNCHANGED}")
    return manifest, data_path, media


def restore_backup(path, stdout=None):
    """Replace the database content and media by those of the archive at ``path``.

    All or nothing: the whole archive is read and checked first; then the database is
    emptied, loaded and its derived indexes rebuilt in one transaction, and the media files
    written last, still inside it, so that any failure leaves the database as it was.
    """

    def say(message):
        if stdout:
            stdout.write(message)

    with tempfile.TemporaryDirectory() as scratch:
        say("Lecture et vérification de l'archive…")
        manifest, data_path, media = read_archive(path, scratch)
        writing_media = False
        try:
            with transaction.atomic():
                say("Base de données…")
                _empty_tables()
                call_command("loaddata", str(data_path), verbosity=0)
                say("Index de recherche et de références…")
                backup_restored.send(sender=restore_backup)
                call_command("rebuild_references_index", verbosity=0)
                call_command("update_index", verbosity=0)  # Wagtail's own (admin search)
                say("Fichiers…")
                writing_media = True
                for name, copy in media:
                    _write_media(name, copy)
        except Exception as error:
            # Whatever went wrong (rows that do not load, a full disk…), the transaction was
            # rolled back: the operator gets the cause, not a traceback.
            if writing_media:
                raise BackupError(
                    f"Écriture des fichiers impossible : {error}. La base n'a pas été "
                    "modifiée ; des fichiers de l'archive ont pu être copiés dans le "
                    "stockage des médias (sans effacer ceux qui y étaient)."
                ) from error
            raise BackupError(
                f"Les données de l'archive ne se chargent pas : {error}. {UNCHANGED}"
            ) from error
    return manifest


def _write_media(name, copy):
    """Put the file ``copy`` into the storage under exactly ``name``."""
    if default_storage.exists(name):
        default_storage.delete(name)
    with copy.open("rb") as handle:
        saved = default_storage.save(name, File(handle, name=name))
    if saved != name:
        raise BackupError(f"le stockage a enregistré {name!r} sous le nom {saved!r}")


def _without_derived_rows(raw):
    """The archive's JSON without search or reference index rows (rebuilt after loading)."""
    try:
        objects = json.loads(raw)
    except ValueError as error:
        raise BackupError(f"data.json illisible : {error}. {UNCHANGED}") from error
    if not isinstance(objects, list) or not all(
        isinstance(obj, dict) and isinstance(obj.get("model"), str) for obj in objects
    ):
        raise BackupError(f"data.json ne contient pas une liste d'objets. {UNCHANGED}")

    def derived(obj):
        label = obj["model"]
        return label in DROPPED_ON_RESTORE or label.partition(".")[0] in DROPPED_ON_RESTORE

    return json.dumps([obj for obj in objects if not derived(obj)])
