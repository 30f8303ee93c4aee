"""Bounds on the work one visitor can ask of the PDF renderer.

WeasyPrint's time grows with every module, and any change to a selection (moving one
item) gives new HTML, hence a new PDF. So, on top of the size of a selection
(``courses.selection.MAX_ITEMS``):

- a booklet of more than ``COMMONS_PDF_MAX_MODULES`` modules is not rendered (422);
- each address may start ``COMMONS_PDF_RATE_LIMIT`` renders per window (429); PDFs served
  from the cache do not count;
- at most ``COMMONS_PDF_MAX_CONCURRENT_RENDERS`` renders run at once across every worker
  (503), so that PDFs never take every worker away from the pages.

Every refusal is a French page that links to the printable HTML booklet, which is cheap
and which the browser can save as PDF.
"""

import contextlib
import uuid

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from commons.throttle import count_action

RATE_LIMIT_GROUP = "courses:pdf"
SLOT_KEY = "courses:pdf-slot:{}"
# A busy renderer frees a slot within a few seconds.
BUSY_RETRY_SECONDS = 15


class PDFRefused(Exception):
    """A PDF render refused to bound the work: HTTP ``status``, French ``title`` and
    ``message``, and ``retry_after`` seconds when waiting helps."""

    status = 503
    title = gettext_lazy("Livret PDF indisponible pour le moment")

    def __init__(self, message, retry_after=None):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class PDFTooLong(PDFRefused):
    status = 422
    title = gettext_lazy("Livret trop long pour le PDF")


class PDFRateLimited(PDFRefused):
    status = 429
    title = gettext_lazy("Trop de livrets PDF demandés")


class PDFServerBusy(PDFRefused):
    status = 503
    title = gettext_lazy("Le serveur fabrique déjà d'autres livrets PDF")


def check_module_count(count):
    """Refuse a booklet of more modules than one PDF may hold."""
    limit = settings.COMMONS_PDF_MAX_MODULES
    if count > limit:
        raise PDFTooLong(
            _(
                "Ce livret compte %(count)d modules : le livret PDF est fabriqué jusqu'à "
                "%(limit)d modules."
            )
            % {"count": count, "limit": limit}
        )


def _minutes(seconds):
    minutes = max(1, -(-seconds // 60))
    return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}


def _take_slot(cache):
    """The key of a free render slot, now ours; "" when the cache is unreachable (render
    without a slot rather than refuse every PDF); None when every slot is taken."""
    for number in range(max(1, settings.COMMONS_PDF_MAX_CONCURRENT_RENDERS)):
        key = SLOT_KEY.format(number)
        taken = cache.add(key, uuid.uuid4().hex, settings.COMMONS_PDF_RENDER_SLOT_SECONDS)
        if taken is None:
            return ""
        if taken:
            return key
    return None


@contextlib.contextmanager
def render_slot(request):
    """Admission for one PDF render: a free slot, then one count against the address.

    Raises ``PDFServerBusy`` or ``PDFRateLimited``; the slot is given back when the render
    ends, or after ``COMMONS_PDF_RENDER_SLOT_SECONDS`` if the worker was killed meanwhile.
    """
    cache = caches[settings.RATELIMIT_USE_CACHE]
    slot = _take_slot(cache)
    if slot is None:
        raise PDFServerBusy(
            _("Le serveur fabrique déjà plusieurs livrets PDF. Réessayez dans quelques instants."),
            retry_after=BUSY_RETRY_SECONDS,
        )
    try:
        if request is not None:
            limited, retry_after = count_action(
                request, RATE_LIMIT_GROUP, settings.COMMONS_PDF_RATE_LIMIT
            )
            if limited:
                raise PDFRateLimited(
                    _(
                        "Vous avez demandé beaucoup de nouveaux livrets PDF en peu de temps. "
                        "Réessayez dans %(delay)s."
                    )
                    % {"delay": _minutes(retry_after)},
                    retry_after=retry_after,
                )
        yield
    finally:
        if slot:
            cache.delete(slot)
