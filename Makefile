# The two commands that matter: `make run` starts the app, `make test` runs every test.
# Both set everything up first (Debian libraries for Qt, .venv, pinned packages).
PY := .venv/bin/python
ARGS ?=

.PHONY: run test screenshots bench check-content
run:
	@tools/bootstrap.sh runtime
	$(PY) main.py $(ARGS)

test:
	@tools/bootstrap.sh dev
	$(PY) -m pytest $(ARGS)

screenshots:
	@tools/bootstrap.sh screens
	$(PY) tools/screenshots.py $(ARGS)

bench:
	@tools/bootstrap.sh screens
	$(PY) bench/startup.py $(ARGS)
	$(PY) bench/click_latency.py $(ARGS)

check-content:
	@tools/bootstrap.sh runtime
	$(PY) main.py --check-content $(ARGS)
