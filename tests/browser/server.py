"""A live server of the site with the demo content, for the browser tests and bench/pages.py.

``python -m tests.browser.server DIRECTORY`` migrates a fresh SQLite database in DIRECTORY,
loads the demo content (and the demo courses when that command exists), then serves the
site (pages, static files from the finders, media) on a free local port with a threaded
WSGI server, and prints ``READY http://127.0.0.1:PORT`` once it accepts requests.

It runs in its own process, with the test settings, so that the browser sees exactly what a
visitor sees (real HTTP, real database, real sessions) and the pytest process keeps its own
test database untouched. ``ServerProcess()`` starts it in the background, ``url()`` waits
for it; ``start_server()`` does both and stops it afterwards.
"""

import os
import signal
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]


def _serve(directory):
    directory = Path(directory)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{directory / 'db.sqlite3'}"
    sys.path.insert(0, str(ROOT))

    from django.conf import settings

    settings.MEDIA_ROOT = str(directory / "media")
    import django

    django.setup()

    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.management import call_command, get_commands
    from django.core.servers.basehttp import run
    from django.core.wsgi import get_wsgi_application
    from django.db import connections
    from django.test.testcases import _MediaFilesHandler

    from commons import renditions
    from commons.site_url import apply_site_url

    call_command("migrate", interactive=False, verbosity=0)
    # Renditions are made when a page first asks for them rather than all at publication
    # (commons.renditions, tested in tests/test_renditions.py): the pages look the same,
    # and the server is ready sooner.
    with mock.patch.object(renditions, "make_public_renditions"):
        call_command("load_demo_content", verbosity=0, stdout=sys.stderr)
        if "load_demo_courses" in get_commands():
            call_command("load_demo_courses", verbosity=0, stdout=sys.stderr)
    connections.close_all()

    def ready(port):
        # The demo site's public address is this server's: absolute URLs (canonical
        # links, sitemap, og:url, feeds) point where the browser can follow them.
        url = f"http://127.0.0.1:{port}"
        apply_site_url(url)
        connections.close_all()
        print(f"READY {url}", flush=True)

    handler = StaticFilesHandler(_MediaFilesHandler(get_wsgi_application()))
    # Port 0: the system picks a free port, announced by ready().
    run("127.0.0.1", 0, handler, threading=True, on_bind=ready)


class ServerProcess:
    """The demo server, started at once in the background; ``url()`` waits until it is ready."""

    def __init__(self):
        shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
        self._directory = tempfile.TemporaryDirectory(prefix="communs-browser-", dir=shm)
        directory = Path(self._directory.name)
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env["PYTHONUNBUFFERED"] = "1"
        self._log_path = directory / "server.log"
        self._log = open(self._log_path, "w")  # noqa: SIM115
        self._url = None
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.browser.server", str(directory)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            start_new_session=True,
        )

    def url(self):
        if self._url is None:
            for line in self.process.stdout:
                if line.startswith("READY "):
                    self._url = line.split()[1]
                    break
            else:
                self.process.wait(timeout=5)
                log = self._log_path.read_text()
                raise RuntimeError(f"Le serveur de démonstration n'a pas démarré :\n{log[-3000:]}")
        return self._url

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process.stdout.close()
        self._log.close()
        self._directory.cleanup()


@contextmanager
def start_server():
    """Start the demo server in a subprocess; yield its base URL; stop it afterwards."""
    server = ServerProcess()
    try:
        yield server.url()
    finally:
        server.stop()


if __name__ == "__main__":
    _serve(sys.argv[1])
