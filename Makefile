# One command runs what CI runs: `make test`. Every target installs the project into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint unit fixtures check-fixtures gate bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@$(BIN)/wireclaims extract data/samples/

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

# Regenerate every expected output from the fixture stories.
fixtures: $(STAMP)
	$(BIN)/python scripts/regenerate_fixtures.py

# CI: expected outputs must be what the code produces now.
check-fixtures: fixtures
	git diff --exit-code -- tests/expected schema

gate: $(STAMP)
	$(BIN)/python scripts/eval_gate.py

test: lint unit check-fixtures gate

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
