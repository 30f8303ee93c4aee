"""Feedback rules and summary (« Cette ressource vous a-t-elle été utile ? »)."""

from django.db.models import Avg, Count, Min, Q
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from commons.throttle import rate_limit_key

from .models import Feedback

SESSION_KEY = "community_rated_resources"
# A badge needs answers from this many distinct addresses, and this average on the 1–4 scale.
BADGE_MIN_ANSWERS = 3
BADGES = [(3.5, _("Très recommandée")), (3.0, _("Recommandée"))]


def is_own_resource(user, page, authors=None):
    """Authors cannot rate their own resource."""
    if not user.is_authenticated:
        return False
    if authors is not None:
        return any(author.user_id == user.pk for author in authors)
    return page.authors.filter(user=user).exists()


def already_rated(request, page):
    if page.pk in request.session.get(SESSION_KEY, []):
        return True
    key = request.session.session_key
    return bool(key) and Feedback.objects.filter(page=page, session_key=key).exists()


def address_hash(request):
    """A keyed hash (HMAC with ``SECRET_KEY``) of the visitor's address, never the address.

    The address is the one the rate limits use (trusted proxies applied, an IPv6 visitor
    as its /64 network), so one visitor cannot vote again by picking a new IPv6 address.
    """
    address = rate_limit_key("community:feedback", request)
    return salted_hmac("community.feedback.address", address, algorithm="sha256").hexdigest()


def counted_feedback(page):
    """The answers that count for ``page``: the first one from each address.

    Dropping cookies gives a new session, not a new address: a visitor posting again is
    stored (moderators read every comment) but does not move the count, average or badge.
    Answers without an address hash (recorded before it was kept) count one each.
    """
    answers = Feedback.objects.filter(page=page)
    first_per_address = (
        answers.exclude(address_hash="")
        .order_by()
        .values("address_hash")
        .annotate(first=Min("pk"))
        .values("first")
    )
    return answers.filter(Q(address_hash="") | Q(pk__in=first_per_address))


def feedback_summary(page):
    """Count (of distinct addresses), average and badge, in one query."""
    stats = counted_feedback(page).aggregate(count=Count("pk"), average=Avg("rating"))
    count, average = stats["count"], stats["average"]
    badge = None
    if count >= BADGE_MIN_ANSWERS and average is not None:
        badge = next((label for threshold, label in BADGES if average >= threshold), None)
    return {"count": count, "average": average, "badge": badge}
