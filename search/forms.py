"""Reading the search page's query string. Bad input is explained, never fatal."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _

from . import kinds
from .analysis import MAX_QUERY_LENGTH, clean_query
from .engine import FACET_KEYS, MAX_VALUES_PER_FACET, SORTS


@dataclass
class SearchParams:
    query: str = ""
    selected: dict = field(default_factory=dict)  # facet key -> [values]
    sort: str = "pertinence"
    page: int = 1
    kind: str = kinds.RESOURCES  # which tab: resources, or a registered kind (search.kinds)
    exact: bool = False  # « orthographe=exacte »: the words as typed, never corrected
    notices: list[str] = field(default_factory=list)

    @property
    def has_filters(self):
        return any(self.selected.values())

    def pairs(self, *, drop=None, sort=True, page=None):
        """Query-string pairs of this search, without ``drop`` = (key, value)."""
        items = [("q", self.query)] if self.query else []
        for key in FACET_KEYS:
            items += [(key, v) for v in self.selected.get(key, []) if (key, v) != drop]
        if sort and self.sort != "pertinence":
            items.append(("sort", self.sort))
        if self.kind != kinds.RESOURCES:
            items.append(("kind", self.kind))
        if self.exact:
            items.append(("orthographe", "exacte"))
        if page and page != 1:
            items.append(("page", str(page)))
        return items

    def url(self, **kwargs):
        return "?" + urlencode(self.pairs(**kwargs))


def _single(value, limit=40):
    return clean_query(value)[:limit]


def parse_params(data, vocabulary):
    """A ``SearchParams`` from request.GET; unknown values are dropped with a notice."""
    params = SearchParams()
    raw_query = clean_query(data.get("q", ""))
    if len(raw_query) > MAX_QUERY_LENGTH:
        params.notices.append(
            _(
                "Votre recherche était très longue : seuls ses %(count)d premiers caractères "
                "ont été utilisés."
            )
            % {"count": MAX_QUERY_LENGTH}
        )
        raw_query = raw_query[:MAX_QUERY_LENGTH].rstrip()
    params.query = raw_query

    known = {
        "type": vocabulary.types,
        "theme": vocabulary.themes,
        "audience": vocabulary.audiences,
        "level": vocabulary.levels,
        "departement": vocabulary.departements,
        "pix": vocabulary.pix,
        "equipment": vocabulary.equipment,
    }
    for key in FACET_KEYS:
        values = []
        for raw in data.getlist(key)[:MAX_VALUES_PER_FACET]:
            value = _single(raw, 100)
            if not value or value in values:
                continue
            if key == "tag" or value in known[key]:
                values.append(value)
            else:
                params.notices.append(
                    _("Le filtre « %(value)s » est inconnu : il a été ignoré.") % {"value": value}
                )
        if values:
            params.selected[key] = values

    sort = _single(data.get("sort", "")) or "pertinence"
    if sort not in SORTS:
        params.notices.append(
            _("Le tri « %(value)s » est inconnu : résultats triés par pertinence.")
            % {"value": sort}
        )
        sort = "pertinence"
    params.sort = sort

    kind = _single(data.get("kind", ""), 40) or kinds.RESOURCES
    if kind != kinds.RESOURCES and kinds.get(kind) is None:
        params.notices.append(
            _("Le type de résultats « %(value)s » est inconnu : voici les ressources.")
            % {"value": kind}
        )
        kind = kinds.RESOURCES
    params.kind = kind
    params.exact = data.get("orthographe") == "exacte"

    raw_page = _single(data.get("page", "1"), 20) or "1"
    try:
        params.page = int(raw_page)
        if params.page < 1:
            raise ValueError
    except ValueError:
        params.notices.append(
            _("Le numéro de page « %(page)s » n'est pas valide : voici la première page.")
            % {"page": raw_page}
        )
        params.page = 1
    return params
