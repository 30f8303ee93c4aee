"""A file cache whose counters hold across worker processes.

Without Redis, the rate-limit counters and the PDF render slots live in files that every
gunicorn worker of the machine reads. Django's ``FileBasedCache`` writes each entry
atomically, but its ``add()`` (test, then write) and ``incr()`` (read, then write) are two
steps: two workers counting at once would both write the same number and lose a post.
Here both steps happen under one lock file, so a count is never lost.
"""

import contextlib
import os

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files import locks


class LockedFileBasedCache(FileBasedCache):
    """``FileBasedCache`` with ``add()`` and ``incr()`` atomic across processes."""

    lock_name = "counters.lock"

    @contextlib.contextmanager
    def _locked(self):
        self._createdir()
        with open(os.path.join(self._dir, self.lock_name), "ab") as lock_file:
            locks.lock(lock_file, locks.LOCK_EX)
            try:
                yield
            finally:
                locks.unlock(lock_file)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._locked():
            return super().add(key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        with self._locked():
            return super().incr(key, delta, version)
