"""Test factories of the community: role accounts with their author profile, admin form data."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import FieldDoesNotExist
from wagtail.blocks.base import BlockField

from commons.models import Author, Licence

from .models import CONTRIBUTORS_GROUP, MODERATORS_GROUP


def make_user(username, group=None, *, superuser=False, author=True):
    User = get_user_model()
    if superuser:
        user = User.objects.create_superuser(username, f"{username}@example.org", "motdepasse-1")
    else:
        user = User.objects.create_user(
            username, f"{username}@example.org", "motdepasse-1", first_name=username.title()
        )
    if group:
        user.groups.add(Group.objects.get(name=group))
    if author:
        Author.objects.create(name=f"{username.title()} Profil", user=user)
    return user


def make_contributor(username="camille"):
    return make_user(username, CONTRIBUTORS_GROUP)


def make_moderator(username="moderatrice"):
    return make_user(username, MODERATORS_GROUP)


def page_form_data(model, **values):
    """POST data of the admin page editor of ``model``: empty streams and formsets."""
    form_class = model.get_edit_handler().get_form_class()
    data = {}
    for name, field in form_class.base_fields.items():
        if isinstance(field, BlockField):
            data[f"{name}-count"] = "0"
            continue
        # Required fields with a model default (e.g. a recipe's difficulty).
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.required and model_field.has_default() and not callable(model_field.default):
            data[name] = str(model_field.default)
    for name in getattr(form_class, "formsets", {}):
        data.update(
            {
                f"{name}-TOTAL_FORMS": "0",
                f"{name}-INITIAL_FORMS": "0",
                f"{name}-MIN_NUM_FORMS": "0",
                f"{name}-MAX_NUM_FORMS": "1000",
            }
        )
    data.setdefault("licence", str(Licence.default_pk()))
    data.setdefault("summary", "Un résumé de la ressource.")
    data.update({key: value for key, value in values.items() if value is not None})
    return data
