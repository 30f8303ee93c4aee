"""Feedback rules and summary (« Cette ressource vous a-t-elle été utile ? »)."""

from django.db.models import Avg, Count
from django.utils.translation import gettext_lazy as _

from .models import Feedback

SESSION_KEY = "community_rated_resources"
# A badge needs this many answers, and this average on the 1–4 scale.
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


def feedback_summary(page):
    """Count, average and badge, in one query."""
    stats = Feedback.objects.filter(page=page).aggregate(count=Count("pk"), average=Avg("rating"))
    count, average = stats["count"], stats["average"]
    badge = None
    if count >= BADGE_MIN_ANSWERS and average is not None:
        badge = next((label for threshold, label in BADGES if average >= threshold), None)
    return {"count": count, "average": average, "badge": badge}
