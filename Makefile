# Communs — two commands matter: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# The project's packages are installed by uv (itself put into the venv by pip): the
# same versions as pip resolves, in seconds rather than half a minute on a fresh machine.
UV_PIP := $(VENV)/bin/uv pip install --quiet --python $(PY)
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install install-dev migrate demo serve-dev test test-sqlite test-postgres lint format check-migrations clean
.PHONY: serve bench bench-reliability audit

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet uv
	$(UV_PIP) -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(UV_PIP) -e ".[dev]"
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	$(MANAGE) migrate --noinput

## The site's public address, written into the Wagtail site (absolute URLs of the pages,
## sitemap, feeds, booklets): SITE_URL, else WAGTAILADMIN_BASE_URL, else where we listen.
SITE_URL_ENV = SITE_URL=$${SITE_URL:-$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}}

demo: migrate
	$(MANAGE) load_demo_content
	$(MANAGE) load_demo_courses
	$(SITE_URL_ENV) $(MANAGE) set_site_url

## make run: set everything up, load the demo content and serve http://127.0.0.1:8000
run: system-deps demo
	@echo ""
	@echo "Communs tourne sur http://$(HOST):$(PORT)/  (administration : http://$(HOST):$(PORT)/admin/)"
	@$(MANAGE) demo_accounts
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

## make test: the whole suite on SQLite, then on PostgreSQL (when DATABASE_URL is set) every
## test that touches the database: the others behave the same on both.
test: system-deps install-dev lint check-migrations test-sqlite test-postgres

test-sqlite:
	env -u DATABASE_URL $(PY) -m pytest -n auto --dist loadgroup $(PYTEST_ARGS)

test-postgres:
	@if [ -n "$$DATABASE_URL" ]; then \
		echo "== Suite sur PostgreSQL ($$DATABASE_URL)"; \
		$(PY) -m pytest -n auto --dist loadgroup $(PYTEST_ARGS) -m "not browser" --database-tests-only; \
	elif [ -n "$$CI" ]; then \
		echo "CI : DATABASE_URL est absent, la suite PostgreSQL ne peut pas tourner." >&2; exit 1; \
	else \
		echo "(DATABASE_URL absent : suite PostgreSQL non lancée)"; \
	fi

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: install-dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

check-migrations: install-dev
	env -u DATABASE_URL $(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media static_collected

## System libraries of WeasyPrint (booklet PDF of courses): Pango, HarfBuzz and a font.
## Installed with apt-get when it is there and we are root; otherwise a French notice.
PDF_SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
.PHONY: system-deps
system-deps:
	@missing=$$(for p in $(PDF_SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -z "$$missing" ]; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		echo "Installation des bibliothèques système des livrets PDF :" $$missing; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -qq --no-install-recommends $$missing >/dev/null 2>&1 \
		|| { apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; } \
		|| echo "Attention : installation impossible ; les livrets PDF seront indisponibles."; \
	else \
		echo "Note : bibliothèques système absentes ($$missing) : les livrets PDF des parcours" \
			"seront indisponibles, le reste du site fonctionne. Pour les installer (Debian," \
			"Ubuntu) : sudo apt-get install" $$missing; \
	fi

## make bench-courses: times the exports (booklet HTML, PDF, ZIP) of a 30-module course
.PHONY: bench-courses
bench-courses: system-deps install-dev
	$(PY) bench/courses.py

## make serve: gunicorn with the production settings on $(HOST):$(PORT), static files by
## whitenoise. Without SECRET_KEY, a local key is generated once into .secret_key (local use
## only: on a server, set SECRET_KEY). Plain HTTP locally: SECURE_SSL_REDIRECT=false.
WORKERS ?= $(shell echo $$(( $$(nproc) * 2 + 1 )))
SERVE_ENV = DJANGO_SETTINGS_MODULE=config.settings.production \
	SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} \
	SECRET_KEY=$${SECRET_KEY:-$$(cat .secret_key)}

.secret_key:
	@umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

serve: install .secret_key
	$(SERVE_ENV) $(MANAGE) collectstatic --noinput --verbosity 0
	$(SERVE_ENV) $(MANAGE) migrate --noinput --verbosity 0
	$(SERVE_ENV) $(SITE_URL_ENV) $(MANAGE) set_site_url
	$(SERVE_ENV) $(VENV)/bin/gunicorn config.wsgi:application \
		--bind $(HOST):$(PORT) --workers $(WORKERS) --max-requests 5000 \
		--max-requests-jitter 500 --timeout 60 --access-logfile - --log-level warning

## make bench: load benchmark (10,000 resources on SQLite, 100,000 on PostgreSQL); needs wrk
bench: install-dev
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } \
		|| { echo "wrk est requis : apt-get install wrk (en root)." >&2; exit 1; }
	$(PY) bench/load.py

## make bench-reliability: 50 clients for 60 s while an editor publishes every second
bench-reliability: install-dev
	$(PY) bench/reliability.py

## make audit: known vulnerabilities in the installed dependencies (needs the network)
## Fails when a package could not be checked (no access to the vulnerability database):
## an audit that skipped packages proves nothing.
audit: install-dev
	$(PIP) install --quiet pip-audit
	@$(VENV)/bin/pip-audit --local --skip-editable --progress-spinner off > .audit.log 2>&1; \
	status=$$?; cat .audit.log; \
	skipped=$$(grep -c "could not be audited" .audit.log); rm -f .audit.log; \
	if [ "$$skipped" -gt 0 ]; then \
		echo "Audit incomplet : $$skipped paquets n'ont pas pu être vérifiés (base de vulnérabilités injoignable ?)." >&2; \
		exit 1; \
	fi; exit $$status

## make bench-search: search benchmark. 10,000 generated resources on a throwaway SQLite
## database, then 100,000 on PostgreSQL when DATABASE_URL is set (generated rows are deleted
## afterwards). Prints index build time and p50/p95 latency of /recherche/ (HTML and JSON).
.PHONY: bench-search
BENCH_SEARCH_DB ?= /tmp/communs-bench-search.sqlite3
bench-search: install-dev
	rm -f $(BENCH_SEARCH_DB) $(BENCH_SEARCH_DB)-*
	DATABASE_URL=sqlite:///$(BENCH_SEARCH_DB) $(MANAGE) bench_search \
		--settings=config.settings.test --resources $${BENCH_SQLITE_RESOURCES:-10000}
	rm -f $(BENCH_SEARCH_DB) $(BENCH_SEARCH_DB)-*
	@if [ -n "$$DATABASE_URL" ]; then \
		$(MANAGE) bench_search --settings=config.settings.test \
			--resources $${BENCH_POSTGRES_RESOURCES:-100000}; \
	else \
		echo "(DATABASE_URL absent : mesure PostgreSQL non lancée)"; \
	fi

## make screenshots: full-page PNGs of every page type at 1280×800 and 360×740 in
## test-artifacts/screenshots/ (demo site, Debian's chromium-headless-shell or chromium).
.PHONY: screenshots
screenshots: install-dev
	env -u DATABASE_URL $(PY) -m tests.browser.screenshots $(SCREENSHOTS_ARGS)

## make bench-pages: per page type, bytes of HTML+CSS+JS and images and the browser's load
## timings (Chromium on the demo site: chromium-headless-shell or chromium). --mobile: 360×740.
.PHONY: bench-pages
bench-pages: install-dev
	env -u DATABASE_URL $(PY) bench/pages.py $(BENCH_PAGES_ARGS)
