# The two commands that matter: `make run` starts the app, `make test` runs every test.
# Both set everything up first (Debian libraries for Qt, .venv, pinned packages).
PY := .venv/bin/python
ARGS ?=

EXE := dist/microcurrent-atlas

.PHONY: run test lint build screenshots bench bench-frozen check-content mutation
run:
	@tools/bootstrap.sh runtime
	$(PY) main.py $(ARGS)

test:
	@tools/bootstrap.sh dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pytest $(ARGS)

# The gates alone, without the tests (what `make test` runs first).
lint:
	@tools/bootstrap.sh dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

# The one-file executable, then proof that it runs: its version and its self-test.
build:
	@tools/bootstrap.sh build
	$(PY) tools/make_icon.py
	$(PY) -m PyInstaller --noconfirm --log-level WARN build.spec
	$(EXE) --version
	$(EXE) --self-test
	@if [ "$$(uname)" = Linux ]; then echo "system libraries the file links:"; $(PY) tools/system_libs.py $(EXE); fi

screenshots:
	@tools/bootstrap.sh screens
	$(PY) tools/screenshots.py $(ARGS)

bench:
	@tools/bootstrap.sh screens
	$(PY) bench/startup.py $(ARGS)
	$(PY) bench/click_latency.py $(CLICK_ARGS)

bench-frozen:
	@tools/bootstrap.sh screens
	@tools/bootstrap.sh build
	$(PY) bench/frozen.py $(ARGS)

check-content:
	@tools/bootstrap.sh runtime
	$(PY) main.py --check-content $(ARGS)

# Mutation testing of core/ (mutmut, set up in pyproject.toml), then a score per module. Long, so not in
# `make test` or CI. Starts afresh; ARGS='core.pin.*' runs only those mutants again and keeps the rest.
MUTATION_CHILDREN ?= 2
mutation:
	@tools/bootstrap.sh dev
	@if [ -z "$(ARGS)" ]; then rm -rf mutants; fi
	$(PY) -m mutmut run --max-children $(MUTATION_CHILDREN) $(foreach name,$(ARGS),'$(name)')
	$(PY) tools/mutation_report.py
