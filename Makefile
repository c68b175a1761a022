# One command runs what CI runs: `make test`. Every target installs the project into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Exact versions of every dependency, dev, parquet and dask extras included, for CI and development: `make lock`
# writes it.
LOCK := requirements.lock
LOWEST := build/lowest

.PHONY: install demo test lint unit fixtures check-fixtures gate gate-real bench smoke lock lowest clean

# The lock, then the project itself without dependencies; pip check fails when pyproject.toml asks for
# something the lock lacks (run `make lock`).
$(STAMP): pyproject.toml $(LOCK)
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@$(BIN)/wireclaims extract data/samples/

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q -n auto --maxprocesses 4

# Regenerate every expected output from the fixture stories.
fixtures: $(STAMP)
	$(BIN)/python scripts/regenerate_fixtures.py

# CI: expected outputs must be what the code produces now.
check-fixtures: fixtures
	git diff --exit-code -- tests/expected schema

gate: $(STAMP)
	$(BIN)/python scripts/eval_gate.py

# The real-news gate: wikinews-dev and PolNeAR dev, read from shared/ (CI has it; the unit tests do not);
# then no speaker of PolNeAR dev may be a clause, a prepositional phrase, a document or page furniture.
SHARED ?= ../shared
gate-real: $(STAMP)
	$(BIN)/python scripts/eval_gate.py --set real --shared $(SHARED)
	$(BIN)/python scripts/check_sources.py $(SHARED)/corpora/polnear/dev

test: lint unit check-fixtures gate

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

# A new user's install: the wheel into a fresh venv, no extras, no lock; one story of every input format.
smoke: $(STAMP)
	$(BIN)/python scripts/check_wheel.py

# Re-pin $(LOCK) from pyproject.toml for Python 3.10+ on every platform. Pins stay where they still fit;
# `make lock LOCK_FLAGS=--upgrade` moves all to the newest, `LOCK_FLAGS="--upgrade-package lxml"` one.
lock:
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv>=0.5"
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra parquet --extra dask --universal \
		--python-version 3.10 --custom-compile-command "make lock" --quiet $(LOCK_FLAGS) -o $(LOCK)

# The lower bounds in pyproject.toml: the lowest version of every direct dependency, in $(LOWEST), then
# the suite (the browser test aside) and a plain install of the wheel pinned the same way.
lowest:
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv>=0.5"
	rm -rf $(LOWEST) && $(PYTHON) -m venv $(LOWEST)
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra parquet --extra dask --resolution lowest-direct \
		--python $(LOWEST)/bin/python --quiet -o $(LOWEST)/requirements.txt
	$(LOWEST)/bin/python -m pip install --quiet -r $(LOWEST)/requirements.txt
	$(LOWEST)/bin/python -m pip install --quiet --no-deps -e .
	$(LOWEST)/bin/python -m pip check
	$(LOWEST)/bin/python -m pytest -q -p no:cacheprovider --ignore tests/test_report_browser.py
	$(LOWEST)/bin/python scripts/check_wheel.py --constraint $(LOWEST)/requirements.txt

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
