"""Load benchmark of the public site (``make bench``).

1. Generates the resources on a benchmark database of its own (never the dev database):
   ``var/bench/bench.sqlite3`` with 10,000 resources, or, when ``DATABASE_URL`` points to
   PostgreSQL, that database with 100,000 resources (``BENCH_RESOURCES`` overrides both).
2. Starts ``make serve`` (gunicorn, production settings, page cache on) on ``BENCH_PORT``.
3. Warms up, then runs wrk at 1, 10 and 50 concurrent connections on each URL: home,
   each section (page 1 and page 200), a detail page of each type, a theme page, search
   with and without facets, the stylesheet (the ceiling: whitenoise), and uncached
   variants (a visitor with a session cookie bypasses the page cache).
4. Prints a table (requests/s, p50/p95/p99, errors) with the targets, and writes it as
   JSON in ``bench-results/``.

Environment: ``BENCH_DURATION`` (seconds per point, default 10), ``BENCH_CONCURRENCY``
(default ``1,10,50``), ``BENCH_RESOURCES``, ``BENCH_PORT`` (default 8765), ``BENCH_ONLY``
(comma-separated names of URLs to run). ``--generate-only`` stops after step 1.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"
RESULTS = ROOT / "bench-results"
LUA = Path(__file__).resolve().parent / "wrk_report.lua"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONCURRENCY = [int(c) for c in os.environ.get("BENCH_CONCURRENCY", "1,10,50").split(",")]
# A session cookie that matches no session: the page is rendered for this request.
UNCACHED = {"Cookie": "sessionid=bench-uncached"}

# Targets of the issue, on a 2-core machine, at 10 concurrent clients.
TARGET_CACHED_P95_MS = 50
TARGET_UNCACHED_P95_MS = 150
TARGET_DETAIL_SHARE_OF_STATIC = 0.5


def bench_environment():
    env = dict(os.environ)
    postgres = env.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
    VAR.mkdir(parents=True, exist_ok=True)
    if not postgres:
        env["DATABASE_URL"] = f"sqlite:///{VAR / 'bench.sqlite3'}"
    env.setdefault("BENCH_RESOURCES", "100000" if postgres else "10000")
    env["MEDIA_ROOT"] = str(VAR / "media")
    env["PAGE_CACHE_DIR"] = str(VAR / "page-cache")
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    env["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    env["SECURE_SSL_REDIRECT"] = "false"
    env["SECRET_KEY"] = env.get("SECRET_KEY") or local_secret_key()
    return env


def local_secret_key():
    path = ROOT / ".secret_key"
    if not path.exists():
        import secrets

        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def setup_django(env):
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)


def prepare_content(total):
    from bench import generate

    count = generate.resource_count()
    if count < total:
        print(f"Génération de {total - count} ressources (base de banc d'essai)…", flush=True)
        started = time.monotonic()
        generate.generate(total, stdout=lambda line: print(line, flush=True))
        print(f"  fait en {time.monotonic() - started:.0f} s", flush=True)
    return generate.sections(), generate.resource_count()


def bench_urls(parents):
    from django.contrib.staticfiles.storage import staticfiles_storage

    from commons.models import Theme
    from practices import resource_types

    theme = Theme.objects.order_by("pk").first()
    urls = [("accueil", "/", True)]
    for name, parent in parents.items():
        urls.append((f"{name} p.1", parent.url, True))
        urls.append((f"{name} p.200", f"{parent.url}?page=200", True))
    for model in (rtype.model for rtype in resource_types.all()):
        page = model.objects.live().order_by("pk").first()
        urls.append((f"détail {model.type_slug}", page.url, True))
    urls.append(("thème", f"/themes/{theme.slug}/", True))
    urls.append(("recherche", "/recherche/?q=atelier+tablette", False))
    urls.append(
        (
            "recherche + facettes",
            f"/recherche/?q=atelier&type=fiche&theme={theme.slug}&level=debutant",
            False,
        )
    )
    urls.append(("CSS statique", staticfiles_storage.url("css/communs.css"), None))
    # Uncached: the same pages rendered for a visitor with a session.
    urls.append(("détail fiche (non caché)", urls[7][1], False))
    urls.append(("fiches p.1 (non caché)", parents["sheet"].url, False))
    only = [n.strip() for n in os.environ.get("BENCH_ONLY", "").split(",") if n.strip()]
    return [u for u in urls if not only or u[0] in only]


def port_taken(port):
    """Whether something already listens on ``port`` (another server would be measured)."""
    import socket

    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def start_server(env):
    if port_taken(PORT):
        raise SystemExit(
            f"Le port {PORT} est déjà pris par un autre serveur : choisissez-en un libre "
            "avec BENCH_PORT (sinon c'est cet autre serveur qui serait mesuré)."
        )
    server_env = dict(env, PORT=str(PORT))
    process = subprocess.Popen(
        ["make", "--no-print-directory", "serve", f"PORT={PORT}"],
        cwd=ROOT,
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=open(VAR / "server.log", "w"),  # noqa: SIM115
        start_new_session=True,
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"Le serveur s'est arrêté (voir {VAR / 'server.log'}).")
        try:
            # The first render of the home page is slow on a cold, busy machine: a short
            # timeout would abandon every attempt and never see the server up.
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/", timeout=60)
            return process
        except OSError:
            time.sleep(1)
    stop_server(process)
    raise SystemExit("Le serveur n'a pas démarré à temps.")


def stop_server(process):
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)


def warm_up(urls):
    for _, path, cached in urls:
        for _ in range(3):
            request = urllib.request.Request(
                f"http://127.0.0.1:{PORT}{path}", headers={} if cached is not False else UNCACHED
            )
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()


def run_wrk(path, connections, cached):
    command = [
        "wrk",
        f"-t{min(connections, 2)}",
        f"-c{connections}",
        f"-d{DURATION}s",
        "--timeout",
        "10s",
        "-s",
        str(LUA),
    ]
    if cached is False:
        command += ["-H", f"Cookie: {UNCACHED['Cookie']}"]
    command.append(f"http://127.0.0.1:{PORT}{path}")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"^JSON (\{.*\})$", output, re.MULTILINE)
    data = json.loads(match.group(1))
    data["latency_us"] = {k: float(v) for k, v in data["latency_us"].items()}
    return {
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "p50_ms": data["latency_us"]["50"] / 1000,
        "p95_ms": data["latency_us"]["95"] / 1000,
        "p99_ms": data["latency_us"]["99"] / 1000,
        "requests": data["requests"],
        "errors": data["errors"],
    }


def verdicts(rows):
    """The issue's targets, checked on the measured rows."""
    by_key = {(r["name"], r["concurrency"]): r for r in rows}
    checks = []
    top = max(CONCURRENCY)
    static = by_key.get(("CSS statique", top)) or by_key.get(("CSS statique", 10))
    if static and not static["requests"]:
        static = None
    for row in rows:
        if not row["requests"]:
            checks.append((False, f"{row['name']} × {row['concurrency']} : aucune réponse mesurée"))
            continue
        if row["errors"]:
            label = f"{row['name']} × {row['concurrency']}"
            checks.append((False, f"{label} : {row['errors']} erreurs"))
        if row["concurrency"] != 10 or row["cached"] is None:
            continue
        target = TARGET_CACHED_P95_MS if row["cached"] else TARGET_UNCACHED_P95_MS
        checks.append(
            (
                row["p95_ms"] < target,
                f"p95 {row['name']} à 10 clients : {row['p95_ms']:.1f} ms (objectif < {target})",
            )
        )
    if static:
        for row in rows:
            if row["name"].startswith("détail") and row["cached"] and row["concurrency"] == top:
                share = row["rps"] / static["rps"]
                checks.append(
                    (
                        share >= TARGET_DETAIL_SHARE_OF_STATIC,
                        f"{row['name']} en cache : {share:.0%} du débit du fichier statique "
                        f"à {top} clients (objectif ≥ 50 %)",
                    )
                )
    return checks


