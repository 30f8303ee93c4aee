"""Reliability under load (``make bench-reliability``).

On the benchmark database of ``bench/load.py``, starts ``make serve`` and sends 50
concurrent clients for 60 seconds (wrk: home page and the sheets section, both cached and
invalidated by every publication) while an editor publishes a new resource every second.
Then checks: zero errors, and every published resource answers 200 with its title and
appears in its section.

Environment: ``RELIABILITY_SECONDS`` (default 60), ``RELIABILITY_CLIENTS`` (default 50),
``BENCH_PORT``.
"""

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import (  # noqa: E402
    PORT,
    bench_environment,
    prepare_content,
    setup_django,
    start_server,
    stop_server,
)
from commons.middleware import CACHE_HEADER  # noqa: E402

SECONDS = int(os.environ.get("RELIABILITY_SECONDS", "60"))
CLIENTS = int(os.environ.get("RELIABILITY_CLIENTS", "50"))


def wrk(path, connections):
    return subprocess.Popen(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{SECONDS}s",
            "--timeout",
            "10s",
            "--latency",
            f"http://127.0.0.1:{PORT}{path}",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )


def errors_of(output):
    errors = 0
    match = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if match:
        errors += sum(int(n) for n in match.groups())
    match = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if match:
        errors += int(match.group(1))
    requests = re.search(r"(\d+) requests in", output)
    return errors, int(requests.group(1)) if requests else 0


def fetch(path):
    """(status, body, page cache header) of ``path``; an error status is an answer too."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=30) as response:
            return response.status, response.read().decode(), response.headers.get(CACHE_HEADER)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace"), error.headers.get(CACHE_HEADER)


def main():
    env = bench_environment()
    setup_django(env)
    parents, count = prepare_content(int(env.get("BENCH_RESOURCES", "10000")))
    from practices.factories import PracticeSheetFactory
    from practices.models import PracticeSheet

    process = start_server(env)
    published = []
    try:
        sheets = parents["sheet"]
        loads = [wrk("/", CLIENTS // 2), wrk(sheets.url, CLIENTS - CLIENTS // 2)]
        started = time.monotonic()
        number = 0
        while time.monotonic() - started < SECONDS:
            tick = time.monotonic()
            number += 1
            page = PracticeSheetFactory(
                parent=sheets, title=f"Publication sous charge {int(started)}-{number}"
            )
            published.append(page.pk)
            time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))
        errors = requests = 0
        details = []
        for load in loads:
            output, _ = load.communicate(timeout=SECONDS + 60)
            e, r = errors_of(output)
            errors += e
            requests += r
            # Which errors (timeouts, error statuses) and the latency tail, per page.
            details += [
                line.strip()
                for line in output.splitlines()
                if line.strip().startswith(("Running", "Socket errors", "Non-2xx", "9", "50%"))
            ]
        missing = []
        for page in PracticeSheet.objects.filter(pk__in=published):
            status, body, cached = fetch(page.url)
            if status != 200 or page.title not in body:
                missing.append(f"{page.title} ({status}, cache : {cached})")
        _, listing, cached = fetch(sheets.url)
        newest = PracticeSheet.objects.filter(pk__in=published).order_by("-pk").first()
        if newest and newest.title not in listing:
            missing.append(f"{newest.title} (rubrique, cache : {cached})")
    finally:
        stop_server(process)
    print(f"{requests} requêtes en {SECONDS} s à {CLIENTS} clients.")
    for line in details:
        print(f"  {line}")
    print(f"Publications : {len(published)}.")
    print(f"Erreurs : {errors}")
    print(f"Publications invisibles après coup : {len(missing)}")
    for title in missing:
        print(f"  - {title}")
    if errors or missing:
        raise SystemExit(1)
    print("OK : aucune erreur, chaque publication est visible.")


if __name__ == "__main__":
    main()
