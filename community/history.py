"""The public « Historique » of a resource: its published versions, like a wiki's history."""

from wagtail.models import PageLogEntry

HISTORY_LIMIT = 50


def display_name(user):
    """The public name of a user: their contributor profile, else their full name."""
    if user is None:
        return ""
    profile = getattr(user, "author_profile", None)
    if profile is not None:
        return profile.name
    return user.get_full_name()


def published_versions(page, limit=HISTORY_LIMIT):
    """Newest first: date, author of the version, its change summary. One query."""
    entries = (
        PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish")
        .select_related(
            "user__author_profile",
            "revision__user__author_profile",
            "revision__change_note",
        )
        .order_by("-timestamp", "-pk")[:limit]
    )
    versions = []
    for entry in entries:
        revision = entry.revision
        author = revision.user if revision is not None and revision.user_id else entry.user
        note = getattr(revision, "change_note", None) if revision is not None else None
        versions.append(
            {
                "date": entry.timestamp,
                "author": display_name(author),
                "summary": note.summary if note is not None else "",
            }
        )
    # The oldest publication is the first one.
    if versions and len(versions) < limit:
        versions[-1]["first"] = True
    return versions
