"""What the apps above practices add to every resource page.

Dependencies run one way (issue #14): the resource model does not import the features
that decorate it. Each feature app registers its additions in its ``AppConfig.ready()``::

    extensions.add_route("adapter/", adapt, name="adapt")  # adapt(page, request)
    extensions.add_validator(validate_adaptation_licence)  # run by ResourcePage.clean()
    extensions.set_admin_form(ResourcePageForm)  # the editor's form in the admin
"""

from django.urls import path

_routes = {}
_validators = []
_admin_form = None


def add_route(pattern, view, *, name):
    """Serve ``view(page, request, **kwargs)`` at ``pattern`` under every resource page,
    reversed as ``page.reverse_subpage(name)``."""
    _routes[name] = path(pattern, view, name=name)


def routes():
    return tuple(_routes.values())


def add_validator(validate):
    """Run ``validate(page)`` when a resource is cleaned; it raises ``ValidationError``."""
    if validate not in _validators:
        _validators.append(validate)


def validators():
    return tuple(_validators)


def set_admin_form(form_class):
    """Edit resources in the admin with ``form_class`` (a ``WagtailAdminPageForm``)."""
    global _admin_form
    _admin_form = form_class


def admin_form():
    return _admin_form
