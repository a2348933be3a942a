# Two commands matter: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.dossier-installed
SEEDS ?= seeds

CRON ?= 0 * * * *

.PHONY: setup run test lint bench ui serve clean-warehouse

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/dossier run $(SEEDS)

# One test process per core; a file's tests stay in one process, so the
# warehouses a test module builds once are built once.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile

ui: $(STAMP)
	$(BIN)/dossier ui

serve: $(STAMP)
	$(BIN)/dossier serve $(SEEDS) --cron "$(CRON)"

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python bench/extraction_overhead.py
	$(BIN)/dossier eval quotes ../shared/corpora/polnear_train.jsonl
	$(BIN)/python bench/themes_bbc.py
	$(BIN)/python bench/entity_eval.py
	$(BIN)/python bench/reliability.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/publish.py
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/web_pages.py

clean-warehouse:
	rm -rf data
