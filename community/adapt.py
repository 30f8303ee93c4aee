"""« Adapter cette ressource »: a contributor's own draft copy of a published resource."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug

from commons.models import Author


def author_profile_for(user):
    """The contributor profile of ``user``, created when missing."""
    author = Author.objects.filter(user=user).first()
    if author is None:
        author = Author.objects.create(name=user.get_full_name() or user.get_username(), user=user)
    return author


def can_adapt(user, page):
    """Logged-in users allowed to create a resource in the section of ``page``."""
    if not user.is_authenticated or not user.is_active:
        return False
    parent = page.get_parent()
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()


@transaction.atomic
def create_adaptation(original, user):
    """Copy ``original`` as a draft owned by ``user``, in the same section."""
    original = original.specific
    parent = original.get_parent()
    title = _("%(title)s (adaptation)") % {"title": original.title}
    title = title[:255]
    slug = find_available_slug(parent, f"{original.slug[:230]}-adaptation")
    original_authors = list(original.authors.all())
    adaptation = original.copy(
        to=parent,
        update_attrs={
            "title": title,
            "draft_title": title,
            "slug": slug,
            "owner": user,
            "based_on_id": original.pk,
            "licence_id": original.licence_id,
            "seo_title": "",
            "search_description": "",
            "locked": False,
            "locked_by": None,
            "locked_at": None,
        },
        keep_live=False,
        copy_revisions=False,
        user=user,
    )
    adaptation = adaptation.specific
    contributor = author_profile_for(user)
    adaptation.authors.set(
        original_authors + ([contributor] if contributor not in original_authors else [])
    )
    adaptation.save()
    adaptation.save_revision(user=user, log_action=False)
    return adaptation


def adapt_view(page, request):
    """POST only: the ``adapter/`` route of every resource page (see CommunityConfig)."""
    if request.method != "POST":
        return redirect(page.get_url(request) or "/")
    if not request.user.is_authenticated:
        return redirect_to_login(page.get_url(request) or "/")
    if not page.live:
        raise Http404
    if not can_adapt(request.user, page):
        raise PermissionDenied(_("Vous n'avez pas le droit de créer une ressource ici."))
    adaptation = create_adaptation(page, request.user)
    messages.success(
        request,
        _(
            "Votre adaptation de « %(title)s » est créée en brouillon : modifiez-la, "
            "puis soumettez-la à la relecture."
        )
        % {"title": page.title},
    )
    return redirect("wagtailadmin_pages:edit", adaptation.pk)
