# Commerce Studio — every target creates .venv when it is missing; every install is pinned by constraints.txt.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
PIP := $(BIN)/pip install --quiet -c constraints.txt
# The lock covers every extra, so a user install and a dev install resolve the same versions.
EXTRAS := dev,local-llm,postgres,usdz
comma := ,

.PHONY: run test demo bench lint lock clean venv screenshots

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade -c constraints.txt pip

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e .
	touch $(STAMP)

$(DEVSTAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e '.[$(EXTRAS)]'
	touch $(STAMP) $(DEVSTAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/studio

test: $(DEVSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

demo: $(STAMP)
	$(BIN)/studio demo --out out/demo

bench: $(DEVSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

# Every section at 1366×768 in English and Arabic after its typical action -> docs/screenshots/window-*.png;
# fails when an action changed the window's size or a widget does not fit (tests/ui/test_window_fits.py).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-$$([ -n "$$DISPLAY" ] && echo xcb || echo offscreen)} \
	  $(BIN)/python -m ui.screenshots --out docs/screenshots

lint: $(DEVSTAMP)
	$(BIN)/ruff check studio ui generators channels localization emulators tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

# Regenerate constraints.txt from pyproject.toml with pip-tools (newest versions that satisfy the
# lower bounds); then `make test`. The torch pin is kept without its local "+cpu" label so the same
# line accepts the CPU wheel wherever it comes from.
lock: | $(BIN)/python
	$(BIN)/pip install --quiet $(if $(wildcard constraints.txt),-c constraints.txt) 'pip-tools>=7.4'
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --upgrade --strip-extras --allow-unsafe \
	  --no-emit-index-url --no-emit-find-links --extra $(subst $(comma), --extra ,$(EXTRAS)) \
	  -o constraints.txt pyproject.toml
	sed -i -E 's/^(torch==[0-9.]+)\+cpu/\1/' constraints.txt

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
