# lagebild: `make demo` runs the main job on a fresh machine, `make test` runs the tests.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
LAGEBILD := $(VENV)/bin/lagebild
DEMO_DB ?= demo.duckdb
SHARED ?= ../shared

# the annotated pool the learned coder decisions are trained on (a glob; scripts/train_*.py --sets)
POOL ?= benchmarks/events-de-lead-check*.jsonl
RETRAIN_CACHE ?= /tmp/lagebild-retrain-parsed.pkl

.PHONY: install demo test lint format clean retrain

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

# retrain the role choosers, then the gate (its rows are read with the new role choosers), on
# the whole pool with the shipped thresholds; the pool is parsed once (the cache is made anew)
retrain:
	rm -f $(RETRAIN_CACHE)
	PYTHONPATH=src LAGEBILD_SHARED=$(SHARED) $(PY) scripts/train_rolemodel.py --write --sets '$(POOL)' --cache $(RETRAIN_CACHE)
	PYTHONPATH=src LAGEBILD_SHARED=$(SHARED) $(PY) scripts/train_gate.py --write --sets '$(POOL)' --cache $(RETRAIN_CACHE)
	rm -f $(RETRAIN_CACHE)

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).wal .pytest_cache
