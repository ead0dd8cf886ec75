# Two commands on a fresh machine: `make demo` and `make test` (`make test-pg`: the suite on PostgreSQL).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: setup demo test test-pg lint bench eval clean models folds faults

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# followthemoney's normality wants the distribution "pyicu": tools/pyicu-shim says pyicu-wheels is it
	$(BIN)/python -m pip install --quiet ./tools/pyicu-shim
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $@

demo: setup
	$(BIN)/storyline demo -o storyline-demo.html

lint: setup
	$(BIN)/ruff check src tests eval bench
	$(BIN)/ruff format --check src tests eval bench

test: lint
	$(BIN)/python -m pytest -q -rs

# The same suite with every store on PostgreSQL: a throwaway server (initdb in a temporary folder,
# Debian's `postgresql` package) started and stopped by the tests; without PostgreSQL every test
# skips and says why.
test-pg: setup
	STORYLINE_TEST_BACKEND=postgresql $(BIN)/python -m pytest -q -rs

# Train the shipped entity models (tagger + base forms + cross-lingual names) from ../shared/data/bsnlp,
# and the background lead vectors are centred on (BSNLP + the development pages);
# the results in src/storyline/models are committed. `folds` trains the leave-one-topic-out models
# the evaluation uses (models/folds, not committed; about 10 minutes each on one core).
BSNLP = ../shared/data/bsnlp
TOPICS = asia_bibi brexit covid-19 nord_stream ryanair

models: setup
	$(BIN)/python -m storyline.ner.train $(BSNLP)/*.jsonl -o src/storyline/models
	$(BIN)/python -m storyline.link.embedding_background $(BSNLP)/*.jsonl ../shared/data/pages/pages.jsonl -o src/storyline/models

folds: setup
	for t in $(TOPICS); do $(BIN)/python -m storyline.ner.train $(BSNLP)/*.jsonl --fold $$t -o models/folds/$$t || exit 1; done

eval: setup
	$(BIN)/python -m eval.bsnlp $(BSNLP)/*.jsonl --folds

bench: setup
	$(BIN)/python -m bench.ingest ../shared/data/bsnlp

# kill -9 an ingest at 52 random moments (jobs 1 and 2), re-run it, compare with an uninterrupted
# run; then a full disk, a read-only and a locked store, orphan workers (RELIABILITY.md; ~25 min)
faults: setup
	$(BIN)/python -m bench.faults --kills 52 --docs 6

clean:
	rm -rf $(VENV) storyline-demo.db* storyline-demo.html
