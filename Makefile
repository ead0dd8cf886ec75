# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: setup demo test lint bench eval clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(BIN)/storyline demo -o storyline-demo.html

lint: setup
	$(BIN)/ruff check src tests eval bench
	$(BIN)/ruff format --check src tests eval bench

test: lint
	$(BIN)/python -m pytest -q -rs

bench: setup
	$(BIN)/python -m bench.ingest ../shared/data/bsnlp

clean:
	rm -rf $(VENV) storyline-demo.db* storyline-demo.html
