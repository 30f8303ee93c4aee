"""The visitor's personal selection: an ordered list of resource ids in the session."""

from django.utils.translation import gettext as _

from .booklet import Booklet, ModuleSpec, SessionSpec

SESSION_KEY = "courses_selection"
# Every export renders each item, the PDF at a cost that grows with each module: a
# selection stays the size of a real training course.
MAX_ITEMS = 30


class SelectionFull(Exception):
    pass


class Selection:
    """Ordered, duplicate-free page ids kept in ``request.session``."""

    def __init__(self, session):
        self.session = session

    @property
    def ids(self):
        """The chosen ids, at most ``MAX_ITEMS`` of them, even from an older, longer session."""
        raw = self.session.get(SESSION_KEY, [])
        ids = []
        for value in raw if isinstance(raw, list) else []:
            if len(ids) == MAX_ITEMS:
                break
            if isinstance(value, int) and value not in ids:
                ids.append(value)
        return ids

    def _save(self, ids):
        self.session[SESSION_KEY] = ids
        self.session.modified = True

    def __len__(self):
        return len(self.ids)

    def __contains__(self, page_id):
        return page_id in self.ids

    def add(self, page_id):
        """Append ``page_id``; False when it was already there."""
        ids = self.ids
        if page_id in ids:
            return False
        if len(ids) >= MAX_ITEMS:
            raise SelectionFull
        self._save([*ids, page_id])
        return True

    def remove(self, page_id):
        ids = self.ids
        if page_id not in ids:
            return False
        ids.remove(page_id)
        self._save(ids)
        return True

    def move(self, page_id, offset):
        """Move ``page_id`` by ``offset`` places; False when it cannot move."""
        ids = self.ids
        if page_id not in ids:
            return False
        index = ids.index(page_id)
        target = index + offset
        if not 0 <= target < len(ids):
            return False
        ids.insert(target, ids.pop(index))
        self._save(ids)
        return True

    def clear(self):
        self._save([])

    def specs(self):
        return [SessionSpec(title="", modules=[ModuleSpec(page_id=pk) for pk in self.ids])]

    def build_booklet(self, request, source_url=""):
        return Booklet(
            title=_("Ma sélection"),
            sessions=self.specs(),
            source_url=source_url,
            request=request,
        )
