# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
# One venv per Python: `make test PYTHON=python3.13` builds .venv-python3.13 beside .venv.
VENV ?= $(if $(filter python3,$(PYTHON)),.venv,.venv-$(notdir $(PYTHON)))
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test demo clean bench translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/resource-desk --demo

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks.search --n 100000
	$(BIN)/python -m benchmarks.startup --n 100000
	$(BIN)/python -m benchmarks.importing --n 100000
	$(BIN)/python -m benchmarks.sheets
	$(BIN)/python -m benchmarks.suggestions
	$(BIN)/python -m benchmarks.real_lists

# The window's strings (every tr("…") in resource_desk/gui, and every msg("…") that core/ and
# importing/ write for the person) into the .ts files translators edit; existing translations are
# kept. The build compiles them (setup.py). The CLI speaks English and is not read.
TRANSLATED = resource_desk/gui resource_desk/core resource_desk/importing resource_desk/sheets \
	resource_desk/printing resource_desk/store
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -tr-function-alias tr+=msg $(TRANSLATED) \
		-ts resources/i18n/resource_desk_en.ts resources/i18n/resource_desk_es.ts

clean:
	rm -rf $(VENV) build *.egg-info
