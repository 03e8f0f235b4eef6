# `make run` serves the demo site; `make test` runs every test. Both set everything up first.
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

# The first interpreter found that is Python 3.12 or newer (Django 6 needs it).
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3 $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)

.PHONY: install run test lint bench-extraction clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	@test -n "$(PYTHON)" || { echo "Newsdesk needs Python 3.12 or newer: install it (e.g. 'pyenv install 3.12') and run make again."; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

run: install
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py import_articles demo/ --source "Newsdesk demo"
	DEBUG=1 $(PY) manage.py setup_demo
	@echo "Serving on http://$(HOST):$(PORT)/ with a task worker beside it (Ctrl-C stops both)."
	DEBUG=1 sh -c '$(PY) manage.py db_worker & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; $(PY) manage.py runserver $(HOST):$(PORT)'

test: install
	SECRET_KEY=$${SECRET_KEY:-test-only-secret} DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .

bench-extraction: install
	$(PY) bench/extraction.py

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* staticfiles
