"""Login throttling backend (django-axes)."""

from axes.backends import AxesStandaloneBackend
from django.contrib.auth.backends import ModelBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for logins that come with a request.

    Every real login (the Wagtail admin login form) passes the request and is
    throttled. ``authenticate()`` without a request (``Client.login`` in tests,
    management commands) cannot be attributed to an address: it is left to the
    next backend instead of raising, as ``AxesStandaloneBackend`` would.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

    def get_user(self, user_id):
        # Sessions opened without a named backend (force_login, a view's login()) record the
        # first backend of the list, this one: resolve their user like Django's own backend.
        return ModelBackend().get_user(user_id)
