# quizapp: `make run` opens the app, `make test` runs the whole suite headless.
# Both create .venv and install the project (with the spaCy model) on first use;
# later runs skip installation until pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench fuzz package clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "quizapp needs Python 3.11 or newer (found " + sys.version.split()[0] + "); set PYTHON=python3.x")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,package]'
	@touch $(STAMP)

# The app's own modules are compiled ahead (as pip does for installed packages), so that a start never
# compiles them, even where PYTHONDONTWRITEBYTECODE is set; only changed modules are compiled again.
COMPILE := $(BIN)/python -m compileall -q quizapp >/dev/null

run: $(STAMP)
	@$(COMPILE)
	$(BIN)/quizapp

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	@sh tests/e2e/install-deps.sh
	@sh tests/install-gift-pegjs.sh
	@sh tests/install-ralph.sh $(PYTHON)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/quizapp validate questions
	$(BIN)/quizapp generate seeds -o questions --check --quiet

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/hostile tests/test_articles_fuzz.py

bench: $(STAMP)
	@$(COMPILE)
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

package: $(STAMP)
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis .import_linter_cache
