# Communs — two commands matter: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install install-dev migrate demo serve-dev test test-sqlite test-postgres lint format check-migrations clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

## make run: set everything up, load the demo content and serve http://127.0.0.1:8000
run: demo
	@echo ""
	@echo "Communs tourne sur http://$(HOST):$(PORT)/  (administration : http://$(HOST):$(PORT)/admin/)"
	@$(MANAGE) demo_accounts
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

## make test: the whole suite, on SQLite and then on PostgreSQL when DATABASE_URL is set
test: install-dev lint check-migrations test-sqlite test-postgres

test-sqlite:
	env -u DATABASE_URL $(PY) -m pytest $(PYTEST_ARGS)

test-postgres:
	@if [ -n "$$DATABASE_URL" ]; then \
		echo "== Suite sur PostgreSQL ($$DATABASE_URL)"; \
		$(PY) -m pytest $(PYTEST_ARGS) -m "not browser"; \
	elif [ -n "$$CI" ]; then \
		echo "CI : DATABASE_URL est absent, la suite PostgreSQL ne peut pas tourner." >&2; exit 1; \
	else \
		echo "(DATABASE_URL absent : suite PostgreSQL non lancée)"; \
	fi

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install-dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

check-migrations: install-dev
	env -u DATABASE_URL $(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media static_collected