def print_table(rows):
    header = f"{'URL':28} {'clients':>7} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
    print(header + f" {'erreurs':>8}")
    print("-" * (len(header) + 9))
    for r in rows:
        print(
            f"{r['name']:28} {r['concurrency']:>7} {r['rps']:>9.1f} {r['p50_ms']:>8.1f} "
            f"{r['p95_ms']:>8.1f} {r['p99_ms']:>8.1f} {r['errors']:>8}"
        )


def main():
    if not shutil.which("wrk"):
        raise SystemExit(
            "wrk est introuvable : installez-le (Debian : apt-get install wrk) "
            "ou lancez `make bench` en root, qui l'installe."
        )
    env = bench_environment()
    setup_django(env)
    total = int(env["BENCH_RESOURCES"])
    parents, count = prepare_content(total)
    if "--generate-only" in sys.argv:
        return
    urls = bench_urls(parents)
    print(f"{count} ressources ; serveur sur le port {PORT} ; {DURATION} s par mesure.", flush=True)
    process = start_server(env)
    rows = []
    try:
        warm_up(urls)
        for name, path, cached in urls:
            for connections in CONCURRENCY:
                result = run_wrk(path, connections, cached)
                row = {"name": name, "path": path, "cached": cached, "concurrency": connections}
                row.update(result)
                rows.append(row)
                print(
                    f"  {name} × {connections} : {result['rps']:.0f} req/s, "
                    f"p95 {result['p95_ms']:.1f} ms, {result['errors']} erreurs",
                    flush=True,
                )
    finally:
        stop_server(process)
    print()
    print_table(rows)
    checks = verdicts(rows)
    print()
    for ok, text in checks:
        print(("  OK   " if ok else "  ÉCART ") + text)
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    report = {
        "resources": count,
        "database": "postgresql" if "postgres" in env["DATABASE_URL"] else "sqlite",
        "duration_s": DURATION,
        "cpu_count": os.cpu_count(),
        "rows": rows,
        "checks": [{"ok": ok, "text": text} for ok, text in checks],
    }
    for name in (f"load-{stamp}.json", "load-latest.json"):
        (RESULTS / name).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"\nRésultats : {RESULTS / f'load-{stamp}.json'}")


if __name__ == "__main__":
    main()
