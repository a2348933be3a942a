# Two commands matter: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.dossier-installed
SEEDS ?= seeds

.PHONY: setup run test lint bench clean-warehouse

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/dossier run $(SEEDS)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python bench/extraction_overhead.py
	$(BIN)/dossier eval quotes ../shared/corpora/polnear_train.jsonl

clean-warehouse:
	rm -rf warehouse/tables warehouse/.staging warehouse/dossier.duckdb warehouse/.lock
