# lagebild: `make demo` runs the main job on a fresh machine, `make test` runs the tests.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
LAGEBILD := $(VENV)/bin/lagebild
DEMO_DB ?= demo.duckdb
SHARED ?= ../shared

.PHONY: install demo test lint format clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e ".[dev,serve,postgres]"  # postgres: psycopg wheel (libpq inside)
	touch $@

install: $(VENV)/.installed

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(LAGEBILD) ingest examples --db $(DEMO_DB)
	@if [ -d $(SHARED)/seeds ]; then $(LAGEBILD) ingest $(SHARED)/seeds --db $(DEMO_DB); fi
	$(LAGEBILD) events --db $(DEMO_DB) --format table

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check src tests $(wildcard scripts benchmarks)
	$(VENV)/bin/ruff format --check src tests $(wildcard scripts benchmarks)

format: install
	$(VENV)/bin/ruff format src tests $(wildcard scripts benchmarks)
	$(VENV)/bin/ruff check --fix src tests $(wildcard scripts benchmarks)

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).wal .pytest_cache
